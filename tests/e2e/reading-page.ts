/**
 * A real-shaped article for the browser tests of figures and links: a picture with its caption,
 * a picture that fails to load (its caption must go with it), footnote references in the text
 * (superscripts) with their notes and ways back, and links in the text to the article's own sections.
 * Served by the test server (`servePage`), in Chromium and in Firefox alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type PageServer } from './harness';

const PICTURE = join(FIXTURES, 'fr-seed-semantic', 'lead.jpg');

const PARAGRAPH =
  'The harbour authority spent the winter rebuilding the north quay, where the old timber piles had rotted through, and the first ferries tied up there again on Monday morning after eleven weeks of detours.';

export const READING_PAGE = {
  path: '/reading/harbour-quay-reopens',
  title: 'The north quay reopens after a winter of repairs',
  caption: 'The rebuilt north quay at first light on Monday.',
  brokenCaption: 'The old quay before the works began.',
  note: 'Figures from the harbour authority’s annual report.',
} as const;

/** Serves the page (and its picture) on `server`; returns the page's address. */
export function serveReadingPage(server: PageServer): string {
  server.addPage('/reading/quay.jpg', readFileSync(PICTURE), 'image/jpeg');
  const p = READING_PAGE;
  const body = [
    `<p>${PARAGRAPH}</p>`,
    `<p>The authority’s figures on the first weeks are <a href="#traffic">further down</a>, after an account of <a href="#works">the works</a> themselves.</p>`,
    `<p>${PARAGRAPH}</p>`,
    `<figure><img src="/reading/quay.jpg" alt="The north quay" width="800" height="450"><figcaption>${p.caption}</figcaption></figure>`,
    `<p id="plain-line">A short line.</p>`,
    `<p id="sup-line">A short line.<sup><a href="#fn1" id="ref1">1</a></sup></p>`,
    `<h2 id="works">The works</h2>`,
    ...Array.from({ length: 4 }, (_, i) => `<p>${PARAGRAPH} Crews worked in ${['January', 'February', 'March', 'April'][i]} through storms and spring tides alike.</p>`),
    `<figure><img src="/reading/missing.jpg" alt="" width="800" height="450"><figcaption>${p.brokenCaption}</figcaption></figure>`,
    `<h2 id="traffic">Traffic</h2>`,
    ...Array.from({ length: 4 }, (_, i) => `<p>${PARAGRAPH} Traffic in week ${i + 1} was back to ${80 + i * 5} per cent of last year’s.</p>`),
    `<ol class="footnotes"><li id="fn1">${p.note} <a href="#ref1" class="back" aria-label="Back to the text">↩</a></li></ol>`,
  ].join('\n');
  return server.addPage(
    p.path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.title} | Harbour Times</title>` +
      `<meta property="og:site_name" content="Harbour Times"></head><body><header><a href="/">Harbour Times</a></header>` +
      `<main><article><h1>${p.title}</h1><p class="byline">By Ann Lee</p>${body}</article></main><footer>© Harbour Times</footer></body></html>`,
  );
}
