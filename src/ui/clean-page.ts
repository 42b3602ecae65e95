import type { ExtractResult } from '../article';
import { extract } from '../extract';
import type { ReadPage } from '../messaging';

/**
 * Cleans a serialised page inside an extension context: parsed with `DOMParser`, which gives an
 * inert document (no script runs, no image loads), then handed to the engine with the page's
 * address (the engine resolves the page's URLs itself) and the user's rules for its site
 * (`extraSelectors`, from `settings.siteRules`). The live page was only read.
 */
export function cleanPage(page: ReadPage, options: { force?: boolean; extraSelectors?: readonly string[] } = {}): ExtractResult {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return extract(doc, page.url, { force: options.force ?? false, extraSelectors: options.extraSelectors ?? [] });
}
