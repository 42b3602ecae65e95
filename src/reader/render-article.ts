import type { Article } from '../article';
import { setSanitizedHtml } from '../safe-html';
import { hideBrokenImages } from '../shared/broken-images';
import { formatDate, formatReadingTime } from '../shared/format';
import type { GetMessage } from '../shared/i18n';
import { renderRemovedList } from './removed-list';

/**
 * Puts a clean article on the page: header fields as text, the body through the one sanitizing
 * sink (`setSanitizedHtml`), the container's `lang` and `dir` from the article so right-to-left
 * articles read right to left, and the list of what was removed.
 */
export function renderArticle(doc: Document, article: Article, t: GetMessage, locale: string): void {
  const container = doc.getElementById('article');
  if (container) {
    if (article.lang) container.setAttribute('lang', article.lang);
    else container.removeAttribute('lang');
    container.setAttribute('dir', article.dir ?? 'auto');
  }
  setText(doc, 'article-title', article.title.trim() || siteOf(article));
  setText(doc, 'article-byline', article.byline);
  setText(doc, 'article-site', article.siteName || siteOf(article));
  // A short result is shown as found, and says so (the user asked for it: see `Article.short`).
  const readingTime = formatReadingTime(article.readingMinutes, t);
  setUiText(doc, 'article-reading-time', article.short ? `${t('shortArticle')} · ${readingTime}` : readingTime, locale);

  const date = doc.getElementById('article-date');
  const formatted = formatDate(article.publishedTime, locale);
  if (date) {
    setUiText(doc, 'article-date', formatted, locale);
    if (formatted && article.publishedTime) date.setAttribute('datetime', article.publishedTime);
    else date.removeAttribute('datetime');
  }

  const body = doc.getElementById('article-body');
  if (body) {
    setSanitizedHtml(body, article.html);
    hideBrokenImages(body);
  }
  showLeadImage(doc, article, body);
  renderRemovedList(doc, article.removals, t, locale);
  if (article.title.trim()) doc.title = article.title.trim();
}

/** Empties every article field, so a re-run never shows the previous article's leftovers. */
export function clearArticle(doc: Document): void {
  for (const id of ['article-title', 'article-byline', 'article-site', 'article-date', 'article-reading-time']) setText(doc, id, '');
  doc.getElementById('article-body')?.replaceChildren();
  const image = doc.getElementById('article-lead-image') as HTMLImageElement | null;
  if (image) {
    image.hidden = true;
    image.removeAttribute('src');
  }
  const removed = doc.getElementById('removed');
  if (removed) removed.hidden = true;
}

/**
 * The lead image goes above the text unless the body already shows it (most articles open
 * with it). Only http(s) URLs; an image that fails to load hides itself.
 */
function showLeadImage(doc: Document, article: Article, body: Element | null): void {
  const image = doc.getElementById('article-lead-image') as HTMLImageElement | null;
  if (!image) return;
  const src = article.leadImage;
  const alreadyShown =
    !!src && !!body && Array.from(body.querySelectorAll('img')).some((img) => sameImage(img.getAttribute('src'), src));
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

function sameImage(a: string | null, b: string): boolean {
  if (!a) return false;
  const strip = (u: string) => u.replace(/[?#].*$/, '');
  return a === b || strip(a) === strip(b);
}

function siteOf(article: Article): string {
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Text in the UI's language inside the article (date, reading time): wrapped in a `<bdi>` with
 * the UI's `lang`, so "5 min read" stays in order inside a right-to-left article, while the
 * element itself (and its separator) follows the article's direction.
 */
function setUiText(doc: Document, id: string, text: string | null, locale: string): void {
  const el = doc.getElementById(id);
  if (!el) return;
  if (!text) {
    el.replaceChildren();
    el.hidden = true;
    return;
  }
  const isolated = doc.createElement('bdi');
  isolated.lang = locale;
  isolated.textContent = text;
  el.replaceChildren(isolated);
  el.hidden = false;
}

function setText(doc: Document, id: string, text: string | null): void {
  const el = doc.getElementById(id);
  if (!el) return;
  el.textContent = text ?? '';
  el.hidden = !text;
}
