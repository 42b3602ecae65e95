import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAX_PAGE_ELEMENTS, type SerialisedPage } from '@/src/messaging';

/**
 * Injected on demand (`scripting.executeScript`, after a click grants activeTab): reads the live
 * page and returns it as a string. It never changes the page; parsing and extraction happen in
 * the extension's own pages, on an inert copy.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): SerialisedPage {
    const url = location.href;
    const elementCount = document.getElementsByTagName('*').length;
    if (elementCount > MAX_PAGE_ELEMENTS) return { tooLarge: true, url, elementCount };
    // eslint-disable-next-line no-restricted-properties -- read-only serialisation of the live page
    const markup = document.documentElement.outerHTML;
    // The doctype keeps the copy in standards mode, as the page was.
    const html = document.doctype ? `<!DOCTYPE html>${markup}` : markup;
    return { tooLarge: false, url, baseUrl: document.baseURI, html, lang: document.documentElement.lang || null, title: document.title };
  },
});
