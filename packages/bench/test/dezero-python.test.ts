import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * The Python DeZero that `pnpm bench` compares against (`packages/bench/src/dezero_simple.py`, the
 * book's step-22 code) must compute what the book's does. Skipped only where there is no
 * python3 with NumPy; this machine and CI have both.
 */
const bench = fileURLToPath(new URL('../src/dezero_bench.py', import.meta.url));
const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

function python(args: string[]): unknown {
  const run = spawnSync('python3', [bench, ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

it.skipIf(!hasNumpy)('the Python DeZero gives the Goldstein–Price gradient (−5376, 8064)', () => {
  expect(python(['--gradient'])).toEqual({ gradient: [-5376, 8064] });
});

it.skipIf(!hasNumpy)('the Python DeZero bench reports calls per second as JSON', () => {
  expect(python(['5', '1'])).toMatchObject({ calls: 5, callsPerSecond: expect.any(Number) });
});
