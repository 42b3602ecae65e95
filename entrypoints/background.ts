import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { startAutoCleanBackground } from '@/src/background/auto-clean';
import { syncRegistration } from '@/src/shared/registration';
import { refreshBadge } from '@/src/background/badge';
import { createContextMenus, onContextMenuClick } from '@/src/background/context-menu';
import { welcomeOnInstall } from '@/src/background/welcome';
import { readerInTab, startToolbar } from '@/src/background/toolbar';

/**
 * The background: the two context-menu items ("Copy clean text", "Copy clean Markdown") and
 * auto-clean (the content script registered for the chosen sites, the badge, the cleaning of
 * the pages it sends). Chrome runs it as a service worker (the cleaning happens in an offscreen
 * document); Firefox as an event page that cleans itself. The toolbar button and its shortcut
 * (Alt+Shift+R, `_execute_action`) open the popup without any code here, or, when the user
 * chose so, show the reader in the tab (`toolbar.ts`).
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    void createContextMenus();
    // Not in the e2e build, whose tests count the tabs they open: they call the hook below.
    if (import.meta.env.MODE !== 'e2e') void welcomeOnInstall(details).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onContextMenuClick(info.menuItemId, tab?.id);
  });
  startAutoCleanBackground();
  startToolbar();

  if (import.meta.env.MODE === 'e2e') {
    // e2e build only: automation cannot click a context menu, so the test calls the handler;
    // it can wait for the auto-clean registration and read a tab's badge.
    (globalThis as unknown as { epureTest: unknown }).epureTest = {
      onContextMenuClick: (menuItemId: string, tabId: number) => onContextMenuClick(menuItemId, tabId),
      welcomeOnInstall: (reason: 'install' | 'update') => welcomeOnInstall({ reason, temporary: false }),
      syncRegistration: () => syncRegistration(),
      refreshBadge: (tabId: number) => refreshBadge(tabId),
      // What the toolbar click does in "reader in the tab" mode (the click itself cannot be automated).
      readerInTab: async (tabId: number) => readerInTab(await browser.tabs.get(tabId)),
    };
  }
});
