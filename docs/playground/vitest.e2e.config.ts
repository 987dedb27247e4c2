import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

/**
 * The browser test of the playground (`pnpm test:e2e`): builds it, serves its test page on
 * 127.0.0.1 and drives it in headless Chromium (Debian's, through playwright-core).
 */
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup.ts'],
    outputFile: { json: '.vitest/e2e-results.json' },
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
