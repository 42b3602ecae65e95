import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SerialisedPage } from '@/src/messaging';
import { serialisePage } from '@/src/serialise-page';

/**
 * Injected on demand (`scripting.executeScript`, after a click grants activeTab): reads the live
 * page and returns it as a string. It never changes the page; parsing and extraction happen in
 * the extension's own pages, on an inert copy.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): SerialisedPage {
    return serialisePage(document, location.href);
  },
});
