import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A feedback widget is a question and its buttons. */
export const MAX_FEEDBACK_CHARS = 200;

/** Drops "was this article helpful?" widgets, their yes/no buttons and their thanks. */
export const removeFeedbackWidgets: Step = {
  name: 'remove-feedback-widgets',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-feedback-widgets',
      kind: 'feedback',
      maxChars: MAX_FEEDBACK_CHARS,
      wrapperSlack: 60,
    });
  },
};
