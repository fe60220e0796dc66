import {expect} from '@open-wc/testing';
import {countSessions, summaryLine, summaryLines} from '../scripts/count-reporter.mjs';

// .ci/run trusts the last line of `npm test`: it must count every test at any
// depth, and a test file that broke must never read as "0 failed".
const test = (name: string, result: 'passed' | 'failed' | 'skipped') => ({
  name,
  passed: result === 'passed',
  skipped: result === 'skipped',
  duration: 1,
});
const passing = {
  passed: true,
  errors: [],
  testResults: {
    name: '',
    tests: [test('top', 'passed')],
    suites: [{name: 'a', tests: [test('a1', 'passed')], suites: [{name: 'b', tests: [test('b1', 'passed')], suites: []}]}],
  },
};
const loadError = {message: 'SyntaxError: Unexpected token'};

describe('the test count (scripts/count-reporter.mjs)', () => {
  it('counts tests in nested suites', () => {
    expect(countSessions([passing, passing])).to.deep.equal({passed: 6, failed: 0, skipped: 0});
  });

  it('counts a failed and a skipped test where they sit', () => {
    const session = {
      passed: false,
      errors: [],
      testResults: {name: '', tests: [test('x', 'skipped')], suites: [{name: 'a', tests: [test('a1', 'failed'), test('a2', 'passed')], suites: []}]},
    };
    expect(countSessions([passing, session])).to.deep.equal({passed: 4, failed: 1, skipped: 1});
  });

  it('counts a test file that failed to load, with no tests, as one failure', () => {
    expect(countSessions([passing, {passed: false, errors: [loadError]}])).to.deep.equal({passed: 3, failed: 1, skipped: 0});
  });

  it('counts an error outside any test as one failure, even when every test passed', () => {
    expect(countSessions([{...passing, errors: [loadError]}])).to.deep.equal({passed: 3, failed: 1, skipped: 0});
    expect(countSessions([{...passing, passed: false}]), 'failed with no error given (a timeout)').to.deep.equal({
      passed: 3,
      failed: 1,
      skipped: 0,
    });
  });

  it('does not count a broken file twice when a failed test already shows it', () => {
    const session = {passed: false, errors: [loadError], testResults: {name: '', tests: [test('x', 'failed')], suites: []}};
    expect(countSessions([session])).to.deep.equal({passed: 0, failed: 1, skipped: 0});
  });

  it('prints the line .ci/run reads, naming skipped tests only when there are some', () => {
    expect(summaryLine({passed: 237, failed: 0, skipped: 0})).to.equal('tests: 237 passed, 0 failed');
    expect(summaryLine({passed: 5, failed: 2, skipped: 1})).to.equal('tests: 5 passed, 2 failed, 1 skipped');
  });

  it('gives a line for each engine, in the order they ran, before the line for all of them', () => {
    const broken = {passed: false, errors: [loadError]};
    const sessions = [
      {...passing, browser: {name: 'Chromium'}},
      {...passing, browser: {name: 'Firefox'}},
      {...broken, browser: {name: 'Chromium'}},
      {...passing, browser: {name: 'WebKit'}},
    ] as Parameters<typeof summaryLines>[0];
    expect(summaryLines(sessions)).to.deep.equal([
      'Chromium: 3 passed, 1 failed',
      'Firefox: 3 passed, 0 failed',
      'WebKit: 3 passed, 0 failed',
      'tests: 9 passed, 1 failed',
    ]);
  });
});
