import type { Step } from '../article';
import { hasMedia } from '../dom/blocks';
import { visibleCharCounts } from '../dom/visible-chars';

/** Drops containers that removals emptied (no text, no media), deepest first. */
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
      if (visible.get(el) === 0 && !hasMedia(el) && !el.querySelector('br, hr')) el.remove();
    }
    return draft;
  },
};
