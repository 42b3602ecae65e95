import TurndownService from 'turndown';
import { tables, strikethrough } from '@joplin/turndown-plugin-gfm';

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
  const content = turndown().turndown(withoutOrphanTableParts(body) as HTMLElement).trim();
  return `# ${title}\n\n${source.join('  \n')}\n\n${content}\n`;
}

/**
 * Rows and cells outside any `<table>` (left by a page's broken markup) make the GFM tables
 * plugin throw; as loose blocks their words still reach the Markdown. Works on a copy.
 */
function withoutOrphanTableParts(body: Node): Node {
  const copy = body.cloneNode(true) as Element;
  if (!copy.querySelectorAll) return copy;
  for (const part of Array.from(copy.querySelectorAll('tr, td, th, thead, tbody, tfoot, caption'))) {
    if (part.closest('table')) continue;
    const block = part.ownerDocument.createElement(part.localName === 'tr' ? 'div' : 'span');
    block.append(...Array.from(part.childNodes), ' ');
    part.replaceWith(block);
  }
  return copy;
}
