// Ends `npm test` with a line per engine (`Firefox: N passed, M failed`) and
// one machine-countable line for them all: `tests: N passed, M failed`. A test
// file that fails to load or errors outside a test counts as one failure, so a
// broken suite (or a browser that never started) can never read as "0 failed".

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/**
 * Totals over the test runner's finished sessions (one per test file): its
 * tests, in suites at any depth, and one failure for a session that broke
 * without a failed test to show for it.
 */
export function countSessions(sessions) {
  const totals = {passed: 0, failed: 0, skipped: 0};
  for (const session of sessions) {
    const before = totals.failed;
    if (session.testResults) countSuite(session.testResults, totals);
    const sessionBroken = !session.passed || (session.errors?.length ?? 0) > 0;
    if (sessionBroken && totals.failed === before) totals.failed++;
  }
  return totals;
}

const countLine = (label, {passed, failed, skipped}) =>
  `${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/** The line `npm test` ends with. */
export const summaryLine = (totals) => countLine('tests', totals);

/** A line for each engine's sessions, in the order the engines ran, then the line for all. */
export function summaryLines(sessions) {
  const byEngine = new Map();
  for (const session of sessions) {
    const engine = session.browser?.name ?? 'unknown';
    byEngine.set(engine, [...(byEngine.get(engine) ?? []), session]);
  }
  return [
    ...[...byEngine].map(([engine, ones]) => countLine(engine, countSessions(ones))),
    summaryLine(countSessions(sessions)),
  ];
}

export function countReporter() {
  let lines;
  return {
    onTestRunStarted() {
      lines = undefined;
    },
    onTestRunFinished({sessions}) {
      lines = summaryLines(sessions);
    },
    start() {
      // After the default reporter's own summary, so the total is the last line.
      process.once('exit', () => {
        if (lines) console.log(`\n${lines.join('\n')}`);
      });
    },
  };
}
