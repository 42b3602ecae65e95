// @vitest-environment jsdom
// jsdom, not happy-dom: the body goes through DOMPurify, which does nothing useful under happy-dom.
import { describe, expect, it } from 'vitest';
import { mountArticleView, type ArticleViewData } from '../../src/shared/article-view';
import { getMessageFor } from './messages';

const t = getMessageFor('en');

const ARTICLE: ArticleViewData = {
  title: 'Le port rouvre',
  byline: 'Anne Martin',
  siteName: 'Le Journal',
  publishedTime: '2025-01-28T12:00:00Z',
  lang: 'fr',
  dir: null,
  leadImage: null,
  url: 'https://www.journal.example/port',
  html: '<p>Le port de Brest rouvre lundi.</p><figure><img src="https://img.example/a.jpg" alt="Le port"><figcaption>Le port au matin.</figcaption></figure>',
  readingMinutes: 2,
};

describe('the article view', () => {
  it('is the same view in a document and in a closed shadow root (ids scoped to each)', () => {
    const inPage = document.createElement('article');
    document.body.append(inPage);
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    const inShadow = document.createElement('article');
    shadow.append(inShadow);
    for (const container of [inPage, inShadow]) {
      const view = mountArticleView(container);
      view.show(ARTICLE, { t, locale: 'en' });
      expect(view.title.textContent).toBe('Le port rouvre');
      expect(container.getAttribute('lang')).toBe('fr');
      expect(view.text()).toContain('Le Journal Le port rouvre Anne Martin');
      expect(view.text()).toContain('Le port de Brest rouvre lundi.');
    }
    // The shadow root's parts are its own: the page sees one title, the one it holds.
    expect(document.querySelectorAll('#article-title')).toHaveLength(1);
    // Mounting again keeps one set of parts.
    mountArticleView(inPage);
    expect(inPage.querySelectorAll('#article-body')).toHaveLength(1);
  });

  it('links the site name to the original page in the readers, and only to http(s) pages', () => {
    const container = document.createElement('article');
    const view = mountArticleView(container);
    view.show(ARTICLE, { t, locale: 'en', linkSite: true });
    const site = container.querySelector<HTMLAnchorElement>('#article-site')!;
    expect(site.getAttribute('href')).toBe('https://www.journal.example/port');
    expect(site.rel).toContain('noopener');
    view.show({ ...ARTICLE, url: 'javascript:alert(1)' }, { t, locale: 'en', linkSite: true });
    expect(site.hasAttribute('href')).toBe(false);
    view.show(ARTICLE, { t, locale: 'en' });
    expect(site.hasAttribute('href'), 'the overlay is on the page already').toBe(false);
  });

  it('a picture that fails to load takes its caption with it; one of two does not', () => {
    const container = document.createElement('article');
    const view = mountArticleView(container);
    view.show(
      {
        ...ARTICLE,
        html:
          '<p>Texte.</p><figure id="one"><img src="https://img.example/a.jpg" alt=""><figcaption>Sous rien.</figcaption></figure>' +
          '<figure id="two"><img src="https://img.example/b.jpg" alt=""><img src="https://img.example/c.jpg" alt=""><figcaption>Deux.</figcaption></figure>',
      },
      { t, locale: 'en' },
    );
    const one = container.querySelector<HTMLElement>('#one')!;
    const two = container.querySelector<HTMLElement>('#two')!;
    const fail = (src: string) => container.querySelector(`img[src$="${src}"]`)!.dispatchEvent(new Event('error'));
    fail('a.jpg');
    expect(one.hidden, 'its only picture failed').toBe(true);
    fail('b.jpg');
    expect(two.hidden, 'one picture is left').toBe(false);
    fail('c.jpg');
    expect(two.hidden, 'no picture left in it either').toBe(true);
    expect(container.querySelector('p')?.hidden).toBe(false);
  });

  it('clear() leaves nothing of the previous article', () => {
    const container = document.createElement('article');
    const view = mountArticleView(container);
    view.show(ARTICLE, { t, locale: 'en', linkSite: true });
    view.clear();
    expect(view.text()).toBe('');
    expect(container.querySelector('#article-site')?.hasAttribute('href')).toBe(false);
  });
});

describe('in-page links', () => {
  const html =
    '<p>Le port<sup><a href="https://www.journal.example/port#fn1" target="_blank" rel="noopener noreferrer" id="ref1">1</a></sup> rouvre.</p>' +
    '<p>Voir <a href="https://www.journal.example/autre#fn1" target="_blank">un autre article</a> et <a href="https://www.journal.example/port#absent">rien</a>.</p>' +
    '<ol><li id="fn1">Depuis 1920. <a href="https://www.journal.example/port#ref1">↩</a></li></ol>';

  it('footnotes and their way back stay in the reader; other pages still open in a new tab', () => {
    const container = document.createElement('article');
    document.body.append(container);
    const view = mountArticleView(container);
    view.show({ ...ARTICLE, html }, { t, locale: 'en', linkSite: true });
    const links = Array.from(view.body.querySelectorAll('a'));
    const [note, other, absent, back] = links;
    expect(note!.getAttribute('href')).toBe('#fn1');
    expect(note!.hasAttribute('target')).toBe(false);
    expect(back!.getAttribute('href')).toBe('#ref1');
    expect(other!.getAttribute('href')).toBe('https://www.journal.example/autre#fn1');
    expect(other!.getAttribute('target')).toBe('_blank');
    expect(absent!.getAttribute('target'), 'no such part: it stays a link to the page').toBe('_blank');
  });

  it('a click jumps to the note (focus moves there) without leaving the page', () => {
    const container = document.createElement('article');
    document.body.append(container);
    const view = mountArticleView(container);
    view.show({ ...ARTICLE, html }, { t, locale: 'en' });
    const before = location.href;
    const note = view.body.querySelector<HTMLAnchorElement>('a[href="#fn1"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    note.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('fn1');
    expect(location.href).toBe(before);
  });
});
