/**
 * Speed benchmark in headless Chromium (issue 5). Four parts, one run:
 *
 * 1. Engine, per corpus page, same markup, same browser, interleaved: the page's serialisation
 *    (what the content script costs the page), the floor (parsing it into the inert copy every
 *    reader works on), Readability alone, Defuddle, and Épure's whole pipeline as the reader
 *    runs it. Medians, p95, the ratio Épure / Readability, the slowest pages with the step that
 *    dominated them, and each step's share.
 * 2. Time to article: opening `popup.html?tab=<id>` of the e2e build to the article painted
 *    (the reader's `epure:article-painted` mark), p50 and p95 over tests/fixtures.
 * 3. Heavy pages (100,000 elements, 5 MB of text, 1,000 deep): the time to the reader's final
 *    state and the longest task Épure caused on the page (Long Tasks API).
 * 4. Memory: the popup's JS heap for the longest corpus article, and the page's heap, DOM
 *    nodes and listeners before and after Épure read it (after a forced GC).
 * 5. The copy in the reader's own page: `DOMParser` under the extension pages' CSP, on each
 *    corpus page as it is and after `inertMarkup` (src/dom/inert-markup.ts), with the CSP
 *    reports each raised. Part 1 parses on a web page, where no CSP checks the copy.
 *
 *   npm run bench -- [DIR ...] [--reps N] [--limit N] [--json FILE] [--engine-only]
 *
 * Raw figures go to bench-results/speed.json (or --json FILE). Not part of CI: a benchmark
 * measures, it does not pass or fail; the targets are printed beside the figures.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { heavyPages } from '../tests/e2e/heavy-pages';
import { memoryOf, metricsSession, watched, watchSettledPage } from '../tests/e2e/page-probes';
import { CHROMIUM, FINAL_STATES, INSTALL_HINT, launch, openTab, startServer, viewUrl, type Browser } from '../tests/e2e/harness';
import type { BrowserTiming } from './bench/in-browser';
import type { ReaderParseTiming } from './bench/in-extension';
import { corpusPages, type CorpusPage } from './lib/corpus-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { ratio: 1.3, p95Ms: 150, ttaP50Ms: 250, longTaskMs: 200, heavyMs: 5000, popupHeapMb: 50 };

interface Options {
  dirs: string[];
  reps: number;
  limit: number;
  json: string;
  engineOnly: boolean;
}

const USAGE = `Usage: npm run bench -- [DIR ...] [--reps N] [--limit N] [--json FILE] [--engine-only]

DIR: corpus folders (cases.json + pages, or <slug>/source.html). Default: ../shared/corpus/traf-dev
and ../shared/corpus/readability-pages when present, else tests/fixtures.
--reps N       runs of each system per page, median kept (default 5)
--limit N      first N pages of each folder
--json FILE    raw figures (default bench-results/speed.json)
--engine-only  part 1 only (no extension build needed)
`;

function parseOptions(argv: string[]): Options {
  const opts: Options = { dirs: [], reps: 5, limit: Infinity, json: join(ROOT, 'bench-results/speed.json'), engineOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--reps') opts.reps = positive(arg, value());
    else if (arg === '--limit') opts.limit = positive(arg, value());
    else if (arg === '--json') opts.json = resolve(value());
    else if (arg === '--engine-only') opts.engineOnly = true;
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else opts.dirs.push(resolve(arg));
  }
  if (opts.dirs.length === 0) {
    const shared = ['traf-dev', 'readability-pages'].map((d) => resolve(ROOT, '../shared/corpus', d)).filter((d) => existsSync(d));
    opts.dirs = shared.length ? shared : [join(ROOT, 'tests/fixtures')];
  }
  for (const dir of opts.dirs) if (!existsSync(dir)) fail(`no such folder: ${dir}`);
  return opts;
}

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`${name} needs a whole number above 0, not "${raw}"`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing

/** The q-quantile of the finite values (a stage a run did not reach is NaN, and is left out). */
function quantile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

// ---------------------------------------------------------------------------------------------
// 1. Engine

interface EngineRow extends BrowserTiming {
  id: string;
}

async function bundle(entry = 'scripts/bench/in-browser.ts'): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

async function benchEngine(pages: CorpusPage[], reps: number): Promise<EngineRow[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM!, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: await bundle() });
    const runOne = (p: CorpusPage, n: number) =>
      page.evaluate(
        ([html, url, r]) => (globalThis as unknown as { epureBench: { run(h: string, u: string, r: number): BrowserTiming } }).epureBench.run(html, url, r),
        [p.html, p.url, n] as const,
      );
    // Warm the JIT on a few pages first, so that the first pages measured are not penalised.
    for (const p of pages.slice(0, 5)) await runOne(p, 2);
    const rows: EngineRow[] = [];
    for (const [i, p] of pages.entries()) {
      rows.push({ id: p.id, ...(await runOne(p, reps)) });
      if ((i + 1) % 50 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\n`);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

function reportEngine(rows: EngineRow[]): Record<string, unknown> {
  const systems = ['serialise', 'floor', 'readability', 'defuddle', 'epure'] as const;
  const label: Record<(typeof systems)[number], string> = {
    serialise: 'serialise (on the page)',
    floor: 'floor: parse the copy',
    readability: 'Readability alone',
    defuddle: 'Defuddle',
    epure: 'Épure (whole pipeline)',
  };
  const stats = Object.fromEntries(
    systems.map((s) => {
      const values = rows.map((r) => r[s]);
      return [s, { median: quantile(values, 0.5), p95: quantile(values, 0.95), mean: values.reduce((a, b) => a + b, 0) / values.length }];
    }),
  ) as Record<(typeof systems)[number], { median: number; p95: number; mean: number }>;
  console.log(`\n## 1. Engine in headless Chromium (${rows.length} pages; parse included in every reader's time)\n`);
  console.log(table([['', 'median', 'p95', 'mean'], ...systems.map((s) => [label[s], ms(stats[s].median), ms(stats[s].p95), ms(stats[s].mean)])]));

  const ratio = stats.epure.median / stats.readability.median;
  const perPageRatio = quantile(rows.map((r) => r.epure / r.readability), 0.5);
  console.log(`\nÉpure / Readability: ${ratio.toFixed(2)}× on the medians, ${perPageRatio.toFixed(2)}× the median page` +
    ` (target ≤ ${TARGETS.ratio}×: ${verdict(ratio <= TARGETS.ratio)})`);
  console.log(`Épure p95: ${ms(stats.epure.p95)} (target < ${TARGETS.p95Ms} ms: ${verdict(stats.epure.p95 < TARGETS.p95Ms)})`);

  const threw = rows.filter((r) => r.errors.length > 0);
  if (threw.length) console.log(`Pages where Readability or Defuddle threw (timed all the same): ${threw.map((r) => r.id).join(', ')}`);
  const notArticles = rows.filter((r) => r.outcome !== 'article').length;
  console.log(`Épure's outcome: ${rows.length - notArticles} articles, ${notArticles} pages refused with a reason (not an article, too large).`);

  const stepTotals = new Map<string, number>();
  for (const r of rows) for (const s of r.steps) stepTotals.set(s.step, (stepTotals.get(s.step) ?? 0) + s.ms);
  const allSteps = [...stepTotals.values()].reduce((a, b) => a + b, 0);
  const topSteps = [...stepTotals].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log('\nWhere Épure spends its time (share of all pages, all steps):');
  console.log(table(topSteps.map(([step, total]) => [`  ${step}`, `${((100 * total) / allSteps).toFixed(1)} %`, ms(total / rows.length) + '/page'])));

  const slowest = [...rows].sort((a, b) => b.epure - a.epure).slice(0, 10);
  console.log('\nSlowest pages for Épure:');
  console.log(
    table([
      ['  page', 'Épure', 'Readability', 'elements', 'dominating step'],
      ...slowest.map((r) => {
        const top = [...r.steps].sort((a, b) => b.ms - a.ms)[0];
        return [`  ${r.id}`, ms(r.epure), ms(r.readability), String(r.elements), top ? `${top.step} ${ms(top.ms)}` : ''];
      }),
    ]),
  );
  return { stats, ratio, perPageRatio, stepTotals: Object.fromEntries(stepTotals) };
}

// ---------------------------------------------------------------------------------------------
// 2–4. The extension

/** The reader's stages, as User Timing marks (src/reader/reader-app.ts), in order. */
const STAGES = ['epure:early-start', 'epure:reader-started', 'epure:settings-loaded', 'epure:page-read', 'epure:page-cleaned', 'epure:article-painted'] as const;

/** Opens the popup view for `tabId`; returns its final state, the ms from navigation start to the painted article and to each stage. */
async function openPopup(
  browser: Browser,
  tabId: number,
  timeout = 30_000,
): Promise<{ page: Page; state: string; paintedMs: number; settledMs: number; stages: Record<string, number> }> {
  // In a window of its own, as the toolbar popup is: the article's tab stays the visible tab of
  // its window (a background tab would be read more slowly than any user's).
  const started = Date.now();
  const opened = browser.context.waitForEvent('page', { timeout });
  const url = viewUrl(browser, 'popup', tabId);
  await (await browser.worker()).evaluate(
    (u) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url: u, type: 'popup', width: 800, height: 600 }),
    url,
  );
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  const state = (await (
    await page.waitForFunction((finals) => (finals.includes(document.body?.dataset.state ?? '') ? document.body.dataset.state : null), [...FINAL_STATES] as string[], { timeout })
  ).jsonValue()) as string;
  const settledMs = Date.now() - started;
  const paintedMs =
    state === 'article'
      ? await page.evaluate(async () => {
          for (let i = 0; i < 100; i++) {
            const mark = performance.getEntriesByName('epure:article-painted')[0];
            if (mark) return mark.startTime;
            await new Promise((r) => setTimeout(r, 20));
          }
          return NaN;
        })
      : NaN;
  const stages = await page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])),
    [...STAGES] as string[],
  );
  return { page, state, paintedMs, settledMs, stages };
}

async function benchTimeToArticle(browser: Browser, server: Awaited<ReturnType<typeof startServer>>, reps: number) {
  const fixtures = corpusPages(join(ROOT, 'tests/fixtures'));
  const samples: { id: string; ms: number; stages: Record<string, number> }[] = [];
  for (const fixture of fixtures) {
    const slug = fixture.id.split('/').pop()!;
    const { page, tabId } = await openTab(browser, server.fixtureUrl(slug));
    for (let i = 0; i < reps + 1; i++) {
      const popup = await openPopup(browser, tabId);
      // The first open of each fixture warms the caches like a second click would not: keep it out.
      if (i > 0 && popup.state === 'article') samples.push({ id: fixture.id, ms: popup.paintedMs, stages: popup.stages });
      await popup.page.close();
    }
    await page.close();
  }
  const values = samples.map((s) => s.ms);
  const p50 = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  console.log(`\n## 2. Time to article (popup.html?tab=, navigation start to the article painted; ${samples.length} opens of ${fixtures.length} fixtures)\n`);
  console.log(`p50 ${ms(p50)} (target < ${TARGETS.ttaP50Ms} ms: ${verdict(p50 < TARGETS.ttaP50Ms)}), p95 ${ms(p95)}, max ${ms(Math.max(...values))}`);
  console.log('Median time of each stage since navigation start:');
  console.log(table(STAGES.map((stage) => [`  ${stage}`, ms(quantile(samples.map((s) => s.stages[stage] ?? NaN), 0.5))])));
  return { p50, p95, samples };
}

async function benchHeavyPages(browser: Browser, server: Awaited<ReturnType<typeof startServer>>) {
  console.log('\n## 3. Heavy pages (time to the final state; longest task on the page while Épure read it)\n');
  const rows: string[][] = [['  page', 'state', 'time', 'longest task on the page']];
  const results = [];
  for (const heavy of heavyPages()) {
    const url = server.addPage(`/heavy/${heavy.slug}.html`, heavy.html);
    const { page, tabId } = await openTab(browser, url);
    await watchSettledPage(page);
    const popup = await openPopup(browser, tabId, 60_000);
    const { longTasks } = await watched(page);
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    rows.push([`  ${heavy.label}`, popup.state, ms(popup.settledMs), longTasks.length ? ms(longest) : 'none over 50 ms']);
    results.push({ page: heavy.slug, state: popup.state, ms: popup.settledMs, longTasks });
    await popup.page.close();
    await page.close();
  }
  console.log(table(rows));
  console.log(`(targets: final state within ${TARGETS.heavyMs} ms, no task over ${TARGETS.longTaskMs} ms on the page)`);
  return results;
}

async function benchMemory(browser: Browser, server: Awaited<ReturnType<typeof startServer>>, pages: CorpusPage[]) {
  // The longest article: the corpus page with the most text that Épure shows as an article.
  const longest = [...pages].sort((a, b) => b.html.length - a.html.length)[0];
  console.log('\n## 4. Memory\n');
  if (!longest) return null;
  const url = server.addPage('/memory/longest.html', longest.html);
  const { page, tabId } = await openTab(browser, url);
  const pageSession = await metricsSession(browser.context, page);
  const before = await memoryOf(pageSession);
  const popup = await openPopup(browser, tabId);
  const popupSession = await metricsSession(browser.context, popup.page);
  const popupMemory = await memoryOf(popupSession);
  await popup.page.close();
  const after = await memoryOf(pageSession);
  // Four more readings: a leak grows with each; a one-off (the isolated world Chromium creates
  // for the first injected script) does not.
  for (let i = 0; i < 4; i++) await (await openPopup(browser, tabId)).page.close();
  const afterFive = await memoryOf(pageSession);
  await page.close();
  console.log(`Popup JS heap with the largest corpus page (${longest.id}, ${(longest.html.length / 1024).toFixed(0)} KB, ${popup.state}): ` +
    `${popupMemory.heapMb.toFixed(1)} MB (target < ${TARGETS.popupHeapMb} MB: ${verdict(popupMemory.heapMb < TARGETS.popupHeapMb)})`);
  console.log(`The page before / after one / after five readings (after GC): heap ${before.heapMb.toFixed(2)} / ${after.heapMb.toFixed(2)} / ${afterFive.heapMb.toFixed(2)} MB, ` +
    `DOM nodes ${before.nodes} / ${after.nodes} / ${afterFive.nodes}, listeners ${before.listeners} / ${after.listeners} / ${afterFive.listeners}`);
  return { page: longest.id, popup: popupMemory, pageBefore: before, pageAfter: after, pageAfterFive: afterFive };
}

/**
 * 5. The copy in the reader's own page: `DOMParser` in an extension page, under its CSP, on the
 * markup as it is and after `inertMarkup` (what the reader does), over the corpus pages.
 */
async function benchReaderParse(browser: Browser, pages: CorpusPage[], reps: number) {
  console.log(`\n## 5. Parsing the copy in the reader's page (Chromium extension page, its CSP; ${pages.length} pages)\n`);
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Evaluated through DevTools: the page's CSP allows no inline script.
    await page.evaluate(await bundle('scripts/bench/in-extension.ts'));
    const rows: (ReaderParseTiming & { id: string })[] = [];
    for (const p of pages) {
      const timing = await page.evaluate(
        ([html, r]) => (globalThis as unknown as { epureParseBench: { parseTimes(h: string, r: number): Promise<ReaderParseTiming> } }).epureParseBench.parseTimes(html, r),
        [p.html, reps] as const,
      );
      rows.push({ id: p.id, ...timing });
    }
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const row = (label: string, time: 'asIs' | 'inert', reports: 'asIsReports' | 'inertReports') => {
      const times = rows.map((r) => r[time]);
      const counts = rows.map((r) => r[reports]);
      return [`  ${label}`, ms(quantile(times, 0.5)), ms(quantile(times, 0.95)), ms(sum(times)), `${quantile(counts, 0.5)}, ${sum(counts)}`];
    };
    console.log(
      table([
        ['', 'median', 'p95', 'total', 'CSP reports (median, total)'],
        row('markup as it is', 'asIs', 'asIsReports'),
        row('after inertMarkup', 'inert', 'inertReports'),
      ]),
    );
    const worst = [...rows].sort((a, b) => b.asIs - a.asIs).slice(0, 5);
    console.log('Slowest pages as they are:');
    console.log(table(worst.map((r) => [`  ${r.id}`, ms(r.asIs), `→ ${ms(r.inert)}`, `${r.asIsReports} → ${r.inertReports} reports`])));
    return { rows };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (!CHROMIUM) fail(INSTALL_HINT);
  const pages = opts.dirs.flatMap((dir) => corpusPages(dir).slice(0, opts.limit));
  console.log(`# Épure speed benchmark, ${new Date().toISOString()}\nChromium ${CHROMIUM}, ${opts.reps} runs per page and system, median kept.`);
  const engineRows = await benchEngine(pages, opts.reps);
  const engine = reportEngine(engineRows);
  const raw: Record<string, unknown> = { date: new Date().toISOString(), reps: opts.reps, dirs: opts.dirs, engine, pages: engineRows };
  if (!opts.engineOnly) {
    const browser = await launch();
    const server = await startServer();
    try {
      raw.timeToArticle = await benchTimeToArticle(browser, server, opts.reps);
      raw.heavyPages = await benchHeavyPages(browser, server);
      raw.memory = await benchMemory(browser, server, pages);
      raw.readerParse = await benchReaderParse(browser, pages, opts.reps);
    } finally {
      await server.close();
      await browser.close();
    }
  }
  mkdirSync(dirname(opts.json), { recursive: true });
  writeFileSync(opts.json, JSON.stringify(raw, null, 1));
  console.log(`\nRaw figures: ${opts.json}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
