import { formatCount, type GetMessage } from './i18n';

/**
 * A publication date in the UI language ("28 janvier 2025", "January 28, 2025"), or null when
 * the page's value is not a date a reader could trust.
 */
export function formatDate(value: string | null, locale: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(date);
  }
}

/** "5 min read" / "5 min de lecture", the number as `locale` writes it. */
export function formatReadingTime(minutes: number, t: GetMessage, locale = 'en'): string {
  return t('readingTime', formatCount(Math.max(1, Math.round(minutes)), locale));
}

/** A language's name in the UI language ("French", "français"), or the code itself. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
