import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { SerialisedPage } from '@/src/messaging';
import { serialisePage } from '@/src/content/serialise-page';

/**
 * Injected on demand (`scripting.executeScript`, after a click grants activeTab): reads the live
 * page and returns it as a string. It never changes the page; parsing and extraction happen in
 * the extension's own pages, on an inert copy.
 *
 * An unlisted script, not a WXT content script: a content script gets a `ContentScriptContext`,
 * which posts a "content script started" message, carrying Épure's id, to the page's window and
 * leaves a listener on its document. A one-shot read needs neither, and leaves nothing behind.
 */
export default defineUnlistedScript((): SerialisedPage => serialisePage(document, location.href));
