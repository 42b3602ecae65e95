import type { Removal, Step } from '../article';
import { takeOut } from '../dom/take-out';
import { excerptOf, textOf } from '../dom/text';
import { removeLine, ruleTextMatches, textRulesOf } from '../rules/site-rule-lines';

/**
 * A rule may take at most this share of the article's text: a block that holds more is the
 * article, not clutter, and the rule is not applied (the reader refuses to save such a rule).
 */
export const MAX_RULE_SHARE = 0.5;

/**
 * Whether a rule that would take `taken` characters of a text `whole` characters long takes too
 * much (`MAX_RULE_SHARE`). The one check for every rule of the user's: a saved selector (against
 * the page's paragraph text, before the article is found), a saved `remove:` line (against the
 * article's text, in the engine and on a kept article) and a block picked in the reader.
 */
export function takesTooMuch(taken: number, whole: number): boolean {
  return whole > 0 && taken > whole * MAX_RULE_SHARE;
}

/**
 * Applies the user's `remove: <words>` rules for the site (`src/rules/site-rule-lines.ts`): the
 * outermost block of the article whose text is those words goes, taken out so that Restore can
 * put it back. Runs after Épure's own clean-up, on what the reader would show.
 */
export const applySiteTextRules: Step = {
  name: 'apply-site-text-rules',
  run(draft) {
    const root = draft.root;
    const patterns = textRulesOf(draft.options.siteRuleLines, 'remove-text');
    if (!root || patterns.length === 0) return draft;
    // Taken out, not just removed: the reader can put it back where it was.
    const { removals, declined } = removeNamedBlocks(root, patterns, (el, removal) => takeOut(removal, el));
    if (!removals.length && !declined.length) return draft;
    return { ...draft, removals: [...draft.removals, ...removals], declined: [...(draft.declined ?? []), ...declined] };
  },
};

/**
 * Takes out of `root`, with `take`, the blocks the `remove:` rules' `patterns` name, as the user's
 * removals; a rule naming a block that holds most of `root`'s text (`takesTooMuch`) takes nothing
 * and is listed in `declined`, once. The engine's step and a kept article's reading (restore.ts)
 * share it, so that both apply a saved rule alike.
 */
export function removeNamedBlocks(
  root: Element,
  patterns: readonly string[],
  take: (el: Element, removal: Removal) => Removal,
): { removals: Removal[]; declined: string[] } {
  const total = textOf(root).length;
  const removals: Removal[] = [];
  const declined: string[] = [];
  for (const pattern of patterns) {
    for (const el of outermostMatches(root, pattern)) {
      const text = textOf(el);
      if (takesTooMuch(text.length, total)) {
        if (!declined.includes(removeLine(pattern))) declined.push(removeLine(pattern));
        continue;
      }
      removals.push(take(el, { step: 'apply-site-text-rules', rule: removeLine(pattern), text: excerptOf(text) }));
    }
  }
  return { removals, declined };
}

/** The elements under `root` whose text `pattern` names, none inside another. */
export function outermostMatches(root: Element, pattern: string): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (ruleTextMatches(pattern, textOf(child))) found.push(child);
      else walk(child);
    }
  };
  walk(root);
  return found;
}
