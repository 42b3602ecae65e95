import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { stripRuleExamplesPlugin } from './scripts/lib/strip-rule-examples';

/** The popup and extension pages: no inline script or style, images from the articles only. */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; img-src 'self' https: http: data:; style-src 'self'; base-uri 'none'; form-action 'none'";

const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };

/**
 * The reader's pages load the engine on demand (`src/ui/engine-loader.ts`), and need it at
 * once: a `<link rel="modulepreload">` for each chunk a page imports on demand lets the browser
 * fetch and compile it while it is still loading the page's own script, instead of after.
 * On the time to article, this is the critical path (README "Speed and size").
 */
function preloadOnDemandChunks(): Plugin {
  return {
    name: 'epure:preload-on-demand-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!chunk || !bundle) return html;
        // The on-demand imports of the page's script and of every chunk it imports statically.
        const onDemand = new Set<string>();
        const seen = new Set<string>();
        const visit = (file: string) => {
          const output = bundle[file];
          if (seen.has(file) || output?.type !== 'chunk') return;
          seen.add(file);
          for (const lazy of output.dynamicImports) onDemand.add(lazy);
          for (const eager of output.imports) visit(eager);
        };
        visit(chunk.fileName);
        const links = [...onDemand].filter((file) => !seen.has(file)).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return links.length ? html.replace('</head>', `${links.join('')}</head>`) : html;
      },
    },
  };
}

// One codebase, two browsers, Manifest V3 for both (see README "Loading the extension").
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preloadOnDemandChunks(), stripRuleExamplesPlugin()] }),
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
          // warns for any lower minimum (README "For add-on reviewers").
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
  // `npm ci && npm run build:firefox` needs to rebuild the same files (README "For add-on reviewers").
  zip: {
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/lib/strip-rule-examples.ts',
      'entrypoints/**',
      'src/**',
      'public/**',
    ],
  },
});
