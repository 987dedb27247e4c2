/**
 * `pnpm mutate [--force] [--check] [package ...]`: mutation testing (StrykerJS) of every
 * package that has mutants, one at a time, ending with one table that is also written to
 * `packages/testkit/mutation-scores.json`.
 *
 * Each package keeps Stryker's incremental report, `reports/stryker-incremental.json`, and
 * the hashes of what its results were made from, `reports/mutation-inputs.json` (its
 * mutated `src/` files, and every file its tests depend on: see `inputs.ts`). Both are
 * committed. A package none of whose inputs changed is not run at all; one whose inputs
 * changed is run with `stryker run --incremental`, after the tests whose files changed are
 * taken out of the incremental report, so that Stryker tests again the mutants those tests
 * killed or reached and the mutants in changed code, and keeps every other result.
 *
 *   --force   every mutant again, from scratch (after a change to the setup: Stryker, vitest,
 *             TypeScript, their configuration files)
 *   --check   what CI runs: the same, but writes no committed file
 *   package   ndarray, 15 … 24, step15 or @dezero/step15; run from a package's folder
 *             (`pnpm --filter @dezero/ndarray mutate`), that package
 *
 * Exits 1 when a package scores below the break threshold of `stryker.config.mjs` or a run
 * fails, 2 with a usage line for a wrong argument.
 * @module
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import {
  InputGraph,
  type PackageInputs,
  type WorkspacePackage,
  workspacePackages,
} from './inputs.js';
import { planRun, setupToRecord } from './plan.js';
import { committedReport, countMutants, type Report } from './report.js';
import { formatTable, type PackageScore, type RunInfo, type Scores } from './scores.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const configFile = join(root, 'stryker.config.mjs');
const scoresFile = join(root, 'packages/testkit/mutation-scores.json');
/** Committed, in each package. */
const INCREMENTAL = 'reports/stryker-incremental.json';
const INPUTS = 'reports/mutation-inputs.json';
/** Not committed (ignored with reports/mutation/): the incremental report during a run. */
const WORKING = 'reports/mutation/incremental.json';

const USAGE = 'usage: pnpm mutate [--force] [--check] [ndarray | 15 … 24 | @dezero/<name> ...]';

function usageError(reason: string): never {
  console.error(`pnpm mutate: ${reason} (${USAGE})`);
  process.exit(2);
}

/** The settings of stryker.config.mjs this script reads. */
interface StrykerConfig {
  mutate: string[];
  thresholds: { break: number | null };
  jsonReporter: { fileName: string };
}

/** What is committed beside the incremental report: see `setupHash` for `setup`. */
interface CommittedInputs extends PackageInputs {
  setup: string;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The `package.json` of an installed package, from the repository's root. */
function manifest(name: string): { version: string; bin?: Record<string, string> } {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
}

/**
 * The versions and configuration files that every result depends on. The incremental
 * check does not look at them: when they change, `pnpm mutate` says so, and `--force` makes
 * the results again.
 */
function setupHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of ['@stryker-mutator/core', 'vitest', 'typescript']) {
    hash.update(`${name}@${manifest(name).version}\n`);
  }
  const files = [
    'stryker.config.mjs',
    'vitest.stryker.ts',
    'vitest.shared.ts',
    'tsconfig.base.json',
  ]
    .map((file) => join(root, file))
    .concat(join(dir, 'vitest.config.ts'), join(dir, 'tsconfig.json'));
  for (const file of files.filter((path) => existsSync(path))) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** What one Stryker run ended with. */
interface StrykerRun {
  /** Whether Stryker got to the end and wrote its reports, whatever the score. */
  finished: boolean;
  /** How many earlier results it reused (its log says, in incremental mode). */
  reused: number;
}

/** Runs Stryker in `dir` on `WORKING`, passing its output through. */
async function runStryker(dir: string, config: StrykerConfig, force: boolean): Promise<StrykerRun> {
  const core = manifest('@stryker-mutator/core');
  const bin = join(root, 'node_modules/@stryker-mutator/core', core.bin?.['stryker'] ?? '');
  const args = [bin, 'run', configFile, '--incremental', '--incrementalFile', WORKING];
  if (force) args.push('--force');
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  let reused = 0;
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      // "Result: 1668 of 1680 mutant result(s) are reused.", the first number coloured.
      const plain = stripVTControlCharacters(line);
      const match = /(\d+) of \d+ mutant result\(s\) are reused/.exec(plain);
      if (match) reused = Number(match[1]);
    }
  });
  await new Promise((done) => child.on('close', done));
  // Stryker exits 1 both when it fails and when the score is below the break threshold;
  // its JSON report is written only when the run got to the end.
  const json = join(dir, config.jsonReporter.fileName);
  const finished = existsSync(json) && statSync(json).mtimeMs >= started;
  return { finished: finished && existsSync(join(dir, WORKING)), reused };
}

function parseCommandLine(): { force: boolean; check: boolean; names: string[] } {
  try {
    const { values, positionals } = parseArgs({
      options: {
        force: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    return { force: values.force, check: values.check, names: positionals };
  } catch (error) {
    usageError((error as Error).message.split('. ')[0] ?? 'bad arguments');
  }
}

/** `ndarray`, `22`, `step22` or `@dezero/step22` → that package, if it has mutants. */
function findPackage(text: string, candidates: WorkspacePackage[]): WorkspacePackage {
  const name = /^\d+$/.test(text)
    ? `@dezero/step${text}`
    : text.startsWith('@')
      ? text
      : `@dezero/${text}`;
  const found = candidates.find((pkg) => pkg.name === name);
  if (found === undefined) {
    const names = candidates.map((pkg) => pkg.name).join(', ');
    usageError(`no package with mutants called '${text}' (there are ${names})`);
  }
  return found;
}

const options = parseCommandLine();
const packages = workspacePackages(root);
const underTest = [...packages.values()]
  .filter((pkg) => pkg.underTest)
  .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
const here = underTest.find((pkg) => pkg.dir === process.cwd());
const selected =
  options.names.length > 0
    ? options.names.map((name) => findPackage(name, underTest))
    : here !== undefined
      ? [here]
      : underTest;

const config = (await import(pathToFileURL(configFile).href)).default as StrykerConfig;
const threshold = config.thresholds.break ?? 0;
const graph = new InputGraph(packages);
const rows = new Map<string, PackageScore>(
  (readJson<Scores>(scoresFile)?.packages ?? []).map((row) => [row.package, row]),
);
const failures: string[] = [];
const notes: string[] = [];

for (const pkg of selected) {
  const { dir, name } = pkg;
  const committed = readJson<CommittedInputs>(join(dir, INPUTS));
  const report = readJson<Report>(join(dir, INCREMENTAL));
  const setup = setupHash(dir);
  const plan = planRun({
    root,
    dir,
    graph,
    mutate: config.mutate,
    committed,
    report,
    force: options.force,
  });
  console.log(`\n==> ${name}: ${plan.why}`);
  if (committed !== undefined && committed.setup !== setup && !options.force) {
    notes.push(
      `${name}: Stryker, vitest, TypeScript or a configuration file changed since these results were made; \`pnpm mutate --force ${basename(dir)}\` makes them again`,
    );
  }
  if (!plan.run) {
    if (plan.inputsChanged && !options.check)
      writeJson(join(dir, INPUTS), {
        ...plan.inputs,
        setup: setupToRecord(committed?.setup, setup, Number.POSITIVE_INFINITY),
      });
    if (!rows.has(name) && report !== undefined) {
      rows.set(name, { package: name, ...countMutants(report), run: null });
    }
    continue;
  }

  rmSync(join(dir, WORKING), { force: true });
  if (plan.report !== undefined) writeJson(join(dir, WORKING), plan.report);
  const started = Date.now();
  const { finished, reused } = await runStryker(dir, config, options.force);
  if (!finished) {
    failures.push(`${name}: Stryker did not finish (its output is above)`);
    continue;
  }
  const result = readJson<Report>(join(dir, WORKING)) as Report;
  const counts = countMutants(result);
  const run: RunInfo = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    seconds: Math.round((Date.now() - started) / 1000),
    kind: plan.report === undefined ? 'full' : 'incremental',
    tested: counts.mutants - reused,
    machine: { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: availableParallelism() },
    node: process.version,
    stryker: manifest('@stryker-mutator/core').version,
  };
  rows.set(name, { package: name, ...counts, run });
  rmSync(join(dir, WORKING));
  if (!options.check) {
    writeFileSync(join(dir, INCREMENTAL), committedReport(result));
    writeJson(join(dir, INPUTS), {
      ...plan.inputs,
      setup: setupToRecord(committed?.setup, setup, reused),
    });
  }
}

const scores: Scores = {
  threshold,
  packages: underTest.flatMap((pkg) => rows.get(pkg.name) ?? []),
};
console.log(`\n${formatTable(scores, new Set(selected.map((pkg) => pkg.name)))}`);
if (!options.check) {
  writeJson(scoresFile, scores);
  console.log(`written: ${relative(process.cwd(), scoresFile)}`);
}
for (const pkg of selected) {
  const row = rows.get(pkg.name);
  if (row === undefined) failures.push(`${pkg.name}: no results`);
  else if (row.score !== null && row.score < threshold) {
    failures.push(`${pkg.name}: ${row.score.toFixed(2)} % killed, below ${threshold} %`);
  }
}
for (const note of notes) console.log(`note: ${note}`);
for (const failure of failures) console.error(`FAILED ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
