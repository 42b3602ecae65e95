import type { Article } from '../article';
import { markdownFor } from './front-matter';
import { toText } from './to-text';
import { oneLine } from '../dom/text';

/**
 * What "Copy text" puts on the clipboard: the title, a blank line, then the article as text. Given
 * the article's body as shown (`body`), the text is made from it for people: paragraphs, list
 * bullets and numbers, quotes marked "> ", images' alt text; without, the engine's text.
 */
export function plainTextOf(article: Pick<Article, 'title' | 'text'>, body?: Node | null): string {
  const title = oneLine(article.title);
  const text = body ? toText(body, { forCopy: true }) : article.text;
  return title ? `${title}\n\n${text}` : text;
}

/**
 * What "Copy HTML" puts on the clipboard as `text/html`: the title as `<h1>`, a line linking the
 * source (the site's name, or its host) with the byline, then the sanitized body. Pasted into a
 * mail or a document, it keeps headings, lists and where it came from.
 */
export function htmlOf(article: Pick<Article, 'title' | 'html' | 'lang' | 'dir' | 'url' | 'siteName' | 'byline'>): string {
  const attributes = [
    article.lang ? ` lang="${escapeHtml(article.lang)}"` : '',
    article.dir ? ` dir="${article.dir}"` : '',
  ].join('');
  const title = article.title.trim() ? `<h1>${escapeHtml(article.title.trim())}</h1>\n` : '';
  return `<article${attributes}>\n${title}${sourceLineHtml(article)}${article.html}\n</article>`;
}

/** `<p><a href="https://…">Site</a> · Byline</p>`, or nothing for a page without a web address. */
function sourceLineHtml(article: Pick<Article, 'url' | 'siteName' | 'byline'>): string {
  if (!/^https?:\/\//i.test(article.url)) return '';
  let host = article.url;
  try {
    host = new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
  const name = article.siteName?.trim() || host;
  const link = `<a href="${escapeHtml(article.url)}">${escapeHtml(name)}</a>`;
  const byline = article.byline?.trim() ? ` · ${escapeHtml(article.byline.trim())}` : '';
  return `<p>${link}${byline}</p>\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** What each context-menu item copies; the Markdown with front matter when the user asks for it on copies. */
export function textForMenuItem(menuItemId: 'copy-clean-text' | 'copy-clean-markdown', article: Article, frontMatter = false, body?: Node | null): string {
  if (menuItemId !== 'copy-clean-markdown') return plainTextOf(article, body);
  return markdownFor(article, frontMatter ? 'always' : 'never', 'copy');
}
