import { serializeChildren } from '../safe-html';
import { isoDate } from './iso-date';
import TurndownService from 'turndown';
import { tables, strikethrough } from '@joplin/turndown-plugin-gfm';
import { toText } from './to-text';
import { markdownReady } from './markdown-ready';
import { hostOf } from '../dom/url';
import { oneLine } from '../dom/text';

let service: TurndownService | null = null;

/** Attributes a table keeps when it stays HTML: its shape, nothing of the page's styling. */
const TABLE_ATTRIBUTES = new Set(['colspan', 'rowspan', 'scope', 'headers']);

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', br: '\\' });
  service.use([tables, strikethrough]);
  // A table whose cells hold blocks (paragraphs, lists, pictures) or span rows or columns has no
  // GFM form: it stays a plain HTML table, without the page's classes and styles. Added after the
  // GFM plugin (a later rule wins in Turndown), whose own rule would wrap it in a
  // "joplin-table-wrapper" div.
  service.addRule('complex-table', {
    filter: (node) => node.nodeName === 'TABLE' && !isSimpleTable(node as HTMLElement),
    replacement: (_content, node) => `\n\n${plainTableHtml(node as HTMLElement)}\n\n`,
  });
  // Preformatted text without a <code> inside (an RFC, a poem laid out with spaces, a <pre> with
  // links) is fenced too: Turndown would keep its leading spaces, and an indented line is a
  // code block the article does not have. Its text only: links inside cannot be kept in a fence.
  service.addRule('preformatted', {
    filter: (node) => node.nodeName === 'PRE' && (node as HTMLElement).firstElementChild?.nodeName !== 'CODE',
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (!text) return '';
      const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      const language = (node as HTMLElement).getAttribute('data-lang') ?? '';
      return `\n\n${fence}${language}\n${text}\n${fence}\n\n`;
    },
  });
  // Text that reads like a tag ("<script>" written in an article) must stay text when the
  // Markdown is rendered: escape "<" as CommonMark allows.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  // A caption is an italic line under its picture.
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const line = content.replace(/\s*\n+\s*/g, ' ').trim();
      return line ? `\n\n*${line}*\n\n` : '';
    },
  });
  // A picture on its own line, never indented (an indented line is a code block).
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLImageElement;
      const src = img.getAttribute('src') ?? '';
      if (!src) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/([\\[\]<>])/g, '\\$1').trim();
      const title = (img.getAttribute('title') ?? '').replace(/\s+/g, ' ').replace(/"/g, '\\"').trim();
      const image = `![${alt}](${destination(src)}${title ? ` "${title}"` : ''})`;
      // Inside a link or a sentence the picture stays inline; a picture of its own is a block.
      return isInline(img) ? image : `\n\n${image}\n\n`;
    },
  });
  // "- item" and "1. item", as people type them (Turndown pads markers to four columns); the
  // lines of an item, nested lists included, are indented under its first character.
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start'));
        const index = Array.prototype.indexOf.call(parent.children, node);
        prefix = `${(Number.isFinite(start) && parent.hasAttribute('start') ? start : 1) + index}. `;
      }
      const indent = ' '.repeat(prefix.length);
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?!\n|$)/g, `\n${indent}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  // A footnote reference (marked by `markdownReady`) becomes `[^n]`.
  service.addRule('footnote-ref', {
    filter: (node) => node.nodeName === 'SUP' && (node as HTMLElement).hasAttribute('data-epure-note'),
    replacement: (_content, node) => `[^${(node as HTMLElement).getAttribute('data-epure-note')}]`,
  });
  // A note (marked by `markdownReady` where its list was) becomes `[^n]: …`, its further lines
  // indented under it; notes side by side, one per line.
  service.addRule('footnote', {
    filter: (node) => node.nodeName === 'DIV' && (node as HTMLElement).hasAttribute('data-epure-note-def'),
    replacement: (content, node) => {
      const text = content.trim().replace(/\n(?!\n|$)/g, '\n    ');
      return `\n[^${(node as HTMLElement).getAttribute('data-epure-note-def')}]: ${text}\n`;
    },
  });
  return service;
}

export interface MarkdownHead {
  title: string;
  url: string;
  byline: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/**
 * Markdown of sanitized article HTML, as a person would write it: the title as the only `#`
 * heading, a neutral line naming the source (the site, linked; the byline; the date: no
 * "Source:" or "By:" in English on a French article), then the body. Pictures on their own
 * line with their caption in italics under them, footnotes as `[^n]`, simple tables as GFM
 * tables and the others as plain HTML tables, code fenced with its language. Never throws.
 */
export function toMarkdown(body: Node, head: MarkdownHead): string {
  const title = oneLine(head.title);
  const parts = [title ? `# ${turndown().escape(title)}` : '', sourceLine(head), markdownBody(body, head.url)];
  return tidy(parts.filter(Boolean).join('\n\n'));
}

/** "[Le Monde](https://…) · Jane Smith · 2025-01-28": what, who and when, in no language. */
function sourceLine(head: MarkdownHead): string {
  const site = oneLine(head.siteName ?? '') || hostOf(head.url) || head.url;
  const date = isoDate(head.publishedTime ?? null);
  const link = /^https?:\/\//.test(head.url) ? `[${turndown().escape(site)}](${destination(head.url)})` : turndown().escape(site);
  const byline = oneLine(head.byline ?? '');
  return [link, byline ? turndown().escape(byline) : '', date ?? ''].filter(Boolean).join(' · ');
}

/**
 * The body as Markdown, whatever its markup: a table the GFM plugin cannot take becomes rows of
 * text, and if Turndown still fails, the plain text becomes the Markdown. Never throws: "Copy
 * Markdown" and `extract --jsonl` go on (a results table once made the plugin throw
 * `node.getAttribute is not a function`, and the stream stopped).
 */
function markdownBody(body: Node, pageUrl: string): string {
  const ready = () => markdownReady(tableSafeCopy(body), pageUrl);
  const attempts: (() => string)[] = [
    () => turndown().turndown(ready() as HTMLElement),
    () => turndown().turndown(tablesAsRows(ready()) as HTMLElement),
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

/** No trailing blanks, at most one blank line between blocks, one final newline. */
function tidy(markdown: string): string {
  return `${markdown
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    // A line break with nothing after it (a "<br>" alone in a block, or ending one) is no break.
    .filter((line) => line !== '\\')
    .join('\n')
    .replace(/([^\\])\\\n(?=\n|$)/g, '$1\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** A link destination CommonMark reads whole: spaces and parentheses escaped. */
function destination(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Whether a picture sits in running text or a link (inline), rather than alone in its block. */
function isInline(img: Element): boolean {
  if (img.closest('a')) return true;
  const parent = img.parentElement;
  if (!parent) return false;
  const siblingsText = Array.from(parent.childNodes)
    .filter((node) => node !== img)
    .map((node) => (node.nodeType === 1 && (node as Element).localName === 'img' ? '' : node.textContent ?? ''))
    .join('');
  return /\S/.test(siblingsText) && !['figure', 'div', 'section', 'article', 'body', 'picture'].includes(parent.localName);
}

/** A table GFM can write: one header row at most, no cell spanning, no block inside a cell. */
function isSimpleTable(table: HTMLElement): boolean {
  if (table.querySelector('table')) return false;
  for (const cell of Array.from(table.querySelectorAll('td, th'))) {
    if (cell.hasAttribute('colspan') && cell.getAttribute('colspan') !== '1') return false;
    if (cell.hasAttribute('rowspan') && cell.getAttribute('rowspan') !== '1') return false;
    if (cell.querySelector('p, div, ul, ol, li, blockquote, pre, h1, h2, h3, h4, h5, h6, img, figure, br')) return false;
  }
  return true;
}

/** The table's HTML with only its shape: every other attribute gone, blank text collapsed. */
function plainTableHtml(table: HTMLElement): string {
  const copy = table.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attribute of Array.from(el.attributes)) {
      const keep = TABLE_ATTRIBUTES.has(attribute.name) || (el.localName === 'a' && attribute.name === 'href') || (el.localName === 'img' && ['src', 'alt'].includes(attribute.name));
      if (!keep) el.removeAttribute(attribute.name);
    }
  }
  const holder = copy.ownerDocument.createDocumentFragment();
  holder.append(copy);
  return serializeChildren(holder).replace(/>\s+</g, '><').replace(/\s{2,}/g, ' ');
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
      p.textContent = Array.from(row.children, (cell) => oneLine(cell.textContent ?? '')).join(' | ');
      return p;
    });
    table.replaceWith(...rows);
  }
  return root;
}
