/**
 * Quality benchmark: Épure, Readability alone and Defuddle side by side, in one run, on every
 * corpus it is given (default: the three of ../shared/corpus and tests/fixtures), per corpus and
 * per language: refusals (how many, which pages), precision, recall and F1.
 *
 *   npm run bench:quality -- [DIR ...] [--system epure[,readability,defuddle]] [--lang CODE] [--only ID[,ID]]
 *                             [--limit N] [--out DIR]
 *
 * Épure runs as the user gets it when they ask (toolbar, shortcut, CLI): no `force`. What
 * auto-clean would refuse (its strict check) is counted from the same run. The report is printed
 * and written to `bench-results/quality.txt`, the raw figures to `bench-results/quality.json`,
 * and the short table the README shows to `bench-results/quality-summary.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';
import { extract } from '../src/extract';
import { toText } from '../src/render/to-text';
import { benchPages, type BenchPage, type Corpus } from './lib/bench-pages';
import { markdownFidelity } from './lib/markdown-fidelity';
import { loadPage } from './lib/jsdom-page';
import { scoreCase, scoreGold, summarise, summariseGold, type CaseScore, type GoldScore } from './lib/score';

const SYSTEMS = ['epure', 'readability', 'defuddle'] as const;
type System = (typeof SYSTEMS)[number];
const LABEL: Record<System, string> = { epure: 'Épure', readability: 'Readability', defuddle: 'Defuddle' };

interface SystemRun {
  /** No article: Readability found none, or Épure refused the page. */
  refused: boolean;
  /** Épure only: auto-clean's strict check would not cover this page. */
  strictRefused?: boolean;
  /** Épure only: why it refused. */
  reason?: string;
  error?: string;
  ms: number;
  chars: number;
  snippets?: CaseScore;
  gold?: GoldScore;
  /** Gold paragraphs of which the system kept under half the shingles (fundus-dev). */
  lostParagraphs?: string[];
  /** Épure and Defuddle: their Markdown of the article, read back with CommonMark (not timed). */
  markdown?: MarkdownRun;
}

interface MarkdownRun {
  threw: boolean;
  extraCodeBlocks: number;
  rawHtml: number;
  wordsInOrder: number;
}

interface PageResult {
  id: string;
  corpus: string;
  url: string;
  lang: string;
  expect: BenchPage['expect'];
  runs: Partial<Record<System, SystemRun>>;
}

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DIRS = ['../shared/corpus/traf-dev', '../shared/corpus/fundus-dev', '../shared/corpus/readability-pages', 'tests/fixtures'].map((d) =>
  resolve(PROJECT_ROOT, d),
);
const USAGE = `Usage: npm run bench:quality -- [DIR ...] [--system NAME[,NAME]] [--lang CODE] [--only ID[,ID]] [--limit N] [--out DIR]

Each DIR is a corpus in one of these layouts:
  cases.json of { id, file, url, with: [...], without: [...] }   snippets (../shared/corpus/traf-dev)
  cases.json of { id, file, url, lang, gold }                    gold text, shingle F1 (fundus-dev)
  <slug>/source.html + case.json { url, ok, keep, drop }         fixtures (tests/fixtures)
  <slug>/source.html                                             refusals only (readability-pages)
Default: ${DEFAULT_DIRS.join(' ')}
Systems: ${SYSTEMS.join(', ')} (default: all). --out: where the report goes (default bench-results).
`;

interface Options {
  dirs: string[];
  out: string;
  only: Set<string> | null;
  lang: string | null;
  systems: System[];
  limit: number;
}

function usageError(message: string): never {
  process.stderr.write(`bench-quality: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { dirs: [], out: resolve(PROJECT_ROOT, 'bench-results'), only: null, lang: null, systems: [...SYSTEMS], limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? usageError(`${arg} needs a value`);
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--out') opts.out = resolve(value());
    else if (arg === '--lang') opts.lang = value().toLowerCase();
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
    else opts.dirs.push(resolve(arg));
  }
  if (!opts.dirs.length) opts.dirs = DEFAULT_DIRS;
  return opts;
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

interface Extracted {
  title: string;
  /** The article's text without its title (what gold texts hold). */
  body: string;
  strictRefused?: boolean;
  /** The system's Markdown of what it found, its text and its `<pre>` count; made after timing. */
  markdownOf?: () => Promise<{ markdown: string; text: string; pre: number }>;
}

/** What one system extracts from a fresh jsdom of the page; a string is the reason it found nothing. */
async function runSystem(system: System, dom: JSDOM, url: string): Promise<Extracted | string> {
  switch (system) {
    case 'epure': {
      const result = extract(dom.window.document, url);
      if (!result.ok) return result.reason;
      return {
        title: result.title,
        body: result.text,
        strictRefused: result.short,
        markdownOf: async () => ({ markdown: result.markdown, text: result.text, pre: (result.html.match(/<pre\b/g) ?? []).length }),
      };
    }
    case 'readability': {
      const article = new Readability(dom.window.document).parse();
      const body = article ? htmlToText(article.content ?? '') : '';
      return body.trim() ? { title: article?.title ?? '', body } : 'no-article';
    }
    case 'defuddle': {
      // useAsync: false — no third-party API calls (the benchmark stays offline and deterministic).
      const result = await quietly(() => Defuddle(dom, url, { useAsync: false }));
      const body = htmlToText(result.content ?? '');
      // Its Markdown: a second run on a fresh copy, with Defuddle's own converter, off the clock.
      const markdownOf = async () => {
        const fresh = loadPage(dom.serialize(), url);
        try {
          const md = await quietly(() => Defuddle(fresh, url, { useAsync: false, separateMarkdown: true }));
          return { markdown: md.contentMarkdown ?? '', text: htmlToText(md.content ?? ''), pre: (md.content?.match(/<pre\b/g) ?? []).length };
        } finally {
          fresh.window.close();
        }
      };
      return body.trim() ? { title: result.title ?? '', body, markdownOf } : 'no-article';
    }
  }
}

/**
 * Lets the event loop turn: jsdom frees a closed window's memory in a later task, and a loop whose
 * only awaits are microtasks would never give it that chance (the heap then grows until it fails).
 */
const turnEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Gold paragraphs (of 8 tokens or more) of which `text` holds under half the shingles. */
function lostParagraphs(text: string, gold: string): string[] {
  return gold
    .split(/\n+/)
    .filter((p) => p.split(/\s+/).length >= 8)
    .filter((p) => {
      const s = scoreGold(text, p);
      return s.tp / Math.max(1e-9, s.tp + s.fn) < 0.5;
    });
}

/** Markdown fidelity (scripts/lib/markdown-fidelity.ts) of one system's Markdown; a throw is counted, not fatal. */
async function markdownRun(markdownOf: NonNullable<Extracted['markdownOf']>): Promise<MarkdownRun> {
  try {
    const { markdown, text, pre } = await markdownOf();
    const f = markdownFidelity(markdown, text, pre);
    return { threw: false, extraCodeBlocks: f.extraCodeBlocks, rawHtml: f.rawHtml.length, wordsInOrder: f.wordsInOrder };
  } catch {
    return { threw: true, extraCodeBlocks: 0, rawHtml: 0, wordsInOrder: 0 };
  }
}

/** The Markdown figures of each system that makes Markdown, on the pages where it found an article. */
function markdownReport(pages: readonly PageResult[], systems: readonly System[]): string[] {
  const rows = systems.flatMap((system) => {
    const runs = runsOf(pages, system).flatMap((r) => (r.markdown ? [r.markdown] : []));
    if (!runs.length) return [];
    const shares = runs.map((r) => r.wordsInOrder).sort((a, b) => a - b);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    return [
      [
        LABEL[system],
        String(runs.length),
        String(runs.filter((r) => r.threw).length),
        String(runs.filter((r) => r.extraCodeBlocks > 0).length),
        String(runs.filter((r) => r.rawHtml > 0).length),
        String(runs.filter((r) => r.wordsInOrder < 0.99).length),
        num(mean),
        num(shares[Math.floor(shares.length / 2)]!),
      ],
    ];
  });
  if (!rows.length) return [];
  return [
    '',
    '## Markdown fidelity (all corpora): read back with CommonMark against the system’s own article text',
    '',
    table(['system', 'pages', 'threw', 'extra code blocks', 'raw HTML outside tables', 'words in order < 0.99', 'mean words in order', 'median'], rows),
  ];
}

async function runPage(page: BenchPage, systems: readonly System[]): Promise<PageResult> {
  const result: PageResult = { id: page.id, corpus: page.corpus, url: page.url, lang: page.lang, expect: page.expect, runs: {} };
  for (const system of systems) {
    let outcome: Extracted | string;
    let error: string | undefined;
    const started = performance.now();
    let dom: JSDOM | null = null;
    let ms = 0;
    let markdown: MarkdownRun | undefined;
    try {
      dom = loadPage(page.html, page.url); // fresh for every system: none sees another's mutations
      outcome = await runSystem(system, dom, page.url);
      ms = performance.now() - started;
      if (typeof outcome !== 'string' && outcome.markdownOf) markdown = await markdownRun(outcome.markdownOf);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      outcome = 'threw';
      ms = performance.now() - started;
    } finally {
      dom?.window.close();
    }
    await turnEventLoop();
    const refused = typeof outcome === 'string';
    const extracted = refused ? null : (outcome as Extracted);
    const run: SystemRun = { refused, ms, chars: extracted ? extracted.body.length : 0, error, markdown };
    if (system === 'epure') {
      run.strictRefused = refused || !!extracted?.strictRefused;
      if (refused) run.reason = outcome as string;
    }
    const score = page.score;
    if (score.kind === 'snippets') run.snippets = scoreCase(extracted ? `${extracted.title}\n${extracted.body}` : '', score.with, score.without);
    if (score.kind === 'gold') {
      run.gold = scoreGold(extracted?.body ?? '', score.gold);
      run.lostParagraphs = lostParagraphs(extracted?.body ?? '', score.gold);
    }
    result.runs[system] = run;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const num = (x: number) => x.toFixed(3);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const runsOf = (pages: readonly PageResult[], system: System) => pages.flatMap((p) => (p.runs[system] ? [p.runs[system]] : []));

interface Figures {
  pages: number;
  refused: number;
  strictRefused: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** The figures of one system on a group of pages of one corpus (snippet or gold scoring, else refusals only). */
function figuresOf(pages: readonly PageResult[], system: System, kind: Corpus['kind']): Figures {
  const runs = runsOf(pages, system);
  const articles = pages.filter((p) => p.expect === 'article').flatMap((p) => (p.runs[system] ? [p.runs[system]] : []));
  const base = {
    pages: runs.length,
    refused: articles.filter((r) => r.refused).length,
    strictRefused: system === 'epure' ? articles.filter((r) => r.strictRefused).length : null,
  };
  if (kind === 'snippets' || kind === 'fixtures') {
    const s = summarise(runs.flatMap((r) => (r.snippets ? [r.snippets] : [])));
    return { ...base, precision: s.precision, recall: s.recall, f1: s.f1 };
  }
  if (kind === 'gold') {
    const s = summariseGold(runs.flatMap((r) => (r.gold ? [r.gold] : [])));
    return { ...base, precision: s.precision, recall: s.recall, f1: s.f1 };
  }
  return { ...base, precision: null, recall: null, f1: null };
}

const cell = (x: number | null) => (x === null ? '—' : num(x));

function corpusReport(corpus: Corpus, pages: readonly PageResult[], systems: readonly System[]): string[] {
  const out: string[] = [];
  const articles = pages.filter((p) => p.expect === 'article');
  const others = pages.filter((p) => p.expect === 'not-article');
  const scoring = { snippets: 'snippets, summed', gold: 'gold text, 4-gram shingles, page means', fixtures: 'keep/drop snippets, summed', 'refusals-only': 'refusals only' }[corpus.kind];
  out.push('', `## ${corpus.name}: ${articles.length} article pages${others.length ? `, ${others.length} pages that are not articles` : ''} (${scoring})`);
  const row = (label: string, group: readonly PageResult[], system: System) => {
    const f = figuresOf(group, system, corpus.kind);
    const articleCount = group.filter((p) => p.expect === 'article').length;
    return [label, LABEL[system], String(articleCount), `${f.refused}${f.strictRefused !== null ? ` (auto ${f.strictRefused})` : ''}`, cell(f.precision), cell(f.recall), cell(f.f1)];
  };
  const header = ['lang', 'system', 'articles', 'refused', 'P', 'R', 'F1'];
  out.push(table(header, systems.map((s) => row('all', pages, s))));

  const byLang = new Map<string, PageResult[]>();
  for (const p of articles) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);
  if (byLang.size > 1) {
    const langs = [...byLang.keys()].sort((a, b) => byLang.get(b)!.length - byLang.get(a)!.length || a.localeCompare(b));
    out.push('', table(header, langs.flatMap((lang) => systems.map((s) => row(lang, byLang.get(lang)!, s)))));
  }

  for (const system of systems) {
    const refused = articles.filter((p) => p.runs[system]?.refused);
    if (refused.length) out.push('', `${LABEL[system]} refused ${refused.length} article page(s): ${refused.map((p) => `${p.id}${p.runs[system]!.reason ? ` (${p.runs[system]!.reason})` : ''}`).join(', ')}`);
    if (others.length) {
      const shown = others.filter((p) => !p.runs[system]?.refused);
      out.push('', `${LABEL[system]} refused ${others.length - shown.length}/${others.length} pages that are not articles${shown.length ? `; shown: ${shown.map((p) => p.id).join(', ')}` : ''}`);
    }
  }
  if (systems.includes('epure')) {
    const strict = articles.filter((p) => p.runs.epure?.strictRefused && !p.runs.epure.refused);
    if (strict.length) out.push('', `Auto-clean (strict check) would leave ${strict.length} of these article pages alone: ${strict.map((p) => p.id).join(', ')}`);
  }
  if (corpus.kind === 'gold' && systems.includes('epure') && systems.includes('readability')) {
    const lost = articles.flatMap((p) => {
      const mine = p.runs.epure?.lostParagraphs ?? [];
      const theirs = new Set(p.runs.readability?.lostParagraphs ?? []);
      return mine.filter((para) => !theirs.has(para)).map((para) => ({ id: p.id, para }));
    });
    out.push('', `Gold paragraphs Épure lost that Readability kept: ${lost.length}`);
    for (const { id, para } of lost) out.push(`- ${id}: ${clip(para, 140)}`);
  }
  if (corpus.kind === 'snippets' && systems.includes('epure') && systems.includes('readability')) {
    const worse = pages.flatMap((p) => {
      const e = p.runs.epure?.snippets;
      const r = p.runs.readability?.snippets;
      if (!e || !r) return [];
      const gap = r.tp - r.fp - (e.tp - e.fp);
      return gap > 0 ? [{ p, gap, lost: e.missed.filter((s) => !r.missed.includes(s)), kept: e.leaked.filter((s) => !r.leaked.includes(s)) }] : [];
    });
    out.push('', `Pages where Épure does worse than Readability (TP − FP lower): ${worse.length}`);
    for (const w of worse.sort((a, b) => b.gap - a.gap || a.p.id.localeCompare(b.p.id)).slice(0, 40)) {
      out.push(`- ${w.p.id}  gap ${w.gap}${w.p.runs.epure?.refused ? ' (refused)' : ''}`);
      for (const s of w.lost) out.push(`    lost with:    ${clip(s)}`);
      for (const s of w.kept) out.push(`    kept without: ${clip(s)}`);
    }
  }
  return out;
}

const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > n ? `${t.slice(0, n - 1)}…` : t);
};

/** The short table the README shows: one row per corpus, F1 and refusals of each system. */
function summaryTable(corpora: readonly Corpus[], pages: readonly PageResult[], systems: readonly System[]): string {
  const head = ['corpus', 'pages', ...systems.flatMap((s) => [`${LABEL[s]} F1`, `${LABEL[s]} refused`])];
  const rows = corpora.map((c) => {
    const group = pages.filter((p) => p.corpus === c.name);
    const articles = group.filter((p) => p.expect === 'article').length;
    const cells = systems.flatMap((s) => {
      const f = figuresOf(group, s, c.kind);
      const others = group.filter((p) => p.expect === 'not-article');
      const trueRefusals = others.length ? `, ${others.filter((p) => p.runs[s]?.refused).length}/${others.length} non-articles` : '';
      return [f.f1 === null ? '—' : num(f.f1), `${f.refused}/${articles}${trueRefusals}`];
    });
    return [c.name, String(group.length), ...cells];
  });
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const corpora = opts.dirs.map((dir) => benchPages(dir));
  let all = corpora.flatMap((c) => c.pages);
  if (opts.lang) all = all.filter((p) => p.lang === opts.lang);
  if (opts.only) all = all.filter((p) => opts.only!.has(p.id) || opts.only!.has(p.id.split('/').pop()!));
  all = all.slice(0, opts.limit);
  if (!all.length) usageError('no page to run');

  const started = performance.now();
  const results: PageResult[] = [];
  for (const [i, page] of all.entries()) {
    results.push(await runPage(page, opts.systems));
    if ((i + 1) % 50 === 0 || i + 1 === all.length) {
      process.stderr.write(`bench-quality: ${i + 1}/${all.length} pages (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  }

  const ran = corpora.filter((c) => results.some((r) => r.corpus === c.name));
  const summary = summaryTable(ran, results, opts.systems);
  const out = [`# Quality: ${opts.systems.map((s) => LABEL[s]).join(', ')}, same run, ${new Date().toISOString().slice(0, 10)}`, '', summary];
  for (const corpus of ran) out.push(...corpusReport(corpus, results.filter((r) => r.corpus === corpus.name), opts.systems));
  out.push(...markdownReport(results, opts.systems));
  const report = out.join('\n') + '\n';
  process.stdout.write(report);

  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, 'quality.txt'), report);
  writeFileSync(join(opts.out, 'quality-summary.md'), summary + '\n');
  const figures = Object.fromEntries(
    ran.map((c) => {
      const group = results.filter((r) => r.corpus === c.name);
      return [c.name, Object.fromEntries(opts.systems.map((s) => [s, figuresOf(group, s, c.kind)]))];
    }),
  );
  writeFileSync(join(opts.out, 'quality.json'), JSON.stringify({ systems: opts.systems, corpora: ran.map((c) => ({ name: c.name, dir: c.dir, kind: c.kind })), figures, pages: results }, null, 1) + '\n');
  process.stderr.write(`bench-quality: wrote ${join(opts.out, 'quality.txt')}, quality-summary.md and quality.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-quality: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
