// Finds the browsers for tests and benchmarks. No browser can be downloaded by
// npm here, so we use the system's: for each program, its environment
// variable if set, else a known install path, else (root on Debian) one
// `apt-get install` of every missing package, else say what to install.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';

/**
 * The engines `npm test` runs, each with the programs it needs: the variable
 * that may point at one, where it is usually installed, and the Debian
 * package that brings it. WebKit is WebKitGTK's MiniBrowser, driven through
 * WebKitWebDriver on a virtual display (Xvfb), whose desktop settings
 * (xsettingsd) give it a light or dark system.
 */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    programs: {
      browser: {
        variable: 'CHROME_PATH',
        package: 'chromium',
        paths: [
          '/usr/bin/chromium',
          '/usr/bin/chromium-browser',
          '/usr/bin/google-chrome',
          '/usr/bin/google-chrome-stable',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ],
      },
    },
  },
  firefox: {
    label: 'Firefox',
    programs: {
      browser: {
        variable: 'FIREFOX_PATH',
        package: 'firefox-esr',
        paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
      },
    },
  },
  webkit: {
    label: 'WebKit',
    programs: {
      browser: {
        variable: 'MINIBROWSER_PATH',
        package: 'webkit2gtk-driver',
        paths: [
          '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        ],
      },
      driver: {variable: 'WEBKIT_WEBDRIVER_PATH', package: 'webkit2gtk-driver', paths: ['/usr/bin/WebKitWebDriver']},
      display: {variable: 'XVFB_PATH', package: 'xvfb', paths: ['/usr/bin/Xvfb']},
      desktop: {variable: 'XSETTINGSD_PATH', package: 'xsettingsd', paths: ['/usr/bin/xsettingsd']},
    },
  },
};

/** The engines named in `BROWSERS` (comma-separated), else all of them. */
export function enginesToRun(env = process.env) {
  const names = env.BROWSERS ? env.BROWSERS.split(',').map((name) => name.trim().toLowerCase()) : Object.keys(ENGINES);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length) {
    throw new Error(`BROWSERS names ${unknown.join(', ')}; it takes ${Object.keys(ENGINES).join(', ')}.`);
  }
  return names;
}

const describe = ({engine, program}) => `${ENGINES[engine].label}'s ${program}`;

const installCommand = (packages) => `apt-get update && apt-get install -y ${packages.join(' ')}`;

/**
 * The programs of each of `engines`, as {engine: {program: path}}. The
 * machine is the real one unless a test stands in for it
 * (test/browsers.test.ts): `env`, whether a path `exists`, whether we run as
 * `root`, and how to `install` Debian's packages.
 */
export function findBrowsers(
  engines,
  {
    env = process.env,
    exists = existsSync,
    root = process.getuid?.() === 0,
    install = (command) => execSync(command, {stdio: 'inherit', env: {...env, DEBIAN_FRONTEND: 'noninteractive'}}),
  } = {}
) {
  const wanted = engines.flatMap((engine) =>
    Object.entries(ENGINES[engine].programs).map(([program, spec]) => ({engine, program, spec}))
  );
  for (const {spec} of wanted) {
    if (env[spec.variable] && !exists(env[spec.variable])) {
      throw new Error(`${spec.variable} is set to ${env[spec.variable]}, which does not exist.`);
    }
  }
  const find = ({spec}) => env[spec.variable] || spec.paths.find((path) => exists(path));
  let missing = wanted.filter((each) => !find(each));
  const packages = [...new Set(missing.map(({spec}) => spec.package))];

  if (missing.length && root && exists('/etc/debian_version')) {
    const command = installCommand(packages);
    console.log(`Not found: ${missing.map(describe).join(', ')}; installing Debian's: ${command}`);
    install(command);
    missing = missing.filter((each) => !find(each));
  }
  if (missing.length) {
    throw new Error(
      `Not found: ${missing.map(describe).join(', ')}. Install them, e.g. on Debian/Ubuntu as root:\n` +
        `  ${installCommand(packages)}\n` +
        `or point ${missing.map(({spec}) => spec.variable).join(', ')} at them, ` +
        `or leave an engine out with BROWSERS (say, BROWSERS=chromium,firefox).`
    );
  }
  const found = {};
  for (const each of wanted) (found[each.engine] ??= {})[each.program] = find(each);
  return found;
}

/** The path of a Chromium to run (the benchmark's browser). */
export const findChrome = (machine) => findBrowsers(['chromium'], machine).chromium.browser;

/** Flags for headless runs as root on a machine with no outside network. */
export const chromeArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
