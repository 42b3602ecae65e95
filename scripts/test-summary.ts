/**
 * Reads the output of one or more Vitest runs (a log file) and prints one closing line for all
 * of them: `tests: N passed, N failed, N skipped`. Used by .ci/run after `npm test`, which runs
 * the unit tests and then the browser tests, so the total of both is visible at the end.
 * Exits 1 when no Vitest summary is found (the runs crashed before counting).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export interface Tally {
  runs: number;
  passed: number;
  failed: number;
  skipped: number;
}

/** Sums the `Tests  …` summary lines Vitest prints at the end of each run. */
export function tally(log: string): Tally {
  const out: Tally = { runs: 0, passed: 0, failed: 0, skipped: 0 };
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n')) {
    // A suite that failed outside any test (a hook, an import) counts as one failure.
    const suites = /Failed Suites (\d+)/.exec(line);
    if (suites) out.failed += Number(suites[1]);
    if (!/^\s*Tests\s{2,}\d/.test(line)) continue;
    out.runs++;
    for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped|todo|expected fail)/g)) {
      const count = Number(n);
      // `it.fails` tests that failed as expected are passes.
      if (kind === 'passed' || kind === 'expected fail') out.passed += count;
      else if (kind === 'failed') out.failed += count;
      else out.skipped += count;
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx scripts/test-summary.ts LOG');
    process.exit(2);
  }
  const t = tally(readFileSync(file, 'utf8'));
  if (!t.runs) {
    console.error(`No Vitest summary in ${file}: the test runs did not finish.`);
    process.exit(1);
  }
  console.log(`tests: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
}
