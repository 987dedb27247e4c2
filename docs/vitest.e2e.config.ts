import { defineConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

/**
 * The browser test of the built site (`pnpm test:e2e`): headless Chromium, driven by
 * playwright-core, against the site served on a free port of 127.0.0.1. One test file at a
 * time: each starts its own Chromium, and the machine has two cores.
 */
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/serveSite.ts'],
    outputFile: { json: '.vitest/e2e-results.json' },
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
