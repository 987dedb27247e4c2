/**
 * The effective source of a step: for each module, the step's own copy if it has one, or
 * else the copy of the nearest earlier step, which it re-exports (the site's Decisions
 * page explains the layout).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { existingSteps, packageDir, repoRoot, type Step, suiteFile } from './steps.js';

/**
 * `src` holds a step's modules; `test` its tests, which `pnpm diff --tests` compares too:
 * the step's own `test/` folder (and those of the steps before it), and the behavioural
 * suites of every step up to it, which its tests run.
 */
export type Area = 'src' | 'test';

export interface SourceFile {
  /** The step whose package holds the file, or whose suite it is. */
  readonly home: Step;
  /** Where the file is, relative to the repository root: `packages/step16/src/core.ts`. */
  readonly path: string;
  /** The file's name as `--stat` shows it: `src/core.ts`, `suites/step18.ts`. */
  readonly name: string;
  readonly text: string;
}

/**
 * The effective files of `step` in `area`, keyed by role. A file's role is its path inside
 * the area with the owning step's number written as `NN`: `core.ts` is `src/core.ts` in
 * every step, and step 17's `step17.test.ts` plays the role `test/stepNN.test.ts` that
 * step 18's `step18.test.ts` takes over. A suite keeps its number (`suites/step17.ts`):
 * step 18 runs step 17's suite beside its own.
 */
export function effectiveSource(step: Step, area: Area): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  // Walk the lineage from the first step to `step`: a later copy replaces an earlier one.
  const lineage = existingSteps().filter((s) => s <= step);
  for (const home of lineage) {
    for (const [name, absolute] of filesIn(join(packageDir(home), area))) {
      files.set(`${area}/${name.replaceAll(`step${home}`, 'stepNN')}`, {
        home,
        path: relative(repoRoot, absolute),
        name: `${area}/${name}`,
        text: readFileSync(absolute, 'utf8'),
      });
    }
  }
  if (area === 'test') {
    for (const home of lineage) {
      const absolute = suiteFile(home);
      if (!existsSync(absolute)) continue;
      const name = `suites/${basename(absolute)}`;
      files.set(name, {
        home,
        path: relative(repoRoot, absolute),
        name,
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
