/**
 * Weak references in a loop (step 17's lesson): the book's step-17 loop, rounds of
 * `y = square(square(square(x)))` over fresh random numbers, and the memory it keeps.
 * Each figure is the memory in use after the rounds and a forced GC, measured before the
 * loop's job ends, minus a baseline taken after a task boundary before the first round.
 */
import * as step16 from '@dezero/step16';
import * as step17 from '@dezero/step17';
import * as step18 from '@dezero/step18';
import { memoryAfterEachRound } from '@dezero/testkit/loops';
import type { BenchContext } from '../context.js';
import { MB } from '../measure.js';

export interface WeakrefLoopResult {
  rounds: number;
  /** Megabytes of one array: `x` and each of the three outputs. */
  arrayMB: number;
  retainedMB: {
    /** Step 16 (strong references, no WeakRef), all rounds in one job. */
    step16Sync: number;
    /** Step 17, all rounds in one job: every output is kept until the job ends. */
    step17Sync: number;
    /** Step 17, a task boundary at the end of each round. */
    step17Task: number;
    /** Step 18 under `noGrad()` (no graph, no WeakRef), all rounds in one job. */
    step18NoGradSync: number;
  };
}

export async function measureWeakrefLoop({ sizes }: BenchContext): Promise<WeakrefLoopResult> {
  const { loopRounds: rounds, loopSize: size } = sizes;
  const keptMB = async (inUse: Promise<number[]>) => ((await inUse).at(-1) ?? 0) / MB;
  return {
    rounds,
    arrayMB: (size * 8) / MB,
    retainedMB: {
      step16Sync: await keptMB(memoryAfterEachRound(step16, { rounds, size, end: 'none' })),
      step17Sync: await keptMB(memoryAfterEachRound(step17, { rounds, size, end: 'none' })),
      step17Task: await keptMB(memoryAfterEachRound(step17, { rounds, size, end: 'task' })),
      step18NoGradSync: await keptMB(
        memoryAfterEachRound(step18, {
          rounds,
          size,
          end: 'none',
          around: (round) => step18.noGrad(round),
        }),
      ),
    },
  };
}
