/**
 * Goldstein–Price at (1, 1), forward and backward: step 24's `goldstein`, on step 22's core
 * (steps 23 and 24 re-export step 22's `Variable` and functions unchanged). The book's
 * step-24 workload and the heaviest scalar graph of the lessons (38 functions). Measured
 * two ways, because a `WeakRef` (one per function output, from step 17 on) keeps its target
 * alive until the current job ends:
 * - in one synchronous loop, where every graph built stays alive until the loop ends;
 * - with a task boundary (`await new Promise(r => setImmediate(r))`) every 100 calls.
 *
 * The book's own DeZero in Python (`dezero_simple.py`, step 22's code) runs the same
 * workload as a server (`dezero_bench.py serve`), in turns with these: one run of each per
 * round, so that on a shared machine all three see the same load.
 */
import * as np from '@dezero/ndarray';
import { goldstein, Variable } from '@dezero/step24';
import type { BenchContext } from '../context.js';
import { median, nextTask } from '../measure.js';
import { isSkipped, type Skipped, startPython } from '../python.js';

export interface GoldsteinPriceResult {
  /** Calls per timed run. */
  calls: number;
  /** Median forward + backward calls per second in one synchronous loop of `calls` calls. */
  syncCallsPerSecond: number;
  /** The same with a task boundary every `taskBoundaryEvery` calls. */
  taskBoundaryCallsPerSecond: number;
  taskBoundaryEvery: number;
  /** The book's DeZero in Python: its median calls per second, runs of `calls` calls. */
  python: { python: string; numpy: string; callsPerSecond: number } | Skipped;
}

const TASK_BOUNDARY_EVERY = 100;

function forwardBackward(): void {
  const x = new Variable(np.array(1.0));
  const y = new Variable(np.array(1.0));
  goldstein(x, y).backward();
}

/**
 * One run of `calls` calls, starting in a fresh task (so that nothing the run before kept
 * until the end of its job is still kept); its calls per second. No forced GC before it:
 * the run after one was two- to fivefold slower (V8 resizes its heap after a full GC).
 */
async function oneRun(calls: number, taskBoundaries: boolean): Promise<number> {
  await nextTask();
  const start = performance.now();
  for (let i = 1; i <= calls; i++) {
    forwardBackward();
    if (taskBoundaries && i % TASK_BOUNDARY_EVERY === 0) await nextTask();
  }
  return calls / ((performance.now() - start) / 1000);
}

export async function measureGoldsteinPrice({
  python,
  sizes,
}: BenchContext): Promise<GoldsteinPriceResult> {
  const calls = sizes.goldsteinCalls;
  const runs = Math.max(3, Math.floor(sizes.runs / 2));
  const book = python
    ? await startPython<{ python: string; numpy: string }>('dezero_bench.py', ['serve'])
    : { skipped: '--no-numpy' };
  const rates = { sync: [] as number[], task: [] as number[], book: [] as number[] };
  for (let i = 0; i < Math.min(calls, 500); i++) forwardBackward(); // warm up
  try {
    // Every run with task boundaries first, then every synchronous one: when the two
    // alternated, each task-boundary run after a synchronous one (which leaves V8's heap
    // sized for every graph alive at once) was two- to fourfold slower. The book's DeZero
    // takes its turn after each run of ours.
    for (const mode of ['task', 'sync'] as const) {
      for (let round = 0; round < runs; round++) {
        rates[mode].push(await oneRun(calls, mode === 'task'));
        if (!isSkipped(book)) {
          rates.book.push((await book.ask<{ callsPerSecond: number }>({ calls })).callsPerSecond);
        }
      }
    }
  } finally {
    if (!isSkipped(book)) book.close();
  }
  return {
    calls,
    syncCallsPerSecond: median(rates.sync),
    taskBoundaryCallsPerSecond: median(rates.task),
    taskBoundaryEvery: TASK_BOUNDARY_EVERY,
    python: isSkipped(book) ? book : { ...book.hello, callsPerSecond: median(rates.book) },
  };
}
