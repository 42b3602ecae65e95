import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A sponsorship or affiliate notice is a line or two. */
export const MAX_SPONSORED_CHARS = 400;

/** Drops sponsorship and affiliate notices ("In partnership with …", "Contenu sponsorisé", "We may earn a commission"). */
export const removeSponsoredBlocks: Step = {
  name: 'remove-sponsored-blocks',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-sponsored-blocks',
      kind: 'sponsored',
      maxChars: MAX_SPONSORED_CHARS,
      wrapperSlack: 120,
    });
  },
};
