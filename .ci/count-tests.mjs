// Totals vitest's JSON reports (packages/*/.vitest/*.json, docs/.vitest/*.json) into one
// line, `N passed, N failed`. A package whose report is missing counts as a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packageDirs = [...readdirSync('packages').map((name) => join('packages', name)), 'docs'];

let passed = 0;
let failed = 0;
for (const dir of packageDirs) {
  const reportDir = join(dir, '.vitest');
  const reports = existsSync(reportDir)
    ? readdirSync(reportDir).filter((name) => name.endsWith('.json'))
    : [];
  if (reports.length === 0) {
    console.log(`${dir}: no test report`);
    failed += 1;
    continue;
  }
  for (const report of reports) {
    const results = JSON.parse(readFileSync(join(reportDir, report), 'utf8'));
    // A file that failed to load fails no test, but the run failed: count it once.
    const failedHere = results.numFailedTests || (results.success ? 0 : 1);
    console.log(
      `${join(reportDir, report)}: ${results.numPassedTests} passed, ${failedHere} failed`,
    );
    passed += results.numPassedTests;
    failed += failedHere;
  }
}
console.log(`${passed} passed, ${failed} failed`);
