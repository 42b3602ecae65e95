import type { AutoCleanResponse, ReadPage } from '../messaging';
import { cleanPage } from './clean-page';

/**
 * Cleans a page for the auto-clean overlay, in an extension context with a DOM (Chrome's
 * offscreen document, Firefox's background page): the engine's result trimmed to what the
 * overlay shows. A page that is not an article, or only a short one, answers `{ ok: false }`, and
 * the overlay stays away.
 */
export function overlayArticleOf(page: ReadPage, siteRuleLines: readonly string[]): AutoCleanResponse {
  // Nobody asked: only an unmistakable article covers the page (a short one is left alone).
  const result = cleanPage(page, { siteRuleLines, strict: true });
  if (!result.ok) return { ok: false, reason: result.reason };
  const { title, byline, siteName, publishedTime, lang, dir, leadImage, url, html, readingMinutes } = result;
  return { ok: true, article: { title, byline, siteName, publishedTime, lang, dir, leadImage, url, html, readingMinutes } };
}
