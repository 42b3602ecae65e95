import TurndownService from 'turndown';
import { tables, strikethrough } from '@joplin/turndown-plugin-gfm';
import { toText } from './to-text';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.use([tables, strikethrough]);
  // Text that reads like a tag ("<script>" written in an article) must stay text when the
  // Markdown is rendered: escape "<" as CommonMark allows.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  // Images keep their alt text and absolute URL; figures keep their caption as a line below.
  service.addRule('figcaption', { filter: 'figcaption', replacement: (content) => `\n\n*${content.trim()}*\n\n` });
  return service;
}

export interface MarkdownHead {
  title: string;
  url: string;
  byline: string | null;
}

/**
 * Markdown of sanitized article HTML: the title as a heading, then the source URL and byline,
 * then the body (tables kept as GFM tables).
 */
export function toMarkdown(body: Node, head: MarkdownHead): string {
  const title = head.title.replace(/\s+/g, ' ').trim();
  const source = [`Source: <${head.url}>`, ...(head.byline ? [`By: ${head.byline}`] : [])];
  return `# ${title}\n\n${source.join('  \n')}\n\n${markdownBody(body)}\n`;
}

/**
 * The body as Markdown, whatever its markup: a table the GFM plugin cannot take becomes rows of
 * text, and if Turndown still fails, the plain text becomes the Markdown. Never throws: "Copy
 * Markdown" and `extract --jsonl` go on (a results table once made the plugin throw
 * `node.getAttribute is not a function`, and the stream stopped).
 */
function markdownBody(body: Node): string {
  const attempts: (() => string)[] = [
    () => turndown().turndown(tableSafeCopy(body) as HTMLElement),
    () => turndown().turndown(tablesAsRows(tableSafeCopy(body)) as HTMLElement),
    () => toText(body).split('\n\n').map((paragraph) => turndown().escape(paragraph)).join('\n\n'),
  ];
  for (const attempt of attempts) {
    try {
      return attempt().trim();
    } catch {
      // The next, simpler rendering.
    }
  }
  return '';
}

/**
 * A copy whose tables the GFM tables plugin can read: rows and cells outside any `<table>` (a
 * page's broken markup) become loose blocks, and what a row holds besides its cells (text,
 * comments, an element the sanitizer unwrapped) goes into a cell, or away when it is blank.
 */
function tableSafeCopy(body: Node): Node {
  const copy = body.cloneNode(true) as Element;
  if (!copy.querySelectorAll) return copy;
  for (const part of Array.from(copy.querySelectorAll('tr, td, th, thead, tbody, tfoot, caption'))) {
    if (part.closest('table')) continue;
    const block = part.ownerDocument.createElement(part.localName === 'tr' ? 'div' : 'span');
    block.append(...Array.from(part.childNodes), ' ');
    part.replaceWith(block);
  }
  for (const row of Array.from(copy.querySelectorAll('tr'))) {
    for (const child of Array.from(row.childNodes)) {
      if (child.nodeType === 1 && /^t[dh]$/.test((child as Element).localName)) continue;
      if (child.nodeType !== 1 && !/\S/.test(child.textContent ?? '')) {
        child.remove();
        continue;
      }
      if (child.nodeType === 8) {
        child.remove();
        continue;
      }
      const cell = row.ownerDocument.createElement('td');
      row.insertBefore(cell, child);
      cell.append(child);
    }
  }
  return copy;
}

/** Each table as one paragraph per row, its cells joined by " | ": the words, without the grid. */
function tablesAsRows(copy: Node): Node {
  const root = copy as Element;
  for (const table of Array.from(root.querySelectorAll?.('table') ?? [])) {
    const doc = table.ownerDocument;
    const rows = Array.from(table.querySelectorAll('tr')).map((row) => {
      const p = doc.createElement('p');
      p.textContent = Array.from(row.children, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
      return p;
    });
    table.replaceWith(...rows);
  }
  return root;
}
