import type { Article } from '../article';

/** What "Copy text" puts on the clipboard: the title, a blank line, then the article text. */
export function plainTextOf(article: Pick<Article, 'title' | 'text'>): string {
  const title = article.title.replace(/\s+/g, ' ').trim();
  return title ? `${title}\n\n${article.text}` : article.text;
}

/** What "Copy HTML" puts on the clipboard as `text/html`: the title as `<h1>`, then the body. */
export function htmlOf(article: Pick<Article, 'title' | 'html' | 'lang' | 'dir'>): string {
  const attributes = [
    article.lang ? ` lang="${escapeHtml(article.lang)}"` : '',
    article.dir ? ` dir="${article.dir}"` : '',
  ].join('');
  const title = article.title.trim() ? `<h1>${escapeHtml(article.title.trim())}</h1>\n` : '';
  return `<article${attributes}>\n${title}${article.html}\n</article>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** What each context-menu item copies. */
export function textForMenuItem(menuItemId: 'copy-clean-text' | 'copy-clean-markdown', article: Article): string {
  return menuItemId === 'copy-clean-markdown' ? article.markdown : plainTextOf(article);
}
