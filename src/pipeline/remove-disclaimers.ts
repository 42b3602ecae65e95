import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** An editorial disclaimer is a sentence or two. */
export const MAX_DISCLAIMER_CHARS = 300;

/**
 * Drops editorial disclaimers ("The views expressed are the author's own", "Dieser Beitrag gibt
 * die Meinung des Autors wieder", "Les propos n'engagent que leur auteur").
 */
export const removeDisclaimers: Step = {
  name: 'remove-disclaimers',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-disclaimers',
      kind: 'disclaimer',
      maxChars: MAX_DISCLAIMER_CHARS,
      wrapperSlack: 40,
    });
  },
};
