import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 17 demo runs ten rounds, and memory in use stays flat', () => {
  const lines = demoOutput(import.meta.url, 17)
    .trimEnd()
    .split('\n');
  expect(lines).toHaveLength(10);
  const megabytes = lines.map((line, i) => {
    const match = line.match(/^round (\d+): 10000 numbers, memory in use (\d+\.\d) MB$/);
    expect(match?.[1]).toBe(String(i + 1));
    return Number(match?.[2]);
  });
  // Each round allocates 4 × 80 kB of arrays; with nothing freed, ten rounds would add 3 MB.
  expect(Math.max(...megabytes) - Math.min(...megabytes)).toBeLessThan(1);
});
