import browser from 'webextension-polyfill';
import { isSerialisedPage, type SerialisedPage } from '../messaging';

/**
 * A page read from its tab, handed to the reader that replaces it in that same tab ("the
 * toolbar button shows the reader in the tab"): once the tab navigates to the reader, the page
 * is gone, so it waits in the session's extension storage (in memory, out of every web page's
 * reach) and the reader takes it, once.
 */
const PREFIX = 'page:';
/** A reader takes its page within a second; one left a minute is nobody's. */
const STALE_MS = 60_000;

/** Keeps `page` for the reader; returns the key its address carries (`reader.html?page=<key>`). */
export async function stashPage(page: SerialisedPage, now = Date.now()): Promise<string> {
  const key = `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  // A page left by a reader that never started (the tab was closed first) goes with the next
  // one; a page stashed a moment ago may be another tab's, on its way to its reader.
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const stale = Object.keys(all).filter((name) => name.startsWith(PREFIX) && !(now - stashedAt(name) < STALE_MS));
  if (stale.length > 0) await browser.storage.session.remove(stale);
  await browser.storage.session.set({ [PREFIX + key]: page });
  return key;
}

/** The page stashed under `key`, removed from storage; null when there is none (or no such key). */
export async function takeStashedPage(key: string): Promise<SerialisedPage | null> {
  if (!/^[a-z0-9]+-[a-z0-9]+$/.test(key)) return null;
  try {
    const name = PREFIX + key;
    const value = (await browser.storage.session.get(name))[name];
    await browser.storage.session.remove(name);
    return isSerialisedPage(value) ? value : null;
  } catch {
    return null;
  }
}

/** When the page under `name` was stashed (the key starts with the time, in base 36). */
function stashedAt(name: string): number {
  return parseInt(name.slice(PREFIX.length).split('-')[0] ?? '', 36);
}
