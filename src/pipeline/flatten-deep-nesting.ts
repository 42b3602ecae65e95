import type { Step } from '../article';

/** Real pages nest a few dozen levels; beyond this the page is pathological (or hostile). */
export const MAX_REASONABLE_DEPTH = 100;
/** Wrappers that carry no meaning of their own when they hold a single element and no text. */
const WRAPPER_TAGS = new Set(['div', 'span', 'section', 'font', 'center', 'b', 'i', 'main']);

/**
 * Readability's scoring walks each paragraph's ancestors, so its time grows with the depth of
 * the page: 1,000 nested `<div>`s take it about a minute. When a page nests deeper than any
 * real layout, wrappers that hold exactly one element and no text are unwrapped (their child
 * moves up), which keeps every word and bounds the depth. Normal pages are left untouched.
 */
export const flattenDeepNesting: Step = {
  name: 'flatten-deep-nesting',
  run(draft) {
    const body = draft.doc.body;
    if (!body || !nestsDeeperThan(body, MAX_REASONABLE_DEPTH)) return draft;
    for (const el of Array.from(body.querySelectorAll('*')).reverse()) {
      if (!WRAPPER_TAGS.has(el.localName) || el.children.length !== 1) continue;
      if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) continue;
      el.replaceWith(el.firstElementChild!);
    }
    return draft;
  },
};

/**
 * Whether any element under `root` sits deeper than `limit`, in one walk that stops as soon as
 * one does. Walks by element links: no list of the page's elements, no map of depths.
 */
function nestsDeeperThan(root: Element, limit: number): boolean {
  let el: Element = root;
  let depth = 0;
  for (;;) {
    const child = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > limit) return true;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentElement!;
      depth--;
    }
    if (el === root) return false;
    el = el.nextElementSibling!;
  }
}
