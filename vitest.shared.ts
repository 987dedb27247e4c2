import { defineConfig, mergeConfig } from 'vitest/config';

/** One vitest setup for every package: each package's `vitest.config.ts` re-exports this. */
const shared = defineConfig({
  resolve: { conditions: ['@dezero/source'] },
  ssr: { resolve: { conditions: ['@dezero/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Memory tests call `gc()`; forks let us pass the flag to each worker.
    pool: 'forks',
    execArgv: ['--expose-gc'],
    // `pnpm test` runs every package at once; on a 2-core machine a demo test (a child
    // process) or a 20,000-function backward can take longer than vitest's default 5 s.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
export default shared;

/**
 * The same, with one worker that runs a package's test files one after another and keeps
 * its modules loaded between them: for the packages under `packages/`, whose test files
 * share no state (each step's classes are its own, and every test that changes `Config`
 * restores it). A process per file would cost more CPU than it saves time, since turbo
 * runs the packages side by side anyway.
 */
export const oneWorker = mergeConfig(shared, {
  test: { isolate: false, fileParallelism: false },
});
