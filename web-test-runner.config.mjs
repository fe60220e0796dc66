import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {browserCommands} from './scripts/browser-commands.mjs';
import {countReporter} from './scripts/count-reporter.mjs';
import {browsers} from './scripts/launchers.mjs';
import {nodeCommands} from './scripts/node-commands.mjs';
import {partnerPages} from './scripts/partner-pages.mjs';
import {reactForTests} from './scripts/react-for-tests.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig makes esbuild compile class fields as Lit expects
  // (useDefineForClassFields: false, so initializers go through Lit's accessors).
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}), browserCommands(), nodeCommands(), reactForTests()],
  // Partner pages (with their own headers) that load the built dist/embed.js.
  middleware: [partnerPages],
  // Chromium, Firefox and WebKit (or those named in BROWSERS).
  browsers: browsers(),
  // One page at a time in each: keyboard and mouse tests need the focused
  // page, and background pages get no animation frames (fixtures wait for one).
  concurrency: 1,
  concurrentBrowsers: 1,
  // Tests run Lit's (and Angular's) development builds for their extra checks;
  // their banners are noise.
  filterBrowserLogs: ({args}) => !/^(Lit is in dev mode|Angular is running in development mode)/.test(String(args[0])),
  // A leftover it.only() would quietly skip every other test in its file:
  // fail the run instead. (.ci/run fails on an it.skip(), which mocha's
  // forbidPending does not catch here.)
  testFramework: {config: {timeout: 5000, forbidOnly: true}},
  testsFinishTimeout: 60000,
  reporters: [defaultReporter(), countReporter()],
};
