/**
 * `pnpm bench [--quick] [--no-numpy] [--out FILE] [--only SECTION]...`: the one place
 * where speed and memory are measured. Runs the sections (`sections/`), checks the goals
 * (each described by what it is for) against their figures (`goals.ts`), prints the table (`report/table.ts`) and writes
 * the same figures as JSON (`report/json.ts`, packages/bench/src/results.json by default).
 *
 * `--quick` runs tiny sizes (the smoke test uses it, so this code cannot rot); `--no-numpy`
 * skips the Python comparisons (NumPy and the book's DeZero); `--only NAME` runs only the
 * sections named (repeatable). Bad arguments: one line on stderr, exit 2.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine, usageError } from '@dezero/tools/args';
import { type BenchContext, FULL_SIZES, QUICK_SIZES } from './context.js';
import { goalRows } from './goals.js';
import { writeJson } from './report/json.js';
import { printTable } from './report/table.js';
import type { BenchReport } from './report/types.js';
import { isSectionName, measureSections, SECTIONS, type SectionName } from './sections/index.js';

const line = {
  command: 'pnpm bench',
  usage: 'usage: pnpm bench [--quick] [--no-numpy] [--out FILE] [--only SECTION]...',
  options: {
    quick: { type: 'boolean', default: false },
    'no-numpy': { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string', multiple: true, default: [] as string[] },
  },
  positionals: false,
  hint: () => `sections: ${Object.keys(SECTIONS).join(', ')}`,
} as const;

interface CommandLine {
  context: BenchContext;
  out: string;
  only: SectionName[];
}

function parseCommandLine(): CommandLine {
  const { values } = readCommandLine(line);
  const only: SectionName[] = [];
  for (const name of values.only) {
    if (!isSectionName(name)) usageError(line, `unknown section '${name}'`);
    only.push(name);
  }
  const quick = values.quick;
  return {
    context: { quick, python: !values['no-numpy'], sizes: quick ? QUICK_SIZES : FULL_SIZES },
    out:
      values.out === undefined
        ? fileURLToPath(new URL('results.json', import.meta.url))
        : resolve(values.out),
    only,
  };
}

const { context, out, only } = parseCommandLine();
const results = await measureSections(context, only);
const report: BenchReport = {
  date: new Date().toISOString(),
  node: process.version,
  quick: context.quick,
  goals: goalRows(results),
  ...results,
};
writeJson(report, out);
printTable(report);
console.log(`\nwritten to ${out}`);
