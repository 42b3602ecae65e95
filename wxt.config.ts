import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { htmlIncludePlugin } from './scripts/lib/html-include';
import { stripRuleExamplesPlugin } from './scripts/lib/strip-rule-examples';

/** The popup and extension pages: no inline script or style, images from the articles only. */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; img-src 'self' https: http: data:; style-src 'self'; base-uri 'none'; form-action 'none'";

const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };

/** The project's root: module ids are absolute paths, and only the part under it says what a module is. */
const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The extension pages' code in one chunk, `chunks/shared-*.js`: the popup and the full-tab reader
 * load their small entry, the bundler's runtime helpers and this chunk (engine included), instead
 * of the five shared chunks the bundler would cut. Loading an extension file is a round trip of
 * its own, and a module runs only once every file it imports is there, so on the time to article
 * fewer files is what counts (docs/performance.md). The entries and the options page's own
 * modules stay out; the options page and Chrome's offscreen document load it for the code they
 * share with the reader (settings, the engine).
 */
const SHARED_CHUNK = {
  name: 'shared',
  test: (id: string) => !/^(?:entrypoints|src[\\/](?:options|welcome))[\\/]/.test(relative(ROOT, id)),
};

// One codebase, two browsers, Manifest V3 for both (README "Install from source").
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [stripRuleExamplesPlugin(), htmlIncludePlugin()] }),
  hooks: {
    // Only the build of the HTML pages: the other builds make one self-contained script each.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error('Épure: unexpected shape of the pages build output');
      output.codeSplitting = { groups: [SHARED_CHUNK] };
    },
  },
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions at install: a page is read only after the user asks (toolbar button,
    // shortcut, context menu), which grants activeTab for that tab. "Always clean <site>" asks
    // for exactly that site's origin at run time, from the user's click (optional_host_permissions).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'clipboardWrite',
      // Chrome's service worker has no DOM and no clipboard: an offscreen document has both.
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // e2e Firefox builds only: the tests read back what Épure copied, as a user would paste it.
      // Chromium's tests read it through the DevTools protocol instead.
      ...(mode === 'e2e' && browser === 'firefox' ? ['clipboardRead'] : []),
    ],
    optional_host_permissions: ['*://*/*'],
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
          // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android): web-ext lint
          // warns for any lower minimum (REVIEWERS.md).
          browser_specific_settings: {
            gecko: {
              id: 'epure@epure.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip:firefox` also writes epure-<version>-sources.zip for add-on review: only what
  // `npm ci && npm run build:firefox` needs to rebuild the same files (REVIEWERS.md).
  zip: {
    includeSources: [
      'README.md',
      'REVIEWERS.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/lib/strip-rule-examples.ts',
      'scripts/lib/html-include.ts',
      'entrypoints/**',
      'src/**',
      'public/**',
    ],
  },
});
