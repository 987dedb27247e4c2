/**
 * The scores file, `packages/testkit/mutation-scores.json`, that `pnpm mutate` writes and
 * the docs site reads, and the table it prints.
 * @module
 */
import type { Counts } from './report.js';

/** The run a package's counts come from. */
export interface RunInfo {
  /** When it ended (UTC, ISO 8601). */
  date: string;
  /** How long Stryker took, in seconds. */
  seconds: number;
  /** `full`: every mutant tested; `incremental`: `tested` of them, the others reused. */
  kind: 'full' | 'incremental';
  /** How many mutants Stryker tested in this run (the rest are earlier results, reused). */
  tested: number;
  machine: { cpu: string; cores: number };
  /** `process.version` of the run. */
  node: string;
  /** StrykerJS's version. */
  stryker: string;
}

export interface PackageScore extends Counts {
  package: string;
  /** `null` when the results predate this file (no date known). */
  run: RunInfo | null;
}

export interface Scores {
  /** The break threshold of stryker.config.mjs, in percent: a package below it fails. */
  threshold: number;
  packages: PackageScore[];
}

const COLUMNS: [string, (row: PackageScore) => string][] = [
  ['package', (row) => row.package],
  ['mutants', (row) => String(row.mutants)],
  ['killed', (row) => String(row.killed)],
  ['survived', (row) => String(row.survived)],
  ['timed out', (row) => String(row.timedOut)],
  ['no coverage', (row) => String(row.noCoverage)],
  ['type errors', (row) => String(row.compileErrors)],
  ['score', (row) => (row.score === null ? 'n/a' : `${row.score.toFixed(2)} %`)],
  ['run', (row) => describeRun(row.run)],
];

/** `full, 2026-12-04, 61 min` or `incremental (12 tested), 2026-12-05, 40 s`. */
export function describeRun(run: RunInfo | null): string {
  if (run === null) return 'date unknown';
  const time = run.seconds < 120 ? `${run.seconds} s` : `${Math.round(run.seconds / 60)} min`;
  const kind = run.kind === 'full' ? 'full' : `incremental (${run.tested} tested)`;
  return `${kind}, ${run.date.slice(0, 10)}, ${time}`;
}

/**
 * The table, one row per package: names and text left-aligned, numbers right-aligned. Rows
 * of packages not in `ranNow` are marked as carried over from an earlier run.
 */
export function formatTable(scores: Scores, ranNow?: ReadonlySet<string>): string {
  const cells = [
    COLUMNS.map(([title]) => title),
    ...scores.packages.map((row) => COLUMNS.map(([, cell]) => cell(row))),
  ];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...cells.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === COLUMNS.length - 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const lines = cells.map(line);
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  const skipped = scores.packages.filter((row) => ranNow !== undefined && !ranNow.has(row.package));
  const notes = [
    `score: killed or timed out, of the mutants that ran or had no test (type errors never run); below ${scores.threshold} % fails`,
  ];
  if (skipped.length > 0)
    notes.push(`not selected this time: ${skipped.map((row) => row.package).join(', ')}`);
  return [...lines, '', ...notes].join('\n');
}
