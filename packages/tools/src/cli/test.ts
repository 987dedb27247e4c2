/**
 * `pnpm test [<step>] [turbo's options]`: every package's tests (`turbo run test`), or one
 * step's: `pnpm test 18` runs step 18's test files, which run its own suite and every earlier
 * step's on step 18 (`turbo run test --filter @dezero/step18`). Options after the step go to
 * turbo as they are (`pnpm test --force`, as CI runs it on its second Node). An argument that
 * is neither a step nor an option is a one-line usage error, exit 2.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { usageError } from '../args.js';
import { existingSteps, parseStep, repoRoot } from '../steps.js';

const line = {
  command: 'pnpm test',
  usage: "usage: pnpm test [<step>] [turbo's options]",
  hint: () => `steps: ${existingSteps().join(', ')}`,
};

/** turbo's arguments for the command line's: a step becomes a filter, options pass through. */
export function turboArguments(args: readonly string[]): string[] | { error: string } {
  const [first, ...rest] = args;
  if (first === undefined || first.startsWith('-')) return ['run', 'test', ...args];
  const step = parseStep(first);
  if (step === undefined) return { error: `unknown step '${first}'` };
  const stray = rest.find((arg) => !arg.startsWith('-'));
  if (stray !== undefined) return { error: `one step at a time, not '${first} ${stray}'` };
  return ['run', 'test', '--filter', `@dezero/step${step}`, ...rest];
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
