/**
 * DOM helpers that never go through properties a hostile page could clobber. A `<form>` with an
 * `<input name="parentNode">` makes `form.parentNode` return the input, and `<img
 * name="documentElement">` shadows `document.documentElement`. The prototypes stay intact, so
 * we read the platform's own getters from them. No global (`Node`, `window`) is assumed: the same
 * code runs on a browser page, a DOMParser document and jsdom.
 */

const getterCache = new WeakMap<object, Map<string, (() => unknown) | null>>();

/** Reads `obj[prop]` through the prototype chain's accessor, ignoring own (named) properties. */
export function platformGet<T>(obj: object, prop: string): T {
  const firstProto = Object.getPrototypeOf(obj) as object | null;
  if (!firstProto) return (obj as Record<string, T>)[prop] as T;
  let perProto = getterCache.get(firstProto);
  if (!perProto) getterCache.set(firstProto, (perProto = new Map()));
  let getter = perProto.get(prop);
  if (getter === undefined) {
    getter = null;
    for (let p: object | null = firstProto; p; p = Object.getPrototypeOf(p) as object | null) {
      const desc = Object.getOwnPropertyDescriptor(p, prop);
      if (desc) {
        getter = desc.get ?? null;
        break;
      }
    }
    perProto.set(prop, getter);
  }
  return (getter ? getter.call(obj) : (obj as Record<string, unknown>)[prop]) as T;
}

export function parentOf(node: Node): Node | null {
  return platformGet<Node | null>(node, 'parentNode');
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'summary',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Removes a node from wherever it is (no-op when already detached). */
export function detach(node: Node): void {
  parentOf(node)?.removeChild(node);
}

const methodCache = new WeakMap<object, Map<string, ((...args: never[]) => unknown) | null>>();

/**
 * The platform's method `prop` of `obj`'s prototype chain, ignoring own (named, clobbering)
 * properties, looked up once per prototype: `.call` it on every element of the same kind.
 */
export function platformMethod<F extends (...args: never[]) => unknown>(obj: object, prop: string): F {
  const firstProto = Object.getPrototypeOf(obj) as object | null;
  let fn: ((...a: never[]) => unknown) | null | undefined;
  if (firstProto) {
    let perProto = methodCache.get(firstProto);
    if (!perProto) methodCache.set(firstProto, (perProto = new Map()));
    fn = perProto.get(prop);
    if (fn === undefined) {
      fn = null;
      for (let p: object | null = firstProto; p; p = Object.getPrototypeOf(p) as object | null) {
        const desc = Object.getOwnPropertyDescriptor(p, prop);
        if (desc) {
          fn = typeof desc.value === 'function' ? (desc.value as (...a: never[]) => unknown) : null;
          break;
        }
      }
      perProto.set(prop, fn);
    }
  }
  if (!fn) throw new TypeError(`${prop} is not a DOM method here`);
  return fn as F;
}

/** Calls the platform's method `prop` on `obj`, ignoring own (named, clobbering) properties. */
export function platformCall<T>(obj: object, prop: string, ...args: unknown[]): T {
  return platformMethod<(...a: unknown[]) => T>(obj, prop).apply(obj, args);
}
