/**
 * Runs a step's demo the way `pnpm demo NN` does, for the demo tests.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs step `step`'s demo (`examples/stepNN.ts` in the package of the test file at
 * `testFileUrl`) in a fresh Node process, as `pnpm demo NN` does; returns its output.
 */
export function demoOutput(testFileUrl: string, step: number): string {
  const example = fileURLToPath(new URL(`../examples/step${step}.ts`, testFileUrl));
  return execFileSync(
    process.execPath,
    ['--conditions=@dezero/source', '--import', 'tsx', '--expose-gc', example],
    { encoding: 'utf8' },
  );
}
