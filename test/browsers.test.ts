import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Machine {
  env?: Record<string, string>;
  /** The paths that exist. */
  files?: string[];
  root?: boolean;
  /** What installing Debian's chromium adds. */
  installs?: string[];
}

/** scripts/chrome.mjs's findChrome() on a made-up machine (scripts/node-commands.mjs). */
const findChromeOn = (machine: Machine) =>
  executeServerCommand<{path?: string; error?: string; installed: boolean; printed: string[]}, Machine>('find-chrome', machine);

const INSTALL = 'apt-get update && apt-get install -y chromium';
const DEBIAN = '/etc/debian_version';

// README: `npm test` uses CHROME_PATH if set, else the usual install paths; on
// Debian as root it installs Debian's chromium when none is found; elsewhere
// it stops and says what to install.
describe('finding a browser for npm test (scripts/chrome.mjs)', () => {
  it('takes CHROME_PATH first, and says so when it points nowhere', async () => {
    const files = ['/opt/my/chrome', '/usr/bin/chromium'];
    expect((await findChromeOn({env: {CHROME_PATH: '/opt/my/chrome'}, files})).path).to.equal('/opt/my/chrome');
    const missing = await findChromeOn({env: {CHROME_PATH: '/opt/gone'}, files});
    expect(missing.error).to.equal('CHROME_PATH is set to /opt/gone, which does not exist.');
  });

  it('finds the system Chromium or Chrome', async () => {
    expect((await findChromeOn({files: ['/usr/bin/chromium']})).path).to.equal('/usr/bin/chromium');
    expect((await findChromeOn({files: ['/usr/bin/google-chrome-stable']})).path).to.equal('/usr/bin/google-chrome-stable');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect((await findChromeOn({files: [mac]})).path).to.equal(mac);
  });

  it("installs Debian's chromium where none is found, as root on Debian, and says so", async () => {
    const result = await findChromeOn({files: [DEBIAN], root: true, installs: ['/usr/bin/chromium']});
    expect(result).to.deep.equal({
      path: '/usr/bin/chromium',
      installed: true,
      printed: [`No Chromium found; installing Debian's: ${INSTALL}`],
    });
  });

  // Only root on Debian installs; elsewhere nothing is tried.
  for (const [where, machine, tried] of [
    ['not root', {files: [DEBIAN], root: false}, false],
    ['not Debian', {files: [], root: true}, false],
    ['root on Debian, where the install brought none', {files: [DEBIAN], root: true, installs: []}, true],
  ] as [string, Machine, boolean][]) {
    it(`says exactly what to install where it cannot (${where})`, async () => {
      const {path, error, installed} = await findChromeOn(machine);
      expect(path).to.equal(undefined);
      expect(error).to.include(`  ${INSTALL}\n`);
      expect(error).to.include('CHROME_PATH');
      expect(installed, 'tried to install').to.equal(tried);
    });
  }
});
