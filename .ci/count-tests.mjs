// Totals vitest's JSON reports (packages/*/.vitest/*.json, docs/.vitest/*.json,
// docs/playground/.vitest/*.json) into one
// line, `N passed, N failed`, preceded by one line per report. A package whose report is
// missing counts as a failure.
//
//   --save FILE   also writes this run's line, with the Node version, to FILE
//   --add FILE    adds a line saved by --save (an earlier run on another Node) to the total
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: { save: { type: 'string' }, add: { type: 'string' } },
});

const packageDirs = [
  ...readdirSync('packages').map((name) => join('packages', name)),
  'docs',
  'docs/playground',
];

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

const node = `Node ${process.version}`;
if (options.save !== undefined) {
  writeFileSync(options.save, JSON.stringify({ node, passed, failed }));
}
if (options.add !== undefined) {
  const earlier = JSON.parse(readFileSync(options.add, 'utf8'));
  console.log(`${earlier.node}: ${earlier.passed} passed, ${earlier.failed} failed`);
  console.log(`${node}: ${passed} passed, ${failed} failed`);
  passed += earlier.passed;
  failed += earlier.failed;
}
console.log(`${passed} passed, ${failed} failed`);
