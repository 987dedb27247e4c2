/**
 * The step packages, and where each keeps its files. A step is a folder `packages/stepNN`
 * with a `package.json`: the tools find them there, so adding a step (`pnpm new-step NN`)
 * needs no change here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A step's number, as the book numbers it: 18 is `packages/step18`, `@dezero/step18`. */
export type Step = number;

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A step package's folder name: `step18`. */
const STEP_FOLDER = /^step(\d+)$/;

/**
 * The steps whose package exists under `root` (the repository, unless told), in order: the
 * lineage as far as it has been written.
 */
export function existingSteps(root: string = repoRoot): Step[] {
  const packages = join(root, 'packages');
  if (!existsSync(packages)) return [];
  return readdirSync(packages, { withFileTypes: true })
    .flatMap((entry) => {
      const match = STEP_FOLDER.exec(entry.name);
      const isPackage = match !== null && existsSync(join(packages, entry.name, 'package.json'));
      return isPackage ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

export function packageDir(step: Step): string {
  return `${repoRoot}packages/step${step}/`;
}

export function demoFile(step: Step): string {
  return `${packageDir(step)}examples/step${step}.ts`;
}

/** Step `step`'s behavioural suite, which the tests of every step from it on run. */
export function suiteFile(step: Step): string {
  return `${repoRoot}packages/testkit/src/suites/step${step}.ts`;
}

/** Parses a step number from the command line: a step whose package exists, or `undefined`. */
export function parseStep(text: string | undefined): Step | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const step = Number(text);
  return existingSteps().includes(step) ? step : undefined;
}
