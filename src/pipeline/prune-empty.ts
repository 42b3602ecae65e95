import type { Step } from '../article';
import { hasMedia } from '../dom/blocks';
import { markersIn } from '../dom/take-out';
import { visibleCharCounts } from '../dom/visible-chars';

/** Inline elements: one that holds only a space stands for that space between words. */
const INLINE = new Set(['span', 'strong', 'em', 'b', 'i', 'a']);

/**
 * Drops containers that removals emptied (no text, no media), deepest first. An inline element
 * holding only a space leaves the space: `Táborský<span> </span>z Ústavu` reads "Táborský z"
 * (corpus: seznamzpravy.cz).
 */
export const pruneEmpty: Step = {
  name: 'prune-empty',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    // Removing an empty container changes no other element's text: counted once, before.
    const visible = visibleCharCounts(root);
    const containers = Array.from(root.querySelectorAll('div, section, aside, p, ul, ol, li, span, header, footer, figure, blockquote, strong, em, b, i, a'));
    for (let i = containers.length - 1; i >= 0; i--) {
      const el = containers[i]!;
      if (visible.get(el) !== 0 || hasMedia(el) || el.querySelector('br, hr')) continue;
      // What was taken out of it keeps its place (`takeOut`): the markers stay where it was.
      if (INLINE.has(el.localName) && /\s/.test(el.textContent ?? '')) el.replaceWith(el.ownerDocument.createTextNode(' '), ...markersIn(el));
      else el.replaceWith(...markersIn(el));
    }
    return draft;
  },
};
