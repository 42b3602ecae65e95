import type { Step } from '../article';
import { applySiteSelectors } from './apply-site-selectors';
import { captureLead } from './capture-lead';
import { collectMetadata } from './collect-metadata';
import { defuseClobbering } from './defuse-clobbering';
import { dropNonContent } from './drop-non-content';
import { embedsToLinks } from './embeds-to-links';
import { findArticle } from './find-article';
import { flattenDeepNesting } from './flatten-deep-nesting';
import { limitTextSize } from './limit-text-size';
import { pruneEmpty } from './prune-empty';
import { removeAdLabels } from './remove-ad-labels';
import { removeAuthorBio } from './remove-author-bio';
import { removeCommentCounters } from './remove-comment-counters';
import { removeHidden } from './remove-hidden';
import { removeImageCredits } from './remove-image-credits';
import { removeLeadingChrome } from './remove-leading-chrome';
import { removeNewsletters } from './remove-newsletters';
import { removePromoLinks } from './remove-promo-links';
import { removeShareBars } from './remove-share-bars';
import { removeTrailingSections } from './remove-trailing-sections';
import { resolveUrls } from './resolve-urls';
import { restoreLead } from './restore-lead';
import { revealLazyImages } from './reveal-lazy-images';

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
  // Remove what Readability leaves in.
  removeAdLabels,
  removePromoLinks,
  removeShareBars,
  removeNewsletters,
  removeCommentCounters,
  removeImageCredits,
  removeAuthorBio,
  removeTrailingSections,
  removeLeadingChrome,
  embedsToLinks,
  pruneEmpty,
];
