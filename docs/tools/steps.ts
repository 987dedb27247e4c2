/** The step packages, and where each keeps its files. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STEPS = [15, 16, 17, 18, 19, 20, 21, 22] as const;
export type Step = (typeof STEPS)[number];

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

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

/** The steps whose package exists, in order: the lineage as far as it has been written. */
export function existingSteps(): Step[] {
  return STEPS.filter((s) => existsSync(packageDir(s)));
}

/** Parses a step number from the command line, or returns `undefined`. */
export function parseStep(text: string | undefined): Step | undefined {
  const step = Number(text);
  return STEPS.find((s) => s === step && existsSync(packageDir(s)));
}
