import type { Removal, Step } from '../article';
import { excerptOf, textOf } from '../dom/text';

/** Inline styles that hide an element from every reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Elements that are never visible article content. */
const NEVER_VISIBLE = 'template, dialog:not([open]), input[type="hidden"]';

/**
 * Drops what the page hides: `hidden`, `aria-hidden="true"`, inline `display:none` /
 * `visibility:hidden`. Hidden text is not part of the article a person reads (screen-reader
 * duplicates, collapsed menus, cookie dialogs). Images marked `aria-hidden` are kept when they
 * are the only content (decorative wrappers around real lead images are common).
 */
export const removeHidden: Step = {
  name: 'remove-hidden',
  run(draft) {
    const body = draft.doc.body;
    if (!body) return draft;
    const removals: Removal[] = [];
    const candidates = body.querySelectorAll(`[hidden], [aria-hidden="true"], [style], ${NEVER_VISIBLE}`);
    for (const el of Array.from(candidates)) {
      if (!el.isConnected) continue;
      const style = el.getAttribute('style');
      const hiddenByAttr = el.hasAttribute('hidden') || el.matches(NEVER_VISIBLE);
      const hiddenByAria = el.getAttribute('aria-hidden') === 'true' && textOf(el) !== '' ;
      const hiddenByStyle = style !== null && HIDDEN_STYLE.test(style);
      if (!hiddenByAttr && !hiddenByAria && !hiddenByStyle) continue;
      const text = textOf(el);
      el.remove();
      if (text) removals.push({ step: 'remove-hidden', rule: hiddenByStyle ? 'inline-style' : hiddenByAttr ? 'hidden-attribute' : 'aria-hidden', text: excerptOf(text) });
    }
    return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
  },
};
