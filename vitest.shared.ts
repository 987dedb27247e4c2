import { defineConfig } from 'vitest/config';

/** One vitest setup for every package: each package's `vitest.config.ts` re-exports this. */
export default defineConfig({
  resolve: { conditions: ['@dezero/source'] },
  ssr: { resolve: { conditions: ['@dezero/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Memory tests call `gc()`; forks let us pass the flag to each worker.
    pool: 'forks',
    execArgv: ['--expose-gc'],
    // `pnpm test` runs every package at once; on a 2-core machine a demo test (a child
    // process) or a 100,000-function backward can take longer than vitest's default 5 s.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
