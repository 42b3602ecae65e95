import { defineConfig } from 'vitest/config';

// Firefox tests (tests/firefox/): Firefox ESR with the e2e-mode Firefox build of Épure installed,
// plus the Firefox package (sources zip, web-ext lint). Run with `npm run test:firefox`, which
// builds that extension first (`wxt build -b firefox --mode e2e`).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
