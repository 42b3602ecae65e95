import type { Step } from '../article';
import { removeMatchingBlocks } from './remove-matching-blocks';

/** A consent notice runs to a few sentences; a paragraph about privacy law is longer or does not open so. */
export const MAX_CONSENT_CHARS = 800;

/**
 * Drops cookie and consent notices left in the page, and the placeholders of embeds blocked until
 * consent ("We use cookies…", "Ce contenu est bloqué…", "Externer Inhalt"). On a consent wall
 * they are all Readability found, and the page is then refused as having no article text
 * (fixtures `not-article-consent-*`).
 */
export const removeConsentNotices: Step = {
  name: 'remove-consent-notices',
  run(draft) {
    return removeMatchingBlocks(draft, {
      step: 'remove-consent-notices',
      kind: 'consent',
      maxChars: MAX_CONSENT_CHARS,
      wrapperSlack: 200,
    });
  },
};
