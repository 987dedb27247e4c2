/** Timing and memory helpers for the benchmarks: medians of repeated runs, forced GC. */

/** The median time of `runs` calls to `body` in milliseconds, after `warmup` calls. */
export function medianMs(body: () => unknown, { runs = 15, warmup = 3 } = {}): number {
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

function gcFunction(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined)
    throw new Error('the memory figures need node --expose-gc (pnpm bench sets it)');
  return gc;
}

/**
 * Bytes held by array buffers after a forced GC. A `WeakRef` target lives until the current
 * job ends, and V8 frees array buffers' memory after the collection itself, so this
 * collects twice, each time in a later task.
 */
export async function arrayBufferBytesAfterGc(): Promise<number> {
  const gc = gcFunction();
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 2; i++) {
    await nextTask();
    gc();
  }
  await nextTask();
  return process.memoryUsage().arrayBuffers;
}

/** Megabytes as the book counts them: 10⁶ float64 numbers take 8 MB. */
export const MB = 1e6;
