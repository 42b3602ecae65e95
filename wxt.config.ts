import { defineConfig } from 'wxt';

/** The popup and extension pages: no inline script or style, images from the articles only. */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; img-src 'self' https: http: data:; style-src 'self'; base-uri 'none'; form-action 'none'";

const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };

// One codebase, two browsers, Manifest V3 for both (see README "Loading the extension").
export default defineConfig({
  srcDir: '.',
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions: a page is read only after the user asks (toolbar button, shortcut,
    // context menu), which grants activeTab for that tab.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'clipboardWrite',
      // Chrome's service worker has no DOM and no clipboard: an offscreen document has both.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // e2e builds only (`wxt build --mode e2e`, output `.output/<browser>-mv3-e2e`): automation
    // cannot click the toolbar button, so the test server's origin is granted up front.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' } },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'epure@epure.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
