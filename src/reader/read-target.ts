import browser from 'webextension-polyfill';
import { readTab, type ReadTabOutcome } from '../host/read-tab';
import { takeStashedPage } from '../host/stashed-page';

export type ReaderKind = 'popup' | 'tab';

/** The tab a reader reads, and what reading it gave; `read` null when there is no such tab. */
export interface ReadTarget {
  tabId: number | null;
  read: ReadTabOutcome | null;
}

/** Finds the tab to read and reads it; `tabId` null when there is none. Never throws. */
export async function readTarget(kind: ReaderKind, options: { anyway?: boolean } = {}): Promise<{ tabId: number | null; read: ReadTabOutcome | null }> {
  try {
    const tabId = await targetTab(kind);
    // `?page=<key>`: the toolbar read the page and sent this tab here; the page waits in storage.
    const stashed = kind === 'tab' && !options.anyway ? new URLSearchParams(location.search).get('page') : null;
    if (stashed !== null) {
      const page = await takeStashedPage(stashed);
      return { tabId, read: page ? { ok: true, page } : null };
    }
    return { tabId, read: tabId === null ? null : await readTab(tabId, options) };
  } catch (error) {
    return { tabId: null, read: { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** `?tab=<id>` when given (the full-tab reader, tests); else, in the popup, the active tab. */
async function targetTab(kind: ReaderKind): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  if (kind !== 'popup') return null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
