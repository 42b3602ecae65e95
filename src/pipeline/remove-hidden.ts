import type { Removal, Step } from '../article';
import { STYLE_ATTRIBUTE_IN_COPY } from '../dom/inert-markup';
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
    const candidates = body.querySelectorAll(`[hidden], [aria-hidden="true"], [style], [${STYLE_ATTRIBUTE_IN_COPY}], ${NEVER_VISIBLE}`);
    for (const el of Array.from(candidates)) {
      if (!el.isConnected) continue;
      // Most candidates only carry a `style` that hides nothing: the cheap tests come first.
      // In the reader's copy of a page, `style` is renamed before parsing (`dom/inert-markup`).
      const style = el.getAttribute('style') ?? el.getAttribute(STYLE_ATTRIBUTE_IN_COPY);
      const hiddenByStyle = style !== null && HIDDEN_STYLE.test(style);
      const hiddenByAttr = !hiddenByStyle && (el.hasAttribute('hidden') || isNeverVisible(el));
      let text: string | null = null;
      const hiddenByAria = !hiddenByStyle && !hiddenByAttr && el.getAttribute('aria-hidden') === 'true' && (text = textOf(el)) !== '';
      if (!hiddenByAttr && !hiddenByAria && !hiddenByStyle) continue;
      text ??= textOf(el);
      el.remove();
      if (text) removals.push({ step: 'remove-hidden', rule: hiddenByStyle ? 'inline-style' : hiddenByAttr ? 'hidden-attribute' : 'aria-hidden', text: excerptOf(text) });
    }
    return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
  },
};

/** `NEVER_VISIBLE`, by tag and attribute: matching a selector on each candidate costs more. */
function isNeverVisible(el: Element): boolean {
  switch (el.localName) {
    case 'template':
      return true;
    case 'dialog':
      return !el.hasAttribute('open');
    case 'input':
      return el.getAttribute('type')?.toLowerCase() === 'hidden';
    default:
      return false;
  }
}
