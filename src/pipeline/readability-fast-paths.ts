import type { Readability } from '@mozilla/readability';
import { markupReadsEmptyOnce, unshadowMarkup } from '../safe-html';

/**
 * Readability 0.6.0 asks three questions of every element during its walk of the page, and
 * asks the costly part first:
 * - `_isValidByline` reads the element's whole text (`textContent`, which copies every
 *   character of its subtree) before looking at its `rel`, `itemprop` and class, which are
 *   what rule out all but a few elements;
 * - `_isElementWithoutContent` reads the whole text of every `<div>` and `<section>` before
 *   counting its children, which rules out most of them;
 * - `_isProbablyVisible` reads `element.style`, which makes the browser build a style object
 *   for each element, even when the element has no `style` attribute to read.
 * On the corpus these three take about a fifth of Readability's time (`npm run bench`, CDP
 * profile): text copies of each ancestor of each paragraph make them quadratic on deep pages.
 *
 * `withFastPaths` gives one Readability instance the same three questions asked in the cheap
 * order. Each answer is the same as Readability's own (`tests/pipeline/readability-fast-paths`
 * compares them on random trees and on the fixtures). When an upgrade renames a predicate, it
 * is left alone, and the same test fails to say so.
 */
export function withFastPaths<T>(reader: Readability<T>): Readability<T> {
  const internals = reader as unknown as ReadabilityInternals;
  if (!hasPredicates(internals)) return reader;
  internals._isValidByline = isValidByline;
  internals._isElementWithoutContent = isElementWithoutContent;
  internals._isProbablyVisible = isProbablyVisible;
  if (hasGrabSteps(internals)) withoutUnusedSerialising(internals);
  return reader;
}

/**
 * Readability 0.6.0's `parse` builds the log line `"Grabbed: " + articleContent.innerHTML`
 * whether or not it logs (its `log` does nothing without `debug`): a serialisation of the whole
 * article, for nothing. Here that one read answers an empty string: the article element gets an
 * own `innerHTML` that is gone as soon as it is read, and in any case before the next step
 * (`_postProcessContent`) touches the article. (Its other serialisation, the body's markup kept
 * for a second attempt, is kept: a deep copy of the nodes instead costs more, measured.)
 */
function withoutUnusedSerialising(internals: ReadabilityInternals & GrabSteps): void {
  const grab = internals._grabArticle;
  const postProcess = internals._postProcessContent;
  internals._grabArticle = function (this: ReadabilityInternals & GrabSteps, page: Element | null) {
    const content = grab.call(this, page);
    if (content && !this._debug) markupReadsEmptyOnce(content);
    return content;
  };
  internals._postProcessContent = function (this: ReadabilityInternals & GrabSteps, content: Element) {
    unshadowMarkup(content);
    return postProcess.call(this, content);
  };
}

/** The two steps of Readability 0.6.0 around the log line `withoutUnusedSerialising` spares. */
interface GrabSteps {
  _debug: boolean;
  _grabArticle(page: Element | null): Element | null;
  _postProcessContent(content: Element): void;
}

function hasGrabSteps(reader: ReadabilityInternals): reader is ReadabilityInternals & GrabSteps {
  const internals = reader as unknown as Partial<Record<keyof GrabSteps, unknown>>;
  return (
    typeof internals._grabArticle === 'function' &&
    (internals._grabArticle as () => unknown).length === 1 &&
    typeof internals._postProcessContent === 'function' &&
    (internals._postProcessContent as () => unknown).length === 1
  );
}

/** The private predicates `withFastPaths` replaces, and what they read from the instance. */
export interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
}

/** The predicates `withFastPaths` replaces, with the arity they have in 0.6.0. */
const ARITY = { _isValidByline: 2, _isElementWithoutContent: 1, _isProbablyVisible: 1 } as const;
export const PREDICATES = Object.keys(ARITY) as (keyof typeof ARITY)[];

/** Whether this Readability still has the predicates, with the arity they had in 0.6.0. */
export function hasPredicates(reader: unknown): reader is ReadabilityInternals {
  const internals = reader as Partial<Record<keyof typeof ARITY, unknown>> & { REGEXPS?: { byline?: unknown } };
  return (
    internals.REGEXPS?.byline instanceof RegExp &&
    PREDICATES.every((name) => typeof internals[name] === 'function' && (internals[name] as (...args: never[]) => unknown).length === ARITY[name])
  );
}

/** Readability's `_isValidByline`: the attribute and class tests first, the text last. */
function isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const bylineLength = (node.textContent ?? '').trim().length;
  return !!bylineLength && bylineLength < 100;
}

/** Readability's `_isElementWithoutContent`: the children first, the text last. */
function isElementWithoutContent(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  const children = el.children.length;
  if (children && children !== el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length) return false;
  return !hasNonSpaceText(el);
}

/** `el.textContent.trim() !== ''`, without copying the text: stops at the first visible character. */
function hasNonSpaceText(el: Element): boolean {
  // Text and CDATA sections: what `textContent` is made of. `\S` is the complement of what `trim` removes.
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test((node as CharacterData).data)) return true;
  return false;
}

/** Readability's `_isProbablyVisible`: without a `style` attribute, the style has nothing to hide. */
function isProbablyVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
  return (
    (!style || style.display != 'none') &&
    (!style || style.visibility != 'hidden') &&
    !node.hasAttribute('hidden') &&
    // "fallback-image": Wikimedia's math images, which Readability keeps.
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') != 'true' ||
      !!(node.className && typeof node.className === 'string' && node.className.includes('fallback-image')))
  );
}
