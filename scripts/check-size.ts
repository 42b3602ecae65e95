/**
 * Size budget of the shipped Chrome build (`npm run build` first, then `npm run size`): the
 * JavaScript each part of Épure loads, its own file plus every chunk it imports, against a
 * budget. Prints the table; exits 1 when a part is over budget or missing, or when the build
 * carries the rules' examples (`scripts/lib/strip-rule-examples.ts` empties them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../src/rules/registry';
import { exampleSentences } from './lib/strip-rule-examples';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KB = 1000;

export interface Budget {
  part: string;
  /** Entry files (relative to the build folder): .js, or .html whose scripts are followed. */
  entries: (dir: string) => string[];
  maxBytes: number;
}

const BUDGETS: Budget[] = [
  // Scripts that run in web pages: the auto-clean content script and the on-demand page reader.
  { part: 'content script', entries: (dir) => [...listJs(dir, 'content-scripts'), 'extract-page.js'], maxBytes: 100 * KB },
  // 400 kB until the reader in the tab (2026-12): the article view, the copy menu, the kept
  // article, the states' ways forward and the title clean-up took the popup from 394.5 to
  // 402.1 kB. 410 until correcting Épure and the Markdown a person would write (2026-12):
  // Restore's marks, the removed list by kind, "Remove something", the site's word rules,
  // footnotes, figures, complex tables, code languages, front matter and file names took it
  // from 404.4 to 425.6 kB. 460 with Japanese (2026-12-03): its 29 rules are data the engine
  // ships, three bytes a character, and took the popup from 429.0 to 448.7 kB. Still one chunk,
  // fetched once (docs/performance.md).
  { part: 'popup', entries: () => ['popup.html'], maxBytes: 460 * KB },
  { part: 'reader', entries: () => ['reader.html'], maxBytes: 460 * KB },
  // It loads the chunk it shares with the reader (wxt.config.ts), engine included: 396.4 →
  // 417.8 kB with the same change; 421.0 with layout tables, footnotes in place, declined
  // rules and the sync note (popup 426.5 → 428.7), 441.0 with Japanese: the same budget as the
  // reader it shares with.
  { part: 'options', entries: () => ['options.html'], maxBytes: 460 * KB },
  { part: 'background', entries: () => ['background.js'], maxBytes: 200 * KB },
];

function listJs(dir: string, sub: string): string[] {
  const folder = join(dir, sub);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.js'))
    .map((f) => posix.join(sub, f));
}

/** Scripts an HTML page loads: `<script src>` and `<link rel=modulepreload href>`. */
function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref=["']([^"']+\.js)["'][^>]*\brel=["']modulepreload["']/gi)) out.push(m[1]!);
  return out;
}

/** Relative modules a JS file imports, statically or dynamically. */
function jsImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g)) out.push(m[1]!);
  return out;
}

/** Every JS file of a part: the entries and what they import, each counted once. */
export function collect(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    const normal = posix.normalize(file).replace(/^\/+/, '');
    if (!seen.has(normal) && existsSync(join(dir, normal))) {
      seen.add(normal);
      queue.push(normal);
    }
  };
  for (const entry of entries) {
    if (entry.endsWith('.html')) {
      const html = readFileSync(join(dir, entry), 'utf8');
      for (const src of htmlScripts(html)) add(src.startsWith('/') ? src : posix.join(posix.dirname(entry), src));
    } else add(entry);
  }
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of jsImports(readFileSync(join(dir, file), 'utf8'))) {
      add(spec.startsWith('/') ? spec : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen].filter((f) => f.endsWith('.js'));
}

/** The rules' counter-example sentences found in `scripts` of the build (none when they are stripped). */
function shippedExamples(dir: string, scripts: Iterable<string>): string[] {
  const code = Array.from(scripts, (file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  return exampleSentences(ALL_RULES).filter((text) => code.includes(text));
}

function main(): number {
  const dir = join(ROOT, process.argv[2] ?? '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No build in ${relative(ROOT, dir)}: run \`npm run build\` first.`);
    return 1;
  }
  const rows: string[][] = [];
  let failed = 0;
  const shippedScripts = new Set<string>();
  for (const budget of BUDGETS) {
    const entries = budget.entries(dir).filter((e) => existsSync(join(dir, e)));
    const files = entries.length ? collect(dir, entries) : [];
    for (const file of files) shippedScripts.add(file);
    const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    const status = !files.length ? 'MISSING' : bytes > budget.maxBytes ? 'OVER' : 'ok';
    if (status !== 'ok') failed++;
    rows.push([budget.part, (bytes / KB).toFixed(1), (budget.maxBytes / KB).toFixed(0), status, files.join(' ')]);
  }
  const head = ['part', 'kB', 'budget kB', 'status', 'files'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 4 ? 0 : r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (i === 4 ? c : i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`Size budget of ${relative(ROOT, dir)} (1 kB = 1000 bytes; JS each part loads, chunks included)`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (failed) console.error(`${failed} part(s) over budget or missing.`);
  else console.log('Every part is within its budget.');
  const shipped = shippedExamples(dir, shippedScripts);
  if (shipped.length) console.error(`The build carries ${shipped.length} rule examples (first: "${shipped[0]}"): is the strip-rule-examples plugin in wxt.config.ts?`);
  else console.log('No rule example is shipped.');
  return failed || shipped.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
