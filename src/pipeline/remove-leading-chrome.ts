import type { Removal, Step } from '../article';
import { isProse, textLeaves } from '../dom/blocks';
import { excerptOf, linkDensity, textOf } from '../dom/text';

/** Breadcrumbs and category labels above the first paragraph are a few words of links. */
export const MAX_LEADING_LINK_CHARS = 60;

/**
 * Drops navigation left above the article's first paragraph: short lines that are entirely
 * links (a breadcrumb "Accueil › Tech", a category tag "Tech"). Text that is not a link (a
 * standfirst, a caption) stays, and nothing after the first prose paragraph is looked at.
 */
export const removeLeadingChrome: Step = {
  name: 'remove-leading-chrome',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    const removals: Removal[] = [];
    for (const leaf of textLeaves(root)) {
      if (isProse(leaf)) break;
      if (leaf.closest('figure, figcaption, table')) continue;
      const text = textOf(leaf);
      if (text.length > MAX_LEADING_LINK_CHARS || linkDensity(leaf) < 0.95) continue;
      leaf.remove();
      removals.push({ step: 'remove-leading-chrome', rule: 'leading-link-line', text: excerptOf(text) });
    }
    return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
  },
};
