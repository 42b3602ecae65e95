import type { Article } from '../article';
import { setSanitizedHtml } from '../safe-html';
import { hideBrokenImages } from './broken-images';
import { formatDate, formatReadingTime } from './format';
import type { GetMessage } from './i18n';
import { hostOf, withoutHash } from '../dom/url';

/**
 * The article view: the one place where a clean article becomes what the reader sees (site,
 * title, byline · date · reading time, lead image, body). The popup, the full-tab reader and the
 * on-page reader (the auto-clean overlay, in a closed shadow root) all mount it, and all style it
 * with `article-view.css`. Header fields are set as text; the body goes through the one
 * sanitizing sink (`setSanitizedHtml`).
 *
 * The parts carry fixed ids (`article-title`, `article-body`…): a document holds one view, and
 * a shadow root scopes its own ids.
 */

/** What the view shows of an article: the overlay receives no more than this over messaging. */
export type ArticleViewData = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'leadImage' | 'url' | 'html' | 'readingMinutes'
> &
  Partial<Pick<Article, 'short'>>;

export interface ArticleViewOptions {
  t: GetMessage;
  /** The UI language, for the date and the reading time. */
  locale: string;
  /** Whether the site's name links to the article's page (the readers; not the overlay, which is on it). */
  linkSite?: boolean;
}

export interface ArticleView {
  /** The element that holds the view (its `lang` and `dir` are the article's). */
  readonly root: HTMLElement;
  readonly title: HTMLElement;
  readonly body: HTMLElement;
  show(article: ArticleViewData, options: ArticleViewOptions): void;
  /** Empties every field, so a re-run never shows the previous article's leftovers. */
  clear(): void;
  /** The visible text: site, title, header fields and body, whitespace-normalised. */
  text(): string;
}

/** Puts the view's (empty) parts into `container`, once, and returns the view. */
export function mountArticleView(container: HTMLElement): ArticleView {
  const doc = container.ownerDocument;
  if (!container.querySelector(':scope > .article-body')) container.append(buildParts(doc));
  container.classList.add('epure-article');
  // Each part's class is its id: found by class, as two views in one document (tests) share ids.
  const part = <T extends HTMLElement = HTMLElement>(name: string) => container.querySelector<T>(`.${name}`)!;
  const title = part('article-title');
  const body = part('article-body');
  const lead = part<HTMLImageElement>('lead-image');
  const site = part<HTMLAnchorElement>('article-site');

  const clear = () => {
    for (const id of ['article-title', 'article-byline', 'article-site', 'article-date', 'article-reading-time']) setText(part(id), null);
    site.removeAttribute('href');
    body.replaceChildren();
    lead.hidden = true;
    lead.removeAttribute('src');
  };

  // In-page links jump within the view, by script: a shadow root's ids are out of reach of the
  // address bar's `#fragment`, and a jump leaves the reader's history (its way back) alone.
  body.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-in-page]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    const target = targetOf(body, link.getAttribute('href') ?? '');
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    (target as HTMLElement).scrollIntoView?.({ block: 'start' });
    (target as HTMLElement).focus?.({ preventScroll: true });
  });

  return {
    root: container,
    title,
    body,
    clear,
    text: () =>
      [site, title, ...Array.from(container.querySelectorAll<HTMLElement>('.article-meta > *')), body]
        .filter((part) => !part.hidden)
        .map((part) => part.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    show(article, { t, locale, linkSite = false }) {
      if (article.lang) container.setAttribute('lang', article.lang);
      else container.removeAttribute('lang');
      container.setAttribute('dir', article.dir ?? 'auto');
      const host = hostOf(article.url) ?? '';
      setText(title, article.title.trim() || host);
      setText(part('article-byline'), article.byline);
      setText(site, article.siteName || host);
      if (linkSite && /^https?:\/\//i.test(article.url)) {
        site.href = article.url;
        site.rel = 'noopener noreferrer';
        site.target = '_blank';
      } else {
        site.removeAttribute('href');
      }
      // A short result is shown as found, and says so (the user asked for it: see `Article.short`).
      const readingTime = formatReadingTime(article.readingMinutes, t, locale);
      setUiText(part('article-reading-time'), article.short ? `${t('shortArticle')} · ${readingTime}` : readingTime, locale);
      const date = part('article-date');
      const formatted = formatDate(article.publishedTime, locale);
      setUiText(date, formatted, locale);
      if (formatted && article.publishedTime) date.setAttribute('datetime', article.publishedTime);
      else date.removeAttribute('datetime');

      setSanitizedHtml(body, article.html);
      keepInPageLinks(body, article.url);
      hideBrokenImages(body);
      showLeadImage(lead, article.leadImage, body);
    },
  };
}

/** The parts, in reading order, empty; each carries the id its field is known by. */
function buildParts(doc: Document): DocumentFragment {
  const el = (tag: string, id: string | null, className: string, attrs: Record<string, string> = {}) => {
    const node = doc.createElement(tag);
    if (id) node.id = id;
    node.className = className;
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };
  const head = el('header', null, 'article-head');
  const meta = el('p', null, 'article-meta');
  meta.append(
    el('span', 'article-byline', 'article-byline', { hidden: '' }),
    el('time', 'article-date', 'article-date', { hidden: '' }),
    el('span', 'article-reading-time', 'article-reading-time', { hidden: '' }),
  );
  head.append(el('a', 'article-site', 'article-site', { hidden: '' }), el('h1', 'article-title', 'article-title', { tabindex: '-1' }), meta);
  const parts = doc.createDocumentFragment();
  parts.append(head, el('img', 'article-lead-image', 'lead-image', { alt: '', hidden: '' }), el('div', 'article-body', 'article-body'));
  return parts;
}

/**
 * The lead image goes above the text unless the body already shows it (most articles open
 * with it). Only http(s) URLs; an image that fails to load hides itself.
 */
function showLeadImage(image: HTMLImageElement, src: string | null, body: Element): void {
  const alreadyShown = !!src && Array.from(body.querySelectorAll('img')).some((img) => sameImage(img.getAttribute('src'), src));
  if (!src || !/^https?:\/\//i.test(src) || alreadyShown) {
    image.hidden = true;
    image.removeAttribute('src');
    return;
  }
  image.alt = '';
  image.referrerPolicy = 'no-referrer';
  image.addEventListener('error', () => (image.hidden = true), { once: true });
  image.src = src;
  image.hidden = false;
}

/**
 * Links to another part of the same article (footnotes, a contents list, "back to the text"):
 * the engine made them absolute, to the page's own address plus `#fragment`, and the sanitizer
 * sends every link to a new tab. Where the fragment names an element of the body, the link is
 * made in-page again (`#fragment`, same tab), and marked for the click handler above.
 */
export function keepInPageLinks(body: HTMLElement, pageUrl: string): void {
  const page = withoutHash(pageUrl);
  if (!page) return;
  for (const link of Array.from(body.querySelectorAll<HTMLAnchorElement>('a[href*="#"]'))) {
    const href = link.getAttribute('href') ?? '';
    const hash = href.slice(href.indexOf('#'));
    if (hash.length < 2 || (href.startsWith('#') ? false : withoutHash(href) !== page)) continue;
    if (!targetOf(body, hash)) continue;
    link.setAttribute('href', hash);
    link.removeAttribute('target');
    link.removeAttribute('rel');
    link.dataset.inPage = '';
  }
}

function targetOf(body: HTMLElement, hash: string): Element | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (!id) return null;
  const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
  try {
    return body.querySelector(`[id="${escaped}"], a[name="${escaped}"]`);
  } catch {
    return null;
  }
}

function sameImage(a: string | null, b: string): boolean {
  if (!a) return false;
  const strip = (u: string) => u.replace(/[?#].*$/, '');
  return a === b || strip(a) === strip(b);
}

/**
 * Text in the UI's language inside the article (date, reading time): wrapped in a `<bdi>` with
 * the UI's `lang`, so "5 min read" stays in order inside a right-to-left article, while the
 * element itself (and its separator) follows the article's direction.
 */
function setUiText(el: HTMLElement, text: string | null, locale: string): void {
  if (!text) {
    el.replaceChildren();
    el.hidden = true;
    return;
  }
  const isolated = el.ownerDocument.createElement('bdi');
  isolated.lang = locale;
  isolated.textContent = text;
  el.replaceChildren(isolated);
  el.hidden = false;
}

function setText(el: HTMLElement, text: string | null): void {
  el.textContent = text ?? '';
  el.hidden = !text;
}
