import { localDay } from '../render/front-matter';

/** Longest file name kept before ".md": in characters, and in UTF-8 bytes (file systems allow 255; a letter takes up to 4). */
export const MAX_FILE_NAME_CHARS = 100;
export const MAX_FILE_NAME_BYTES = 200;

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;

/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** What a file name pattern can name: `{title}`, `{date}` (YYYY-MM-DD, the day saved), `{site}`. */
export interface FileNameParts {
  title: string;
  site?: string | null;
  date?: Date;
}

/**
 * The Markdown download's file name, from the user's pattern (`settings.fileNamePattern`,
 * `{title}` by default, e.g. `{date} {title}`): the title as it reads, accents and every script
 * kept ("Été indien à Zürich.md"), with only what a file system refuses taken out (path
 * separators, `:*?"<>|`, control characters), spaces tidied, cut at a word within
 * `MAX_FILE_NAME_CHARS` and `MAX_FILE_NAME_BYTES`. "article.md" when nothing is left.
 */
export function markdownFileName(parts: FileNameParts, pattern = '{title}'): string {
  const values: Record<string, string> = {
    title: parts.title,
    site: parts.site ?? '',
    date: localDay(parts.date ?? new Date()),
  };
  const filled = pattern.replace(/\{(title|date|site)\}/g, (_, name: string) => values[name] ?? '');
  return `${safeFileName(filled)}.md`;
}

/** `name` made safe for every file system, or `fallback`. */
export function safeFileName(name: string, fallback = 'article'): string {
  let safe = name
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...safe].length > MAX_FILE_NAME_CHARS || utf8Length(safe) > MAX_FILE_NAME_BYTES) {
    const chars = [...safe].slice(0, MAX_FILE_NAME_CHARS);
    while (utf8Length(chars.join('')) > MAX_FILE_NAME_BYTES) chars.pop();
    const cut = chars.join('');
    const lastSpace = cut.lastIndexOf(' ');
    safe = lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
  }
  // No leading dot (a hidden file), no trailing dot or space (Windows drops them).
  safe = safe.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!/[\p{L}\p{N}]/u.test(safe) || RESERVED.test(safe)) return fallback;
  return safe;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
