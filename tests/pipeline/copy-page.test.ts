import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyPage, pageBaseUrl } from '../../src/pipeline/copy-page';
import { pageOf } from '../helpers/fixtures';
import { PAGE_URL, paragraphs } from './draft';

function copyOf(source: Document, url = PAGE_URL, maxElements?: number): Document {
  const copy = copyPage(source, url, maxElements);
  if ('ok' in copy) throw new Error(`copyPage failed: ${copy.reason}`);
  return copy;
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

  it('keeps no <base> in the copy and takes the page base URL from its first <base href>', () => {
    const source = pageOf(
      '<!doctype html><html><head><base href="https://cdn.example/assets/"><base href="https://other.example/"></head><body><a href="photo.jpg">Photo</a></body></html>',
    );
    expect(copyOf(source).querySelectorAll('base')).toHaveLength(0);
    expect(pageBaseUrl(source, PAGE_URL)).toBe('https://cdn.example/assets/');
  });

  it('uses the page address as base when the page has none', () => {
    expect(pageBaseUrl(pageOf('<!doctype html><html><head></head><body><p>x</p></body></html>'), PAGE_URL)).toBe(PAGE_URL);
  });

  it('ignores a <base> that is not http(s)', () => {
    expect(pageBaseUrl(pageOf('<!doctype html><html><head><base href="javascript:alert(1)//"></head><body><a href="x.html">X</a></body></html>'), PAGE_URL)).toBe(PAGE_URL);
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

  it('gives a frameset page a real <body>', () => {
    const source = pageOf(
      '<!doctype html><html><head><title>Frames</title></head><frameset><frame src="a.html"><noframes><p>No frames here</p></noframes></frameset></html>',
    );
    const copy = copyOf(source);
    expect(copy.querySelectorAll('body')).toHaveLength(1);
    expect(copy.body.localName).toBe('body');
  });

  it('gives an XML page with a namespace-less <html> a body', () => {
    const source = xmlPage('<html><head><title>X</title></head><body><p>Hello xml</p></body></html>', 'application/xml');
    const copy = copyOf(source);
    expect(copy.body?.textContent).toContain('Hello xml');
  });

  it('wraps a document whose root is not <html> in a body instead of throwing', () => {
    const source = xmlPage('<rss><channel><title>Feed</title><description>Hello feed</description></channel></rss>', 'application/xml');
    const copy = copyOf(source);
    expect(copy.body?.textContent).toContain('Hello feed');
  });
});
