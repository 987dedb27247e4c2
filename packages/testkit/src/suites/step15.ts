/**
 * Step 15's behaviour: `Variable`, `square`, `exp` and `add`, the graph a call records and
 * the backward that walks it, with the wrong gradient the book fixes in step 16;
 * `numericalDiff`; a dropped graph is freed, cycles and all.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { gradientChecks, type NumericalDiff, smallArrays } from '../gradients.js';
import { collectedWhileKept, GcWatch } from '../memory.js';
import { defineSuite } from '../suite.js';
import { noGradientError, splitOn } from './split.js';
import { expectValues, numberPairs, zipWith } from './values.js';

/** What the step-15 suite needs of a variable. */
export interface Variable15 {
  data: NDArray | null;
  grad: NDArray | null;
  readonly creator: { readonly outputs: readonly unknown[] } | null;
  cleargrad(): void;
  backward(): void;
}

/** What the step-15 suite needs of a function in the graph. */
export interface Function15<V> {
  inputs: readonly V[];
  /** Variables up to step 16; `WeakRef`s from step 17 on. */
  outputs: readonly unknown[];
  call(...inputs: V[]): V | V[];
  forward(...xs: NDArray[]): NDArray | NDArray[];
  backward(...gys: NDArray[]): NDArray | NDArray[];
}

/** The part of a step module the step-15 suite uses; every later step has it too. */
export interface Step15Api<V extends Variable15> {
  np: typeof ndarray;
  Variable: new (data: NDArray | null) => V;
  Function: abstract new () => Function15<NoInfer<V>>;
  Square: new () => {
    inputs: readonly NoInfer<V>[];
    outputs: readonly unknown[];
    call(x: NoInfer<V>): V;
  };
  square(x: NoInfer<V>): V;
  exp(x: NoInfer<V>): V;
  add(x0: NoInfer<V>, x1: NoInfer<V>): V;
  asArray(x: NDArray | number): NDArray;
  numericalDiff: NumericalDiff;
}

/**
 * The graph of the book's step-15 lesson: y = a² + a² with a = x², so y = 2x⁴ and the true
 * dy/dx = 8x³: 32 and 64 at x = 2.
 */
export const lessonGraph =
  <V>({ square, add }: { square(x: V): V; add(x0: V, x1: V): V }) =>
  (x: V): V => {
    const a = square(x);
    return add(square(a), square(a));
  };

export const suite15 = defineSuite(
  'step 15: the framework after step 14',
  <V extends Variable15>(dz: Step15Api<V>) => {
    const { np, Variable, Function, square, exp, add, asArray, numericalDiff } = dz;
    const { expectGradientMatches } = gradientChecks(dz);
    const scalar = (value: number) => new Variable(np.array(value));
    const lesson = lessonGraph(dz);
    const split = splitOn(Function);

    return {
      'Variable holds an NDArray, or null': () => {
        const data = np.array([1, 2]);
        expect(new Variable(data).data).toBe(data);
        expect(new Variable(null).data).toBeNull();
        expect(new Variable(data).grad).toBeNull();
        expect(new Variable(data).creator).toBeNull();
      },

      'Variable rejects data that is not an NDArray, naming its type': () => {
        const reject = (data: unknown) => () => new Variable(data as NDArray);
        expect(reject(1.0)).toThrow(new TypeError('number is not supported'));
        expect(reject('1.0')).toThrow(new TypeError('string is not supported'));
        expect(reject([1, 2])).toThrow(new TypeError('Array is not supported'));
        expect(reject(undefined)).toThrow(new TypeError('undefined is not supported'));
      },

      'square, exp and add compute their forward values': () => {
        expect(square(scalar(3)).data?.item()).toBe(9);
        expect(exp(scalar(1)).data?.item()).toBeCloseTo(Math.E, 15);
        expect(add(scalar(2), scalar(3)).data?.item()).toBe(5);
      },

      'square, exp and add give what plain arithmetic gives, on random arrays, in both operand orders':
        () => {
          fc.assert(
            fc.property(numberPairs(), ([a, b]) => {
              const [x0, x1] = [new Variable(np.array(a)), new Variable(np.array(b))];
              expectValues(
                square(x0),
                a.map((v) => v * v),
                'square',
              );
              expectValues(exp(x0), a.map(Math.exp), 'exp');
              expectValues(
                add(x0, x1),
                zipWith(a, b, (p, q) => p + q),
                'add(x0, x1)',
              );
              expectValues(
                add(x1, x0),
                zipWith(b, a, (p, q) => p + q),
                'add(x1, x0)',
              );
            }),
          );
        },

      'call records inputs, outputs and creator, and returns the single output': () => {
        const x = scalar(2);
        const f = new dz.Square();
        const y = f.call(x);
        expect(y).toBeInstanceOf(Variable);
        expect(y.creator).toBe(f);
        expect(f.inputs).toEqual([x]);
        expect(f.outputs).toEqual([y]);
      },

      'call returns a list when forward returns a list': () => {
        const x = scalar(3);
        const [a, b] = split(x);
        expect(a.data?.item()).toBe(3);
        expect(b.data?.item()).toBe(-3);
        add(a, b).backward();
        expect(x.grad?.item()).toBe(0);
      },

      'backward with an output of a two-output function left unused is a TypeError naming the function and the output':
        () => {
          const x = scalar(3);
          const [a] = split(x);
          expect(() => a.backward()).toThrow(noGradientError('Split', 1));
          expect(x.grad).toBeNull();
        },

      'Variable names an object with no constructor as object': () => {
        expect(() => new Variable(Object.create(null) as NDArray)).toThrow(
          new TypeError('object is not supported'),
        );
      },

      'a number that forward returns becomes a 0-d array (asArray)': () => {
        const number = asArray(2.5);
        expect(number.shape).toEqual([]);
        expect(number.item()).toBe(2.5);
        const array = np.array([1, 2]);
        expect(asArray(array)).toBe(array);
      },

      'a Variable with no data cannot enter a function': () => {
        expect(() => square(new Variable(null))).toThrow(TypeError);
        expect(() => square(new Variable(null))).toThrow(/no data/);
      },

      'backward of a chain matches the hand-worked gradient': () => {
        // y = (e^(x²))², dy/dx = 4x·e^(2x²); at x = 0.5: 2·e^0.5
        const x = scalar(0.5);
        square(exp(square(x))).backward();
        expect(x.grad?.item()).toBeCloseTo(2 * Math.exp(0.5), 12);
      },

      'the gradients of square, exp and add agree with numericalDiff': () => {
        fc.assert(
          fc.property(smallArrays(), (data) => {
            expectGradientMatches(square, new Variable(data));
            expectGradientMatches(exp, new Variable(data));
            expectGradientMatches(
              (x: V) => add(x, new Variable(np.onesLike(data))),
              new Variable(data),
            );
            expectGradientMatches((x: V) => exp(square(exp(x))), new Variable(data));
          }),
        );
      },

      'a variable used twice gets the sum of both gradients: add(x, x) → 2': () => {
        const x = scalar(3);
        add(x, x).backward();
        expect(x.grad?.item()).toBe(2);
      },

      'add(add(x, x), x) → 3 after cleargrad': () => {
        const x = scalar(3);
        add(x, x).backward();
        x.cleargrad();
        expect(x.grad).toBeNull();
        add(add(x, x), x).backward();
        expect(x.grad?.item()).toBe(3);
      },

      'adding gradients makes a new array and never changes the old one': () => {
        const x = scalar(3);
        const y = add(x, x);
        const seed = np.array(1.0);
        y.grad = seed;
        y.backward();
        expect(seed.item()).toBe(1); // the seed handed to both inputs is untouched
        expect(x.grad?.item()).toBe(2);
        expect(x.grad).not.toBe(seed);
      },

      'backward on a variable with no creator seeds its own gradient and stops': () => {
        const x = new Variable(np.array([1, 2, 3]));
        x.backward();
        expect(x.grad?.toString()).toBe('[1. 1. 1.]');
      },

      'backward starts from a gradient already set on the output, not from ones': () => {
        const x = scalar(3);
        const y = square(x);
        y.grad = np.array(0.5);
        y.backward();
        expect(x.grad?.item()).toBe(3); // 0.5 · 2x, where a seed of ones gives 6
      },

      'backward starts from ones shaped like the output': () => {
        const x = new Variable(np.array([[1, 2, 3]]));
        square(x).backward();
        expect(x.grad?.toString()).toBe('[[2. 4. 6.]]'); // 2x · ones
      },

      'the step-15 lesson: backward gives 96 where the true derivative is 64': () => {
        // a's creator is pushed twice, so its backward runs twice.
        const x = scalar(2);
        const y = lesson(x);
        y.backward();
        expect([y.data?.item(), x.grad?.item()]).toEqual([32, 96]);
      },

      'one intermediate variable used twice by one function: add(a, a) gives 16 where the true derivative is 8':
        () => {
          // a reaches add twice, so its gradient arrives twice and its creator is pushed
          // twice: square → a runs once with half of a's gradient and once with all of it.
          const x = scalar(2);
          const a = square(x);
          const y = add(a, a); // 2x², whose derivative 4x is 8 at x = 2
          y.backward();
          expect([y.data?.item(), x.grad?.item()]).toEqual([8, 16]);
        },

      'numericalDiff gives the true 64 on the lesson graph': () => {
        expect(numericalDiff(lesson, scalar(2)).item()).toBeCloseTo(64, 5);
      },

      'numericalDiff refuses a variable with no data, given or returned': () => {
        const message = 'numericalDiff needs variables that hold data, got one with data null';
        expect(() => numericalDiff((x: V) => x, new Variable(null))).toThrow(
          new TypeError(message),
        );
        expect(() => numericalDiff(() => new Variable(null), scalar(1))).toThrow(
          new TypeError(message),
        );
      },

      'numericalDiff builds its probes with the class of the variable it is given': () => {
        const StepVariable: new (data: NDArray) => Variable15 = Variable;
        class Tagged extends StepVariable {}
        const seen: unknown[] = [];
        numericalDiff(
          (x: Variable15) => {
            seen.push(x);
            return x;
          },
          new Tagged(np.array(1)),
        );
        expect(seen).toHaveLength(2);
        for (const probe of seen) expect(probe).toBeInstanceOf(Tagged);
      },

      'the garbage collector frees a whole graph, cycles and all, once nothing outside holds it':
        async () => {
          const watch = new GcWatch();
          (() => {
            const x = scalar(2);
            const y = square(x); // y → Square → y: a reference cycle
            watch.watch(x, 'x');
            watch.watch(y, 'y');
            watch.watch(y.creator as object, 'creator');
          })();
          const collected = await watch.collected();
          expect([...collected].sort()).toEqual(['creator', 'x', 'y']);
        },

      'a function holds its outputs strongly: keeping y.creator keeps y alive': async () => {
        const { collected, kept: creator } = await collectedWhileKept(
          () => square(scalar(2)),
          (y) => y.creator,
        );
        expect(collected).toBe(false);
        expect(creator?.outputs).toHaveLength(1);
      },
    };
  },
);
