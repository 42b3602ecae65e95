import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenus, onContextMenuClick } from '@/src/ui/context-menu';

/**
 * The background: the two context-menu items ("Copy clean text", "Copy clean Markdown").
 * Chrome runs it as a service worker (the cleaning happens in an offscreen document); Firefox
 * as an event page that cleans and copies itself. The toolbar button and its shortcut
 * (Alt+Shift+R, `_execute_action`) open the popup without any code here.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.runtime.onStartup.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onContextMenuClick(info.menuItemId, tab?.id);
  });

  if (import.meta.env.MODE === 'e2e') {
    // e2e build only: automation cannot click a context menu, so the test calls the handler.
    (globalThis as unknown as { epureTest: unknown }).epureTest = {
      onContextMenuClick: (menuItemId: string, tabId: number) => onContextMenuClick(menuItemId, tabId),
    };
  }
});
