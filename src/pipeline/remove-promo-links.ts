import type { Step } from '../article';
import { linkDensity, textOf } from '../dom/text';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** Cross-promotion lines are a lead-in and a headline; longer blocks are prose. */
export const MAX_PROMO_CHARS = 300;
/** Without a link, only a short line can be a promo (">> Vous n'allez pas le croire … <<"). */
export const MAX_UNLINKED_PROMO_CHARS = 200;

/**
 * Drops promo cross-links between paragraphs (">> … <<", "» À LIRE AUSSI :", "Read more:",
 * "Lesen Sie auch:", "Leggi anche:"). A lead-in alone ("À lire aussi") takes the short link list
 * right after it too.
 */
export const removePromoLinks: Step = {
  name: 'remove-promo-links',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-promo-links',
      kind: 'promo-link',
      maxChars: MAX_PROMO_CHARS,
      wrapperSlack: 20,
      accept(el, text) {
        const linked = !!el.querySelector('a') || !!el.closest('a');
        if (!linked && text.length > MAX_UNLINKED_PROMO_CHARS) return false;
        // A subheading "Pour aller plus loin : le bois" followed by prose is the article's own;
        // one followed by a list of links ("RELATED STORIES" and three headlines) is a promo.
        return linked || !/^h[1-6]$/.test(el.localName) || linkListAfter(el) !== null;
      },
      // A bare lead-in ("À lire aussi") introduces the link list right after it.
      alsoRemove(target) {
        if (target.querySelector('a') || target.closest('a')) return null;
        return linkListAfter(target);
      },
    });
  },
};

/** The short, link-dense block right after `el`: the headlines a lead-in introduces. */
function linkListAfter(el: Element): Element | null {
  const next = el.nextElementSibling;
  return next && textOf(next).length <= MAX_PROMO_CHARS * 2 && linkDensity(next) > 0.7 ? next : null;
}
