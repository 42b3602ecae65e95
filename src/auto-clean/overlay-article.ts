import type { AutoCleanResponse, ReadPage } from '../messaging';
import { cleanPage } from '../ui/clean-page';

/**
 * Cleans a page for the auto-clean overlay, in an extension context with a DOM (Chrome's
 * offscreen document, Firefox's background page): the engine's result trimmed to what the
 * overlay shows. A page that is not an article answers `{ ok: false }`, and the overlay stays away.
 */
export function overlayArticleOf(page: ReadPage, extraSelectors: readonly string[]): AutoCleanResponse {
  const result = cleanPage(page, { extraSelectors });
  if (!result.ok) return { ok: false, reason: result.reason };
  const { title, byline, siteName, publishedTime, lang, dir, leadImage, url, html, readingMinutes } = result;
  return { ok: true, article: { title, byline, siteName, publishedTime, lang, dir, leadImage, url, html, readingMinutes } };
}
