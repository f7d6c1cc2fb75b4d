/** Prints the one line CI reads: `N passed, N failed` (with skipped when any). */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped += 1;
      else if (t.passed) passed += 1;
      else failed += 1;
    }
    for (const s of suite.suites ?? []) count(s);
  };
  return {
    onTestRunFinished({sessions}) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
    },
    stop() {
      const tail = skipped ? `, ${skipped} skipped` : '';
      process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
    },
  };
}
