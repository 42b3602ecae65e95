// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { absolutiseUrls, resolveSrcset } from '../../src/pipeline/resolve-urls';

const BASE = 'https://news.example/section/story.html';
const resolve = (url: string) => (/^[a-z]+:/i.test(url) ? null : new URL(url, BASE).href);

describe('absolutiseUrls (extension pages ignore <base>: base-uri none)', () => {
  it('resolves links, images, lazy sources and image metadata against the page', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><meta property="og:image" content="/lead.jpg"></head><body>
        <a id="a" href="/other.html">x</a><a id="h" href="#notes">n</a><a id="m" href="mailto:a@b.c">m</a>
        <img id="i" src="img/a.jpg" data-src="../b.jpg" srcset="c.jpg 1x, /d.jpg 2x">
        <a id="abs" href="https://elsewhere.example/">e</a>
      </body></html>`,
      'text/html',
    );
    absolutiseUrls(doc, BASE);
    const attr = (id: string, name: string) => doc.getElementById(id)?.getAttribute(name);
    expect(attr('a', 'href')).toBe('https://news.example/other.html');
    expect(attr('h', 'href')).toBe('https://news.example/section/story.html#notes');
    expect(attr('m', 'href')).toBe('mailto:a@b.c');
    expect(attr('abs', 'href')).toBe('https://elsewhere.example/');
    expect(attr('i', 'src')).toBe('https://news.example/section/img/a.jpg');
    expect(attr('i', 'data-src')).toBe('https://news.example/b.jpg');
    expect(attr('i', 'srcset')).toBe('https://news.example/section/c.jpg 1x, https://news.example/d.jpg 2x');
    expect(doc.querySelector('meta')?.getAttribute('content')).toBe('https://news.example/lead.jpg');
  });

  it('parses srcset candidates with or without spaces and descriptors', () => {
    expect(resolveSrcset('a.jpg, b.jpg 2x', resolve)).toBe('https://news.example/section/a.jpg, https://news.example/section/b.jpg 2x');
    // As in browsers, a comma inside a URL belongs to it (only a trailing one ends a candidate).
    expect(resolveSrcset('a,b.jpg 1x', resolve)).toBe('https://news.example/section/a,b.jpg 1x');
    expect(resolveSrcset('a.jpg 480w,b.jpg 800w', resolve)).toBe('https://news.example/section/a.jpg 480w, https://news.example/section/b.jpg 800w');
    expect(resolveSrcset(' data:image/png;base64,AAA 1x', resolve)).toBe('data:image/png;base64,AAA 1x');
  });
});

describe('resolve-urls (the step)', () => {
  it('resolves the article and the lead kept aside, against the page base, and leaves the rest of the page alone', async () => {
    const { resolveUrls } = await import('../../src/pipeline/resolve-urls');
    const { draftOf, runStep } = await import('./draft');
    const draft = draftOf(
      `<!doctype html><html><body><nav><a id="menu" href="/sport/">Sport</a></nav>
        <div id="article"><p><a id="in" href="../other.html">x</a><img id="lazy" data-src="img/a.jpg"></p><blockquote id="q" cite="/source">q</blockquote></div></body></html>`,
      { url: BASE },
    );
    const figure = draft.doc.createElement('figure');
    figure.append(Object.assign(draft.doc.createElement('img'), { id: 'lead' }));
    figure.querySelector('img')!.setAttribute('src', 'lead.jpg');
    const after = runStep(resolveUrls, { ...draft, lead: { standfirst: null, figure } });
    const attr = (id: string, name: string) => after.doc.getElementById(id)?.getAttribute(name);
    expect(attr('in', 'href')).toBe('https://news.example/other.html');
    expect(attr('lazy', 'data-src')).toBe('https://news.example/section/img/a.jpg');
    expect(attr('q', 'cite')).toBe('https://news.example/source');
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('https://news.example/section/lead.jpg');
    // Never shown, so never resolved: a page's menus cost no URL parsing.
    expect(attr('menu', 'href')).toBe('/sport/');
  });
});
