import type { ClutterRule } from './rule';

/** The first rule one of whose patterns matches `text` (already normalised), or null. */
export function firstMatch(rules: readonly ClutterRule[], text: string): ClutterRule | null {
  for (const rule of rules) {
    for (const pattern of rule.patterns) if (pattern.test(text)) return rule;
  }
  return null;
}
