import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

/** The pure engine: DOM in, article out; no browser API, no UI. */
const ENGINE = ['src/article.ts', 'src/extract.ts', 'src/safe-html.ts', 'src/pipeline/**', 'src/rules/**', 'src/render/**', 'src/dom/**', 'src/types/**'];
const RUNTIMES = ['**/background/*', '**/content/*', '**/reader/*', '**/options/*', '**/welcome/*', '**/entrypoints/*'];
const ABOVE_SHARED = ['**/host/*', ...RUNTIMES];
const ABOVE_ENGINE = ['**/settings/*', '**/messaging', '**/serialise-page', ...ABOVE_SHARED];

export default tseslint.config(
  { ignores: ['.scratch/**', '.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'tests/fixtures/**', '.e2e-build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      // HTML enters a document only through src/safe-html.ts (DOMPurify at the sink).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use src/safe-html.ts.' },
        { property: 'outerHTML', message: 'Use src/safe-html.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/safe-html.ts', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  // Boundaries, lowest layer first (docs/architecture.md): the engine, then what every runtime
  // shares (settings, the message protocol, src/shared), then the engine's host; the runtimes
  // (background, content, reader, options) sit on top, and the entrypoints above them. No file imports a layer above its own.
  {
    files: ENGINE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'The engine runs in Node too: no browser API.' }],
          patterns: [
            { group: ['wxt', 'wxt/*', '@/*', '#imports'], message: 'The engine is plain TypeScript: no WXT.' },
            { group: ABOVE_ENGINE, message: 'The engine imports nothing above it (settings, messaging, host, UI).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/messaging.ts', 'src/settings/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ABOVE_SHARED, message: 'Shared code imports neither the host nor a runtime.' }] }] },
  },
  {
    files: ['src/host/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: RUNTIMES, message: 'The host imports no runtime (background, content, reader, options).' }] }] },
  },
  // The runtimes are peers: each imports the layers below, never another runtime.
  ...['background', 'content', 'reader', 'options', 'welcome'].map((runtime) => ({
    files: [`src/${runtime}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: RUNTIMES.filter((group) => group !== `**/${runtime}/*`), message: `src/${runtime} imports no other runtime: what two share goes in src/shared.` }] },
      ],
    },
  })),
);
