import type { ClutterRule } from './rule';

/** The first rule one of whose patterns matches `text` (already normalised), or null. */
export function firstMatch(rules: readonly ClutterRule[], text: string): ClutterRule | null {
  // Within one page the same text is asked about again and again: a link and the paragraph it
  // fills, a caption's parts. The answer depends on the text alone (no pattern is stateful: the
  // rules test rejects the g and y flags), so it is remembered per rule list until the engine
  // starts on another page (`forgetMatches`).
  let answers = remembered.get(rules);
  if (!answers) remembered.set(rules, (answers = new Map()));
  const known = answers.get(text);
  if (known !== undefined) return known;
  const found = firstMatchAnew(rules, text);
  // Bounded, whatever the page.
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(text, found);
  return found;
}

function firstMatchAnew(rules: readonly ClutterRule[], text: string): ClutterRule | null {
  for (const rule of rules) {
    for (const pattern of rule.patterns) if (pattern.test(text)) return rule;
  }
  return null;
}

/** Texts remembered per rule list, at most. */
const MAX_REMEMBERED = 5000;

let remembered = new WeakMap<readonly ClutterRule[], Map<string, ClutterRule | null>>();

/**
 * Forgets every remembered answer: the engine calls it before each page, so that one page's
 * answers never make another page's reading look faster than it is, nor hold its texts.
 */
export function forgetMatches(): void {
  remembered = new WeakMap();
}
