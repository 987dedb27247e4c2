/**
 * The effective source of a step: for each module, the step's own copy if it has one, or
 * else the copy of the nearest earlier step, which it re-exports (the site's Decisions
 * page explains the layout).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { existingSteps, packageDir, repoRoot, type Step } from './steps.js';

/** `src` holds a step's modules; `test` its tests, which `pnpm diff --tests` compares too. */
export type Area = 'src' | 'test';

export interface SourceFile {
  /** The step whose package holds the file. */
  readonly home: Step;
  /** Where the file is, relative to the repository root: `packages/step16/src/core.ts`. */
  readonly path: string;
  readonly text: string;
}

/**
 * The effective files of `step` in `area`, keyed by role. A file's role is its path inside
 * the area with the owning step's number written as `NN`: `core.ts` is `src/core.ts` in
 * every step, and step 17's `step17.test.ts` plays the role `test/stepNN.test.ts` that
 * step 18's `step18.test.ts` takes over.
 */
export function effectiveSource(step: Step, area: Area): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  // Walk the lineage from the first step to `step`: a later copy replaces an earlier one.
  for (const home of existingSteps().filter((s) => s <= step)) {
    for (const [name, absolute] of filesIn(join(packageDir(home), area))) {
      files.set(`${area}/${name.replaceAll(`step${home}`, 'stepNN')}`, {
        home,
        path: relative(repoRoot, absolute),
        text: readFileSync(absolute, 'utf8'),
      });
    }
  }
  return files;
}

/** The files under `dir` (recursively), as [path inside dir, absolute path]; none if absent. */
function filesIn(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const absolute = join(entry.parentPath, entry.name);
      return [relative(dir, absolute).split(sep).join('/'), absolute];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
