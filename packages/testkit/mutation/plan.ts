/**
 * What `pnpm mutate` does with one package: nothing (its results still hold), or a Stryker
 * run, full or incremental, and why.
 * @module
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  changedFiles,
  type InputGraph,
  type PackageInputs,
  packageInputs,
  testCode,
  testDependencies,
} from './inputs.js';
import { countMutants, mutantsToRetest, type Report, reportTests, withoutTests } from './report.js';

export type Plan =
  | {
      run: false;
      why: string;
      inputs: PackageInputs;
      /** Whether the committed inputs should be brought up to date (tests changed, no result). */
      inputsChanged: boolean;
    }
  | {
      run: true;
      why: string;
      inputs: PackageInputs;
      /** The incremental report to start from; `undefined` for a run of every mutant. */
      report?: Report;
    };

export interface PlanOptions {
  root: string;
  /** The package's folder. */
  dir: string;
  graph: InputGraph;
  /** Stryker's `mutate` patterns. */
  mutate: readonly string[];
  /** The inputs and incremental report of the last run, if any. */
  committed?: PackageInputs | undefined;
  report?: Report | undefined;
  force?: boolean;
}

/**
 * The tests of `report` whose result may have changed: those whose test file is gone, or
 * that depend on a file in `changed` (paths from `root`).
 */
export function changedTests(
  { root, dir, graph }: Pick<PlanOptions, 'root' | 'dir' | 'graph'>,
  report: Report,
  changed: ReadonlySet<string>,
): Set<string> {
  const { data } = testCode(dir);
  const ids = new Set<string>();
  for (const [id, test] of reportTests(report)) {
    const file = join(dir, test.file);
    const stale =
      !existsSync(file) ||
      [...testDependencies(graph, file, test.name, data)].some((path) =>
        changed.has(relative(root, path)),
      );
    if (stale) ids.add(id);
  }
  return ids;
}

export function planRun(options: PlanOptions): Plan {
  const { root, dir, graph, mutate, committed, report, force = false } = options;
  const inputs = packageInputs(root, dir, mutate, graph);
  if (force) return { run: true, why: 'every mutant (--force)', inputs };
  if (report === undefined || committed === undefined) {
    return { run: true, why: 'every mutant (no earlier results)', inputs };
  }
  const changedSource = changedFiles(committed.source, inputs.source);
  const changedInputs = changedFiles(committed.tests, inputs.tests);
  const ids =
    changedInputs.size === 0 ? new Set<string>() : changedTests(options, report, changedInputs);
  const list = (files: Set<string>) => [...files].sort().join(', ');
  const testsPart =
    changedInputs.size === 0
      ? ''
      : `; tests changed (${list(changedInputs)}): ${ids.size} of ${reportTests(report).size} to run again`;
  if (changedSource.size > 0) {
    return {
      run: true,
      why: `source changed (${list(changedSource)})${testsPart}`,
      inputs,
      report: withoutTests(report, ids),
    };
  }
  const retest = mutantsToRetest(report, ids, changedInputs.size > 0);
  if (retest.length > 0) {
    const { mutants } = countMutants(report);
    return {
      run: true,
      why: `${testsPart.slice(2)}; up to ${retest.length} of ${mutants} mutants to test again`,
      inputs,
      report: withoutTests(report, ids),
    };
  }
  if (changedInputs.size > 0) {
    return {
      run: false,
      why: `${testsPart.slice(2)}, but no result depends on them`,
      inputs,
      inputsChanged: true,
    };
  }
  return { run: false, why: 'up to date: no source or test changed', inputs, inputsChanged: false };
}

/**
 * The setup fingerprint to record with a package's results: the committed one while any
 * result made under it is still in use (a run that reused some, or no run at all), so that
 * `pnpm mutate` goes on saying the results predate the setup; the current one once every
 * mutant has been tested under it.
 */
export function setupToRecord(
  committed: string | undefined,
  current: string,
  reused: number,
): string {
  return committed !== undefined && reused > 0 ? committed : current;
}
