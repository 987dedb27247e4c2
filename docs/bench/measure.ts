/** Timing and memory helpers for the benchmarks: medians of repeated runs, forced GC. */

/** The median time of `runs` calls to `body` in milliseconds, after `warmup` calls. */
export function medianMs(body: () => unknown, { runs = 15, warmup = 10 } = {}): number {
  for (let i = 0; i < warmup; i++) body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Memory measured after a forced GC, the same way as the step 18 tests. */
export { arrayBufferBytesAfterGc, MB, retainedBytes } from '@dezero/testkit/memory';
