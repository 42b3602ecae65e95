import browser from 'webextension-polyfill';
import type { Article } from '../article';

/**
 * The clean article a reader page shows, kept in the session's extension storage
 * (`storage.session`: in memory, for this browser session, out of every web page's reach): the
 * reader's address names it (`reader.html?read=<key>`), so the page survives a reload and the
 * closing of the tab it was read from. Never in the page, never on disk.
 */
const PREFIX = 'reading:';
/** Readings kept at once: enough for every open reader tab; the oldest goes first. */
export const MAX_KEPT = 12;

interface Kept {
  article: Article;
  keptAt: number;
}

/** Keeps `article`; returns the key for the reader's address. */
export async function keepArticle(article: Article, now = Date.now()): Promise<string> {
  const key = `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const area = browser.storage.session;
  const all = (await area.get(null)) as Record<string, unknown>;
  const old = Object.entries(all)
    .filter(([name, value]) => name.startsWith(PREFIX) && isKept(value))
    .sort(([, a], [, b]) => (a as Kept).keptAt - (b as Kept).keptAt)
    .map(([name]) => name);
  const surplus = old.length - (MAX_KEPT - 1);
  if (surplus > 0) await area.remove(old.slice(0, surplus));
  await area.set({ [PREFIX + key]: { article, keptAt: now } satisfies Kept });
  return key;
}

/** The article kept under `key`, or null (the browser was restarted, or the key is not one). */
export async function keptArticle(key: string): Promise<Article | null> {
  if (!/^[a-z0-9]+-[a-z0-9]+$/.test(key)) return null;
  try {
    const value = (await browser.storage.session.get(PREFIX + key))[PREFIX + key];
    return isKept(value) ? value.article : null;
  } catch {
    return null;
  }
}

/** The reader's address for a kept article. */
export function keptReaderUrl(key: string): string {
  return browser.runtime.getURL(`/reader.html?read=${key}`);
}

function isKept(value: unknown): value is Kept {
  if (!value || typeof value !== 'object') return false;
  const { article, keptAt } = value as Partial<Kept>;
  return (
    typeof keptAt === 'number' &&
    !!article &&
    typeof article.title === 'string' &&
    typeof article.html === 'string' &&
    typeof article.url === 'string' &&
    typeof article.markdown === 'string' &&
    Array.isArray(article.removals)
  );
}
