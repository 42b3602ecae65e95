import type { Step } from '../article';

/**
 * Elements that never hold words of the article and that the sanitizer would drop anyway:
 * scripts (but not JSON-LD, which Readability reads for metadata), styles, `<noscript>` (its
 * images were revealed already), templates, links, inline SVG icons and canvases. Dropping them
 * before Readability spares it walking and scoring thousands of nodes (icon paths, tracking
 * scripts): about a sixth of its time on the corpus, measured with `npm run bench`.
 */
const NON_CONTENT = 'script:not([type="application/ld+json" i]), style, noscript, template, link, svg, canvas';

/**
 * Page regions that are not the article either: site navigation, and the `<aside>` and
 * `<footer>` elements that Readability removes from every article it returns (`_prepArticle`
 * cleans out both). About a third of the corpus pages' elements sit in them (navigation 18 %,
 * asides 13 %, footers 6 %); they go before Readability walks and scores them. An aside or footer that holds a byline stays: it is
 * where blogs put "by <name>", and Readability reads the byline from it before cleaning it out.
 */
const NOT_THE_ARTICLE = 'nav, aside, footer';
/** The signals Readability's `_isValidByline` reads: `rel="author"`, an `itemprop` with "author", a byline or author class or id. */
const BYLINE_SIGNAL = '[rel="author" i], [itemprop*="author" i], [class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="dateline" i], [class*="writtenby" i]';

/**
 * More text than a `<noscript>` message ever holds: the page itself, swallowed. A parser without
 * scripting (jsdom, the reader's `DOMParser`) reads a noscript's content as markup, so
 * `<noscript><div></noscript>` leaves the `<div>` open and the rest of the page inside the
 * noscript, where Readability alone finds nothing (corpus: parcoabruzzo.it).
 */
export const MAX_NOSCRIPT_CHARS = 500;

export const dropNonContent: Step = {
  name: 'drop-non-content',
  run(draft) {
    for (const el of Array.from(draft.doc.querySelectorAll(NON_CONTENT))) {
      if (!el.isConnected) continue;
      if (el.localName === 'noscript' && (el.textContent ?? '').trim().length > MAX_NOSCRIPT_CHARS) el.replaceWith(...Array.from(el.childNodes));
      else el.remove();
    }
    for (const el of Array.from(draft.doc.querySelectorAll(NOT_THE_ARTICLE))) {
      if (el.isConnected && (el.localName === 'nav' || (!el.matches(BYLINE_SIGNAL) && !el.querySelector(BYLINE_SIGNAL)))) el.remove();
    }
    // Nothing a reader would miss: not recorded in the "Removed" list.
    return draft;
  },
};
