import type { Removal } from '../article';
import { languageName } from '../shared/format';
import { orKey, type GetMessage } from '../shared/i18n';

/** Rule ids that are not `<kind>/<lang>/<slug>` records but fixed checks, each with its words. */
const FIXED_RULES: Record<string, string> = {
  'inline-style': 'rule_inline_style',
  'hidden-attribute': 'rule_hidden_attribute',
  'aria-hidden': 'rule_aria_hidden',
  'link-tail': 'rule_link_tail',
  'leading-link-line': 'rule_leading_link_line',
  'heading-without-section': 'rule_heading_without_section',
  kicker: 'rule_kicker',
};

const RULE_ID = /^([a-z][a-z-]*)\/([a-z]{2}|\*)\/(.+)$/;

/** The i18n key of a pipeline step's name in words: `remove-ad-labels` → `step_remove_ad_labels`. */
export function stepMessageKey(step: string): string {
  return `step_${step.replace(/-/g, '_')}`;
}

/** What the step did, in words ("Advertising label"); the raw step name if it has none. */
export function describeStep(step: string, t: GetMessage): string {
  return t(stepMessageKey(step)) || step;
}

/** Which rule matched, in words ("French wording Épure knows"). */
export function describeRule(removal: Removal, t: GetMessage, locale: string): string {
  const fixed = FIXED_RULES[removal.rule];
  if (fixed) return orKey(t, fixed);
  if (removal.step === 'apply-site-selectors') return orKey(t, 'rule_selector', removal.rule);
  if (removal.step === 'apply-site-text-rules') return orKey(t, 'rule_yours');
  // A rule of Épure's own, in words: which language's wording, or its form; never its id.
  const record = RULE_ID.exec(removal.rule);
  if (record) {
    const [, , lang] = record as unknown as [string, string, string];
    return lang === '*' ? orKey(t, 'rule_wording_any') : orKey(t, 'rule_wording_lang', languageName(lang, locale));
  }
  return orKey(t, 'rule_unknown', removal.rule);
}

/** Why a block was removed, in one line: "Advertising label — French wording Épure knows". */
export function describeRemoval(removal: Removal, t: GetMessage, locale: string): string {
  return orKey(t, 'removalReason', [describeStep(removal.step, t), describeRule(removal, t, locale)]);
}
