/**
 * The content script's part of auto-clean (registered by the background for the chosen sites
 * only): once the page has loaded, it sends the page to the background, which cleans it in an
 * extension context (the engine is not loaded into the page: it is twice the content-script
 * budget, and a heavy page would freeze its own tab), and shows the article in the overlay.
 * In-site navigation without a reload (history API) runs it again for the new page. A page
 * that is not an article is left alone, without a word in the console.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { acceptMessage, type AutoCleanRequest, type AutoCleanResponse, type OverlayState } from '../messaging';
import { serialisePage } from './serialise-page';
import { lookOf } from '../settings/settings';
import { onSettingsChanged, readSettings } from '../settings/store';
import { t, uiLanguage } from '../shared/i18n';
import { openOverlay, type Overlay } from './overlay';

/** How often the address is compared, for sites that use pushState without the Navigation API. */
export const URL_POLL_MS = 500;
/** After an in-site navigation, the page counts as rendered once its DOM is quiet this long… */
export const QUIET_MS = 400;
/** …or after this long, whichever comes first. */
export const MAX_SETTLE_MS = 3000;

export function runAutoClean(ctx: ContentScriptContext, win: Window = window): void {
  const doc = win.document;
  let overlay: Overlay | null = null;
  /** Bumped by every navigation: an answer for an older page is dropped. */
  let generation = 0;
  let runs = 0;
  let shownFor = pageKey(win.location.href);

  const close = () => {
    overlay?.close();
    overlay = null;
  };

  const clean = async () => {
    const mine = ++generation;
    close();
    const page = serialisePage(doc, win.location.href);
    if (page.tooLarge) return;
    const request: AutoCleanRequest = { type: 'auto-clean', page };
    let response: AutoCleanResponse | undefined;
    try {
      response = (await browser.runtime.sendMessage(request)) as AutoCleanResponse | undefined;
    } catch {
      return; // The extension was reloaded or the background is unreachable: stay quiet.
    }
    if (!response?.ok || ctx.isInvalid || mine !== generation) return;
    const { settings } = await readSettings();
    if (ctx.isInvalid || mine !== generation) return;
    overlay = openOverlay(doc, response.article, lookOf(settings), {
      t,
      locale: uiLanguage(),
      onClose: () => {
        overlay = null;
      },
    });
    if (overlay) runs++;
  };

  const onMaybeNavigated = () => {
    const key = pageKey(win.location.href);
    if (key === shownFor) return;
    shownFor = key;
    generation++;
    close();
    const mine = generation;
    whenQuiet(ctx, doc, () => {
      if (mine === generation) void clean();
    });
  };

  const start = () => {
    if (ctx.isInvalid) return;
    void clean();
    ctx.addEventListener(win, 'popstate', onMaybeNavigated);
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      ctx.addEventListener(navigation, 'navigatesuccess', onMaybeNavigated);
    }
    // pushState / replaceState fire no event the page's isolated world can hear everywhere.
    ctx.setInterval(onMaybeNavigated, URL_POLL_MS);
  };

  if (doc.readyState === 'complete') start();
  else ctx.addEventListener(win, 'load', start, { once: true });

  const stopWatching = onSettingsChanged((settings) => overlay?.applyLook(lookOf(settings)));
  ctx.onInvalidated(() => {
    stopWatching();
    close();
  });

  if (import.meta.env.MODE === 'e2e') {
    // e2e builds only: the closed shadow root is out of the test's reach, so the test asks here.
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<OverlayState> | undefined => {
      if (!acceptMessage(message, sender, self, ['e2e:overlay-state'])) return undefined;
      const shown = overlay?.open ? overlay : null;
      return Promise.resolve({
        shown: !!shown,
        text: shown?.text() ?? '',
        focused: shown?.focused() ?? null,
        runs,
        theme: shown?.shownLook().theme ?? null,
        font: shown?.shownLook().font ?? null,
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }
}

/** A page's address without its fragment: `#section` links do not make a new page. */
export function pageKey(url: string): string {
  return url.replace(/#.*$/, '');
}

/** Calls `then` once the document has stopped changing for `QUIET_MS` (at most `MAX_SETTLE_MS`). */
function whenQuiet(ctx: ContentScriptContext, doc: Document, then: () => void): void {
  let done = false;
  let timer: number | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(finish, QUIET_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  timer = ctx.setTimeout(finish, QUIET_MS);
  ctx.setTimeout(finish, MAX_SETTLE_MS);
  ctx.onInvalidated(() => observer.disconnect());
}
