import type { Removal, Step } from '../article';
import { excerptOf, textOf } from '../dom/text';
import { selectorsOf } from '../rules/site-rule-lines';
import { takesTooMuch } from './apply-site-text-rules';

/**
 * Applies the user's per-site rules: CSS selectors of elements to remove. They are data from
 * settings, never code; a selector the browser cannot parse is skipped here (the options page
 * reports it when the user types it). It runs on the page, before the article is found: a
 * selector whose elements hold most of the page's paragraph text (`article`, `main`, `p`) would
 * take the article with it, and is declined, for the reader to say so.
 */
export const applySiteSelectors: Step = {
  name: 'apply-site-selectors',
  run(draft) {
    const selectors = selectorsOf(draft.options.siteRuleLines);
    if (selectors.length === 0 || !draft.doc.body) return draft;
    const removals: Removal[] = [];
    const declined: string[] = [];
    // Each paragraph's length read once, for every selector to weigh its matches against.
    const paragraphs = Array.from(draft.doc.body.querySelectorAll('p'), (p) => ({ p, length: textOf(p).length }));
    const prose = paragraphs.reduce((sum, { length }) => sum + length, 0);
    for (const selector of selectors) {
      let matches: Element[];
      try {
        matches = Array.from(draft.doc.body.querySelectorAll(selector));
      } catch {
        continue;
      }
      const taken = paragraphs.reduce((sum, { p, length }) => sum + (matches.some((el) => el.contains(p)) ? length : 0), 0);
      if (takesTooMuch(taken, prose)) {
        declined.push(selector);
        continue;
      }
      for (const el of matches) {
        if (!el.isConnected) continue;
        removals.push({ step: 'apply-site-selectors', rule: selector, text: excerptOf(textOf(el)) });
        el.remove();
      }
    }
    if (!removals.length && !declined.length) return draft;
    return { ...draft, removals: [...draft.removals, ...removals], declined: [...(draft.declined ?? []), ...declined] };
  },
};
