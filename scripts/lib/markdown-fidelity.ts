/**
 * How faithful a Markdown rendering of an article is, read back with a CommonMark parser
 * (commonmark.js, the reference implementation): what a notes app would show. Used by the
 * fidelity test (tests/render/markdown-fidelity.test.ts) and `npm run bench:quality`, for
 * Épure's Markdown and Defuddle's alike.
 */
import { Parser, type Node as MdNode } from 'commonmark';

export interface Fidelity {
  /** Code blocks in the Markdown beyond the article's own `<pre>` blocks (an indented line read as code). */
  extraCodeBlocks: number;
  /** Raw HTML outside tables (a `<div class="…">` left in, a `<span style>`). */
  rawHtml: string[];
  /** Share of the article's words the Markdown gives back, in order (0…1). */
  wordsInOrder: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of `text`, lower-cased; numbers left out: footnote marks are numbered afresh in
 * Markdown (`[^3]` for a page's "[21]"), and would read as words moved.
 */
export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).filter((word) => !/^\d+$/.test(word));
}

/**
 * `markdown` against the article it renders: its plain text (`articleText`, the words a reader
 * sees) and the number of code blocks it holds (`articleCodeBlocks`).
 */
export function markdownFidelity(markdown: string, articleText: string, articleCodeBlocks: number): Fidelity {
  const read = readBack(markdown);
  return {
    extraCodeBlocks: Math.max(0, read.codeBlocks - articleCodeBlocks),
    rawHtml: read.rawHtml,
    wordsInOrder: inOrderShare(articleWords(articleText), read.words),
  };
}

/** The words a reader sees in the article's plain text; its list markers ("1. ", "- ") are not words, as Markdown's are not. */
export function articleWords(articleText: string): string[] {
  return words(articleText.replace(/^(?:\d+\.|-) /gm, ''));
}

/** What a CommonMark reader gives back of `markdown`: its words in order, its code blocks, and the raw HTML it would show as such. */
export function readBack(markdown: string): { words: string[]; codeBlocks: number; rawHtml: string[] } {
  const walker = new Parser().parse(markdown).walker();
  const seen: string[] = [];
  const rawHtml: string[] = [];
  let codeBlocks = 0;
  let event: ReturnType<typeof walker.next>;
  while ((event = walker.next())) {
    const node: MdNode = event.node;
    // Inline pieces run together as the reader shows them ("2<em>n</em>2" is one word, as in the
    // article's text); blocks and line breaks part words.
    if (node.isContainer && !INLINE_CONTAINERS.has(node.type)) seen.push(' ');
    if (!event.entering) continue;
    switch (node.type) {
      case 'text':
      case 'code':
        seen.push(node.literal ?? '');
        break;
      case 'softbreak':
      case 'linebreak':
      case 'thematic_break':
        seen.push(' ');
        break;
      case 'code_block':
        codeBlocks++;
        seen.push(' ', node.literal ?? '', ' ');
        break;
      case 'html_block':
      case 'html_inline': {
        const html = node.literal ?? '';
        // A table kept as HTML: its text, tags out and entities read (`&nbsp;` is a space).
        if (isTableHtml(html)) seen.push(' ', decodeEntities(html.replace(/<[^>]*>/g, ' ')), ' ');
        else rawHtml.push(html.trim().slice(0, 80));
        break;
      }
      default:
        break;
    }
  }
  return { words: words(seen.join('')), codeBlocks, rawHtml };
}

/**
 * Inline nodes that hold others: their pieces are part of the same words. Not an image: its alt
 * text is not shown beside the words around it.
 */
const INLINE_CONTAINERS = new Set(['emph', 'strong', 'link']);

/** The common entities a table's HTML holds, as text; any other one as a space. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return named[name.toLowerCase()] ?? ' ';
  });
}

/** A table kept as HTML (a block that is a table, or one of its parts), which GFM has no form for. */
function isTableHtml(html: string): boolean {
  return /^\s*<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)\b/i.test(html);
}

/**
 * The share of `expected` found in `actual` in the same order: the longest common subsequence of
 * the two word lists (Myers' diff, which is quick when they differ little), over `expected`. A
 * word dropped costs that word, a word added (an image's alt text) costs nothing, a paragraph
 * moved costs its words. When they differ a lot (over `MAX_EDIT_SHARE` of their words), an
 * estimate that can only be lower: a greedy walk (`greedyInOrderShare`).
 */
export function inOrderShare(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 1;
  const budget = Math.max(Math.ceil((expected.length + actual.length) * MAX_EDIT_SHARE) + 16, MIN_EDIT_BUDGET);
  const common = lcsLength(expected, actual, budget);
  return (common ?? greedyCommon(expected, actual)) / expected.length;
}

/**
 * Edits (words dropped or added) beyond which the exact measure gives way to the estimate: a
 * share of the words, and at least `MIN_EDIT_BUDGET`, so that a short article whose pictures add
 * many alt-text words is still measured exactly (the time grows with words × edits).
 */
const MAX_EDIT_SHARE = 0.06;
const MIN_EDIT_BUDGET = 4000;

/** Length of the longest common subsequence of `a` and `b`, or null when more than `maxEdits` edits part them. */
function lcsLength(a: readonly string[], b: readonly string[], maxEdits: number): number | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return null;
}

/** Words of `expected` met in `actual` walking both in order, each looked for a little way ahead. */
function greedyCommon(expected: readonly string[], actual: readonly string[], lookahead = 400): number {
  let at = 0;
  let found = 0;
  for (let i = 0; i < expected.length; i++) {
    const word = expected[i]!;
    const next = expected[i + 1];
    const end = Math.min(actual.length, at + lookahead);
    for (let k = at; k < end; k++) {
      if (actual[k] === word && (next === undefined || actual.slice(k + 1, k + 4).includes(next))) {
        found++;
        at = k + 1;
        break;
      }
    }
  }
  return found;
}
