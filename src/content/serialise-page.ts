import { MAX_PAGE_ELEMENTS, type SerialisedPage } from '../messaging';

/**
 * Reads the live page as a string, for the content scripts (`extract-page`, `auto-clean`). It
 * never changes the page; parsing and extraction happen in the extension's own pages, on an
 * inert copy. Above `maxElements` elements (`MAX_PAGE_ELEMENTS`, unless the user said "Clean
 * anyway") the page is not serialised at all.
 */
export function serialisePage(doc: Document, url: string, maxElements = MAX_PAGE_ELEMENTS): SerialisedPage {
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > maxElements) return { tooLarge: true, url, elementCount };
  // eslint-disable-next-line no-restricted-properties -- read-only serialisation of the live page
  const markup = doc.documentElement.outerHTML;
  // The doctype keeps the copy in standards mode, as the page was.
  const html = doc.doctype ? `<!DOCTYPE html>${markup}` : markup;
  return { tooLarge: false, url, html, lang: doc.documentElement.lang || null, title: doc.title };
}
