/**
 * `pnpm test [<step>] [turbo's options]`: every package's tests (`turbo run test`), or one
 * step's: `pnpm test 18` runs step 18's test files, which run its own suite and every earlier
 * step's on step 18 (`turbo run test --filter @dezero/step18`). Options after the step go to
 * turbo as they are (`pnpm test --force`, as CI runs it on its second Node). An argument that
 * is neither a step nor an option is a one-line usage error, exit 2. turbo runs as many
 * packages' tests at once as the machine has cores, unless `--concurrency` says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { usageError } from '../args.js';
import { existingSteps, parseStep, repoRoot } from '../steps.js';

const line = {
  command: 'pnpm test',
  usage: "usage: pnpm test [<step>] [turbo's options]",
  hint: () => `steps: ${existingSteps().join(', ')}`,
};

/**
 * turbo's arguments for the command line's: a step becomes a filter, options pass through.
 * turbo would run up to ten tasks at once; each package's vitest keeps a core busy, so more at
 * once than there are cores only makes them fight for the cores (on 2 cores, `pnpm test
 * --force` took 92 s at turbo's default and 56 s at 2). A `--concurrency` given here wins.
 */
export function turboArguments(
  args: readonly string[],
  cores: number = availableParallelism(),
): string[] | { error: string } {
  const limit = args.some((arg) => arg.startsWith('--concurrency'))
    ? []
    : [`--concurrency=${cores}`];
  const [first, ...rest] = args;
  if (first === undefined || first.startsWith('-')) return ['run', 'test', ...args, ...limit];
  const step = parseStep(first);
  if (step === undefined) return { error: `unknown step '${first}'` };
  const stray = rest.find((arg) => !arg.startsWith('-'));
  if (stray !== undefined) return { error: `one step at a time, not '${first} ${stray}'` };
  return ['run', 'test', '--filter', `@dezero/step${step}`, ...rest, ...limit];
}

function main(): void {
  const turbo = turboArguments(process.argv.slice(2));
  if (!Array.isArray(turbo)) usageError(line, turbo.error);
  const { status, error } = spawnSync('turbo', turbo, { cwd: repoRoot, stdio: 'inherit' });
  if (error !== undefined) throw error;
  process.exit(status ?? 1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
