import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Run {
  /** What `npm test` prints. */
  testOutput: string;
  /** Its exit code (default 0). */
  testExit?: number;
  /** Other npm calls that fail, as `run size`. */
  failing?: string[];
}

/** .ci/run with a stand-in npm (scripts/node-commands.mjs). */
const ciRun = (run: Run) => executeServerCommand<{code: number; output: string; calls: string[]}, Run>('ci-run', run);

const PASSED = 'Finished running tests, all tests passed!\ntests: 276 passed, 0 failed';

// The guide: each stop lands only if .ci/run passes on a clean checkout, and
// it never passes without running tests.
describe('.ci/run', () => {
  it("runs the README's commands in order and passes when every test passed", async () => {
    const {code, output, calls} = await ciRun({testOutput: PASSED});
    expect(code, output).to.equal(0);
    expect(calls).to.deep.equal(['ci', 'run build', 'run lint', 'run test:types', 'test', 'run size', 'run check:package']);
    expect(output.trim().split('\n').at(-1)).to.equal('tests: 276 passed, 0 failed');
  });

  const failing: [string, Run][] = [
    ['no test ran', {testOutput: 'tests: 0 passed, 0 failed'}],
    ['a test failed, even where npm test exited 0', {testOutput: 'tests: 275 passed, 1 failed'}],
    ['a test was skipped', {testOutput: 'tests: 275 passed, 0 failed, 1 skipped'}],
    ['npm test printed no count', {testOutput: 'Finished running tests, all tests passed!'}],
    ['npm test failed', {testOutput: PASSED, testExit: 1}],
  ];
  for (const [why, run] of failing) {
    it(`fails when ${why}`, async () => {
      const {code, output, calls} = await ciRun(run);
      expect(code, output).to.equal(1);
      expect(calls, 'nothing after the tests').not.to.include('run size');
    });
  }

  for (const step of ['ci', 'run build', 'run lint', 'run test:types', 'run size', 'run check:package']) {
    it(`fails when npm ${step} fails`, async () => {
      const {code, output, calls} = await ciRun({testOutput: PASSED, failing: [step]});
      expect(code, output).to.equal(1);
      expect(calls.at(-1), 'stops there').to.equal(step);
    });
  }
});
