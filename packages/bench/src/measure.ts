/**
 * Timing and memory helpers for the benchmarks: medians of repeated runs, rates, task
 * boundaries, forced GC. Every figure `pnpm bench` prints is a median over several runs.
 */

import { collectGarbage, nextTask } from '@dezero/testkit/memory';

/** Memory measured after a forced GC, the same way as the step 18 tests. */
export { MB, retainedBytes } from '@dezero/testkit/memory';
export { nextTask };

/** The median of some numbers (the upper one of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How often a benchmark runs its body: `runs` timed calls after `warmup` untimed ones. */
export interface Repeats {
  runs: number;
  warmup?: number;
}

/** The minor page faults of this process so far: each is a page of fresh memory the OS mapped. */
export function minorFaults(): number {
  return process.resourceUsage().minorPageFault;
}

/** A median time, and the minor page faults a call caused on average. */
export interface Timing {
  ms: number;
  faultsPerCall: number;
}

/**
 * The median time of `runs` calls to `body` in milliseconds, all in one job, and the page
 * faults a call caused on average.
 */
export function timeCalls(body: () => unknown, { runs, warmup = 10 }: Repeats): Timing {
  for (let i = 0; i < warmup; i++) body();
  const times: number[] = [];
  const faults = minorFaults();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  return { ms: median(times), faultsPerCall: (minorFaults() - faults) / runs };
}

/**
 * Like {@link timeCalls}, but each call starts in a new task, so that what the previous
 * call kept alive until the end of its job (a `WeakRef`'s target) has been let go.
 */
export async function timeCallsEachTask(
  body: () => unknown,
  { runs, warmup = 10 }: Repeats,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    await nextTask();
    body();
  }
  const times: number[] = [];
  let faults = 0;
  for (let i = 0; i < runs; i++) {
    await nextTask();
    const before = minorFaults();
    const start = performance.now();
    body();
    times.push(performance.now() - start);
    faults += minorFaults() - before;
  }
  return { ms: median(times), faultsPerCall: faults / runs };
}

/**
 * Times two bodies in alternation, `a` then `b`, `runs` times each. Alternating makes
 * both see the same machine: on a shared machine the load moves, and a ratio of two
 * figures taken minutes apart means little. With `collectFirst`, a forced full GC and a
 * task boundary (not timed, see `collectGarbage`) come before every call, so that the
 * memory of earlier results has been freed by then.
 */
export async function timePaired(
  a: () => unknown,
  b: () => unknown,
  { runs, warmup = 10 }: Repeats,
  { collectFirst = false } = {},
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const sides = [a, b].map((body) => ({ body, times: [] as number[], faults: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const side of sides) {
      if (collectFirst) await collectGarbage();
      const before = minorFaults();
      const start = performance.now();
      side.body();
      side.times.push(performance.now() - start);
      side.faults += minorFaults() - before;
    }
  }
  const [timingA, timingB] = sides.map((side) => ({
    ms: median(side.times),
    faultsPerCall: side.faults / runs,
  }));
  return [timingA, timingB];
}

/** The rate, in calls per second, of one run of `loop(calls)`, which makes `calls` calls. */
export function rate(loop: (calls: number) => unknown, calls: number): number {
  const start = performance.now();
  loop(calls);
  return calls / ((performance.now() - start) / 1000);
}
