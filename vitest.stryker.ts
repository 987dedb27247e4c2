import shared from './vitest.shared.ts';

/**
 * vitest.shared.ts as Stryker's vitest runner needs it (stryker.config.mjs names it). The
 * runner runs tests in worker threads, which refuse V8 flags such as `--expose-gc` in
 * `execArgv`; they inherit the flag from the runner's process instead (`testRunnerNodeArgs`).
 */
const { execArgv: _notForThreads, ...test } = shared.test ?? {};
export default { ...shared, test };
