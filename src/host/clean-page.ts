import type { ExtractOptions, ExtractResult } from '../article';
import { extract, extractInSlices } from '../extract';
import { inertMarkup } from '../dom/inert-markup';
import type { ReadPage } from '../messaging';

export interface CleanOptions {
  force?: boolean;
  /** Auto-clean: a short result is refused too (see `ExtractOptions.strict`). */
  strict?: boolean;
  siteRuleLines?: readonly string[];
  /** "Clean anyway" on a too-large page: no limit on its elements or its text (slower). */
  anyway?: boolean;
}

/**
 * Whether this page is a Chromium extension page, whose CSP Chromium checks a `DOMParser` copy
 * against, reporting each inline style and handler (`src/dom/inert-markup.ts`). Elsewhere (web
 * pages, Firefox, Node) they keep their names: renaming would be work for nothing.
 */
const CHECKS_INERT_COPIES = globalThis.location?.protocol === 'chrome-extension:';

/**
 * The page's inert copy: its markup parsed with `DOMParser` (no script runs, no image loads),
 * without the <style>, <script> (JSON-LD stays) and icon <svg> elements the engine would drop
 * first thing (`inertMarkup`): not parsing them spares about a fifth of the parse (`npm run bench`).
 */
export function parseCopy(html: string): Document {
  return new DOMParser().parseFromString(inertMarkup(html, { rename: CHECKS_INERT_COPIES }), 'text/html');
}

/**
 * The serialised page parsed with `DOMParser`, which gives an inert document (no script runs,
 * no image loads), and the engine's options for it: the user's rules for its site
 * (`siteRuleLines`, from `settings.siteRules`), and `ownsSource`, since the parsed document is
 * this call's own: the engine cleans it without copying it again, and `markupChars`, which
 * spares it counting the text of a page whose markup is short. The live page was only read.
 */
function parsed(page: ReadPage, options: CleanOptions): { doc: Document; options: ExtractOptions } {
  return {
    doc: parseCopy(page.html),
    options: {
      force: options.force ?? false,
      strict: options.strict ?? false,
      siteRuleLines: options.siteRuleLines ?? [],
      ownsSource: true,
      markupChars: page.html.length,
      ...(options.anyway ? { maxElements: Number.POSITIVE_INFINITY, maxTextChars: Number.POSITIVE_INFINITY } : {}),
    },
  };
}

/** Cleans a serialised page inside an extension context (the engine resolves its URLs itself). */
export function cleanPage(page: ReadPage, options: CleanOptions = {}): ExtractResult {
  const { doc, options: engineOptions } = parsed(page, options);
  return extract(doc, page.url, engineOptions);
}

/**
 * `cleanPage` for the reader: the same work in slices, yielding to the browser on a heavy page
 * so that the reader paints `onProgress` (0…1) and stays responsive.
 */
export function cleanPageInSlices(page: ReadPage, options: CleanOptions = {}, onProgress?: (fraction: number) => void): Promise<ExtractResult> {
  const { doc, options: engineOptions } = parsed(page, options);
  return extractInSlices(doc, page.url, engineOptions, onProgress && ((done, total) => onProgress(done / total)));
}
