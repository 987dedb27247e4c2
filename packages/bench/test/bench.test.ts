import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PURPOSES } from '../src/goals.js';

const script = fileURLToPath(new URL('../src/run.ts', import.meta.url));
const node = ['--conditions=@dezero/source', '--import', 'tsx', '--expose-gc', script];

// The benchmarks never run inside `pnpm test`; this smoke run at tiny sizes keeps their
// code from rotting. (Speed is judged from `pnpm bench` figures, never by a test.)
describe('pnpm bench', () => {
  it('--quick prints the goals table and every section, and writes the same figures as JSON', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dezero-bench-')), 'results.json');
    const printed = execFileSync(
      process.execPath,
      [...node, '--quick', '--no-numpy', '--out', out],
      {
        encoding: 'utf8',
      },
    );
    expect(printed).toContain("The goals, by what each is for, with this run's figures");
    expect(printed).toMatch(
      /^\| workload +\| this project +\| reference +\| ratio +\| goal +\| met +\|$/m,
    );
    expect(printed).toContain('NumPy comparison skipped: --no-numpy');
    expect(printed).toContain("The book's DeZero in Python: skipped: --no-numpy");
    expect(printed).toContain('NumPy stays ahead at this size');
    expect(printed).toContain('Why the synchronous loop is slower');

    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(results)).toEqual([
      'date',
      'node',
      'quick',
      'goals',
      'elementwise',
      'scalarOps',
      'numpy',
      'goldsteinPrice',
      'memorySaving',
      'weakrefLoop',
      'backward',
    ]);
    expect(Object.keys(results.elementwise.ms)).toEqual(['add', 'mul', 'pow2', 'exp', 'broadcast']);
    expect(Object.keys(results.elementwise.bareLoopMs)).toEqual(['add', 'mul', 'pow2', 'exp']);
    expect(Object.keys(results.elementwise.plainLoop.ms)).toEqual(['add', 'mul', 'pow2', 'exp']);
    expect(Object.keys(results.scalarOps.opsPerSecond)).toHaveLength(16);
    expect(results.goldsteinPrice.syncCallsPerSecond).toBeGreaterThan(0);
    expect(results.goldsteinPrice.taskBoundaryCallsPerSecond).toBeGreaterThan(0);
    expect(results.goldsteinPrice.taskBoundaryEvery).toBe(100);
    const { backprop, noGrad } = results.memorySaving.retainedBytes;
    expect(noGrad).toBeLessThan(backprop);
    expect(results.backward.chain.ratio).toBeGreaterThan(0);
    // Step 17's loop, 3 rounds of four 0.08 MB arrays: only step 17 in one job keeps them.
    expect(printed).toContain('Weak references in a loop');
    const { rounds, arrayMB, retainedMB } = results.weakrefLoop;
    expect([rounds, arrayMB]).toEqual([3, 0.08]);
    expect(retainedMB.step17Sync).toBeGreaterThan(0.8);
    expect(retainedMB.step17Sync).toBeLessThan(1.2);
    for (const kept of [
      retainedMB.step16Sync,
      retainedMB.step17Task,
      retainedMB.step18NoGradSync,
    ]) {
      expect(kept).toBeLessThan(0.3);
    }

    // The goals: every figure the table prints is in the JSON; without Python there is no
    // reference for the Python rows, so they are neither met nor missed.
    const workloads = results.goals.map((row: { workload: string }) => row.workload);
    expect(workloads).toHaveLength(2 + 16 + 1 + 4 + 1);
    for (const workload of workloads) expect(printed).toContain(workload);
    // Each row says what its goal is for; the table prints each group's sentence above it.
    const purposes = results.goals.map((row: { purpose: string }) => row.purpose);
    const counts = Object.fromEntries(
      Object.entries(PURPOSES).map(([key, sentence]) => [
        key,
        purposes.filter((p: string) => p === sentence).length,
      ]),
    );
    expect(counts).toEqual({
      lessonGraphs: 2,
      scalarOps: 16 + 1,
      largeArrays: 4,
      backpropMemory: 1,
    });
    for (const sentence of Object.values(PURPOSES)) expect(printed).toContain(`\n${sentence}\n`);
    const gp = results.goals[0];
    expect(gp).toMatchObject({ unit: 'calls/s', reference: null, met: null, goal: { atLeast: 5 } });
    const large = results.goals.find((row: { workload: string }) =>
      row.workload.includes('float64 add'),
    );
    expect(large.reference.label).toBe('a bare JS loop into a fresh Float64Array');
    expect(large.ratio).toBeCloseTo(
      results.elementwise.ms.add / results.elementwise.bareLoopMs.add,
    );
  });

  it.concurrent.each([
    ['an unknown option', ['--fast'], "Unknown option '--fast'"],
    ['an unknown section', ['--only', 'nope'], "unknown section 'nope'"],
    ['a positional argument', ['quick'], "Unexpected argument 'quick'"],
  ])('rejects %s with one line on stderr and exit code 2', (_label, args, reason) => {
    const run = spawnSync(process.execPath, [...node, ...args], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(reason);
    expect(lines[0]).toContain('usage: pnpm bench');
  });
});
