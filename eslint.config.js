import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

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
);
