import { oneLine } from '../dom/text';

/**
 * A site's rules as the user keeps them (`settings.siteRules`, one list of lines per site, edited
 * on the options page, exported with the settings): each line is data, never code.
 *
 * - `.share-tools`: a CSS selector; what it matches goes before the article is looked for.
 * - `remove: <words>`: the block of the article whose text is these words goes (Épure's "Remove
 *   something", saved with "Always remove on <site>"). Words survive a site's class-name churn,
 *   where a selector of generated class names does not.
 * - `keep: <words>`: a removal with this text is put back (a removed item's "Always keep on
 *   <site>").
 *
 * A line that starts with `remove: ` or `keep: ` is never a selector: a CSS selector cannot have
 * a space right after a pseudo-class colon.
 */
export type SiteRule = { kind: 'selector'; selector: string } | { kind: 'remove-text'; text: string } | { kind: 'keep-text'; text: string };

const REMOVE = 'remove: ';
const KEEP = 'keep: ';

/** Longest text a rule keeps: a block's opening words name it well enough, and settings stay small. */
export const MAX_RULE_TEXT = 160;

/** Text as rules compare it: spaces collapsed, case folded, cut at `MAX_RULE_TEXT` characters. */
export function ruleText(text: string): string {
  return [...oneLine(text)].slice(0, MAX_RULE_TEXT).join('').replace(/…$/, '').trim();
}

/** What one line of a site's rules says. */
export function readSiteRule(line: string): SiteRule {
  const trimmed = line.trim();
  if (trimmed.startsWith(REMOVE)) return { kind: 'remove-text', text: ruleText(trimmed.slice(REMOVE.length)) };
  if (trimmed.startsWith(KEEP)) return { kind: 'keep-text', text: ruleText(trimmed.slice(KEEP.length)) };
  return { kind: 'selector', selector: trimmed };
}

/** The line that removes the block whose text is `text`. */
export function removeLine(text: string): string {
  return `${REMOVE}${ruleText(text)}`;
}

/** The line that keeps a removal whose text is `text`. */
export function keepLine(text: string): string {
  return `${KEEP}${ruleText(text)}`;
}

/**
 * Whether a block or a removal with `text` is the one a rule's `pattern` names: the same words,
 * or, for a long text, the same opening words (a rule keeps at most `MAX_RULE_TEXT`).
 */
export function ruleTextMatches(pattern: string, text: string): boolean {
  if (!pattern) return false;
  const wanted = pattern.toLowerCase();
  const actual = ruleText(text).toLowerCase();
  return actual === wanted || ([...wanted].length >= MAX_RULE_TEXT - 1 && actual.startsWith(wanted));
}

/** The selectors among a site's lines (the others are text rules). */
export function selectorsOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const rule = readSiteRule(line);
    return rule.kind === 'selector' && rule.selector ? [rule.selector] : [];
  });
}

/** The words of one kind of text rule among a site's lines. */
export function textRulesOf(lines: readonly string[], kind: 'remove-text' | 'keep-text'): string[] {
  return lines.flatMap((line) => {
    const rule = readSiteRule(line);
    return rule.kind === kind && rule.text ? [rule.text] : [];
  });
}
