/**
 * The generated tables of the "How this is tested" page (src/testingBlocks.ts): what each
 * suite checks comes from the suite's own doc comment, a package with no runnable mutant has
 * no score (never 0 % or 100 %), and the committed test counts must list exactly the
 * workspace's packages with tests.
 */
import { readFileSync } from 'node:fs';
import type { PackageScore } from '@dezero/testkit/mutation/scores';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../src/blocks.js';
import { existingSteps } from '../src/steps.js';
import {
  countsProblem,
  readScores,
  runCell,
  scoreCell,
  suiteSummary,
  testedCell,
  testedPackages,
  testingPage,
} from '../src/testingBlocks.js';

const committedCounts = parseBlocks(testingPage, readFileSync(testingPage, 'utf8')).find(
  (block) => block.kind === 'tests',
)?.content;

describe('the table of the steps’ tests', () => {
  it('says what each suite checks in the words of its doc comment', () => {
    expect(suiteSummary(16)).toBe(
      'Generations, and backward taking functions highest generation first.',
    );
    for (const step of existingSteps()) expect(suiteSummary(step)).not.toBe('');
  });
});

describe('the mutation scores', () => {
  const row = (counts: Partial<PackageScore>): PackageScore => ({
    package: '@dezero/example',
    mutants: 0,
    killed: 0,
    survived: 0,
    timedOut: 0,
    noCoverage: 0,
    compileErrors: 0,
    runtimeErrors: 0,
    ignored: 0,
    score: null,
    run: null,
    ...counts,
  });

  it('shows a score with two decimals, and says why a package has none', () => {
    expect(scoreCell(row({ mutants: 10, killed: 9, survived: 1, score: 90 }))).toBe('90.00\u00a0%');
    expect(scoreCell(row({}))).toBe('none (no mutant)');
    expect(scoreCell(row({ mutants: 3, compileErrors: 3 }))).toBe('none (all type errors)');
  });

  it('says when the last run ended and how many mutants it tested', () => {
    const run = {
      date: '2026-12-05T07:42:09Z',
      seconds: 36,
      kind: 'incremental' as const,
      tested: 36,
      machine: { cpu: 'AMD EPYC', cores: 2 },
      node: 'v24.21.0',
      stryker: '10.1.1',
    };
    expect(runCell(row({ mutants: 94, run }))).toBe('2026-12-05\u00a007:42');
    expect(testedCell(row({ mutants: 94, run }))).toBe('36 of 94');
    expect(testedCell(row({ mutants: 94, run: { ...run, kind: 'full', tested: 94 } }))).toBe('all');
    expect(runCell(row({}))).toBe('unknown');
    expect(testedCell(row({}))).toBe('unknown');
  });

  it('reads the committed scores file, which has a row for every step', () => {
    const names = readScores().packages.map((score) => score.package);
    for (const step of existingSteps()) expect(names).toContain(`@dezero/step${step}`);
  });
});

describe('the test counts', () => {
  it('are the workspace packages that have a test script: every step, ndarray, the site', () => {
    const names = testedPackages().map((pkg) => pkg.name);
    for (const step of existingSteps()) expect(names).toContain(`@dezero/step${step}`);
    expect(names).toEqual(expect.arrayContaining(['@dezero/ndarray', '@dezero/docs']));
  });

  it('as committed, list exactly those packages, name the machine and add up', () => {
    expect(countsProblem(committedCounts)).toBeUndefined();
  });

  it('are refused when a package is missing, or the total does not add up', () => {
    expect(countsProblem(undefined)).toBe('it has no counts yet');
    const text = committedCounts ?? '';
    const withoutNdarray = text
      .split('\n')
      .filter((line) => !line.startsWith('| `@dezero/ndarray`'))
      .join('\n');
    expect(countsProblem(withoutNdarray)).toMatch(/^it lists .* where the workspace's packages/);
    const wrongTotal = text.replace(/: \d+ tests in all\./, ': 1 tests in all.');
    expect(countsProblem(wrongTotal)).toBe('its total or layout is not current');
    expect(countsProblem(text.replace(/^Counted by vitest/, 'Counted'))).toBe(
      'its first line does not name the machine and the total',
    );
  });
});
