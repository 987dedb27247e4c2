import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 17 demo: memory climbs round by round in one synchronous loop, then stays flat with a task boundary per round', () => {
  const lines = demoOutput(import.meta.url, 17)
    .trimEnd()
    .split('\n');
  expect(lines).toHaveLength(22);
  expect(lines[0]).toMatch(/^One synchronous loop/);
  expect(lines[11]).toMatch(/^Each round ending with a task boundary/);
  const megabytes = (run: string[]) =>
    run.map((line, i) => {
      const match = line.match(/^round (\d+): 10000 numbers, memory in use (\d+\.\d) MB$/);
      expect(match?.[1]).toBe(String(i + 1));
      return Number(match?.[2]);
    });
  const synchronous = megabytes(lines.slice(1, 11));
  const withBoundaries = megabytes(lines.slice(12));
  // Each round keeps x and three outputs, 4 × 80 kB: about 0.3 MB more every round.
  for (let i = 1; i < 10; i++) expect(synchronous[i]).toBeGreaterThan(synchronous[i - 1] - 0.2);
  expect(synchronous[9] - synchronous[0]).toBeGreaterThan(2);
  // With a task boundary, each round's graph is freed before the next GC: flat.
  expect(Math.max(...withBoundaries) - Math.min(...withBoundaries)).toBeLessThan(1);
  expect(Math.max(...withBoundaries)).toBeLessThan(synchronous[9] - 1.5);
});
