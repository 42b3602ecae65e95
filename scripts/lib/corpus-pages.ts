import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page of a benchmark corpus, decoded to a string as a browser would. */
export interface CorpusPage {
  id: string;
  url: string;
  html: string;
}

/**
 * The pages of a corpus folder, whichever of the three layouts it has:
 * - `cases.json` naming `{ id, file, url }` (../shared/corpus/traf-dev);
 * - `<slug>/source.html` with `<slug>/case.json` holding the page's `url` (tests/fixtures);
 * - `<slug>/source.html` alone (../shared/corpus/readability-pages), given Readability's own
 *   test address.
 */
export function corpusPages(dir: string): CorpusPage[] {
  const prefix = dir.replace(/\/+$/, '').split('/').pop() ?? dir;
  const casesFile = join(dir, 'cases.json');
  if (existsSync(casesFile)) {
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as { id: string; file: string; url: string }[];
    return cases.map((c) => ({ id: `${prefix}/${c.id}`, url: c.url, html: decodeHtml(readFileSync(join(dir, c.file))) }));
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => {
      const caseFile = join(dir, entry.name, 'case.json');
      const url = existsSync(caseFile)
        ? (JSON.parse(readFileSync(caseFile, 'utf8')) as { url: string }).url
        : `http://fakehost/test/${entry.name}/`;
      return { id: `${prefix}/${entry.name}`, url, html: decodeHtml(readFileSync(join(dir, entry.name, 'source.html'))) };
    });
}

/** Decodes page bytes by their BOM, else their `<meta charset>` (first 4 KB), else as UTF-8, as a browser would. */
export function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
