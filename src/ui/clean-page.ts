import type { ExtractResult } from '../article';
import { extract, extractInSlices } from '../extract';
import type { ReadPage } from '../messaging';

/**
 * Cleans a serialised page inside an extension context: parsed with `DOMParser`, which gives an
 * inert document (no script runs, no image loads), then handed to the engine with the page's
 * address (the engine resolves the page's URLs itself) and the user's rules for its site
 * (`extraSelectors`, from `settings.siteRules`). The live page was only read.
 */
export function cleanPage(page: ReadPage, options: { force?: boolean; extraSelectors?: readonly string[] } = {}): ExtractResult {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  // The parsed document is this call's own: the engine cleans it without copying it again.
  return extract(doc, page.url, { force: options.force ?? false, extraSelectors: options.extraSelectors ?? [], ownsSource: true });
}

/**
 * `cleanPage` for the reader: the same work in slices, yielding to the browser on a heavy page
 * so that the reader paints `onProgress` (0…1) and stays responsive.
 */
export function cleanPageInSlices(
  page: ReadPage,
  options: { force?: boolean; extraSelectors?: readonly string[] } = {},
  onProgress?: (fraction: number) => void,
): Promise<ExtractResult> {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return extractInSlices(
    doc,
    page.url,
    { force: options.force ?? false, extraSelectors: options.extraSelectors ?? [], ownsSource: true },
    onProgress && ((done, total) => onProgress(done / total)),
  );
}
