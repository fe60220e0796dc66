import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Machine {
  engines: string[];
  env?: Record<string, string>;
  /** The paths that exist. */
  files?: string[];
  root?: boolean;
  /** What installing Debian's packages adds. */
  installs?: string[];
}

interface Found {
  found?: Record<string, Record<string, string>>;
  error?: string;
  /** The install command run, if any. */
  installed: string | null;
  printed: string[];
}

/** scripts/browsers.mjs's findBrowsers() on a made-up machine (scripts/node-commands.mjs). */
const findBrowsersOn = (machine: Machine) => executeServerCommand<Found, Machine>('find-browsers', machine);

const DEBIAN = '/etc/debian_version';
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const XSETTINGSD = '/usr/bin/xsettingsd';
const ALL = ['chromium', 'firefox', 'webkit'];
const EVERY_FILE = [CHROMIUM, FIREFOX, MINIBROWSER, DRIVER, XVFB, XSETTINGSD];

// README: `npm test` runs Chromium, Firefox and WebKit (or those BROWSERS
// names), each program from its variable if set, else the usual install
// paths; on Debian as root it installs Debian's packages for what is missing,
// in one go; elsewhere it stops and says what to install.
describe('finding the browsers for npm test (scripts/browsers.mjs)', () => {
  it("finds Debian's browsers, WebKit's driver and the virtual display", async () => {
    expect((await findBrowsersOn({engines: ALL, files: EVERY_FILE})).found).to.deep.equal({
      chromium: {browser: CHROMIUM},
      firefox: {browser: FIREFOX},
      webkit: {browser: MINIBROWSER, driver: DRIVER, display: XVFB, desktop: XSETTINGSD},
    });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect((await findBrowsersOn({engines: ['chromium'], files: [mac]})).found).to.deep.equal({chromium: {browser: mac}});
  });

  it('takes a variable first, and says so when it points nowhere', async () => {
    const env = {CHROME_PATH: '/opt/my/chrome', FIREFOX_PATH: '/opt/my/firefox'};
    const {found} = await findBrowsersOn({engines: ['chromium', 'firefox'], env, files: [...EVERY_FILE, ...Object.values(env)]});
    expect(found).to.deep.equal({chromium: {browser: '/opt/my/chrome'}, firefox: {browser: '/opt/my/firefox'}});
    const missing = await findBrowsersOn({engines: ['webkit'], env: {WEBKIT_WEBDRIVER_PATH: '/opt/gone'}, files: EVERY_FILE});
    expect(missing.error).to.equal('WEBKIT_WEBDRIVER_PATH is set to /opt/gone, which does not exist.');
  });

  it("installs Debian's packages for every program missing, in one go, as root on Debian, and says so", async () => {
    const result = await findBrowsersOn({engines: ALL, files: [DEBIAN, CHROMIUM], root: true, installs: [FIREFOX, MINIBROWSER, DRIVER, XVFB, XSETTINGSD]});
    const command = 'apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb xsettingsd';
    expect(result.installed).to.equal(command);
    expect(result.printed).to.deep.equal([
      `Not found: Firefox's browser, WebKit's browser, WebKit's driver, WebKit's display, WebKit's desktop; installing Debian's: ${command}`,
    ]);
    expect(result.found!.webkit).to.deep.equal({browser: MINIBROWSER, driver: DRIVER, display: XVFB, desktop: XSETTINGSD});
  });

  it('installs nothing for engines left out of the run', async () => {
    const result = await findBrowsersOn({engines: ['chromium'], files: [DEBIAN, CHROMIUM], root: true});
    expect(result).to.deep.equal({found: {chromium: {browser: CHROMIUM}}, installed: null, printed: []});
  });

  // Only root on Debian installs; elsewhere nothing is tried.
  for (const [where, machine, tried] of [
    ['not root', {engines: ALL, files: [DEBIAN, CHROMIUM], root: false}, false],
    ['not Debian', {engines: ALL, files: [CHROMIUM], root: true}, false],
    ['root on Debian, where the install brought none', {engines: ALL, files: [DEBIAN, CHROMIUM], root: true, installs: []}, true],
  ] as [string, Machine, boolean][]) {
    it(`says exactly what to install where it cannot (${where})`, async () => {
      const {found, error, installed} = await findBrowsersOn(machine);
      expect(found).to.equal(undefined);
      expect(error).to.include("Not found: Firefox's browser, WebKit's browser, WebKit's driver, WebKit's display, WebKit's desktop.");
      expect(error).to.include('  apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb xsettingsd\n');
      expect(error).to.include('FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_WEBDRIVER_PATH, XVFB_PATH, XSETTINGSD_PATH');
      expect(error).to.include('BROWSERS=');
      expect(installed !== null, 'tried to install').to.equal(tried);
    });
  }
});
