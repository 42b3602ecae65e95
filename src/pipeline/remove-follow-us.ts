import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** An invitation to follow the site is a line or two. */
export const MAX_FOLLOW_US_CHARS = 300;

/** Drops invitations to follow the site elsewhere: social networks, WhatsApp channels, apps, Google News. */
export const removeFollowUs: Step = {
  name: 'remove-follow-us',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-follow-us',
      kind: 'follow-us',
      maxChars: MAX_FOLLOW_US_CHARS,
      wrapperSlack: 80,
    });
  },
};
