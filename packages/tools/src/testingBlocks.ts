/**
 * The generated blocks of the "How this is tested" page, `docs/testing.md`:
 *
 *     <!-- dezero:suites -->           the table of the steps' tests, from @dezero/testkit/steps
 *     <!-- dezero:mutation -->         the mutation scores, from packages/testkit/mutation-scores.json
 *     <!-- dezero:tests measured -->   the number of tests of each package, counted by vitest
 *
 * The first two are read from the files they show, so the staleness test fails as soon as
 * the table of the steps' tests or the committed scores change without `pnpm readme`. The
 * counts are measured: `pnpm readme` keeps them, `pnpm readme --measure` runs every
 * package's tests (`turbo run test`, replayed from its cache when nothing changed) and counts
 * the tests in the reports vitest writes, `.vitest/results.json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageScore, Scores } from '@dezero/testkit/mutation/scores';
import * as lineages from '@dezero/testkit/steps';
import { type Block, table } from './blocks.js';
import { isMeasured, keptMeasurement, MACHINE, machine, type PageBuild } from './pageBuild.js';
import { repoRoot } from './steps.js';

/** The page these blocks belong to. */
export const testingPage = join(repoRoot, 'docs', 'testing.md');

/** The blocks of `docs/testing.md`. */
export function testingSections(build: PageBuild): Record<string, (block: Block) => string> {
  return {
    suites: () => suitesTable(),
    mutation: () => mutationTable(),
    tests: (block) => testCounts(block, build),
  };
}

// The table of the steps' tests

/**
 * What a step's suite checks, in its own words: the doc comment at the top of
 * `packages/testkit/src/suites/stepNN.ts`, after "Step NN's behaviour:".
 */
export function suiteSummary(step: number): string {
  const file = join(repoRoot, 'packages', 'testkit', 'src', 'suites', `step${step}.ts`);
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'))?.[1];
  if (comment === undefined) throw new Error(`${file} does not start with a doc comment`);
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('@'))
    .join(' ');
  const prefix = `Step ${step}'s behaviour: `;
  if (!text.startsWith(prefix)) {
    throw new Error(`the doc comment of suites/step${step}.ts does not start "${prefix}"`);
  }
  const summary = text.slice(prefix.length);
  return summary[0].toUpperCase() + summary.slice(1);
}

/** Pipes would end a table's cell. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The longest lineage of the table (`upTo24`): every step's line. */
function wholeTable() {
  const all = Object.values(lineages);
  return all.reduce((longest, lineage) => (lineage.step > longest.step ? lineage : longest));
}

function suitesTable(): string {
  const lines = wholeTable().describe();
  const first = lines[0].step;
  const steps = table(
    ['Step', 'What its suite checks (`packages/testkit/src/suites/stepNN.ts`)', 'It retires'],
    lines.map(({ step, retires }) => [
      String(step),
      cell(suiteSummary(step)),
      retires.length === 0 ? '—' : `${retires.length} (below)`,
    ]),
    ['right'],
  );
  const retired = lines.flatMap(({ step, retires }) =>
    retires.map(({ from, test, reason }) => [String(step), String(from), cell(test), cell(reason)]),
  );
  const last = lines[lines.length - 1].step;
  return [
    `${lines.length} steps, ${first} to ${last}. Step N's test file runs every suite from ${first} to N on step N, and every suite from ${first} to N − 1 on step N − 1, loaded beside it; a retired test is left out from its step on.`,
    '',
    steps,
    '',
    `The tests a step retires (${retired.length}), each with the book's reason:`,
    '',
    table(['Step', 'Suite', 'Test', "The book's reason"], retired, ['right', 'right']),
  ].join('\n');
}

// The mutation scores

export const scoresFile = join(repoRoot, 'packages', 'testkit', 'mutation-scores.json');

/** The committed scores, checked for the fields the table reads. */
export function readScores(file = scoresFile): Scores {
  const scores = JSON.parse(readFileSync(file, 'utf8')) as Scores;
  if (typeof scores.threshold !== 'number' || !Array.isArray(scores.packages)) {
    throw new Error(`${file}: expected { threshold: number, packages: [...] }`);
  }
  return scores;
}

/** The mutants that ran: all but those that did not compile, ignored, or failed to run. */
function ran(row: PackageScore): number {
  return row.killed + row.survived + row.timedOut + row.noCoverage;
}

/** The score, or why there is none. */
export function scoreCell(row: PackageScore): string {
  // A no-break space keeps a number and its unit, or a date and its time, on one line.
  if (row.score !== null) return `${row.score.toFixed(2)}\u00a0%`;
  if (row.mutants === 0) return 'none (no mutant)';
  if (ran(row) === 0) return 'none (all type errors)';
  return 'none';
}

/** When the package's last run ended, in UTC: `2026-12-04 18:24`. */
export function runCell(row: PackageScore): string {
  const run = row.run;
  if (run === null) return 'unknown';
  return `${run.date.slice(0, 10)}\u00a0${run.date.slice(11, 16)}`;
}

/** How many mutants that run tested: `all`, or `36 of 94` when it kept the other results. */
export function testedCell(row: PackageScore): string {
  const run = row.run;
  if (run === null) return 'unknown';
  return run.kind === 'full' ? 'all' : `${run.tested} of ${row.mutants}`;
}

/** The machine and versions of a run: `AMD EPYC, 2 cores, Node v24.21.0, StrykerJS 10.1.1`. */
function machineOf(row: PackageScore): string {
  const run = row.run;
  if (run === null) return 'unknown';
  return `${run.machine.cpu}, ${run.machine.cores} cores, Node ${run.node}, StrykerJS ${run.stryker}`;
}

function mutationTable(): string {
  const scores = readScores();
  const machines = new Set(scores.packages.map(machineOf));
  // One machine for every run is said once, above the table; several get a column.
  const oneMachine = machines.size === 1 ? [...machines][0] : undefined;
  const rows = scores.packages.map((row) => [
    `\`${row.package}\``,
    String(row.mutants),
    String(row.killed),
    String(row.survived),
    String(row.timedOut),
    String(row.noCoverage),
    String(row.compileErrors),
    scoreCell(row),
    runCell(row),
    testedCell(row),
    ...(oneMachine === undefined ? [machineOf(row)] : []),
  ]);
  const header = [
    ...['Package', 'Mutants', 'Killed', 'Survived', 'Timed out', 'No coverage'],
    ...['Type errors', 'Score', 'Run (UTC)', 'Tested'],
    ...(oneMachine === undefined ? ['Machine'] : []),
  ];
  const source = `From \`packages/testkit/mutation-scores.json\`, as \`pnpm mutate\` last wrote it`;
  return [
    oneMachine === undefined
      ? `${source}. CI fails below ${scores.threshold} %.`
      : `${source}, every run on one machine: ${oneMachine}. CI fails below ${scores.threshold} %.`,
    '',
    table(header, rows, ['left', ...header.slice(1, 8).map(() => 'right' as const)]),
  ].join('\n');
}

// The number of tests

/** A workspace package with tests: its name and folder. */
interface TestedPackage {
  readonly name: string;
  readonly dir: string;
}

/** The workspace's packages (pnpm-workspace.yaml) that have a `test` script, by name. */
export function testedPackages(): TestedPackage[] {
  const workspace = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...workspace.matchAll(/^ {2}- (\S+)$/gm)].map((match) => match[1]);
  if (globs.length === 0) throw new Error('pnpm-workspace.yaml lists no packages');
  return globs
    .flatMap((glob) => globSync(`${glob}/package.json`, { cwd: repoRoot }))
    .map((manifest) => {
      const json = JSON.parse(readFileSync(join(repoRoot, manifest), 'utf8')) as {
        name: string;
        scripts?: Record<string, string>;
      };
      return { name: json.name, dir: join(repoRoot, manifest, '..'), test: json.scripts?.test };
    })
    .filter((pkg) => pkg.test !== undefined)
    .map(({ name, dir }) => ({ name, dir }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** vitest's JSON report, the fields read here. */
interface VitestReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: unknown[];
}

const HEADER = ['Package', 'Test files', 'Tests'];

/** The opening line of the block, naming the machine. */
const COUNTED = 'Counted by vitest in `pnpm test`';

function countsText(rows: string[][], machineName: string): string {
  const total = rows.reduce((sum, row) => sum + Number(row[2]), 0);
  return [
    `${COUNTED} (${machineName}): ${total} tests in all.`,
    '',
    table(HEADER, rows, ['left', 'right', 'right']),
  ].join('\n');
}

/** Runs every package's tests and counts them in vitest's reports. */
function measureCounts(): string {
  const { status, error } = spawnSync('turbo', ['run', 'test', '--continue'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (error !== undefined) throw error;
  const rows = testedPackages().map(({ name, dir }) => {
    const file = join(dir, '.vitest', 'results.json');
    if (!existsSync(file)) {
      throw new Error(`${name} wrote no vitest report (${file}); turbo exited ${status}`);
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
    return [`\`${name}\``, String(report.testResults.length), String(report.numTotalTests)];
  });
  return countsText(rows, machine());
}

/**
 * What is wrong with the committed counts, or `undefined`: the block names the machine, has
 * one row per package with tests, exactly the workspace's, and its total adds up.
 */
export function countsProblem(content: string | undefined): string | undefined {
  if (content === undefined) return 'it has no counts yet';
  const match = new RegExp(`^${COUNTED} \\((${MACHINE.source})\\): \\d+ tests in all\\.\\n`).exec(
    content,
  );
  if (match === null) return 'its first line does not name the machine and the total';
  const rows = content
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((part) => part.trim()),
    );
  const listed = rows.map((row) => row[0].slice(1, -1));
  const expected = testedPackages().map((pkg) => pkg.name);
  if (listed.join() !== expected.join()) {
    return `it lists ${listed.join(', ')}, where the workspace's packages with tests are ${expected.join(', ')}`;
  }
  if (rows.some((row) => row.length !== 3 || !row.slice(1).every((n) => /^[1-9]\d*$/.test(n)))) {
    return 'a row is not a package, its number of test files and its number of tests';
  }
  return countsText(rows, match[1]) === content ? undefined : 'its total or layout is not current';
}

function testCounts(block: Block, build: PageBuild): string {
  if (!isMeasured(block, 'docs/testing.md')) {
    throw new Error('docs/testing.md: write <!-- dezero:tests measured --> (counts are measured)');
  }
  return keptMeasurement(build, block, countsProblem(block.content)) ?? measureCounts();
}
