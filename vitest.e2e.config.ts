import { defineConfig } from 'vitest/config';

// Real-browser end-to-end tests (tests/e2e/): Chromium with the e2e-mode build of Épure loaded.
// Run with `npm run test:e2e`, which builds that extension first (`wxt build --mode e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
