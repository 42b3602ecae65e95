import browser from 'webextension-polyfill';
import { isSerialisedPage, type SerialisedPage } from '../messaging';
import { classifyInjectionError, isRestrictedUrl, type InjectionFailure } from './restricted-url';

/** The built content script (`entrypoints/extract-page.ts`). */
export const EXTRACT_PAGE_SCRIPT = '/extract-page.js';
/** The same without the size limit, for "Clean anyway" (`entrypoints/extract-page-anyway.ts`). */
export const EXTRACT_PAGE_ANYWAY_SCRIPT = '/extract-page-anyway.js';

export type ReadTabOutcome =
  | { ok: true; page: SerialisedPage }
  | { ok: false; reason: InjectionFailure; message: string };

/**
 * Serialises the page in tab `tabId` by injecting the `extract-page` content script. Needs
 * access to the tab: `activeTab` (granted by the toolbar click, the shortcut or the context
 * menu) or, in the e2e build only, a host permission. Never throws.
 */
export async function readTab(tabId: number, options: { anyway?: boolean } = {}): Promise<ReadTabOutcome> {
  // Both questions go to the browser at once: the page is read while the tab is looked up.
  const file = options.anyway ? EXTRACT_PAGE_ANYWAY_SCRIPT : EXTRACT_PAGE_SCRIPT;
  const injection = browser.scripting.executeScript({ target: { tabId }, files: [file] });
  injection.catch(() => undefined); // answered below, or not needed
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, reason: 'tab-gone', message: messageOf(error) };
  }
  // The URL is known only where Épure has access; then a browser page can be named up front.
  if (isRestrictedUrl(url)) return { ok: false, reason: 'restricted', message: url ?? '' };
  try {
    const results = await injection;
    const [first] = results;
    // Firefox answers `[undefined]`, without an error, for its own pages (about:robots,
    // about:support…), where the script did not run: a browser page, as Chrome's error says.
    if (results.length > 0 && first == null) return { ok: false, reason: 'restricted', message: url ?? '' };
    const result: unknown = first?.result;
    if (isSerialisedPage(result)) return { ok: true, page: result };
    const error = (first as { error?: unknown } | undefined)?.error;
    if (error) return { ok: false, reason: classifyInjectionError(error), message: messageOf(error) };
    return { ok: false, reason: 'error', message: 'The page could not be read.' };
  } catch (error) {
    return { ok: false, reason: classifyInjectionError(error), message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
