import type { Removal, Step } from '../article';
import { climbWrapper, shortElements } from '../dom/blocks';
import { excerptOf } from '../dom/text';
import { takeOut } from '../dom/take-out';
import { rulesOfKind } from '../rules/registry';
import { firstMatch } from '../rules/match';
import { normaliseText, type ClutterRule } from '../rules/rule';

/** A share bar is a handful of short labels. */
export const MAX_SHARE_BAR_CHARS = 200;

/**
 * Drops share bars: blocks whose every piece of text is a share label or a network's name
 * ("Partager", "Facebook", "X", "E-mail"). A sentence that names Facebook is not a share bar,
 * because its other words match no share rule.
 */
export const removeShareBars: Step = {
  name: 'remove-share-bars',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    const rules = rulesOfKind('share', draft.meta.lang);
    const followUs = rulesOfKind('follow-us', draft.meta.lang);
    const removals: Removal[] = [];
    for (const { el, text } of shortElements(root, MAX_SHARE_BAR_CHARS)) {
      const bar = phraseLabel(text, rules, followUs) ?? piecesLabel(el, rules);
      if (!bar || el.closest('figcaption, pre, table')) continue;
      // One lone word ("Email", "Print") in a paragraph of its own is a share button only if it links or is a button.
      if (bar.lone && !el.matches('a, button, ul, ol, nav') && !el.querySelector('a, button')) continue;
      removals.push(takeOut({ step: 'remove-share-bars', rule: bar.rule.id, text: excerptOf(text) }, climbWrapper(el, root, text, 10)));
    }
    return removals.length ? { ...draft, removals: [...draft.removals, ...removals] } : draft;
  },
};

/** The separate texts a bar shows, in order: each text node's words, split on separators like "|" or "·". */
function* textPieces(el: Element): Generator<string> {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of (node.textContent ?? '').split(/[|·•/]/)) {
      const piece = normaliseText(part);
      if (piece) yield piece;
    }
  }
}

interface BarLabel {
  rule: ClutterRule;
  /** The bar is one lone word, which only a link or a button makes a share button. */
  lone: boolean;
}

/**
 * A share bar's label phrase, its buttons gone ("Den Artikel mit anderen teilen/diskutieren:"):
 * the whole text is one share label of several words, or one that introduces buttons. "Follow
 * us on X for …" is the follow-us step's to name.
 */
function phraseLabel(text: string, rules: readonly ClutterRule[], followUs: readonly ClutterRule[]): BarLabel | null {
  if (!isLabelPhrase(text) || firstMatch(followUs, text)) return null;
  const rule = firstMatch(rules, text);
  return rule ? { rule, lone: false } : null;
}

/**
 * Every piece of the bar is a share label: the first piece that is not ends the test, and most
 * short blocks (a link, a list item of prose) fail on their first piece.
 */
function piecesLabel(el: Element, rules: readonly ClutterRule[]): BarLabel | null {
  let first: ClutterRule | null = null;
  let pieces = 0;
  for (const piece of textPieces(el)) {
    const rule = firstMatch(rules, piece);
    if (!rule) return null;
    first ??= rule;
    pieces++;
  }
  return first ? { rule: first, lone: pieces === 1 } : null;
}

/** Three words or more, or a label ending with a colon: never a lone button's word. */
function isLabelPhrase(text: string): boolean {
  return text.split(' ').length >= 3 || /[:：]$/.test(text);
}
