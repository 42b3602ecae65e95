import { describe, expect, it } from 'vitest';
import { copyPage } from '../../src/pipeline/copy-page';
import { revealLazyImages } from '../../src/pipeline/reveal-lazy-images';
import { pageOf } from '../helpers/fixtures';
import { draftOf, optionsOf, PAGE_URL, runStep } from './draft';
import type { Draft } from '../../src/article';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function reveal(body: string): Draft {
  return runStep(revealLazyImages, draftOf(`<!doctype html><html lang="fr"><head></head><body><div id="article">${body}</div></body></html>`));
}

const srcs = (draft: Draft) => Array.from(draft.doc.querySelectorAll('img'), (img) => img.getAttribute('src'));

describe('reveal-lazy-images', () => {
  it('is named after its file', () => expect(revealLazyImages.name).toBe('reveal-lazy-images'));

  it('moves data-src into src, replacing a placeholder GIF', () => {
    const draft = reveal(`<figure><img src="${GIF}" data-src="https://img.example/piscine.jpg" alt="La piscine"><figcaption>La piscine en 1975</figcaption></figure>`);
    expect(srcs(draft)).toEqual(['https://img.example/piscine.jpg']);
  });

  it('moves data-srcset into srcset when the image has no src yet', () => {
    const draft = reveal('<img data-srcset="/img/bad-400.jpg 400w, /img/bad-800.jpg 800w" alt="Hallenbad">');
    expect(draft.doc.querySelector('img')!.getAttribute('srcset')).toBe('/img/bad-400.jpg 400w, /img/bad-800.jpg 800w');
  });

  it('reveals data-srcset on <source> elements of a <picture>', () => {
    const draft = reveal('<picture><source data-srcset="/img/a.webp 1x" type="image/webp"><img data-src="/img/a.jpg" alt="A"></picture>');
    expect(draft.doc.querySelector('source')!.getAttribute('srcset')).toBe('/img/a.webp 1x');
    expect(srcs(draft)).toEqual(['/img/a.jpg']);
  });

  it('reveals data-original (the jQuery lazyload convention)', () => {
    const draft = reveal('<img class="lazy" data-original="/fotos/polideportivo.jpg" alt="Polideportivo">');
    expect(srcs(draft)).toEqual(['/fotos/polideportivo.jpg']);
  });

  it('replaces a spacer-named placeholder', () => {
    const draft = reveal('<img src="/static/blank.gif" data-lazy-src="/foto/piscina.jpg" alt="Piscina">');
    expect(srcs(draft)).toEqual(['/foto/piscina.jpg']);
  });

  it('drops loading="lazy" so the image shows at once', () => {
    const draft = reveal('<img src="/img/a.jpg" loading="lazy" alt="A">');
    expect(draft.doc.querySelector('img')!.hasAttribute('loading')).toBe(false);
    expect(srcs(draft)).toEqual(['/img/a.jpg']);
  });

  it('replaces the placeholder with the image of the <noscript> fallback after it (parsed as elements)', () => {
    const draft = reveal(`<figure><img src="${GIF}" alt=""><noscript><img src="https://img.example/library.jpg" alt="The library"></noscript></figure>`);
    expect(srcs(draft)).toEqual(['https://img.example/library.jpg']);
    expect(draft.doc.querySelector('img')!.getAttribute('alt')).toBe('The library');
    expect(draft.doc.querySelector('noscript')).toBeNull();
  });

  it('reads the <noscript> fallback when the browser kept it as text (scripting on)', () => {
    const source = pageOf(`<!doctype html><html><body><div id="article"><p>Avant</p></div></body></html>`, PAGE_URL);
    const figure = source.createElement('figure');
    const placeholder = source.createElement('img');
    placeholder.setAttribute('src', GIF);
    const noscript = source.createElement('noscript');
    noscript.textContent = '<img src="https://img.example/stadtpark.jpg" alt="Stadtpark">';
    figure.append(placeholder, noscript);
    source.getElementById('article')!.append(figure);
    expect(noscript.children).toHaveLength(0);

    const doc = copyPage(source, PAGE_URL) as Document;
    const draft: Draft = {
      source,
      url: PAGE_URL,
      baseUrl: PAGE_URL,
      options: optionsOf(),
      doc,
      root: doc.getElementById('article'),
      meta: { title: null, byline: null, siteName: null, publishedTime: null, lang: 'de', excerpt: null, leadImage: null, markedAuthor: null, declaredKind: null, hasPasswordField: false, dir: null },
      removals: [],
    };
    const after = runStep(revealLazyImages, draft);
    expect(srcs(after)).toEqual(['https://img.example/stadtpark.jpg']);
    expect(after.doc.querySelector('img')!.getAttribute('alt')).toBe('Stadtpark');
    expect(after.doc.querySelector('noscript')).toBeNull();
  });

  it('turns a lone <noscript> image (no placeholder) into an image', () => {
    const draft = reveal('<p>Texte</p><noscript><img src="/img/seule.jpg" alt="Seule"></noscript>');
    expect(srcs(draft)).toEqual(['/img/seule.jpg']);
    expect(draft.doc.querySelector('noscript')).toBeNull();
  });

  it('keeps a real image before a <noscript> fallback of another picture', () => {
    const draft = reveal('<div><img src="/img/real.jpg" alt="Real"></div><noscript><img src="/img/other.jpg" alt="Other"></noscript>');
    expect(srcs(draft)).toEqual(['/img/real.jpg', '/img/other.jpg']);
  });

  it('leaves real images and text-only <noscript> alone', () => {
    const draft = reveal('<img src="https://img.example/real.jpg" alt="Real"><noscript>Please enable JavaScript to comment.</noscript>');
    expect(srcs(draft)).toEqual(['https://img.example/real.jpg']);
    expect(draft.doc.querySelector('noscript')!.textContent).toBe('Please enable JavaScript to comment.');
  });

  it('does not take a data-src that is not an image address', () => {
    const draft = reveal('<img src="/img/real.jpg" data-src="lazyload" alt="Real">');
    expect(srcs(draft)).toEqual(['/img/real.jpg']);
  });
});
