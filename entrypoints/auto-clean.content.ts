import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAutoClean } from '@/src/content/auto-clean';

/**
 * Registered at run time by the background (`src/shared/registration.ts`) for exactly the
 * sites the user chose and granted: shows the clean article over the page once it has loaded.
 * `ctx` stops it when the extension is reloaded or updated.
 */
export default defineContentScript({
  registration: 'runtime',
  // No `window.postMessage` at start: the page need not learn that Épure is here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runAutoClean(ctx);
  },
});
