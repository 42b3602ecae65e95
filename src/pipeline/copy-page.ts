import type { StepFailure } from '../article';
import { platformCall, platformGet } from '../dom/walk';

/** Pages above this many elements are refused as `too-large` before any copy is made. */
export const DEFAULT_MAX_ELEMENTS = 60_000;

/**
 * Makes Épure's own copy of the page: a fresh HTML document holding a deep import of the page's
 * root. Every later step works on this copy, so the live page is never mutated (see
 * `tests/pipeline/copy-page.test.ts`). The copy has no `<base>`: `resolve-urls` makes its URLs
 * absolute against `pageBaseUrl`.
 */
export function copyPage(
  source: Document,
  url: string,
  maxElements = DEFAULT_MAX_ELEMENTS,
  ownsSource = false,
  baseUrl = url,
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

  // A document parsed for Épure alone is already a private, inert copy: only normalise it.
  if (ownsSource && isHtmlDocument(source, root)) return normalise(source, baseUrl, url);

  const impl = platformGet<DOMImplementation>(source, 'implementation');
  const copy = impl.createHTMLDocument('');
  const imported = platformCall<Element>(copy, 'importNode', root, true);
  const isHtmlRoot = imported.localName === 'html' && imported.namespaceURI === XHTML;
  if (isHtmlRoot) {
    platformCall(copy, 'replaceChild', imported, platformGet(copy, 'documentElement'));
  } else {
    // An SVG, feed or namespace-less XML root: keep the empty HTML shell, put the root in its body.
    platformGet<HTMLElement>(copy, 'body').append(imported);
  }
  return normalise(copy, baseUrl, url);
}

const XHTML = 'http://www.w3.org/1999/xhtml';

function isHtmlDocument(doc: Document, root: Element): boolean {
  return root.localName === 'html' && root.namespaceURI === XHTML && platformGet<string>(doc, 'contentType') === 'text/html';
}

/**
 * Head and body present, no `<base>`, and `baseURI` answering the page's base URL: what every
 * later step may count on. Readability resolves the article's links and images against
 * `document.baseURI`, which for a DOMParser copy in an extension page is the extension's own
 * address (and a `<base>` would be refused there: `base-uri 'none'`).
 */
function normalise(doc: Document, baseUrl: string, url: string): Document {
  ensureHeadAndBody(doc);
  for (const base of Array.from(platformCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'base'))) base.remove();
  Object.defineProperty(doc, 'baseURI', { value: baseUrl, configurable: true });
  Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
  return doc;
}

/**
 * The page's base URL: its first `<base href>` resolved against its address, when http(s);
 * otherwise the address. Read from the markup, not `document.baseURI`, which in an extension
 * page is the extension's own URL.
 */
export function pageBaseUrl(source: Document, url: string): string {
  const root = platformGet<Element | null>(source, 'documentElement');
  const href = root ? platformCall<Element | null>(root, 'querySelector', 'base[href]')?.getAttribute('href') : null;
  if (!href) return url;
  try {
    const base = new URL(href, url);
    return base.protocol === 'https:' || base.protocol === 'http:' ? base.href : url;
  } catch {
    return url;
  }
}

/**
 * A page may come without `<head>` or `<body>` (framesets, fragments): Readability needs a real
 * `<body>`. A frameset's frames are other documents, so its body is empty.
 */
function ensureHeadAndBody(doc: Document): void {
  const html = platformGet<Element>(doc, 'documentElement');
  if (!platformGet<HTMLHeadElement | null>(doc, 'head')) html.prepend(doc.createElement('head'));
  const body = platformGet<HTMLElement | null>(doc, 'body');
  if (body && body.localName === 'body') return;
  const fresh = doc.createElement('body');
  for (const child of Array.from(html.childNodes)) {
    const name = (child as Element).localName;
    if (name !== 'head' && name !== 'frameset') fresh.append(child);
  }
  body?.remove();
  html.append(fresh);
}
