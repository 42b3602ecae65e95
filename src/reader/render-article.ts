import type { Article } from '../article';
import { mountArticleView, type ArticleView } from '../shared/article-view';
import type { GetMessage } from '../shared/i18n';

const views = new WeakMap<Document, ArticleView>();

/** The reader page's article view, mounted into `#article` the first time it is asked for. */
export function readerView(doc: Document): ArticleView {
  const container = doc.getElementById('article');
  if (!container) throw new Error('The reader page has no #article');
  let view = views.get(doc);
  if (view?.root !== container) {
    view = mountArticleView(container);
    views.set(doc, view);
  }
  return view;
}

/**
 * Puts a clean article on the reader's page: the article view (header, lead image, body, the
 * article's `lang` and `dir`) and the tab's title. The list of what was removed is the
 * corrections' (`corrections.ts`).
 */
export function renderArticle(doc: Document, article: Article, t: GetMessage, locale: string): void {
  readerView(doc).show(article, { t, locale, linkSite: true });
  if (article.title.trim()) doc.title = article.title.trim();
}

/** Empties the article and the removed list, so a re-run never shows the previous article's leftovers. */
export function clearArticle(doc: Document): void {
  readerView(doc).clear();
  const removed = doc.getElementById('removed');
  if (removed) removed.hidden = true;
  const bar = doc.getElementById('correction-bar');
  if (bar) bar.hidden = true;
}
