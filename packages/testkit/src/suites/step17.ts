/**
 * Step 17's behaviour: a function holds its outputs through weak references.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import { expect } from 'vitest';
import { memoryAfterEachRound, type RoundEnd } from '../loops.js';
import { collectedWhileKept, collectGarbage, GcWatch, MB } from '../memory.js';
import { defineSuite } from '../suite.js';
import { type FunctionClass, noGradientError, splitOn } from './split.js';

/** What the step-17 suite needs of a variable. */
export interface Variable17 {
  grad: NDArray | null;
  readonly creator: { outputs: readonly WeakRef<Variable17>[] } | null;
  backward(): void;
}

/** The part of a step module the step-17 suite uses; every later step has it too. */
export interface Step17Api<V extends Variable17> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  Function: FunctionClass<NoInfer<V>>;
  square(x: NoInfer<V>): V;
}

export const suite17 = defineSuite(
  'step 17: weak references',
  <V extends Variable17>(dz: Step17Api<V>) => {
    const { np, Variable, square } = dz;
    const split = splitOn(dz.Function);
    const scalar = (value: number) => new Variable(np.array(value));

    /** Each round of the book's loop makes x and three outputs: four arrays of `size`. */
    const size = 100_000;
    const roundBytes = 4 * size * 8;
    const loop = (end: RoundEnd) => memoryAfterEachRound(dz, { rounds: 3, size, end });
    const expectEveryRoundKept = (inUse: number[]) => {
      inUse.forEach((bytes, i) => {
        expect(bytes).toBeGreaterThan((i + 1) * roundBytes - 0.5 * MB);
        expect(bytes).toBeLessThan((i + 1) * roundBytes + 0.5 * MB);
      });
    };

    return {
      'a function refers to its outputs through WeakRefs': () => {
        const y = square(scalar(2));
        const [output] = y.creator?.outputs ?? [];
        expect(output).toBeInstanceOf(WeakRef);
        expect(output?.deref()).toBe(y);
      },

      'holding y.creator no longer keeps y alive': async () => {
        const { collected, kept: creator } = await collectedWhileKept(
          () => square(scalar(2)),
          (y) => y.creator,
        );
        expect(collected).toBe(true);
        expect(creator?.outputs[0]?.deref()).toBeUndefined(); // the function outlived y
      },

      'backward after an unused output of a two-output function was freed is a TypeError naming it':
        async () => {
          const x = scalar(3);
          const [a] = split(x); // the function holds the other output, b, only weakly
          await collectGarbage();
          expect(a.creator?.outputs[1]?.deref()).toBeUndefined();
          expect(() => a.backward()).toThrow(noGradientError('Split', 1));
        },

      'while the output is held, the whole graph behind it stays alive for backward': async () => {
        const watch = new GcWatch();
        const { x, y } = (() => {
          const x = scalar(2);
          const a = square(x);
          watch.watch(a, 'a');
          return { x, y: square(square(a)) };
        })();
        expect((await watch.collected()).has('a')).toBe(false);
        y.backward();
        expect(x.grad?.item()).toBe(1024); // (x⁸)' = 8x⁷ at 2
      },

      'ECMAScript keeps every WeakRef target until the job ends: a synchronous loop keeps each round through a forced GC':
        async () => {
          // Each output is the target of a new WeakRef, which the language keeps alive
          // until the current job ends (AddToKeptObjects/ClearKeptObjects), and an output
          // holds its whole graph. A plain loop is one job: nothing is freed until it ends.
          expectEveryRoundKept(await loop('none'));
        },

      'an await of a resolved Promise does not end the job: the rounds are still kept':
        async () => {
          expectEveryRoundKept(await loop('microtask'));
        },

      'a task boundary ends the job: after it, a forced GC frees each round': async () => {
        for (const bytes of await loop('task')) expect(bytes).toBeLessThan(0.5 * MB);
      },
    };
  },
);
