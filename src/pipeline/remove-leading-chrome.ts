import type { Removal, Step } from '../article';
import { isProse, textLeaves } from '../dom/blocks';
import { excerptOf, linkDensity, textOf } from '../dom/text';
import { takeOut } from '../dom/take-out';

/** Breadcrumbs and category labels above the first paragraph are a few words of links. */
export const MAX_LEADING_LINK_CHARS = 60;
/** A kicker ("Tech", "Sociedad", "Isère Nord") is at most this many words, with no sentence. */
export const MAX_KICKER_WORDS = 3;
export const MAX_KICKER_CHARS = 30;

/**
 * Drops navigation left above the article's first paragraph: short lines that are entirely
 * links (a breadcrumb "Accueil › Tech") and section kickers of a word or three ("Tech",
 * "Sociedad"). A standfirst or a caption stays, a subheading (h2–h6) stays, and nothing after
 * the first prose paragraph is looked at.
 */
export const removeLeadingChrome: Step = {
  name: 'remove-leading-chrome',
  run(draft) {
    const root = draft.root;
    if (!root) return draft;
    const chrome: { leaf: Element; removal: Removal }[] = [];
    // Chrome leads something: a page whose every line looks like a kicker ("Test") has nothing after it.
    let leads = false;
    for (const leaf of textLeaves(root)) {
      const text = textOf(leaf);
      if (isProse(leaf, text)) {
        leads = true;
        break;
      }
      const linkLine = text.length <= MAX_LEADING_LINK_CHARS && (linkDensity(leaf, text.length) >= 0.95 || onlySeparatorsOutsideLinks(leaf));
      const kicker = !/^h[2-6]$/.test(leaf.localName) && isKicker(text);
      if (leaf.closest('figure, figcaption, table') || (!linkLine && !kicker)) {
        leads ||= chrome.length > 0;
        continue;
      }
      chrome.push({ leaf, removal: { step: 'remove-leading-chrome', rule: linkLine ? 'leading-link-line' : 'kicker', text: excerptOf(text) } });
    }
    if (!leads || chrome.length === 0) return draft;
    return { ...draft, removals: [...draft.removals, ...chrome.map((c) => takeOut(c.removal, c.leaf))] };
  },
};

function isKicker(text: string): boolean {
  return text.length <= MAX_KICKER_CHARS && text.split(' ').length <= MAX_KICKER_WORDS && !/[.!?:;…]$/.test(text);
}

/** "Home / Local / Transport", "Startseite › Region": links joined by separators only. */
function onlySeparatorsOutsideLinks(leaf: Element): boolean {
  if (!leaf.querySelector('a')) return false;
  const walker = leaf.ownerDocument.createTreeWalker(leaf, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a')) continue;
    if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return false;
  }
  return true;
}
