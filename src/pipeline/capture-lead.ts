import type { Step } from '../article';
import { isProse } from '../dom/blocks';
import { textOf } from '../dom/text';
import { holdsExcerpt } from './remove-author-bio';

/** How far past the headline to look for the standfirst and lead image, in elements. */
export const LEAD_SEARCH_LIMIT = 400;

/** Elements whose text no reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Keeps a copy of the article's lead, the part between the headline and the first paragraph:
 * the standfirst (the block that carries the page's own description) and the lead figure.
 * Readability drops both when they sit in a header outside the body container; `restore-lead`
 * puts them back. Held-out pages in five languages lost their standfirst this way.
 */
export const captureLead: Step = {
  name: 'capture-lead',
  run(draft) {
    const body = draft.doc.body;
    const headline = body?.querySelector('h1');
    if (!body || !headline) return draft;
    let standfirst: Element | null = null;
    let figure: Element | null = null;
    const walker = draft.doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
    walker.currentNode = headline;
    // Step over the headline's own subtree.
    let node: Node | null = headline.lastElementChild ? lastDescendant(headline) : headline;
    walker.currentNode = node;
    for (let seen = 0; (node = walker.nextNode()) && seen < LEAD_SEARCH_LIMIT; seen++) {
      const el = node as Element;
      if (!figure && el.localName === 'figure' && el.querySelector('img')) {
        figure = el.cloneNode(true) as Element;
        continue;
      }
      // Only leaves hold text; a script's data (a breadcrumb's JSON-LD after the headline) or a
      // style sheet is not the body beginning, and once stopped the search before the lead photo.
      if (NOT_TEXT.has(el.localName) || el.querySelector('p, div, figure, section, ul, ol')) continue;
      const text = textOf(el);
      if (!text) continue;
      if (!standfirst && holdsExcerpt(text, draft.meta.excerpt) && text.length <= 600) {
        standfirst = el.cloneNode(true) as Element;
        continue;
      }
      if (isProse(el, text)) break; // the body has begun
    }
    return standfirst || figure ? { ...draft, lead: { standfirst, figure } } : draft;
  },
};

function lastDescendant(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}
