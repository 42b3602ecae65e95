import type { StepFailure } from '../article';
import { platformCall, platformGet } from '../dom/walk';

/** Pages above this many elements are refused as `too-large` before any copy is made. */
export const DEFAULT_MAX_ELEMENTS = 60_000;

/**
 * Makes Épure's own copy of the page: a fresh HTML document holding a deep import of the page's
 * `<html>`. Every later step works on this copy, so the live page is never mutated (see
 * `tests/pipeline/copy-page.test.ts`). The copy gets exactly one `<base>`, the page's own base
 * URL when it is http(s), so Readability resolves relative links as the browser did.
 */
export function copyPage(
  source: Document,
  url: string,
  maxElements = DEFAULT_MAX_ELEMENTS,
): Document | StepFailure {
  const elementCount = platformCall<HTMLCollection>(source, 'getElementsByTagName', '*').length;
  if (elementCount > maxElements) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page has ${elementCount.toLocaleString('en')} elements, more than the ${maxElements.toLocaleString('en')} Épure cleans at once.`,
    };
  }
  const root = platformGet<Element | null>(source, 'documentElement');
  if (!root) return { ok: false, reason: 'bad-input', message: 'The page has no content.' };

  const impl = platformGet<DOMImplementation>(source, 'implementation');
  const copy = impl.createHTMLDocument('');
  const imported = platformCall<Element>(copy, 'importNode', root, true);
  platformCall(copy, 'replaceChild', imported, platformGet(copy, 'documentElement'));
  ensureHeadAndBody(copy);
  setBase(copy, baseUrlOf(source, url));
  return copy;
}

function baseUrlOf(source: Document, url: string): string {
  const pageBase = platformGet<string | null>(source, 'baseURI');
  if (pageBase && /^https?:/i.test(pageBase)) return pageBase;
  return url;
}

/** A page may come without `<head>`/`<body>` (XHTML, framesets, fragments): Readability needs both. */
function ensureHeadAndBody(doc: Document): void {
  const html = platformGet<Element>(doc, 'documentElement');
  if (html.localName !== 'html') {
    const wrapper = doc.createElement('html');
    const body = doc.createElement('body');
    body.append(html);
    wrapper.append(doc.createElement('head'), body);
    platformCall(doc, 'replaceChild', wrapper, html);
    return;
  }
  if (!platformGet<HTMLHeadElement | null>(doc, 'head')) html.prepend(doc.createElement('head'));
  if (!platformGet<HTMLElement | null>(doc, 'body')) {
    // A frameset page, or XHTML whose body has another namespace: give Readability a real body.
    const body = doc.createElement('body');
    for (const child of Array.from(html.childNodes)) {
      if ((child as Element).localName !== 'head') body.append(child);
    }
    html.append(body);
  }
}

function setBase(doc: Document, href: string): void {
  for (const old of Array.from(platformCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'base'))) old.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', href);
  platformGet<HTMLHeadElement>(doc, 'head').prepend(base);
}
