import type { Step } from '../article';
import { applySiteSelectors } from './apply-site-selectors';
import { applySiteTextRules } from './apply-site-text-rules';
import { captureLead } from './capture-lead';
import { collectMetadata } from './collect-metadata';
import { defuseClobbering } from './defuse-clobbering';
import { dropNonContent } from './drop-non-content';
import { embedsToLinks } from './embeds-to-links';
import { findArticle } from './find-article';
import { flattenDeepNesting } from './flatten-deep-nesting';
import { limitTextSize } from './limit-text-size';
import { markCodeLanguages } from './mark-code-languages';
import { pruneEmpty } from './prune-empty';
import { removeAdLabels } from './remove-ad-labels';
import { removeAuthorBio } from './remove-author-bio';
import { removeCommentCounters } from './remove-comment-counters';
import { removeConsentNotices } from './remove-consent-notices';
import { removeDisclaimers } from './remove-disclaimers';
import { removeFeedbackWidgets } from './remove-feedback-widgets';
import { removeFollowUs } from './remove-follow-us';
import { removeGalleryCounters } from './remove-gallery-counters';
import { removeHidden } from './remove-hidden';
import { removeImageCredits } from './remove-image-credits';
import { removeLeadingChrome } from './remove-leading-chrome';
import { removeNewsletters } from './remove-newsletters';
import { removePaywallCalls } from './remove-paywall-calls';
import { removePromoLinks } from './remove-promo-links';
import { removeShareBars } from './remove-share-bars';
import { removeSponsoredBlocks } from './remove-sponsored-blocks';
import { removeTagLists } from './remove-tag-lists';
import { removeTrailingSections } from './remove-trailing-sections';
import { resolveUrls } from './resolve-urls';
import { restoreLead } from './restore-lead';
import { revealLazyImages } from './reveal-lazy-images';
import { unwrapImageLinks } from './unwrap-image-links';

/**
 * The ordered steps that run on Épure's copy of the page (made by `copyPage`). First the copy is
 * made safe and complete for Readability, then Readability finds the article, then the clutter
 * it leaves in goes, most specific signal first. Sanitizing and rendering follow in `extract`.
 */
export const STEPS: readonly Step[] = [
  // Prepare the copy.
  defuseClobbering,
  flattenDeepNesting,
  revealLazyImages,
  markCodeLanguages,
  removeHidden,
  applySiteSelectors,
  collectMetadata,
  captureLead,
  dropNonContent,
  limitTextSize,
  // Find the article.
  findArticle,
  resolveUrls,
  restoreLead,
  // Remove what Readability leaves in. A sponsored box first: its "Sponsored content" label is
  // also an ad label, and alone it would leave the sponsored teaser behind.
  removeSponsoredBlocks,
  removeAdLabels,
  removePromoLinks,
  removeShareBars,
  removeNewsletters,
  removePaywallCalls,
  removeConsentNotices,
  removeFeedbackWidgets,
  removeFollowUs,
  removeDisclaimers,
  removeGalleryCounters,
  removeTagLists,
  removeCommentCounters,
  removeImageCredits,
  removeAuthorBio,
  removeTrailingSections,
  removeLeadingChrome,
  // The user's own `remove: <words>` rules, on what the reader would show.
  applySiteTextRules,
  embedsToLinks,
  unwrapImageLinks,
  pruneEmpty,
];
