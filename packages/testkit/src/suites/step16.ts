/**
 * Step 16's behaviour: generations, and backward taking functions highest generation first.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { finite, gradientChecks, type NumericalDiff } from '../gradients.js';
import { programs, runProgram, sumTree } from '../graphs.js';
import { memoryAfterEachRound } from '../loops.js';
import { MB } from '../memory.js';
import { defineSuite } from '../suite.js';
import { lessonGraph } from './step15.js';

/** What the step-16 suite needs of a variable. */
export interface Variable16 {
  data: NDArray | null;
  grad: NDArray | null;
  generation: number;
  readonly creator: Function16<Variable16> | null;
  backward(): void;
}

/** What the step-16 suite needs of a function in the graph. */
export interface Function16<V> {
  generation: number;
  inputs: readonly V[];
  backward(...gys: NDArray[]): NDArray | NDArray[];
}

/** What the step-16 suite needs of the priority queue. */
export interface PriorityQueue16<T> {
  readonly size: number;
  push(item: T): void;
  pop(): T | undefined;
}

/** The part of a step module the step-16 suite uses; every later step has it too. */
export interface Step16Api<V extends Variable16> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  square(x: NoInfer<V>): V;
  exp(x: NoInfer<V>): V;
  add(x0: NoInfer<V>, x1: NoInfer<V>): V;
  PriorityQueue: new <T>(priority: (item: T) => number) => PriorityQueue16<T>;
  numericalDiff: NumericalDiff;
}

export const suite16 = defineSuite(
  'step 16: generations',
  <V extends Variable16>(dz: Step16Api<V>) => {
    const { np, Variable, square, exp, add, PriorityQueue } = dz;
    const { expectRandomGraphsMatch } = gradientChecks(dz);
    type Function = Function16<Variable16>;
    const scalar = (value: number) => new Variable(np.array(value));
    const operations = [(a: V) => square(a), (a: V) => exp(a), add];

    /** Every function in the graph behind `y`, found through creators and inputs. */
    const functionsBehind = (y: V): Set<Function> => {
      const found = new Set<Function>();
      const visit = (v: Variable16) => {
        const f = v.creator;
        if (f === null || found.has(f)) return;
        found.add(f);
        for (const x of f.inputs) visit(x);
      };
      visit(y);
      return found;
    };

    /** Runs `y.backward()` and returns the functions in the order their backward ran. */
    const backwardOrder = (y: V): Function[] => {
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
        const y = lessonGraph(dz)(x);
        y.backward();
        expect([y.data?.item(), x.grad?.item()]).toEqual([32, 64]);
      },

      'the step-16 fix: add(a, a) with a = square(x) now gives the true 8': () => {
        const x = scalar(2);
        const a = square(x);
        const y = add(a, a);
        y.backward();
        expect([y.data?.item(), x.grad?.item()]).toEqual([8, 8]);
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

      'backward over a chain too deep for a recursive walk neither overflows the stack nor recurses':
        () => {
          // 20,000 links: a recursive walk this long overflows a process's main thread (V8 gives
          // it some 10,000 to 20,000 calls of a small function, more once the function is
          // optimized), so a backward that recursed would throw RangeError here. How deep a stack
          // goes depends on the thread and the JIT, though (StrykerJS runs the tests in a worker,
          // whose stack is larger), so the test does not lean on an overflow: it measures how
          // deep the stack is when backward calls the first function of the chain and when it
          // calls the last. A loop calls both from the same depth; a recursion would call the
          // last one some 20,000 frames deeper.
          const length = 20_000;
          const x = scalar(1);
          const one = scalar(1);
          let y = x;
          for (let i = 0; i < length; i++) y = add(y, one);
          const last = y.creator;
          let first = last;
          while (first?.inputs[0]?.creator) first = first.inputs[0].creator;
          if (last === null || first === null) throw new Error('the chain has no functions');
          const depths = new Map<Function, number>();
          for (const f of [first, last]) {
            const backward = f.backward.bind(f);
            f.backward = (...gys) => {
              const limit = Error.stackTraceLimit;
              Error.stackTraceLimit = Number.POSITIVE_INFINITY;
              try {
                depths.set(f, (new Error().stack ?? '').split('\n').length);
              } finally {
                Error.stackTraceLimit = limit;
              }
              return backward(...gys);
            };
          }
          y.backward();
          expect(y.data?.item()).toBe(length + 1);
          expect(x.grad?.item()).toBe(1);
          expect(depths.size).toBe(2);
          expect(depths.get(first)).toBe(depths.get(last));
        },

      'backward over a wide graph: the sum of 10,000 squares of one x': () => {
        // Every square adds its gradient into x.grad: 10,000 paths meet there.
        const x = scalar(3);
        const y = sumTree(
          Array.from({ length: 10_000 }, () => square(x)),
          add,
        );
        y.backward();
        expect(y.data?.item()).toBe(90_000);
        expect(x.grad?.item()).toBe(60_000); // 10,000 × 2x
      },

      'with no WeakRef, a forced GC inside the job frees each dropped round: a synchronous loop stays flat':
        async () => {
          // The book's step-17 loop, run on this step: nothing holds a round's graph once
          // the next round starts, so a GC frees it even before the loop's job ends.
          const inUse = await memoryAfterEachRound(dz, { rounds: 3, size: 100_000, end: 'none' });
          for (const bytes of inUse) expect(bytes).toBeLessThan(0.5 * MB);
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
  },
);
