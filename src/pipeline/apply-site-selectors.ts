import type { Removal, Step } from '../article';
import { excerptOf, textOf } from '../dom/text';
import { selectorsOf } from '../rules/site-rule-lines';

/**
 * Applies the user's per-site rules: CSS selectors of elements to remove. They are data from
 * settings, never code; a selector the browser cannot parse is skipped here (the options page
 * reports it when the user types it).
 */
export const applySiteSelectors: Step = {
  name: 'apply-site-selectors',
  run(draft) {
    const selectors = selectorsOf(draft.options.siteRuleLines);
    if (selectors.length === 0 || !draft.doc.body) return draft;
    const removals: Removal[] = [];
    for (const selector of selectors) {
      let matches: Element[];
      try {
        matches = Array.from(draft.doc.body.querySelectorAll(selector));
      } catch {
        continue;
      }
      for (const el of matches) {
        if (!el.isConnected) continue;
        removals.push({ step: 'apply-site-selectors', rule: selector, text: excerptOf(textOf(el)) });
        el.remove();
      }
    }
    return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
  },
};
