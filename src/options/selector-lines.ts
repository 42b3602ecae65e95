import { readSiteRule } from '../rules/site-rule-lines';
import { MAX_SELECTOR_LENGTH } from '../settings/settings';

export type SelectorLines =
  | { ok: true; selectors: string[] }
  | { ok: false; line: number; selector: string; reason: 'syntax' | 'too-long' };

/**
 * Reads a site's rules as typed: one rule per line (a CSS selector, `remove: <words>` or
 * `keep: <words>`: `src/rules/site-rule-lines.ts`), blank lines and repeats left out. Each
 * selector is checked by the browser's own parser on an empty fragment (nothing is matched,
 * nothing runs: a selector is data); the first bad line is named with its number.
 */
export function parseSelectorLines(text: string, doc: Document): SelectorLines {
  const selectors: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const selector = raw.trim();
    if (!selector) continue;
    if (selector.length > MAX_SELECTOR_LENGTH) return { ok: false, line: index + 1, selector, reason: 'too-long' };
    const rule = readSiteRule(selector);
    if (rule.kind !== 'selector') {
      if (!rule.text) return { ok: false, line: index + 1, selector, reason: 'syntax' };
      if (!selectors.includes(selector)) selectors.push(selector);
      continue;
    }
    try {
      doc.createDocumentFragment().querySelector(selector);
    } catch {
      return { ok: false, line: index + 1, selector, reason: 'syntax' };
    }
    if (!selectors.includes(selector)) selectors.push(selector);
  }
  return { ok: true, selectors };
}
