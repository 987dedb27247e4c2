/**
 * Goldstein–Price at (1, 1), forward and backward, on step 22: the book's step-24 workload
 * and the heaviest scalar graph of the lessons (38 functions). Measured two ways, because
 * a `WeakRef` (one per function output, from step 17 on) keeps its target alive until the
 * current job ends:
 * - in one synchronous loop, where every graph built stays alive until the loop ends;
 * - with a task boundary (`await new Promise(r => setImmediate(r))`) every 100 calls.
 */
import * as np from '@dezero/ndarray';
import * as step22 from '@dezero/step22';
import { goldsteinPrice } from '@dezero/testkit/functions';
import type { BenchContext } from '../context.js';
import { median, nextTask } from '../measure.js';

export interface GoldsteinPriceResult {
  /** Calls per timed run. */
  calls: number;
  /** Median forward + backward calls per second in one synchronous loop of `calls` calls. */
  syncCallsPerSecond: number;
  /** The same with a task boundary every `taskBoundaryEvery` calls. */
  taskBoundaryCallsPerSecond: number;
  taskBoundaryEvery: number;
}

const TASK_BOUNDARY_EVERY = 100;

function forwardBackward(): void {
  const x = new step22.Variable(np.array(1.0));
  const y = new step22.Variable(np.array(1.0));
  goldsteinPrice(x, y).backward();
}

async function callsPerSecond(calls: number, runs: number, taskBoundaries: boolean) {
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    await nextTask(); // each run starts with nothing kept from the one before
    const start = performance.now();
    for (let i = 1; i <= calls; i++) {
      forwardBackward();
      if (taskBoundaries && i % TASK_BOUNDARY_EVERY === 0) await nextTask();
    }
    rates.push(calls / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

export async function measureGoldsteinPrice({
  sizes,
}: BenchContext): Promise<GoldsteinPriceResult> {
  const calls = sizes.goldsteinCalls;
  const runs = Math.max(3, Math.floor(sizes.runs / 3));
  for (let i = 0; i < Math.min(calls, 500); i++) forwardBackward(); // warm up
  return {
    calls,
    syncCallsPerSecond: await callsPerSecond(calls, runs, false),
    taskBoundaryCallsPerSecond: await callsPerSecond(calls, runs, true),
    taskBoundaryEvery: TASK_BOUNDARY_EVERY,
  };
}
