// Finds a Chromium for tests and benchmarks. No browser can be downloaded by
// npm here, so we use the system one: CHROME_PATH, else a known install path,
// else (root on Debian) `apt-get install chromium`, else say what to install.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * The path of a Chromium to run. The machine is the real one unless a test
 * stands in for it (test/chrome.test.ts): `env`, whether a path `exists`,
 * whether we run as `root`, and how to `install` Debian's package.
 */
export function findChrome({
  env = process.env,
  exists = existsSync,
  root = process.getuid?.() === 0,
  install = () => execSync(INSTALL, {stdio: 'inherit', env: {...env, DEBIAN_FRONTEND: 'noninteractive'}}),
} = {}) {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found) return found;

  if (root && exists('/etc/debian_version')) {
    console.log(`No Chromium found; installing Debian's: ${INSTALL}`);
    install();
    if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome found. Install one, e.g. on Debian/Ubuntu as root:\n' +
      `  ${INSTALL}\n` +
      'or point CHROME_PATH at a Chrome/Chromium executable.'
  );
}

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
