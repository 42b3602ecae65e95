import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { loadPage } from '../../scripts/lib/jsdom-page';

/**
 * Hostile page structures (issue: hostile pages): each yields an article or a clear reason,
 * never an uncaught error or a hang. A hang would show as this file timing out.
 */
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a real article: the council voted on Tuesday to rebuild the harbour wall, and residents spoke for two hours about the cost and the timetable.</p>`).join('');
const URL_ = 'https://hostile.example/news/story.html';

const DOM_NAMES = ['parentNode', 'nextSibling', 'previousSibling', 'firstChild', 'lastChild', 'childNodes', 'children', 'tagName', 'nodeName', 'nodeType', 'getAttribute', 'setAttribute', 'removeAttribute', 'hasAttribute', 'createElement', 'appendChild', 'removeChild', 'replaceChild', 'cloneNode', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'textContent', 'innerHTML', 'attributes', 'className', 'id', 'style', 'ownerDocument', 'documentElement', 'body', 'head'];

const PAGES: Record<string, string> = {
  'form controls named like DOM properties': `<!doctype html><html><body><article><h1>Harbour</h1><form>${DOM_NAMES.map((n) => `<input name="${n}"><input id="${n}">`).join('')}</form>${PROSE}</article></body></html>`,
  'images and forms that shadow document properties': `<!doctype html><html><body>${DOM_NAMES.map((n) => `<img name="${n}"><form name="${n}"></form>`).join('')}<article>${PROSE}</article></body></html>`,
  'a <base href> pointing elsewhere': `<!doctype html><html><head><base href="https://evil.example/"></head><body><article>${PROSE}<p><a href="/more">more</a></p></article></body></html>`,
  'a frameset': `<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`,
  'no body at all': `<!doctype html><html><head><title>Nothing</title></head></html>`,
  'custom elements': `<!doctype html><html><body><news-article><story-body>${PROSE}</story-body><ad-slot>Advertisement</ad-slot></news-article></body></html>`,
  'declarative shadow DOM': `<!doctype html><html><body><div><template shadowrootmode="open"><p>Shadow text</p></template>${PROSE}</div></body></html>`,
  'deep nesting': `<!doctype html><html><body>${'<div>'.repeat(1000)}${PROSE}${'</div>'.repeat(1000)}</body></html>`,
};

describe('hostile structure', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`${name}: an article or a clear reason`, () => {
      const dom = loadPage(html, URL_);
      const result = extract(dom.window.document, URL_);
      dom.window.close();
      if (result.ok) {
        expect(result.text.length).toBeGreaterThan(0);
      } else {
        expect(['not-an-article', 'too-large', 'bad-input']).toContain(result.reason);
        expect(result.message.length).toBeGreaterThan(10);
      }
    });
  }

  it('keeps the article under form controls named like DOM properties', () => {
    const dom = loadPage(PAGES['form controls named like DOM properties']!, URL_);
    const result = extract(dom.window.document, URL_);
    expect(result.ok && result.text).toContain('Paragraph 6 of a real article');
  });

  it('cleans an XHTML document', () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>X</title></head><body><article>${PROSE}</article></body></html>`;
    const dom = new JSDOM(xhtml, { url: URL_, contentType: 'application/xhtml+xml' });
    const result = extract(dom.window.document, URL_);
    expect(result.ok && result.text).toContain('Paragraph 1 of a real article');
  });
});
