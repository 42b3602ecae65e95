/**
 * The only module that turns HTML strings into DOM or DOM into a document the user sees.
 * Every sink goes through DOMPurify here, with one configuration (see `SANITIZE_CONFIG`);
 * eslint-plugin-no-unsanitized forbids `innerHTML`/`outerHTML` writes everywhere else.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/** Tags that never appear in what Épure shows or copies, even when DOMPurify would allow them. */
const FORBIDDEN_TAGS = [
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'noscript', 'template', 'dialog', 'portal', 'script', 'svg', 'math',
];

/** Raster images only: `data:image/svg+xml` and `data:text/html` can carry script. */
const SAFE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'xlink:href']);

const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: ['style', 'srcdoc', 'ping'],
  ALLOW_DATA_ATTR: false,
  // `data-lang`: a code block's language (mark-code-languages), for the Markdown's fence; text, never read as code.
  ADD_ATTR: ['target', 'data-lang'],
  // No Trusted Types policy: creating one (DOMPurify's default when the window has
  // `trustedTypes`) from the on-page reader breaks a site's `trusted-types` CSP list, which the
  // site sees as a violation report: it would learn that Épure is there. Épure's sinks are its
  // own (`setSanitizedHtml`); none needs a TrustedHTML.
  TRUSTED_TYPES_POLICY: null,
};

/**
 * What a purifier returns: a fragment of its window's document, the body of the inert document
 * it sanitized in, or an HTML string.
 */
type Output = 'fragment' | 'body' | 'string';

const purifiers: Record<Output, WeakMap<object, Purifier>> = { fragment: new WeakMap(), body: new WeakMap(), string: new WeakMap() };

/**
 * One DOMPurify per window (the page's, the extension page's or jsdom's) and output, configured
 * and hooked once: a configuration passed to each `sanitize` call is parsed again on every call.
 */
function purifierFor(win: Window & typeof globalThis, output: Output): Purifier {
  let purifier = purifiers[output].get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.setConfig({ ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: output === 'fragment', RETURN_DOM: output === 'body' });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Most nodes of an article (text runs, paragraphs, emphasis) have no attribute left.
    if (!node.hasAttributes?.()) return;
    // The element's few attributes, rather than a lookup of each URL attribute it might have.
    for (const { name, value } of Array.from(node.attributes)) {
      if (!URL_ATTRIBUTES.has(name)) continue;
      if (/^\s*data:/i.test(value) && !SAFE_DATA_URL.test(value.trim())) node.removeAttribute(name);
      else if (/^\s*(?:javascript|vbscript):/i.test(value)) node.removeAttribute(name);
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      // Links leave the reader: a new tab, without handing it our window or the reader's URL.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.hasAttribute?.('target')) {
      node.removeAttribute('target');
    }
  });
  purifiers[output].set(win, purifier);
  return purifier;
}

/** The window to sanitize with: the node's own, else the global one (extension pages). */
export function windowOf(doc: Document): (Window & typeof globalThis) | null {
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  return win as (Window & typeof globalThis) | null;
}

/** Sanitizes a node (or HTML string) into a fragment owned by `win`'s document. */
export function sanitizeToFragment(
  input: Node | string,
  win: Window & typeof globalThis,
): DocumentFragment {
  return purifierFor(win, 'fragment').sanitize(input) as unknown as DocumentFragment;
}

/**
 * Sanitizes a node into the body of a fresh inert document (DOMPurify's own, where it cleaned
 * the copy): what the engine renders its outputs from, without moving the nodes once more into
 * a fragment or another document.
 */
export function sanitizeToBody(input: Node, win: Window & typeof globalThis): HTMLElement {
  dropIsAttributes(input);
  return purifierFor(win, 'body').sanitize(input) as unknown as HTMLElement;
}

/**
 * Removes the `is` attribute (a customized built-in element, `<div is="flynt-block-wysiwyg">`)
 * from a node the caller owns. When it returns DOM, DOMPurify removes a whole element whose `is`
 * it cannot clear, text and all: a WordPress theme that marks its blocks so lost the article
 * (corpus: feuerwehrverband.de). Without the attribute the element is the plain `<div>` it is.
 */
function dropIsAttributes(node: Node): void {
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const root = node as Element | DocumentFragment;
  if (root.nodeType === 1) (root as Element).removeAttribute('is');
  for (const el of Array.from(root.querySelectorAll('[is]'))) el.removeAttribute('is');
}

/** Sanitizes to an HTML string. */
export function sanitizeToString(input: Node | string, win: Window & typeof globalThis): string {
  return purifierFor(win, 'string').sanitize(input) as unknown as string;
}

/** Serialises the children of a node (read-only use of innerHTML). */
export function serializeChildren(node: Element | DocumentFragment): string {
  if ('innerHTML' in node) return node.innerHTML;
  const holder = node.ownerDocument.createElement('div');
  holder.append(node.cloneNode(true));
  return holder.innerHTML;
}

/**
 * The one sink: replaces an element's children with sanitized HTML. DOMPurify runs again here
 * even when the HTML came from the engine, so a bug upstream cannot put script in a page.
 */
export function setSanitizedHtml(target: Element, html: string): void {
  const win = windowOf(target.ownerDocument);
  if (!win) throw new Error('setSanitizedHtml needs a window');
  target.replaceChildren(sanitizeToFragment(html, win));
}

/**
 * Parses markup into inert nodes of `doc` (a `<template>` never runs scripts or loads images).
 * Used for `<noscript>` fallbacks whose content the browser kept as text; callers take only
 * images from the result, and the whole article is sanitized at the end anyway.
 */
export function parseInert(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  // eslint-disable-next-line no-unsanitized/property -- inert template; output is sanitized later.
  template.innerHTML = html;
  return template.content;
}

/**
 * Makes the next read of `el.innerHTML` answer '' (that read only; a write goes through): for a
 * serialisation a library makes and never uses (Readability's log line, see
 * `readability-fast-paths`). The element keeps the own property until it is read or
 * `unshadowMarkup` removes it.
 */
export function markupReadsEmptyOnce(el: Element): void {
  const inherited = innerHtmlOf(el);
  if (!inherited) return;
  Object.defineProperty(el, 'innerHTML', {
    configurable: true,
    get() {
      unshadowMarkup(el);
      return '';
    },
    set(value: string) {
      unshadowMarkup(el);
      inherited.set!.call(el, value);
    },
  });
}

/** Gives `el` back the `innerHTML` it inherits (see `markupReadsEmptyOnce`). */
export function unshadowMarkup(el: Element): void {
  delete (el as unknown as Record<string, unknown>).innerHTML;
}

/** The `innerHTML` accessor `el` inherits, when it has one to fall back on. */
function innerHtmlOf(el: Element): PropertyDescriptor | null {
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor) return descriptor.get && descriptor.set ? descriptor : null;
  }
  return null;
}
