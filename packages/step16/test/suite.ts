/**
 * Step 16's behaviour: generations, and backward taking functions highest generation first.
 */

import {
  defineSuite,
  expectRandomGraphsMatch,
  finite,
  programs,
  runProgram,
  type StepApi,
  sumTree,
} from '@dezero/step15/testing';
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as Step16Module from '../src/index.js';

export type Step16 = StepApi<typeof Step16Module>;

export const suite16 = defineSuite('step 16: generations', (dz: Step16) => {
  const { np, Variable, square, exp, add, PriorityQueue } = dz;
  type Variable = InstanceType<typeof Variable>;
  type Function = InstanceType<typeof dz.Function>;
  const scalar = (value: number) => new Variable(np.array(value));
  const operations = [(a: Variable) => square(a), (a: Variable) => exp(a), add];

  /** Every function in the graph behind `y`, found through creators and inputs. */
  const functionsBehind = (y: Variable): Set<Function> => {
    const found = new Set<Function>();
    const visit = (v: Variable) => {
      const f = v.creator;
      if (f === null || found.has(f)) return;
      found.add(f);
      for (const x of f.inputs) visit(x);
    };
    visit(y);
    return found;
  };

  /** Runs `y.backward()` and returns the functions in the order their backward ran. */
  const backwardOrder = (y: Variable): Function[] => {
    const order: Function[] = [];
    for (const f of functionsBehind(y)) {
      const backward = f.backward.bind(f);
      f.backward = (...gys) => {
        order.push(f);
        return backward(...gys);
      };
    }
    y.backward();
    return order;
  };

  return {
    'a variable the user makes has generation 0': () => {
      expect(scalar(1).generation).toBe(0);
    },

    "a function's generation is its inputs' largest; its outputs' is one more": () => {
      const x = scalar(2);
      const a = square(x);
      const b = square(a);
      const y = add(x, b);
      expect([a.generation, b.generation, y.generation]).toEqual([1, 2, 3]);
      expect(y.creator?.generation).toBe(2);
    },

    'the step-16 fix: the lesson graph now gives the true 64': () => {
      const x = scalar(2);
      const a = square(x);
      const y = add(square(a), square(a));
      y.backward();
      expect(y.data?.item()).toBe(32);
      expect(x.grad?.item()).toBe(64);
    },

    'backward runs each function once, after every function that uses its outputs': () => {
      fc.assert(
        fc.property(finite(-1, 1), programs(8), (value, program) => {
          const y = runProgram(scalar(value), program, operations);
          const order = backwardOrder(y);
          expect(order).toHaveLength(functionsBehind(y).size);
          expect(new Set(order).size).toBe(order.length);
          // A function's inputs were made by functions that must run after it.
          order.forEach((f, i) => {
            for (const x of f.inputs) {
              if (x.creator !== null) expect(order.indexOf(x.creator)).toBeGreaterThan(i);
            }
          });
        }),
      );
    },

    'gradients of random graphs that reuse variables agree with numericalDiff': () => {
      expectRandomGraphsMatch(scalar, operations);
    },

    'backward over a 100,000-function chain neither overflows the stack nor recurses': () => {
      const x = scalar(1);
      const one = scalar(1);
      let y = x;
      for (let i = 0; i < 100_000; i++) y = add(y, one);
      y.backward();
      expect(y.data?.item()).toBe(100_001);
      expect(x.grad?.item()).toBe(1);
    },

    'backward over a wide graph: the sum of 100,000 squares of one x': () => {
      const x = scalar(3);
      const y = sumTree(
        Array.from({ length: 100_000 }, () => square(x)),
        add,
      );
      y.backward();
      expect(y.data?.item()).toBe(900_000);
      expect(x.grad?.item()).toBe(600_000); // 100,000 × 2x
    },

    'the priority queue pops the highest priority first': () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (numbers) => {
          const queue = new PriorityQueue<number>((n) => n);
          for (const n of numbers) queue.push(n);
          const popped: number[] = [];
          while (queue.size > 0) popped.push(queue.pop() as number);
          expect(popped).toEqual([...numbers].sort((p, q) => q - p));
          expect(queue.pop()).toBeUndefined();
        }),
      );
    },
  };
});

/** The step-15 tests that step 16 changes on purpose, with the reason. */
export const suite15Exceptions = {
  'the step-15 lesson: backward gives 96 where the true derivative is 64':
    'step 16 fixes it: generations give the true 64',
} as const;
