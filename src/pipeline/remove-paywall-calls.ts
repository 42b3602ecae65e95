import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A subscription call is a sentence or two and an offer; longer blocks are prose about subscriptions. */
export const MAX_PAYWALL_CHARS = 400;

/**
 * Drops the calls to subscribe or log in that stand where a paywalled article stops ("Subscribe
 * to read the full article", "Déjà abonné ? Connectez-vous"), with the offer box around them.
 * The free part of the article stays: it is what the reader shows (fixture `keep-paywall-pt`).
 */
export const removePaywallCalls: Step = {
  name: 'remove-paywall-calls',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-paywall-calls',
      kind: 'paywall',
      maxChars: MAX_PAYWALL_CHARS,
      wrapperSlack: 120,
    });
  },
};
