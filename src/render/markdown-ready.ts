import { withoutHash } from '../dom/url';

/**
 * The article's copy made ready for Turndown, so that the Markdown reads as a person would write
 * it: each `<picture>` reduced to its `<img>` (the `<source>` lines around it left blanks that
 * Turndown kept, indenting the picture into a code block), headings one level down (the title is
 * the only `#`), code blocks told their language, and footnotes taken out of the text to be
 * written as Markdown footnotes. Works on a copy; never touches the article itself.
 */

export interface Footnote {
  /** The footnote's label in the Markdown: `[^1]`. */
  label: string;
  /** The note's content, its way back to the text taken out. */
  content: Element;
}

/** Class names pages give a code block's language: `language-js`, `lang-js`, `highlight-js`. */
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang|highlight|brush:?)-?([a-z0-9+#-]+)(?:\s|$)/i;

export function markdownReady(copy: Node, pageUrl: string): { root: Node; notes: Footnote[] } {
  const root = copy as Element;
  if (!root.querySelectorAll) return { root: copy, notes: [] };
  inPageLinks(root, pageUrl);
  pictureToImage(root);
  blanksOutOfFigures(root);
  shiftHeadings(root);
  nameCodeLanguages(root);
  joinAdjacentEmphasis(root);
  return { root, notes: takeFootnotes(root) };
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
 * `<sup>` (written `[^n]`), each note is taken out of its list (and its way back, "↩" or a link
 * to the reference, out of the note); an emptied list goes too.
 */
function takeFootnotes(root: Element): Footnote[] {
  const notes: Footnote[] = [];
  const labels = new Map<Element, string>();
  const ends = new Map<Element, boolean>();
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
    let label = labels.get(item);
    if (!label) {
      label = String(labels.size + 1);
      labels.set(item, label);
      notes.push({ label, content: item });
    }
    const marker = root.ownerDocument.createElement('sup');
    marker.setAttribute('data-epure-note', label);
    // Not blank, or Turndown would drop it before asking the footnote rule.
    marker.textContent = label;
    sup.replaceWith(marker);
  }
  for (const note of notes) {
    const list = note.content.parentElement;
    const content = root.ownerDocument.createElement('div');
    content.append(...Array.from(note.content.childNodes));
    for (const back of Array.from(content.querySelectorAll('a[href^="#"]'))) {
      if (/^\s*(?:↩|↑|\^|⤴|back)?\s*[\p{S}\p{P}\d]*\s*$/iu.test(back.textContent ?? '')) back.remove();
    }
    note.content.remove();
    note.content = content;
    if (list && list.children.length === 0) list.remove();
  }
  return notes;
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
