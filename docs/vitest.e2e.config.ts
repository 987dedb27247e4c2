import { defineConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

/**
 * The browser test of the built site (`pnpm test:e2e`): headless Chromium, driven by
 * playwright-core, against the site served on a free port of 127.0.0.1.
 */
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/serveSite.ts'],
    outputFile: { json: '.vitest/e2e-results.json' },
    hookTimeout: 60_000,
  },
});
