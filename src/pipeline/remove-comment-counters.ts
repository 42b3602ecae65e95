import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

export const MAX_COMMENT_COUNTER_CHARS = 60;

/** Drops comment counters and calls to comment ("42 comments", "Réagir", "Kommentare (12)"). */
export const removeCommentCounters: Step = {
  name: 'remove-comment-counters',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-comment-counters',
      kind: 'comments',
      maxChars: MAX_COMMENT_COUNTER_CHARS,
      wrapperSlack: 10,
      // A heading "Comments (12)" opens the comment section: remove-trailing-sections takes it whole.
      accept: (el) => !/^h[1-6]$/.test(el.localName),
    });
  },
};
