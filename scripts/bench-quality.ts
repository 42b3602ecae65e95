/**
 * Quality benchmark: Épure, Readability alone and Defuddle side by side on a corpus of
 * `cases.json` + pages (see /work/shared/corpus/README.md for the format and the scoring).
 *
 *   npm run bench:quality -- [DIR] [--json FILE] [--only ID[,ID]] [--system epure[,readability,defuddle]] [--limit N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';
import { extract } from '../src/extract';
import { toText } from '../src/render/to-text';
import { loadPage } from './lib/jsdom-page';
import { detectLang, scoreCase, summarise, type CaseScore, type Summary } from './lib/score';

const SYSTEMS = ['epure', 'readability', 'defuddle'] as const;
type System = (typeof SYSTEMS)[number];
const LABEL: Record<System, string> = { epure: 'Épure', readability: 'Readability', defuddle: 'Defuddle' };

interface Case {
  id: string;
  file: string;
  url: string;
  with: string[];
  without: string[];
}

interface SystemRun extends CaseScore {
  /** Threw, or returned no article: scored as empty text. */
  failed: boolean;
  error?: string;
  ms: number;
  chars: number;
}

interface PageResult {
  id: string;
  url: string;
  lang: string;
  runs: Partial<Record<System, SystemRun>>;
}

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DIR = resolve(PROJECT_ROOT, '../shared/corpus/traf-dev');
const USAGE = `Usage: npm run bench:quality -- [DIR] [--json FILE] [--only ID[,ID]] [--system NAME[,NAME]] [--limit N]

DIR holds cases.json (an array of { id, file, url, with: [...], without: [...] }) and the pages
it names (DIR/<file>); default: ${DEFAULT_DIR}
Systems: ${SYSTEMS.join(', ')} (default: all).
`;

interface Options {
  dir: string;
  json: string | null;
  only: Set<string> | null;
  systems: System[];
  limit: number;
}

function usageError(message: string): never {
  process.stderr.write(`bench-quality: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { dir: DEFAULT_DIR, json: null, only: null, systems: [...SYSTEMS], limit: Infinity };
  let dirGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? usageError(`${arg} needs a value`);
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--json') opts.json = value();
    else if (arg === '--only') opts.only = new Set(value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (arg === '--system') {
      const names = value().split(',').map((s) => s.trim().toLowerCase());
      const bad = names.filter((n) => !(SYSTEMS as readonly string[]).includes(n));
      if (bad.length) usageError(`unknown system ${bad.join(', ')}`);
      opts.systems = SYSTEMS.filter((s) => names.includes(s));
    } else if (arg === '--limit') {
      opts.limit = Number(value());
      if (!Number.isInteger(opts.limit) || opts.limit < 1) usageError('--limit needs a positive integer');
    } else if (arg.startsWith('-')) usageError(`unknown option ${arg}`);
    else if (dirGiven) usageError('only one DIR');
    else [opts.dir, dirGiven] = [resolve(arg), true];
  }
  return opts;
}

function loadCases(dir: string): Case[] {
  const file = join(dir, 'cases.json');
  if (!existsSync(file)) {
    process.stderr.write(
      `bench-quality: no corpus at ${dir}\nExpected ${file}: an array of { id, file, url, with: [...], without: [...] }, ` +
        `each page at ${dir}/<file> (the layout of /work/shared/corpus/traf-dev).\n`,
    );
    process.exit(2);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Case[];
}

/** Plain text of an HTML string with Épure's own renderer (parsed in an inert template). */
function htmlToText(html: string): string {
  const dom = new JSDOM('<!doctype html><body></body>');
  try {
    const template = dom.window.document.createElement('template');
    // Inert template in a throwaway document: nothing runs or loads; only the text is read.
    // eslint-disable-next-line no-unsanitized/property
    template.innerHTML = html;
    return toText(template.content);
  } finally {
    dom.window.close();
  }
}

/** Runs `fn` with console.log/info/warn/error/debug silenced (Defuddle is chatty). */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const noop = () => {};
  Object.assign(console, { log: noop, info: noop, warn: noop, error: noop, debug: noop });
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

/** The text one system extracts from a fresh jsdom of the page, or null when it found nothing. */
async function runSystem(system: System, dom: JSDOM, url: string): Promise<string | null> {
  switch (system) {
    case 'epure': {
      const result = extract(dom.window.document, url, { force: true });
      return result.ok ? `${result.title}\n${result.text}` : null;
    }
    case 'readability': {
      const article = new Readability(dom.window.document).parse();
      return article ? `${article.title ?? ''}\n${htmlToText(article.content ?? '')}` : null;
    }
    case 'defuddle': {
      // useAsync: false — no third-party API calls (the benchmark stays offline and deterministic).
      const result = await quietly(() => Defuddle(dom, url, { useAsync: false }));
      return `${result.title ?? ''}\n${htmlToText(result.content ?? '')}`;
    }
  }
}

/**
 * Lets the event loop turn: jsdom frees a closed window's memory in a later task, and a loop whose
 * only awaits are microtasks would never give it that chance (the heap then grows until it fails).
 */
const turnEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runCase(c: Case, dir: string, systems: readonly System[]): Promise<PageResult> {
  const bytes = readFileSync(join(dir, c.file));
  const langDom = loadPage(bytes, c.url);
  const lang = detectLang(langDom.window.document);
  langDom.window.close();
  await turnEventLoop();
  const page: PageResult = { id: c.id, url: c.url, lang, runs: {} };
  for (const system of systems) {
    let text: string | null = null;
    let error: string | undefined;
    const started = performance.now();
    let dom: JSDOM | null = null;
    try {
      dom = loadPage(bytes, c.url); // fresh for every system: none sees another's mutations
      text = await runSystem(system, dom, c.url);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      dom?.window.close();
    }
    await turnEventLoop();
    const ms = performance.now() - started;
    page.runs[system] = { ...scoreCase(text ?? '', c.with, c.without), failed: text === null, error, ms, chars: text?.length ?? 0 };
  }
  return page;
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const num = (x: number) => x.toFixed(3);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function summaryOf(pages: readonly PageResult[], system: System): Summary {
  return summarise(pages.flatMap((p) => (p.runs[system] ? [p.runs[system]] : [])));
}

function overallTable(pages: readonly PageResult[], systems: readonly System[]): string {
  const rows = systems.map((system) => {
    const runs = pages.flatMap((p) => (p.runs[system] ? [p.runs[system]] : []));
    const s = summarise(runs);
    const failed = runs.filter((r) => r.failed).length;
    const thrown = runs.filter((r) => r.error !== undefined).length;
    const meanMs = runs.reduce((a, r) => a + r.ms, 0) / Math.max(1, runs.length);
    return [LABEL[system], String(runs.length), `${failed} (${thrown} threw)`, String(s.tp), String(s.fp), String(s.fn), String(s.tn),
      num(s.precision), num(s.recall), num(s.f1), num(s.accuracy), meanMs.toFixed(0)];
  });
  return table(['system', 'pages', 'failed', 'TP', 'FP', 'FN', 'TN', 'P', 'R', 'F1', 'acc', 'ms/page'], rows);
}

function languageTable(pages: readonly PageResult[], systems: readonly System[]): string {
  const byLang = new Map<string, PageResult[]>();
  for (const p of pages) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);
  const langs = [...byLang.keys()].sort((a, b) => byLang.get(b)!.length - byLang.get(a)!.length || a.localeCompare(b));
  const rows: string[][] = [];
  for (const lang of langs) {
    const group = byLang.get(lang)!;
    for (const system of systems) {
      const s = summaryOf(group, system);
      rows.push([lang, LABEL[system], String(group.length), pct(s.withKept), pct(s.withoutRemoved), num(s.precision), num(s.recall), num(s.f1)]);
    }
  }
  return table(['lang', 'system', 'pages', 'with kept %', 'without removed %', 'P', 'R', 'F1'], rows);
}

/** Pages where Épure's (TP − FP) is below Readability's, worst first. */
function worsePages(pages: readonly PageResult[], max: number) {
  return pages
    .flatMap((p) => {
      const e = p.runs.epure;
      const r = p.runs.readability;
      if (!e || !r) return [];
      const gap = r.tp - r.fp - (e.tp - e.fp);
      if (gap <= 0) return [];
      return [{
        id: p.id,
        gap,
        epure: { tp: e.tp, fp: e.fp, failed: e.failed },
        readability: { tp: r.tp, fp: r.fp },
        lostWith: e.missed.filter((s) => !r.missed.includes(s)),
        keptWithout: e.leaked.filter((s) => !r.leaked.includes(s)),
      }];
    })
    .sort((a, b) => b.gap - a.gap || a.id.localeCompare(b.id))
    .slice(0, max);
}

const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > n ? `${t.slice(0, n - 1)}…` : t);
};

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  let cases = loadCases(opts.dir);
  if (opts.only) {
    const unknown = [...opts.only].filter((id) => !cases.some((c) => c.id === id));
    if (unknown.length) process.stderr.write(`bench-quality: no case ${unknown.join(', ')}\n`);
    cases = cases.filter((c) => opts.only!.has(c.id));
  }
  cases = cases.slice(0, opts.limit);
  if (!cases.length) usageError('no case to run');

  const started = performance.now();
  const pages: PageResult[] = [];
  for (const [i, c] of cases.entries()) {
    pages.push(await runCase(c, opts.dir, opts.systems));
    if ((i + 1) % 25 === 0 || i + 1 === cases.length) {
      process.stderr.write(`bench-quality: ${i + 1}/${cases.length} pages (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  }

  const out: string[] = [];
  const withCount = cases.reduce((a, c) => a + c.with.length, 0);
  const withoutCount = cases.reduce((a, c) => a + c.without.length, 0);
  out.push(`Corpus: ${opts.dir} — ${pages.length} pages, ${withCount} "with" and ${withoutCount} "without" snippets`);
  out.push('', 'Overall', overallTable(pages, opts.systems));
  out.push('', 'Per language (<html lang>, else stop-word vote)', languageTable(pages, opts.systems));

  const worse = opts.systems.includes('epure') && opts.systems.includes('readability') ? worsePages(pages, 40) : [];
  if (opts.systems.includes('epure') && opts.systems.includes('readability')) {
    const count = pages.filter((p) => p.runs.readability!.tp - p.runs.readability!.fp > p.runs.epure!.tp - p.runs.epure!.fp).length;
    out.push('', `Pages where Épure does worse than Readability (TP − FP lower): ${count}${count > worse.length ? `, worst ${worse.length} listed` : ''}`);
    for (const w of worse) {
      out.push(`- ${w.id}  gap ${w.gap}  (Épure TP ${w.epure.tp} FP ${w.epure.fp}${w.epure.failed ? ', no article' : ''}; ` +
        `Readability TP ${w.readability.tp} FP ${w.readability.fp})`);
      for (const s of w.lostWith) out.push(`    lost with:    ${clip(s)}`);
      for (const s of w.keptWithout) out.push(`    kept without: ${clip(s)}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');

  if (opts.json) {
    const summary = Object.fromEntries(opts.systems.map((s) => [s, summaryOf(pages, s)]));
    const langs = [...new Set(pages.map((p) => p.lang))].sort();
    const byLang = Object.fromEntries(langs.map((l) => [l, Object.fromEntries(opts.systems.map((s) => [s, summaryOf(pages.filter((p) => p.lang === l), s)]))]));
    writeFileSync(opts.json, JSON.stringify({ corpus: opts.dir, systems: opts.systems, overall: summary, byLang, worseThanReadability: worse, pages }, null, 1) + '\n');
    process.stderr.write(`bench-quality: wrote ${opts.json}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-quality: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
