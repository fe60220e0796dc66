// Ends `npm test` with one machine-countable line: `tests: N passed, M failed`.
// A test file that fails to load or errors outside a test counts as one
// failure, so a broken suite can never read as "0 failed".

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

/** The line `npm test` ends with. */
export const summaryLine = ({passed, failed, skipped}) =>
  `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function countReporter() {
  let totals;
  return {
    onTestRunStarted() {
      totals = undefined;
    },
    onTestRunFinished({sessions}) {
      totals = countSessions(sessions);
    },
    start() {
      // After the default reporter's own summary, so this is the last line.
      process.once('exit', () => {
        if (totals) console.log(`\n${summaryLine(totals)}`);
      });
    },
  };
}
