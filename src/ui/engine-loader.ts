/**
 * The engine (Readability, the rules, Turndown, DOMPurify's use of them: most of the reader's
 * code), loaded on demand. The reader's entry scripts import this module first, so that the
 * engine's chunk is fetched and compiled while the rest of the reader's code is evaluated and
 * the tab is read; `startReader` awaits it only when it has a page to clean.
 */
export const engine = import('./clean-page');
void engine.then(() => performance.mark('epure:engine-loaded'));
