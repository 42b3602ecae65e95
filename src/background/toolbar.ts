import browser, { type Tabs } from 'webextension-polyfill';
import { readTab } from '../host/read-tab';
import { stashPage } from '../host/stashed-page';
import type { ToolbarClick } from '../settings/settings';
import { loadSettings, onSettingsChanged } from '../settings/store';

/** The popup's page, as the manifest names it (`entrypoints/popup/`). */
export const POPUP_PAGE = 'popup.html';

/**
 * What the toolbar button (and its shortcut, `_execute_action`) does. With a popup set, the
 * browser opens it and `action.onClicked` never fires; without one, the click comes here.
 */
export async function applyToolbarClick(choice: ToolbarClick): Promise<void> {
  await browser.action.setPopup({ popup: choice === 'popup' ? POPUP_PAGE : '' });
}

/**
 * "The toolbar shows the reader in the tab": the click granted `activeTab`, so the page is read
 * here, stashed, and the tab goes to the reader, which cleans it (the page's own address stays
 * in the tab's history: Back returns to it). When the page cannot be read here (a browser page,
 * a page too large to read in one go), the reader opens beside it instead and says why, with
 * its ways forward ("Clean anyway", "Open the page"): the user asked, so an answer is owed.
 * Returns the reader's address.
 */
export async function readerInTab(tab: Pick<Tabs.Tab, 'id' | 'index'>): Promise<string | null> {
  if (tab.id === undefined || tab.id < 0) return null;
  const read = await readTab(tab.id);
  if (read.ok && !read.page.tooLarge) {
    const url = browser.runtime.getURL(`/reader.html?tab=${tab.id}&page=${await stashPage(read.page)}`);
    await browser.tabs.update(tab.id, { url });
    return url;
  }
  const url = browser.runtime.getURL(`/reader.html?tab=${tab.id}`);
  await browser.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
  return url;
}

/**
 * Keeps the button doing what the settings say: at install and browser start (the browser
 * forgets `setPopup` with the session), and when the setting changes on any page. Listeners are
 * added synchronously, as Chrome's service worker needs.
 */
export function startToolbar(): void {
  const apply = () => void loadSettings().then((settings) => applyToolbarClick(settings.toolbarClick));
  browser.runtime.onInstalled.addListener(apply);
  browser.runtime.onStartup.addListener(apply);
  let seen: ToolbarClick | null = null;
  onSettingsChanged((settings) => {
    if (settings.toolbarClick === seen) return;
    seen = settings.toolbarClick;
    void applyToolbarClick(settings.toolbarClick);
  });
  browser.action.onClicked.addListener((tab) => void readerInTab(tab).catch((error: unknown) => console.error(error)));
}
