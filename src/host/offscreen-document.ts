import { browser as chromeApi } from 'wxt/browser';

const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

/**
 * Chrome only: makes sure Épure's offscreen document exists (the service worker has no DOM and
 * no clipboard; the offscreen document has both). It cleans pages for the context-menu copies
 * and for the auto-clean overlay. Chrome allows one per extension: concurrent callers share
 * the one being created.
 */
export async function ensureOffscreenDocument(): Promise<void> {
  const url = chromeApi.runtime.getURL(OFFSCREEN_PATH);
  const existing = await chromeApi.runtime.getContexts({
    contextTypes: [chromeApi.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (existing.length > 0) return;
  creating ??= chromeApi.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chromeApi.offscreen.Reason.CLIPBOARD, chromeApi.offscreen.Reason.DOM_PARSER],
      justification: 'Parse the pages Épure was asked to clean, and copy the clean article to the clipboard.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
