import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The benchmarks never run inside `pnpm test`; this smoke run at tiny sizes keeps their
// code from rotting.
it('pnpm bench --quick prints the table and writes the JSON', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'dezero-bench-')), 'results.json');
  const script = fileURLToPath(new URL('../bench/run.ts', import.meta.url));
  const printed = execFileSync(
    process.execPath,
    [
      '--conditions=@dezero/source',
      '--import',
      'tsx',
      '--expose-gc',
      script,
      '--quick',
      '--no-numpy',
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  expect(printed).toContain('1. @dezero/ndarray');
  expect(printed).toContain('NumPy comparison skipped: --no-numpy');
  const results = JSON.parse(readFileSync(out, 'utf8'));
  expect(Object.keys(results.elementwise.ms)).toEqual(['add', 'mul', 'pow2', 'exp', 'broadcast']);
  const { backprop, noGrad } = results.memorySaving.retainedBytes;
  expect(noGrad).toBeLessThan(backprop);
  expect(results.backward.chain.ratio).toBeGreaterThan(0);
  expect(results.goldsteinPrice.callsPerSecond).toBeGreaterThan(0);
});
