// @ts-check
/**
 * Mutation testing (StrykerJS), one configuration for every step package.
 *
 * `pnpm mutate` runs it on each step in turn; `pnpm --filter @dezero/stepNN mutate` on one.
 * Either way Stryker runs in the step's folder (its `mutate` script points here), plants
 * bugs in that step's `src/` only, and runs the step's own tests (which re-run every
 * earlier step's suite) against each one. Not part of `pnpm test`, turbo or CI: too slow.
 */
import { fileURLToPath } from 'node:url';

/** A plugin, found from here: a step's folder has no `@stryker-mutator` packages of its own. */
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
    // Stryker copies the step's folder into a sandbox, where the package's own
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
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // Below 90% killed on a step's src/ fails the run.
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'reports', '.vitest', '.turbo'],
};
