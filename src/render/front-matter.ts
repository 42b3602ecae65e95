import type { Article } from '../article';
import { isoDate } from './iso-date';
import { oneLine } from '../dom/text';

/** What the front matter says of an article: what, from where, by whom, when, in what language. */
export type FrontMatterSource = Pick<Article, 'title' | 'url' | 'byline' | 'publishedTime' | 'siteName' | 'lang'>;

/**
 * YAML front matter for a Markdown export, as Obsidian and static-site tools read it:
 * `title`, `source`, `author`, `published`, `site`, `language` and `saved` (the day of the
 * export). Keys are English, as those tools expect; the values are the article's. A field the
 * page does not give is left out, not written empty.
 */
export function frontMatter(article: FrontMatterSource, savedAt: Date): string {
  const fields: [string, string | null | undefined][] = [
    ['title', article.title],
    ['source', /^https?:\/\//i.test(article.url) ? article.url : null],
    ['author', article.byline],
    ['published', isoDate(article.publishedTime)],
    ['site', article.siteName],
    ['language', article.lang],
    ['saved', localDay(savedAt)],
  ];
  const lines = fields.flatMap(([key, value]) => {
    const clean = oneLine(value ?? '');
    return clean ? [`${key}: ${yamlString(clean)}`] : [];
  });
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** `date` as YYYY-MM-DD where the user is: the day they saved it. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A YAML double-quoted scalar: always quoted, so a title such as `Yes: no # maybe` or `@home`
 * stays a string; backslashes, quotes and control characters escaped.
 */
export function yamlString(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '"') return '\\"';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** Where front matter goes, by the user's choice (`settings.markdownFrontMatter`). */
export type FrontMatterChoice = 'download' | 'always' | 'never';

/** Whether an export of `use` starts with front matter under `choice`. */
export function wantsFrontMatter(choice: FrontMatterChoice, use: 'copy' | 'download'): boolean {
  return choice === 'always' || (choice === 'download' && use === 'download');
}

/** `markdown`, with front matter first when `choice` asks for it on this `use`. */
export function markdownFor(article: FrontMatterSource & Pick<Article, 'markdown'>, choice: FrontMatterChoice, use: 'copy' | 'download', now = new Date()): string {
  return wantsFrontMatter(choice, use) ? frontMatter(article, now) + article.markdown : article.markdown;
}
