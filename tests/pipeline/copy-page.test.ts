import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyPage } from '../../src/pipeline/copy-page';
import { pageOf } from '../helpers/fixtures';
import { PAGE_URL, paragraphs } from './draft';

function copyOf(source: Document, url = PAGE_URL, maxElements?: number): Document {
  const copy = copyPage(source, url, maxElements);
  if (copy.nodeType !== 9) throw new Error(`copyPage failed: ${(copy as { reason: string }).reason}`);
  return copy as Document;
}

function xmlPage(xml: string, contentType = 'application/xhtml+xml'): Document {
  return new JSDOM(xml, { url: PAGE_URL, contentType }).window.document;
}

describe('copy-page', () => {
  it('works on a different document, so cleaning never changes the page the reader is on', () => {
    const source = pageOf(`<!doctype html><html lang="fr"><head><title>Piscine</title></head><body><article>${paragraphs('fr')}</article></body></html>`);
    const before = source.documentElement.outerHTML;
    const copy = copyOf(source);
    expect(copy).not.toBe(source);
    expect(copy.body.textContent).toContain('Le conseil municipal a voté mardi soir');
    copy.querySelector('article')!.remove();
    copy.body.append(copy.createElement('aside'));
    expect(source.documentElement.outerHTML).toBe(before);
    expect(source.querySelector('article')).not.toBeNull();
  });

  it('keeps the language and the title of the page', () => {
    const copy = copyOf(pageOf('<!doctype html><html lang="de"><head><title>Hallenbad</title></head><body><p>Text</p></body></html>'));
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.title).toBe('Hallenbad');
  });

  it('refuses a page over the element budget as too-large, with a message in words', () => {
    const items = Array.from({ length: 50 }, (_, i) => `<li>Item ${i}</li>`).join('');
    const outcome = copyPage(pageOf(`<!doctype html><html><body><ul>${items}</ul></body></html>`), PAGE_URL, 40);
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    expect((outcome as { message: string }).message).toMatch(/more than the 40/);
  });

  it('copies a page right at the budget', () => {
    // html, head, body, ul + 10 li = 14 elements.
    const items = Array.from({ length: 10 }, (_, i) => `<li>Item ${i}</li>`).join('');
    const copy = copyOf(pageOf(`<!doctype html><html><head></head><body><ul>${items}</ul></body></html>`), PAGE_URL, 14);
    expect(copy.querySelectorAll('li')).toHaveLength(10);
  });

  it('gives the copy exactly one <base>, the page base URL, so relative links resolve as in the browser', () => {
    const source = pageOf(
      '<!doctype html><html><head><base href="https://cdn.example/assets/"><base href="https://other.example/"></head><body><a href="photo.jpg">Photo</a></body></html>',
    );
    const copy = copyOf(source);
    const bases = copy.querySelectorAll('base');
    expect(bases).toHaveLength(1);
    expect(bases[0]!.getAttribute('href')).toBe('https://cdn.example/assets/');
    expect(copy.querySelector('a')!.href).toBe('https://cdn.example/assets/photo.jpg');
  });

  it('uses the page address as base when the page has none', () => {
    const copy = copyOf(pageOf('<!doctype html><html><head></head><body><a href="../other.html">Other</a></body></html>', PAGE_URL));
    expect(Array.from(copy.querySelectorAll('base'), (b) => b.getAttribute('href'))).toEqual([PAGE_URL]);
    expect(copy.querySelector('a')!.href).toBe('https://news.example/2025/other.html');
  });

  it('ignores a <base> that is not http(s)', () => {
    const copy = copyOf(pageOf('<!doctype html><html><head><base href="javascript:alert(1)//"></head><body><a href="x.html">X</a></body></html>'));
    const bases = Array.from(copy.querySelectorAll('base'), (b) => b.getAttribute('href'));
    expect(bases).toEqual([PAGE_URL]);
  });

  it('gives an XHTML page without <body> a body holding its content', () => {
    const source = xmlPage('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><div><p>Hello from XHTML</p></div></html>');
    expect(source.body).toBeNull();
    const copy = copyOf(source);
    expect(copy.body?.localName).toBe('body');
    expect(copy.body?.textContent).toContain('Hello from XHTML');
    expect(copy.head?.querySelector('title')?.textContent).toBe('X');
  });

  it('gives an XHTML page whose body has another namespace a real body', () => {
    const source = xmlPage('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body xmlns="urn:other"><p>Foreign body</p></body></html>');
    const copy = copyOf(source);
    expect(copy.body?.localName).toBe('body');
    expect(copy.body?.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(copy.body?.textContent).toContain('Foreign body');
  });

  // BUG: for a frameset page document.body is the <frameset>, so ensureHeadAndBody never adds the <body> Readability needs.
  it.fails('gives a frameset page a real <body>', () => {
    const source = pageOf(
      '<!doctype html><html><head><title>Frames</title></head><frameset><frame src="a.html"><noframes><p>No frames here</p></noframes></frameset></html>',
    );
    const copy = copyOf(source);
    expect(copy.querySelectorAll('body')).toHaveLength(1);
    expect(copy.body.localName).toBe('body');
  });

  // BUG: an XML page whose <html> has no namespace: the copy's documentElement is not an HTML <html>, so document.body stays null.
  it.fails('gives an XML page with a namespace-less <html> a body', () => {
    const source = xmlPage('<html><head><title>X</title></head><body><p>Hello xml</p></body></html>', 'application/xml');
    const copy = copyOf(source);
    expect(copy.body?.textContent).toContain('Hello xml');
  });

  // BUG: a document whose root is not <html> (SVG, feed) makes copyPage throw NotFoundError: the root is moved into the new body before replaceChild.
  it.fails('wraps a document whose root is not <html> in a body instead of throwing', () => {
    const source = xmlPage('<rss><channel><title>Feed</title><description>Hello feed</description></channel></rss>', 'application/xml');
    const copy = copyOf(source);
    expect(copy.body?.textContent).toContain('Hello feed');
  });
});
