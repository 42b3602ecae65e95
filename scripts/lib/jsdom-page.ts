import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Loads HTML into jsdom the safe way for extraction: no scripts run, no resources are fetched,
 * the bytes' own charset (BOM, <meta charset>) decides the decoding. Node-side only (CLI, tests,
 * benchmarks): happy-dom misplaces the body of some real pages, jsdom does not.
 */
export function loadPage(html: string | Buffer, url: string): JSDOM {
  const virtualConsole = new VirtualConsole(); // swallow CSS parse noise from real pages
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole, pretendToBeVisual: false });
}
