// npm run bench: renders the widgets from the built dist/embed.js in headless
// Chromium (playwright-core driving the system browser), each scenario beside
// a static-HTML baseline measured in the same run, and writes bench/results.md.
// A measurement, not a test: CI runs the size budgets, not these timings.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {cpus, totalmem, type, release} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from '../scripts/chrome.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const root = new URL('..', import.meta.url).pathname;
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};

// A static server on loopback for the page, the harness and dist/.
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!/^\/(bench|dist)\//.test(path)) return res.writeHead(404).end();
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs, headless: true});
const context = await browser.newContext({viewport: {width: 1024, height: 768}});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor(s.length / 4)], s[Math.floor((3 * s.length) / 4)]];
};
const ms = (x) => x.toFixed(2);

/** Median and spread of RUNS fresh-page insertions of a scenario. */
async function measure(scenario, kind) {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/page.html`);
    await page.waitForFunction(() => window.bench);
    await page.evaluate(([s, k]) => window.bench.prepare(s, k), [scenario, kind]);
    const t = await page.evaluate(([s, k]) => window.bench.run(s, k), [scenario, kind]);
    if (i >= 2) times.push(t); // the first two warm the browser's caches
    await page.close();
  }
  return {median: median(times), iqr: quartiles(times), min: Math.min(...times), max: Math.max(...times)};
}

/**
 * Long tasks while the bundle loads and renders a page of widgets, CPU slowed
 * 4×, in a fresh browser context (a first visit: no code cache).
 */
async function longTasks(withBundle = true) {
  const fresh = await browser.newContext({viewport: {width: 1024, height: 768}});
  const page = await fresh.newPage();
  const cdp = await fresh.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
  });
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.bench);
  const start = await page.evaluate(() => performance.now());
  await page.evaluate(async (withBundle) => {
    if (!withBundle) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
      return;
    }
    document.getElementById('stage').innerHTML = `
      <p>Zinc <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> matters.</p>
      <nutrient-card nutrient="omega-3"></nutrient-card>
      <gut-checklist></gut-checklist>
      <hot-articles></hot-articles>
      <health-article></health-article>`;
    await import('/dist/embed.js');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
  }, withBundle);
  const tasks = await page.evaluate((t0) => window.longTasks.filter((t) => t.start >= t0), start);
  await fresh.close();
  return tasks;
}

/** JS heap and DOM nodes per card after 200 (eager) cards, after a forced GC. */
async function memory(kind) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(([s, k]) => window.bench.prepare(s, k), ['nutrient-card x200 eager', kind]);
  await cdp.send('Performance.enable');
  const read = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const {metrics} = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({name, value}) => [name, value]));
    return {heap: m.JSHeapUsedSize, nodes: m.Nodes};
  };
  const before = await read();
  await page.evaluate(([s, k]) => window.bench.run(s, k), ['nutrient-card x200 eager', kind]);
  const after = await read();
  await page.close();
  return {heap: (after.heap - before.heap) / 200, nodes: (after.nodes - before.nodes) / 200};
}

const scenarios = await (async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.bench);
  const list = await page.evaluate(() => window.bench.scenarios);
  await page.close();
  return list;
})();

const rows = [];
for (const scenario of scenarios) {
  const widget = await measure(scenario, 'widget');
  const baseline = await measure(scenario, 'baseline');
  rows.push({scenario, widget, baseline, ratio: widget.median / baseline.median});
  console.log(`${scenario}: widget ${ms(widget.median)} ms, baseline ${ms(baseline.median)} ms, ratio ${(widget.median / baseline.median).toFixed(2)}`);
}
const LOAD_RUNS = 7;
const loads = [];
const controls = [];
for (let i = 0; i < LOAD_RUNS; i++) {
  loads.push(await longTasks());
  controls.push(await longTasks(false));
}
const memWidget = await memory('widget');
const memBaseline = await memory('baseline');
const version = browser.version();
await browser.close();
server.close();

const spread = (r) => `${ms(r.iqr[0])}–${ms(r.iqr[1])} (min ${ms(r.min)}, max ${ms(r.max)})`;
const longestOf = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);
const longests = loads.map(longestOf);
const longest = Math.max(...longests);
const controlLongest = Math.max(...controls.map(longestOf));
const md = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}
- Browser: Chromium ${version}, headless, viewport 1024×768, stage 760 px wide
- Bundle: \`dist/embed.js\` as built; ${RUNS} runs per figure, each on a fresh page (2 warm-up runs dropped)

## Render: insertion to painted content

Time from \`innerHTML\` on the stage to the first task after the frame that paints it. The
baseline is the same content as static HTML: the markup the widgets render, in light DOM, with
their styles as one ordinary stylesheet, inserted the same way.

| scenario | widget median (ms) | widget IQR | baseline median (ms) | baseline IQR | ratio |
| --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.scenario} | ${ms(r.widget.median)} | ${spread(r.widget)} | ${ms(r.baseline.median)} | ${spread(r.baseline)} | ${r.ratio.toFixed(2)}× |`).join('\n')}

"x200" is the default: cards out of view render in later tasks, as the observer reports them
within a screen of the viewport. "x200 eager" renders all 200 at once, the fair comparison with
static HTML.

## Load at 4× CPU throttling

With the CPU slowed 4× (CDP \`Emulation.setCPUThrottlingRate\`), in a fresh browser context
each run (a first visit, no code cache): as the page loads, the widgets' markup is inserted and
\`dist/embed.js\` fetched, evaluated and rendering them. The same page loaded without the bundle
is the control: its longest task, in ${LOAD_RUNS} runs, was ${ms(controlLongest)} ms (0: none over
50 ms), so long tasks in the runs with the bundle are the bundle's. ${LOAD_RUNS} runs; the
longest long task per run:
${longests.map((l) => ms(l)).join(', ')} ms; median ${ms(median(longests))} ms, worst ${ms(longest)} ms.

## Memory after 200 cards (eager), per card, after a forced GC

(Heap figures within a few hundred bytes of zero are GC noise.)

| | JS heap (bytes) | DOM nodes |
| --- | --- | --- |
| widget | ${memWidget.heap.toFixed(0)} | ${memWidget.nodes.toFixed(1)} |
| static HTML | ${memBaseline.heap.toFixed(0)} | ${memBaseline.nodes.toFixed(1)} |
`;
await writeFile(new URL('results.md', import.meta.url), md);
console.log(`\nlongest long task at 4× CPU: ${ms(longest)} ms; wrote bench/results.md`);
