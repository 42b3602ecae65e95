import { withoutHash } from '../dom/url';

/**
 * The article's copy made ready for Turndown, so that the Markdown reads as a person would write
 * it: each `<picture>` reduced to its `<img>` (the `<source>` lines around it left blanks that
 * Turndown kept, indenting the picture into a code block), headings one level down (the title is
 * the only `#`), code blocks told their language, and footnotes marked to be written as Markdown
 * footnotes. Works on a copy; never touches the article itself.
 */

/** Class names pages give a code block's language: `language-js`, `lang-js`, `highlight-js`. */
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang|highlight|brush:?)-?([a-z0-9+#-]+)(?:\s|$)/i;

export function markdownReady(copy: Node, pageUrl: string): Node {
  const root = copy as Element;
  if (!root.querySelectorAll) return copy;
  inPageLinks(root, pageUrl);
  unwrapLayoutTables(root);
  pictureToImage(root);
  blanksOutOfFigures(root);
  shiftHeadings(root);
  nameCodeLanguages(root);
  joinAdjacentEmphasis(root);
  markFootnotes(root);
  return root;
}

/**
 * Tables that lay a page out rather than hold data become their cells' contents, one block per
 * cell: a table of one row or one column, one holding another table, one marked
 * `role="presentation"`, or a small one (at most 10 cells) whose cells hold blocks and that has no
 * header, caption or column groups (the signs of data Readability reads, `_getReadabilityDataTable`).
 * As HTML they came back as empty GFM cells and raw `<img>` corners. The innermost first, so an
 * outer table is judged on what is left.
 */
function unwrapLayoutTables(root: Element): void {
  for (const table of Array.from(root.querySelectorAll('table')).reverse()) {
    if (!isLayoutTable(table)) continue;
    const doc = table.ownerDocument;
    // Its own cells only: a data table inside one of them moves with that cell, whole.
    const cells = Array.from(table.querySelectorAll('caption, td, th')).filter((cell) => cell.closest('table') === table);
    const blocks = cells.map((cell) => {
      const block = doc.createElement('div');
      block.append(...Array.from(cell.childNodes));
      return block;
    });
    table.replaceWith(...blocks);
  }
}

function isLayoutTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  if (table.querySelector('table')) return true;
  const rows = Array.from(table.querySelectorAll('tr'));
  const columns = Math.max(0, ...rows.map((row) => row.children.length));
  if (rows.length <= 1 || columns <= 1) return true;
  if (table.hasAttribute('summary') || table.querySelector('caption, thead, tfoot, th, colgroup, col')) return false;
  const blocksInCells = table.querySelector(':is(td, th) :is(p, div, ul, ol, table, img, figure, h1, h2, h3, h4, h5, h6, blockquote)');
  return !!blocksInCells && rows.length * columns <= 10;
}

/** Inline emphasis that Markdown writes with delimiters: two of them side by side are one. */
const EMPHASIS = 'em, i, strong, b, s, del, strike';

/**
 * `<em>b</em><em>y Your Name</em>` (a page's editor splitting a word) is one emphasis: written
 * apart it gives `*b**y Your Name*`, which CommonMark reads as stray asterisks and two words.
 * Runs of the same element with nothing between them become one.
 */
function joinAdjacentEmphasis(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(EMPHASIS)).reverse()) {
    const next = el.nextSibling;
    if (!next || next.nodeType !== 1 || (next as Element).localName !== el.localName || (next as Element).attributes.length || el.attributes.length) continue;
    el.append(...Array.from(next.childNodes));
    next.parentNode?.removeChild(next);
  }
}

/**
 * Links to a part of this same article (`https://site/page#fn1`, as the engine made every link
 * absolute) become `#fn1`: they stay within the Markdown. Links to other pages stay absolute.
 */
function inPageLinks(root: Element, pageUrl: string): void {
  const page = withoutHash(pageUrl);
  for (const link of Array.from(root.querySelectorAll('a[href*="#"]'))) {
    const href = link.getAttribute('href') ?? '';
    const hash = href.slice(href.indexOf('#'));
    if (hash.length < 2 || (!href.startsWith('#') && withoutHash(href) !== page)) continue;
    if (byId(root, decodeURIComponent(hash.slice(1)))) link.setAttribute('href', hash);
  }
}

function pictureToImage(root: Element): void {
  for (const picture of Array.from(root.querySelectorAll('picture'))) {
    const img = picture.querySelector('img');
    if (img) picture.replaceWith(img);
    else picture.remove();
  }
}

/** Whitespace between a figure's parts is layout, not text. */
function blanksOutOfFigures(root: Element): void {
  for (const figure of Array.from(root.querySelectorAll('figure, figure > div, figure > a'))) {
    for (const child of Array.from(figure.childNodes)) {
      if (child.nodeType === 3 && !/\S/.test(child.nodeValue ?? '')) child.remove();
    }
  }
}

/**
 * Headings one level down when the article has a first-level one (h1 → h2 … h5 → h6): the
 * article's title is the Markdown's only `#`. Articles whose sections start at h2 stay as they are.
 */
function shiftHeadings(root: Element): void {
  if (!root.querySelector('h1')) return;
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const level = Number(heading.localName.slice(1));
    const shifted = heading.ownerDocument.createElement(`h${level + 1}`);
    shifted.append(...Array.from(heading.childNodes));
    heading.replaceWith(shifted);
  }
}

/** `<pre class="lang-python"><code>` → `<code class="language-python">`, which Turndown fences with its language. */
function nameCodeLanguages(root: Element): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const code = pre.querySelector('code');
    const language =
      code?.getAttribute('class')?.match(CODE_LANGUAGE)?.[1] ??
      pre.getAttribute('class')?.match(CODE_LANGUAGE)?.[1] ??
      pre.getAttribute('data-lang') ??
      code?.getAttribute('data-lang') ??
      null;
    if (!language) continue;
    if (code && code === pre.firstElementChild) {
      code.setAttribute('class', `language-${language.toLowerCase()}`);
    } else {
      const wrapped = pre.ownerDocument.createElement('code');
      wrapped.setAttribute('class', `language-${language.toLowerCase()}`);
      wrapped.textContent = pre.textContent;
      pre.replaceChildren(wrapped);
    }
  }
}

/**
 * Footnotes as a page writes them: a superscript link to an item of a list further down
 * (`<sup><a href="#fn1">1</a></sup>` … `<li id="fn1">…</li>`). Each reference becomes a marked
 * `<sup data-epure-note>` (written `[^n]`); each note becomes a marked block
 * `<div data-epure-note-def>` (written `[^n]: …`) where its list was, its way back ("↩", or a
 * link to the reference) taken out: the notes stay under the page's "Notes" heading, in the
 * article's order, as a person would write them. An emptied list goes.
 */
function markFootnotes(root: Element): void {
  const ends = new Map<Element, boolean>();
  const cited: { sup: Element; item: Element }[] = [];
  for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('sup a[href^="#"], a[href^="#"] > sup'))) {
    const anchor = link.localName === 'a' ? link : (link.closest('a') as HTMLAnchorElement);
    const sup = anchor.closest('sup') ?? anchor.querySelector('sup');
    const id = decodeURIComponent((anchor.getAttribute('href') ?? '').slice(1));
    if (!sup || !id) continue;
    const target = byId(root, id);
    const item = target?.closest('li');
    if (!item || !item.parentElement || !/^(ol|ul)$/.test(item.parentElement.localName) || item.contains(sup)) continue;
    // Notes come after the text that cites them, at the article's end: a list in the middle of
    // the article (a checklist whose items carry marks of their own) is the article's.
    if (!(sup.compareDocumentPosition(item) & 4 /* DOCUMENT_POSITION_FOLLOWING */) || !atTheEnd(item.parentElement, root, ends)) continue;
    cited.push({ sup, item });
  }
  // Numbered in the notes' own order, as the page numbers them (a note an infobox cites first
  // is not note 1 unless the page says so).
  const items = [...new Set(cited.map((c) => c.item))].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const labels = new Map(items.map((item, i) => [item, String(i + 1)]));
  // The ids a note's way back points at: the reference's own (`cite_ref-…`), and its link's.
  const references = new Set(cited.flatMap(({ sup }) => [sup, ...Array.from(sup.querySelectorAll('[id]'))].map((el) => el.getAttribute('id')).filter(Boolean)));
  for (const { sup, item } of cited) {
    const marker = root.ownerDocument.createElement('sup');
    marker.setAttribute('data-epure-note', labels.get(item)!);
    // Not blank, or Turndown would drop it before asking the footnote rule.
    marker.textContent = labels.get(item)!;
    sup.replaceWith(marker);
  }
  for (const [item, label] of labels) {
    const list = item.parentElement;
    const note = root.ownerDocument.createElement('div');
    note.setAttribute('data-epure-note-def', label);
    note.append(...Array.from(item.childNodes));
    for (const back of Array.from(note.querySelectorAll('a[href^="#"]'))) {
      const target = decodeURIComponent((back.getAttribute('href') ?? '').slice(1));
      const mark = /^\s*(?:↩|↑|\^|⤴|back)?\s*[\p{S}\p{P}\d]*\s*$/iu.test(back.textContent ?? '');
      // "↩", or Wikipedia's "^ a b": links back to the references.
      if (mark || references.has(target)) back.remove();
    }
    // What the links left of the way back: a leading "^" or "↑", emphasis emptied.
    for (const el of Array.from(note.querySelectorAll('b, i, strong, em, sup'))) if (!el.textContent?.trim() && !el.querySelector('img')) el.remove();
    const texts = root.ownerDocument.createTreeWalker(note, 4 /* NodeFilter.SHOW_TEXT */);
    let first = texts.nextNode();
    while (first && !first.textContent?.trim()) first = texts.nextNode();
    if (first) first.textContent = (first.textContent ?? '').replace(/^\s*[↑^↩]\s*/u, '');
    // Before its list, so the notes read in their list's order, and the items left (notes no
    // reference cites) after them.
    list?.before(note);
    item.remove();
    if (list && list.children.length === 0) list.remove();
  }
}

/** Whether little of the article's text (under a quarter) comes after `list`: its notes' place. */
function atTheEnd(list: Element, root: Element, cache: Map<Element, boolean>): boolean {
  const known = cache.get(list);
  if (known !== undefined) return known;
  let after = 0;
  for (let el: Element | null = list; el && el !== root; el = el.parentElement) {
    for (let sib = el.nextSibling; sib; sib = sib.nextSibling) after += (sib.textContent ?? '').trim().length;
  }
  const total = (root.textContent ?? '').trim().length;
  const result = after <= total * 0.25;
  cache.set(list, result);
  return result;
}

function byId(root: Element, id: string): Element | null {
  for (const el of Array.from(root.querySelectorAll('[id]'))) if (el.getAttribute('id') === id) return el;
  return null;
}
