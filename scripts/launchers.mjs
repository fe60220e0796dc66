// The test runner's browsers: Chromium over the DevTools protocol, Firefox
// over WebDriver BiDi (both through Puppeteer), and WebKitGTK's MiniBrowser
// through WebKitWebDriver on a virtual display that this file starts and
// stops with the run.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createServer} from 'node:net';
import {chromeLauncher} from '@web/test-runner';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {ENGINES, chromeArgs, enginesToRun, findBrowsers} from './browsers.mjs';

/** A TCP port free on loopback now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `file`; resolves once `ready(output so far)` gives a value, with that value and the process. */
function start(file, args, ready, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
    let output = '';
    const onData = (data) => {
      output += data;
      const value = ready(output);
      if (value !== undefined) resolve({child, value});
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Resolves once `url` answers, polling for up to 20 s. */
async function answers(url) {
  for (const deadline = Date.now() + 20000; Date.now() < deadline; ) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 20 s`);
}

/**
 * Gives MiniBrowser's page a viewport of `width` × `height`: its window is
 * that plus the browser's own bars. (A window narrower than its bars, about
 * 450 px, it cannot be: a phone's screen is a frame in the tests.)
 */
export async function setInnerSize(driver, width, height) {
  const [barsWidth, barsHeight] = await driver.execute(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
  await driver.setWindowRect(null, null, width + barsWidth, height + barsHeight);
  // The page may learn its new size a moment after the window has it (seen
  // once in CI, back from 800 × 3000 to 800 × 600): allow it two seconds.
  let size;
  for (const deadline = Date.now() + 2000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    size = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if ((size[0] === width && size[1] === height) || Date.now() > deadline) break;
  }
  if (size[0] !== width || size[1] !== height) {
    throw new Error(`MiniBrowser's page can be no ${width} × ${height} here: it is ${size[0]} × ${size[1]}`);
  }
}

/** The desktop settings of WebKit's display: their folder, and the daemon that serves them. */
const desktopSettings = {folder: '', daemon: undefined};

/**
 * Makes WebKit's system light or dark, as a reader's desktop setting does.
 * WebKitGTK takes a GTK theme whose name ends in `-dark` as the system's
 * dark mode, and follows a change of it at once: `prefers-color-scheme`,
 * `light-dark()` and the browser's own controls alike.
 */
export function setSystemScheme(scheme) {
  writeSettings(scheme);
  desktopSettings.daemon.kill('SIGHUP');
}

const writeSettings = (scheme) =>
  writeFileSync(join(desktopSettings.folder, 'xsettingsd.conf'), `Net/ThemeName "${scheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\n`);

/**
 * WebKit: starts Xvfb (on the first free display, which it reports), the
 * display's desktop settings and WebKitWebDriver as the run starts, then
 * drives MiniBrowser as the runner's WebDriver launcher does; stops them all
 * when the run ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  #programs;
  #children = [];

  constructor(programs) {
    super({
      hostname: '127.0.0.1',
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: programs.browser, args: ['--automation']},
      },
    });
    this.#programs = programs;
  }

  async initialize(config, testFiles) {
    // Whatever ends the run, the display, its settings and the driver end with it.
    process.once('exit', () => this.#end());
    // With no window manager, the window under the pointer has the keyboard
    // focus, and the pointer rests at the screen's centre: a screen no larger
    // than twice the 800 × 600 window keeps it there.
    const args = ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'];
    const xvfb = await start(this.#programs.display, args, (out) => /^(\d+)\n/.exec(out)?.[1]);
    this.#children.push(xvfb.child);
    this.options.port = await freePort();
    const env = {...process.env, DISPLAY: `:${xvfb.value}`};
    desktopSettings.folder = mkdtempSync(join(tmpdir(), 'innateheal-desktop-'));
    writeSettings('light');
    const settingsArgs = ['-c', join(desktopSettings.folder, 'xsettingsd.conf')];
    const settings = await start(this.#programs.desktop, settingsArgs, (out) => out.includes('Took ownership') || undefined, env);
    desktopSettings.daemon = settings.child;
    this.#children.push(settings.child);
    this.#children.push(spawn(this.#programs.driver, [`--port=${this.options.port}`, '--host=127.0.0.1'], {stdio: 'ignore', env}));
    await answers(`http://127.0.0.1:${this.options.port}/status`);
    await super.initialize(config, testFiles);
    // Named for the engine, like the other two.
    this.name = ENGINES.webkit.label;
  }

  // The other engines' default viewport, 800 × 600, for the same layouts.
  async createDriverManager() {
    const manager = await super.createDriverManager();
    await setInnerSize(this.driver, 800, 600);
    return manager;
  }

  async stop() {
    await super.stop();
    this.#end();
  }

  #end() {
    for (const child of this.#children) child.kill();
    if (desktopSettings.folder) rmSync(desktopSettings.folder, {recursive: true, force: true});
  }
}

/** Chromium, named for the engine (the runner calls any Chrome it launches "Chrome"). */
function chromiumLauncher({browser}) {
  const launcher = chromeLauncher({launchOptions: {executablePath: browser, headless: true, args: chromeArgs}});
  launcher.name = ENGINES.chromium.label;
  return launcher;
}

const launchers = {
  chromium: chromiumLauncher,
  // System access lets the tests' commands reach what WebDriver BiDi does not
  // offer yet (media emulation, font size) from Firefox's own chrome context.
  firefox: ({browser}) =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: browser,
        headless: true,
        env: {...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1'},
      },
    }),
  webkit: (programs) => new WebKitLauncher(programs),
};

/** A launcher for each engine `npm test` runs (all three, or those in BROWSERS). */
export function browsers() {
  const engines = enginesToRun();
  const found = findBrowsers(engines);
  return engines.map((engine) => launchers[engine](found[engine]));
}
