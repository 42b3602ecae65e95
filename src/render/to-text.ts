import { oneLine } from '../dom/text';

/** Elements that start a new paragraph in plain text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul', 'summary', 'caption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'img', 'picture', 'svg', 'video', 'audio']);

/** What a copy for people adds to the engine's text (which counts and compares words only). */
export interface TextOptions {
  /** Quotes marked "> " as in a mail; an image's alt text in brackets where it stood. */
  forCopy?: boolean;
}

/**
 * Plain text of sanitized article HTML: one paragraph per block, separated by a blank line;
 * list items prefixed with "- " (or their number); table cells separated by a tab; `<pre>`
 * keeps its lines. No title: callers add what they need.
 */
export function toText(node: Node, options: TextOptions = {}): string {
  const paragraphs: string[] = [];
  let line = '';
  let quoteDepth = 0;
  const forCopy = options.forCopy === true;
  const flush = () => {
    // A run of blanks becomes one tab when it holds a cell's tab, else one space; no line keeps
    // blanks at its ends, and no line is empty.
    const text = line
      .replace(/[ \u00a0]*\t[ \t\u00a0]*/g, '\t')
      .replace(/[ \u00a0]{2,}|\u00a0/g, ' ')
      .replace(/[ \t]*\n[ \t\n]*/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    const quoted = forCopy && quoteDepth > 0 ? text.replace(/^/gm, '> '.repeat(quoteDepth)) : text;
    if (text) paragraphs.push(quoted);
    line = '';
  };
  // Item numbers, counted once per list: a reference list of 500 items stays linear.
  const numbers = new Map<Element, Map<Element, number>>();
  const numberInList = (list: Element, item: Element): number => {
    let byItem = numbers.get(list);
    if (!byItem) numbers.set(list, (byItem = new Map(Array.from(list.children, (child, i) => [child, i + 1]))));
    return byItem.get(item) ?? 1;
  };
  const walk = (n: Node, inPre: boolean) => {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      line += inPre ? data : data.replace(/\s+/g, ' ');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    const el = n as Element;
    const tag = n.nodeType === 1 ? el.localName : '#fragment';
    if (forCopy && tag === 'img') {
      // The picture in words, unless its figure's caption already says it.
      const alt = oneLine(el.getAttribute('alt') ?? '');
      if (alt && !el.closest('figure')?.querySelector('figcaption')) line += ` [${alt}] `;
      return;
    }
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      line += '\n';
      return;
    }
    if (tag === 'pre') {
      flush();
      paragraphs.push((el.textContent ?? '').replace(/\s+$/, ''));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'blockquote') quoteDepth++;
    if (tag === 'li') {
      const list = el.parentElement;
      line = list?.localName === 'ol' ? `${numberInList(list, el)}. ` : '- ';
    }
    for (let child = n.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (tag === 'td' || tag === 'th') line += '\t';
    if (block) flush();
    if (tag === 'blockquote') quoteDepth--;
  };
  walk(node, false);
  flush();
  return paragraphs
    .map((p) => p.replace(/\t+$/gm, ''))
    .join('\n\n');
}
