// Fails CI when the browser tests did not really run (skipped or absent), and prints the totals
// in the plain "N passed, N failed" form.
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const count = (filter) => {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for (const file of results.testResults) {
    if (!filter(file.name)) continue;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') tally.passed++;
      else if (test.status === 'failed') tally.failed++;
      else tally.skipped++;
    }
  }
  return tally;
};
const browser = count((name) => name.includes('/tests/browser/'));
const all = count(() => true);
console.log(
  `browser: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`,
);
console.log(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
if (browser.passed === 0 || browser.skipped > 0) {
  console.error('The browser tests did not run: CI needs Chromium at /usr/bin/chromium.');
  process.exit(1);
}
if (all.failed > 0) process.exit(1);
