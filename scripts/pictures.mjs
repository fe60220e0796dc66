// npm run pictures: the README's picture of each element, light and dark,
// rendered by the built dist/embed.js in headless Chromium, into docs/images/.
// Run it after a change that shows (npm run build first).
import {createServer} from 'node:http';
import {mkdir, readFile} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './browsers.mjs';

/** Each element as the README's table shows it, and the width of column it sits in. */
const ELEMENTS = {
  'nutrient-card': {width: 360, markup: '<nutrient-card nutrient="omega-3" eager></nutrient-card>'},
  'gut-checklist': {width: 480, markup: '<gut-checklist eager></gut-checklist>', tick: 'bloating'},
  'hot-articles': {width: 640, markup: '<hot-articles eager></hot-articles>'},
  'health-article': {width: 560, markup: '<health-article sections="when-to-seek-medical-care" eager></health-article>'},
};
const PAGE = {light: '#fff', dark: '#111'};

const page = (scheme, {width, markup}) => `<!doctype html>
<html lang="en" style="color-scheme: ${scheme}; background: ${PAGE[scheme]}">
  <head>
    <meta charset="utf-8" />
    <script type="module" src="/dist/embed.js"></script>
  </head>
  <body style="margin: 0; padding: 16px; font-family: system-ui, sans-serif">
    <div id="shot" style="width: ${width}px; padding: 8px">${markup}</div>
  </body>
</html>`;

const root = new URL('..', import.meta.url);
const server = createServer(async (req, res) => {
  const {pathname, searchParams} = new URL(req.url, 'http://x');
  if (pathname === '/page.html') {
    const element = ELEMENTS[searchParams.get('element')];
    return res.writeHead(200, {'content-type': 'text/html'}).end(page(searchParams.get('scheme'), element));
  }
  if (pathname !== '/dist/embed.js') return res.writeHead(404).end();
  res.writeHead(200, {'content-type': 'text/javascript'}).end(await readFile(new URL('dist/embed.js', root)));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs, headless: true});
try {
  const context = await browser.newContext({viewport: {width: 800, height: 1200}, deviceScaleFactor: 1});
  const tab = await context.newPage();
  await mkdir(new URL('docs/images/', root), {recursive: true});
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    for (const scheme of Object.keys(PAGE)) {
      await tab.goto(`${origin}/page.html?element=${tag}&scheme=${scheme}`);
      await tab.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.box'), tag);
      if (element.tick) {
        await tab.evaluate(([tag, id]) => document.querySelector(tag).shadowRoot.querySelector(`input[value="${id}"]`).click(), [tag, element.tick]);
      }
      // Settled: fonts, the carousel's cards, the tick's guidance.
      await tab.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
      const file = `docs/images/${tag}-${scheme}.png`;
      await tab.locator('#shot').screenshot({path: new URL(file, root).pathname});
      console.log(`pictures: ${file}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
