// @ts-check
/**
 * Mutation testing (StrykerJS), one configuration for every package that has mutants:
 * `@dezero/ndarray` and the step packages.
 *
 * `pnpm mutate` (packages/testkit/mutation/mutate.ts) runs Stryker on each package in turn,
 * in the package's folder, so it plants bugs in that package's `src/` only and judges each
 * with the package's own tests (a step's re-run every earlier step's suite). It keeps each
 * package's incremental report (`reports/stryker-incremental.json`, committed) and runs only
 * the mutants that changed code or changed tests affect; CI runs it so (`pnpm mutate
 * --check`). Not part of `pnpm test` or turbo.
 */
import { fileURLToPath } from 'node:url';

/** A plugin, found from here: a package's folder has no `@stryker-mutator` of its own. */
const plugin = (name) => fileURLToPath(import.meta.resolve(name));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  plugins: [
    plugin('@stryker-mutator/vitest-runner'),
    plugin('@stryker-mutator/typescript-checker'),
  ],
  mutate: ['src/**/*.ts'],
  testRunner: 'vitest',
  vitest: {
    // Stryker copies the package's folder into a sandbox, where its own
    // vitest.config.ts cannot reach `../../vitest.shared.ts`; so name the setup from here.
    configFile: fileURLToPath(new URL('./vitest.stryker.ts', import.meta.url)),
  },
  // The memory tests call gc(). The vitest runner runs tests in worker threads, which
  // take V8 flags from the process that starts them.
  testRunnerNodeArgs: ['--expose-gc'],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // A 2-core machine that others share: two worker processes (the type checker and a test
  // runner, then two test runners), and generous time, since tests slow down under load.
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 20,
  // progress-append-only: a line every few seconds, which a CI log and `pnpm mutate` (which
  // reads Stryker's output as it passes it on) show as they come.
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Survivors with their diffs and the score table; not the list of every test (hundreds).
  clearTextReporter: { allowEmojis: false, logTests: false, reportTests: false },
  // Below 90% killed on a package's src/ fails the run (and `pnpm mutate`).
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'reports', '.vitest', '.turbo'],
};
