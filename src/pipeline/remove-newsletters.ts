import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A sign-up box says one or two sentences; longer blocks are prose about a newsletter. */
export const MAX_NEWSLETTER_CHARS = 400;

/** Drops newsletter and subscription invitations ("Inscrivez-vous à notre newsletter"). */
export const removeNewsletters: Step = {
  name: 'remove-newsletters',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-newsletters',
      kind: 'newsletter',
      maxChars: MAX_NEWSLETTER_CHARS,
      wrapperSlack: 60,
    });
  },
};
