/**
 * Checks Épure against pages that say what they keep and drop: `DIR/<slug>/source.html` +
 * `case.json` ({ url, ok, keep: [...], drop: [...] }), the format of tests/fixtures. Prints
 * every lost paragraph and every clutter line left, per page. Use it on held-out pages:
 * `npx tsx scripts/check-cases.ts ../holdout`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract';
import { loadPage } from './lib/jsdom-page';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures'));
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
let kept = 0, keepAll = 0, dropped = 0, dropAll = 0;
for (const slug of readdirSync(dir).sort()) {
  const caseFile = join(dir, slug, 'case.json');
  if (!existsSync(caseFile)) continue;
  const c = JSON.parse(readFileSync(caseFile, 'utf8')) as { url: string; ok?: boolean; keep: string[]; drop: string[] };
  const dom = loadPage(readFileSync(join(dir, slug, 'source.html')), c.url);
  const result = extract(dom.window.document, c.url);
  dom.window.close();
  if (!result.ok) {
    console.log(`${slug}: ${result.reason}${c.ok === false ? ' (expected)' : ' — NOT CLEANED'}`);
    keepAll += c.keep.length;
    dropAll += c.drop.length;
    dropped += c.drop.length;
    continue;
  }
  const text = ws(`${result.title}\n${result.text}`);
  const lost = c.keep.filter((s) => !text.includes(ws(s)));
  const left = c.drop.filter((s) => text.includes(ws(s)));
  kept += c.keep.length - lost.length;
  keepAll += c.keep.length;
  dropped += c.drop.length - left.length;
  dropAll += c.drop.length;
  console.log(`${slug}: kept ${c.keep.length - lost.length}/${c.keep.length}, dropped ${c.drop.length - left.length}/${c.drop.length}`);
  for (const s of lost) console.log(`   LOST  ${s}`);
  for (const s of left) console.log(`   LEFT  ${s}`);
}
console.log(`\nkept ${kept}/${keepAll} article snippets, dropped ${dropped}/${dropAll} clutter snippets`);
