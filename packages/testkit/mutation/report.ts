/**
 * StrykerJS's report (the mutation-testing-report-schema JSON that its `json` reporter and
 * its incremental file hold): the parts `pnpm mutate` reads, the counts of its table, and
 * the edit that makes Stryker test again the mutants whose tests changed.
 * @module
 */

/** A mutant's status, as the schema names them. */
export type MutantStatus =
  | 'Killed'
  | 'Survived'
  | 'NoCoverage'
  | 'Timeout'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

export interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: MutantStatus;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  killedBy?: string[];
  coveredBy?: string[];
  static?: boolean;
}

export interface ReportTest {
  id: string;
  name: string;
}

/** The parts of the report `pnpm mutate` uses; Stryker's file has more, kept as they are. */
export interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
  testFiles?: Record<string, { source?: string; tests: ReportTest[] }>;
  framework?: { version?: string };
}

/** One row of the table: how many mutants ended how, and the score. */
export interface Counts {
  mutants: number;
  killed: number;
  survived: number;
  timedOut: number;
  noCoverage: number;
  /** Mutants the TypeScript checker rejected: they never run, and do not count in the score. */
  compileErrors: number;
  /** Mutants that crashed the test run, or that Stryker was told to ignore: not counted either. */
  runtimeErrors: number;
  ignored: number;
  /**
   * Stryker's mutation score, in percent to two decimals: detected (killed or timed out) of
   * all that ran or had no test (killed, timed out, survived, no coverage). `null` when there
   * are none of those, where Stryker prints NaN.
   */
  score: number | null;
}

export function mutants(report: Report): ReportMutant[] {
  return Object.values(report.files).flatMap((file) => file.mutants);
}

export function countMutants(report: Report): Counts {
  const all = mutants(report);
  const count = (status: MutantStatus) => all.filter((mutant) => mutant.status === status).length;
  const counts = {
    mutants: all.length,
    killed: count('Killed'),
    survived: count('Survived'),
    timedOut: count('Timeout'),
    noCoverage: count('NoCoverage'),
    compileErrors: count('CompileError'),
    runtimeErrors: count('RuntimeError'),
    ignored: count('Ignored'),
  };
  const detected = counts.killed + counts.timedOut;
  const valid = detected + counts.survived + counts.noCoverage;
  const score = valid === 0 ? null : Math.round((detected / valid) * 10_000) / 100;
  return { ...counts, score };
}

/** The report's tests by id, each with the test file that registered it (as the report names it). */
export function reportTests(report: Report): Map<string, ReportTest & { file: string }> {
  const tests = new Map<string, ReportTest & { file: string }>();
  for (const [file, { tests: inFile }] of Object.entries(report.testFiles ?? {})) {
    for (const test of inFile) tests.set(test.id, { ...test, file });
  }
  return tests;
}

/**
 * The report as if the tests `changed` had never run: Stryker then treats them as new, so it
 * tests again every mutant one of them killed (unless another, unchanged test killed it too)
 * and every mutant one of them covered that was not killed.
 */
export function withoutTests(report: Report, changed: ReadonlySet<string>): Report {
  const testFiles = Object.fromEntries(
    Object.entries(report.testFiles ?? {}).map(([file, entry]) => [
      file,
      { ...entry, tests: entry.tests.filter((test) => !changed.has(test.id)) },
    ]),
  );
  return { ...report, testFiles };
}

/** Statuses that no test can change: the type checker's verdict, and Stryker's ignore list. */
const SETTLED: ReadonlySet<MutantStatus> = new Set(['CompileError', 'Ignored']);

/**
 * The mutants whose result may differ now that the tests `changed` changed and, if
 * `testsChanged`, some test file or test input changed at all (a test may have been added).
 * Stryker's own rule: a killed mutant when every test that killed it changed; any other
 * mutant (one that survived, timed out, had no test or crashed) whenever a test changed or
 * was added, since it may reach the mutant now.
 */
export function mutantsToRetest(
  report: Report,
  changed: ReadonlySet<string>,
  testsChanged: boolean,
): ReportMutant[] {
  if (!testsChanged) return [];
  return mutants(report).filter((mutant) =>
    mutant.status === 'Killed'
      ? (mutant.killedBy ?? []).every((id) => changed.has(id))
      : !SETTLED.has(mutant.status),
  );
}

/**
 * The report as a package commits it: without what only describes the machine and the run
 * (`config`, with its absolute paths, `projectRoot`, the framework's logo), and written one
 * mutant and one test to a line, so that a change of result is a change of one line.
 */
export function committedReport(report: Report): string {
  const {
    config: _config,
    projectRoot: _root,
    framework,
    ...rest
  } = report as Report & Record<string, unknown>;
  const { branding: _branding, ...frameworkRest } = (framework ?? {}) as Record<string, unknown>;
  const lines = (items: readonly unknown[], indent: string) =>
    items.map((item) => `${indent}${JSON.stringify(item)}`).join(',\n');
  const section = (key: 'files' | 'testFiles', list: 'mutants' | 'tests') => {
    const entries = Object.entries((rest[key] ?? {}) as Record<string, Record<string, unknown>>);
    const files = entries.map(([name, file]) => {
      const { [list]: items = [], ...fields } = file as Record<string, unknown[]>;
      const head = Object.entries(fields).map(
        ([field, value]) => `      ${JSON.stringify(field)}: ${JSON.stringify(value)},\n`,
      );
      const body = (items as unknown[]).length === 0 ? '' : `\n${lines(items, '        ')}\n      `;
      return `    ${JSON.stringify(name)}: {\n${head.join('')}      "${list}": [${body}]\n    }`;
    });
    return `  ${JSON.stringify(key)}: {${files.length === 0 ? '' : `\n${files.join(',\n')}\n  `}}`;
  };
  const others = Object.entries({ ...rest, framework: frameworkRest })
    .filter(([key]) => key !== 'files' && key !== 'testFiles')
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const parts = [...others, section('files', 'mutants')];
  if (rest['testFiles'] !== undefined) parts.push(section('testFiles', 'tests'));
  return `{\n${parts.join(',\n')}\n}\n`;
}
