/**
 * The book's step-17 program — rounds of `y = square(square(square(x)))` over a fresh
 * random `x` — with the memory in use measured after every round. It shows what a
 * `WeakRef` costs in a JavaScript loop: ECMAScript keeps the target of every
 * `new WeakRef(target)` alive until the current job ends (the spec's AddToKeptObjects and
 * ClearKeptObjects). Node empties that list when the microtask queue runs dry: a task
 * boundary (`setImmediate`, `setTimeout`) always ends the job, and an `await` of a
 * resolved promise never does.
 * The tests, the step-17 figure and `pnpm bench` all measure with it.
 * @module
 */
import type { NDArray } from '@dezero/ndarray';
import { gcFunction, nextTask } from './memory.js';

/** What the loop needs of a step module: random data, a Variable, and square. */
export interface LoopApi<V> {
  np: { random: { randn(...shape: number[]): NDArray } };
  Variable: new (data: NDArray) => V;
  square(x: V): V;
}

/**
 * Where a round ends: `'none'`, the next round runs in the same job (a plain `for` loop);
 * `'microtask'`, an `await Promise.resolve()`, which does not end the job; `'task'`, an
 * `await` of `setImmediate`, which does.
 */
export type RoundEnd = 'none' | 'microtask' | 'task';

export interface LoopOptions {
  rounds: number;
  /** How many random numbers `x` holds: 8 bytes each, four arrays a round. */
  size: number;
  /** How every round ends, or how round `i` (from 0) ends. */
  end: RoundEnd | ((round: number) => RoundEnd);
  /** Runs each round, e.g. under `noGrad`; by default, as it is. */
  around?: (round: () => unknown) => unknown;
}

/** Memory in use: the JavaScript heap plus the array buffers outside it, in bytes. */
export function memoryInUse(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Runs the loop and returns the memory in use after each round, after a forced GC, minus
 * a baseline taken after a task boundary before the first round. With `end: 'none'` every
 * round and every measurement happen in one job: the GC runs before the job ends.
 */
export async function memoryAfterEachRound<V>(
  dz: LoopApi<V>,
  { rounds, size, end, around = (round) => round() }: LoopOptions,
): Promise<number[]> {
  const gc = gcFunction();
  // Twice: the second collection lets V8 finish releasing the array buffers of the first.
  const collect = () => {
    gc();
    gc();
  };
  await nextTask();
  collect();
  await nextTask();
  const baseline = memoryInUse();

  const inUse: number[] = [];
  for (let i = 0; i < rounds; i++) {
    around(() => {
      const x = new dz.Variable(dz.np.random.randn(size));
      return dz.square(dz.square(dz.square(x)));
    });
    const ending = typeof end === 'function' ? end(i) : end;
    if (ending === 'microtask') await Promise.resolve();
    if (ending === 'task') await nextTask();
    collect();
    inUse.push(memoryInUse() - baseline);
  }
  return inUse;
}
