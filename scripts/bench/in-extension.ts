/**
 * The part of `npm run bench` that runs in one of Épure's own pages in Chromium (bundled by
 * esbuild, evaluated by `scripts/bench.ts` in `options.html`): the copy of a page as the reader
 * parses it, under the extension pages' CSP. For one page's markup, interleaved, `reps` times:
 * - `asIs`: `DOMParser` on the markup, as it was parsed before `inertMarkup`;
 * - `inert`: `inertMarkup`, then `DOMParser`, what the reader does (`src/host/clean-page.ts`);
 * and the CSP reports each one raised.
 */
import { inertMarkup } from '../../src/dom/inert-markup';
import { median } from './median';

export interface ReaderParseTiming {
  asIs: number;
  inert: number;
  asIsReports: number;
  inertReports: number;
}

let reports = 0;
document.addEventListener('securitypolicyviolation', () => reports++);

/** The reports a parse raised arrive as events after it: wait for them before counting. */
async function timedParse(html: string, transform: boolean): Promise<{ ms: number; reports: number }> {
  reports = 0;
  const started = performance.now();
  new DOMParser().parseFromString(transform ? inertMarkup(html) : html, 'text/html');
  const ms = performance.now() - started;
  await new Promise((done) => setTimeout(done, 0));
  return { ms, reports };
}

async function parseTimes(html: string, reps: number): Promise<ReaderParseTiming> {
  const asIs: number[] = [];
  const inert: number[] = [];
  let asIsReports = 0;
  let inertReports = 0;
  for (let rep = 0; rep < reps; rep++) {
    const plain = await timedParse(html, false);
    const changed = await timedParse(html, true);
    asIs.push(plain.ms);
    inert.push(changed.ms);
    asIsReports = plain.reports;
    inertReports = changed.reports;
  }
  return { asIs: median(asIs), inert: median(inert), asIsReports, inertReports };
}

(globalThis as unknown as { epureParseBench: { parseTimes: typeof parseTimes } }).epureParseBench = { parseTimes };
