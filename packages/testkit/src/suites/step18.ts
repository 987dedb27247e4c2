/**
 * Step 18's behaviour: memory-saving mode, and the no-grad mode through `Config`.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import { expect } from 'vitest';
import { memoryAfterEachRound } from '../loops.js';
import { MB, retainedBytes } from '../memory.js';
import { defineSuite } from '../suite.js';

/** What the step-18 suite needs of a variable. */
export interface Variable18 {
  data: NDArray | null;
  grad: NDArray | null;
  generation: number;
  readonly creator: object | null;
  backward(options?: { retainGrad?: boolean }): void;
}

/** What the step-18 suite needs of a function in the graph, to define one of its own. */
export interface Function18<V> {
  call(...inputs: V[]): V | V[];
  forward(...xs: NDArray[]): NDArray | NDArray[];
  backward(...gys: NDArray[]): NDArray | NDArray[];
}

/** The part of a step module the step-18 suite uses; every later step has it too. */
export interface Step18Api<V extends Variable18> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  Function: abstract new () => Function18<NoInfer<V>>;
  add(x0: NoInfer<V>, x1: NoInfer<V>): V;
  square(x: NoInfer<V>): V;
  Config: { enableBackprop: boolean };
  usingConfig: {
    (name: 'enableBackprop', value: boolean): Disposable;
    <T>(name: 'enableBackprop', value: boolean, block: () => T): T;
  };
  noGrad: {
    (): Disposable;
    <T>(block: () => T): T;
  };
}

export const suite18 = defineSuite(
  'step 18: memory-saving mode and Config',
  <V extends Variable18>(dz: Step18Api<V>) => {
    const { np, Variable, Function, Config, usingConfig, noGrad, add, square } = dz;
    const scalar = (value: number) => new Variable(np.array(value));

    /** A function of two outputs, 2x and 3x; then y = 2x + 3x. */
    class Twice extends Function {
      override forward(x: NDArray): NDArray[] {
        return [x.mul(2), x.mul(3)];
      }
      override backward(gy0: NDArray, gy1: NDArray): NDArray {
        return gy0.mul(2).add(gy1.mul(3));
      }
    }
    const twoOutputGraph = () => {
      const x = scalar(1);
      const outputs = new Twice().call(x);
      if (!Array.isArray(outputs)) throw new Error('two outputs should come back as a list');
      const [a, b] = outputs;
      return { x, a, b, y: add(a, b) };
    };

    /** The book's example: t = x0 + x1, y = x0 + t. */
    const bookGraph = () => {
      const x0 = scalar(1);
      const x1 = scalar(1);
      const t = add(x0, x1);
      const y = add(x0, t);
      return { x0, x1, t, y };
    };

    /** square(square(square(x))) over 10⁶ ones (8 MB an array): bytes beyond x and y. */
    const extraBytesOfCube = async (build: (x: V) => V) => {
      const x = new Variable(np.ones([100, 100, 100]));
      const { bytes, kept: y } = await retainedBytes(() => build(x));
      // Returning x and y keeps both alive until here.
      return { extraBytes: bytes - (y.data as NDArray).data.byteLength, x, y };
    };
    const cube = (x: V) => square(square(square(x)));

    return {
      'backward clears the gradients of every variable a function made; leaves keep theirs': () => {
        const { x0, x1, t, y } = bookGraph();
        y.backward();
        expect([y.grad, t.grad]).toEqual([null, null]);
        expect([x0.grad?.item(), x1.grad?.item()]).toEqual([2, 1]);
      },

      'backward clears the gradient of every output of a function with several outputs': () => {
        const { x, a, b, y } = twoOutputGraph();
        y.backward();
        expect([y.grad, a.grad, b.grad]).toEqual([null, null, null]);
        expect(x.grad?.item()).toBe(5);
      },

      'backward({ retainGrad: true }) keeps the gradients of every output of a function': () => {
        const { x, a, b, y } = twoOutputGraph();
        y.backward({ retainGrad: true });
        expect([y.grad, a.grad, b.grad, x.grad].map((g) => g?.item())).toEqual([1, 1, 1, 5]);
      },

      'backward({ retainGrad: true }) keeps every gradient': () => {
        const { x0, x1, t, y } = bookGraph();
        y.backward({ retainGrad: true });
        expect([y.grad, t.grad, x0.grad, x1.grad].map((g) => g?.item())).toEqual([1, 1, 2, 1]);
      },

      'Config.enableBackprop is on by default': () => {
        expect(Config.enableBackprop).toBe(true);
      },

      'under noGrad, call records no graph': () => {
        const x = scalar(2);
        const y = noGrad(() => square(x));
        expect(y.data?.item()).toBe(4);
        expect(y.creator).toBeNull();
        expect(y.generation).toBe(0);
      },

      'backward on an output made under noGrad seeds its own gradient and stops': () => {
        const x = scalar(2);
        const y = noGrad(() => square(x));
        y.backward();
        expect(y.grad?.item()).toBe(1);
        expect(x.grad).toBeNull();
      },

      'a using block turns backprop off and restores it at the end of the block': () => {
        {
          using _ = usingConfig('enableBackprop', false);
          expect(Config.enableBackprop).toBe(false);
          expect(square(scalar(2)).creator).toBeNull();
        }
        expect(Config.enableBackprop).toBe(true);
        expect(square(scalar(2)).creator).not.toBeNull();
      },

      'the old value comes back after a throw, in a using block and in a callback': () => {
        expect(() => {
          using _ = noGrad();
          throw new Error('boom');
        }).toThrow('boom');
        expect(Config.enableBackprop).toBe(true);
        expect(() =>
          usingConfig('enableBackprop', false, () => {
            throw new Error('boom');
          }),
        ).toThrow('boom');
        expect(Config.enableBackprop).toBe(true);
      },

      'nested blocks restore in order': () => {
        const seen: boolean[] = [];
        {
          using _outer = usingConfig('enableBackprop', false);
          seen.push(Config.enableBackprop);
          {
            using _inner = usingConfig('enableBackprop', true);
            seen.push(Config.enableBackprop);
            noGrad(() => seen.push(Config.enableBackprop));
            seen.push(Config.enableBackprop);
          }
          seen.push(Config.enableBackprop);
        }
        seen.push(Config.enableBackprop);
        expect(seen).toEqual([false, true, false, true, false, true]);
      },

      'a callback returns its value': () => {
        expect(usingConfig('enableBackprop', false, () => 42)).toBe(42);
        expect(noGrad(() => 'done')).toBe('done');
      },

      'noGrad() as a using block turns backprop off until the block ends': () => {
        {
          using _ = noGrad();
          expect(Config.enableBackprop).toBe(false);
          expect(square(scalar(2)).creator).toBeNull();
        }
        expect(Config.enableBackprop).toBe(true);
      },

      'a callback may return nothing, null, a function or an object: only a Promise is refused':
        () => {
          const x = scalar(2);
          expect(
            noGrad(() => {
              square(x);
            }),
          ).toBeUndefined();
          expect(noGrad(() => null)).toBeNull();
          const f = () => 1;
          expect(usingConfig('enableBackprop', false, () => f)).toBe(f);
          const plain = { value: 1 };
          expect(noGrad(() => plain)).toBe(plain);
          expect(Config.enableBackprop).toBe(true);
        },

      'a callback that returns any thenable, even a function with a then method, is refused':
        () => {
          // biome-ignore lint/suspicious/noThenProperty: a thenable is what this test hands in
          const thenableObject = { then: () => {} };
          // biome-ignore lint/suspicious/noThenProperty: a thenable is what this test hands in
          const thenableFunction = Object.assign(() => {}, { then: () => {} });
          expect(() => noGrad(() => thenableObject)).toThrow(/returned a Promise/);
          expect(() => noGrad(() => thenableFunction)).toThrow(/returned a Promise/);
          expect(Config.enableBackprop).toBe(true);
        },

      'the error for a Promise says why, and what to do instead': () => {
        expect(() => usingConfig('enableBackprop', false, () => Promise.resolve())).toThrow(
          new TypeError(
            "usingConfig('enableBackprop', …) got a callback that returned a Promise; the " +
              'setting would leak into other work during its await. Pass a synchronous ' +
              'callback, or use `using _ = usingConfig(…)` in a block you control.',
          ),
        );
      },

      "'prototype' is not a setting, though the class has it": () => {
        const prototype = 'prototype' as 'enableBackprop';
        expect(() => usingConfig(prototype, false)).toThrow(
          new TypeError("Config has no setting 'prototype' (settings: enableBackprop)"),
        );
        expect(Config.enableBackprop).toBe(true);
      },

      'the error for an unknown name lists every setting, comma-separated': () => {
        // The book's Config gains a second setting later (`train`, step 54): stand one in.
        const settings = Config as { enableBackprop: boolean; train?: boolean };
        settings.train = true;
        try {
          const misspelt = 'tran' as 'enableBackprop';
          expect(() => usingConfig(misspelt, false)).toThrow(
            new TypeError("Config has no setting 'tran' (settings: enableBackprop, train)"),
          );
        } finally {
          delete settings.train;
        }
        expect(Object.keys(Config)).toEqual(['enableBackprop']);
      },

      'an unknown setting name is rejected, and nothing changes': () => {
        const misspelt = 'enable_backprop' as 'enableBackprop';
        expect(() => usingConfig(misspelt, false)).toThrow(
          new TypeError("Config has no setting 'enable_backprop' (settings: enableBackprop)"),
        );
        expect(Config.enableBackprop).toBe(true);
        expect(Object.keys(Config)).toEqual(['enableBackprop']);
      },

      'a value of the wrong type is rejected, and nothing changes': () => {
        const notABoolean = 0 as unknown as boolean;
        expect(() => usingConfig('enableBackprop', notABoolean)).toThrow(
          new TypeError('Config.enableBackprop takes a boolean, got number'),
        );
        expect(Config.enableBackprop).toBe(true);
      },

      'a callback that returns a Promise is rejected, and the setting restored': async () => {
        let promise: Promise<void> | undefined;
        const asyncBlock = () => {
          promise = Promise.resolve();
          return promise;
        };
        expect(() => noGrad(asyncBlock)).toThrow(/returned a Promise/);
        expect(Config.enableBackprop).toBe(true);
        await promise;
      },

      'noGrad makes no WeakRef: a synchronous inference loop keeps nothing': async () => {
        // Count every WeakRef the step's code makes, by standing in for the global class.
        let made = 0;
        const Original = globalThis.WeakRef;
        globalThis.WeakRef = class Counting<T extends WeakKey> extends Original<T> {
          constructor(target: T) {
            super(target);
            made += 1;
          }
        };
        try {
          noGrad(() => square(square(scalar(2))));
          expect(made).toBe(0);
          square(square(scalar(2))); // with backprop on: one WeakRef per output
          expect(made).toBe(2);
        } finally {
          globalThis.WeakRef = Original;
        }
        // So nothing is kept to the end of the job: a forced GC frees each round at once.
        const inUse = await memoryAfterEachRound(dz, {
          rounds: 3,
          size: 100_000,
          end: 'none',
          around: (round) => noGrad(round),
        });
        for (const bytes of inUse) expect(bytes).toBeLessThan(0.5 * MB);
      },

      'with backprop on, the graph keeps both 8 MB intermediates reachable from y': async () => {
        const { extraBytes } = await extraBytesOfCube(cube);
        // Two 8 MB arrays, give or take what other code frees or allocates meanwhile.
        expect(extraBytes).toBeGreaterThan(15.5 * MB);
        expect(extraBytes).toBeLessThan(16.5 * MB);
      },

      'under noGrad, nothing beyond x and y is kept': async () => {
        const { extraBytes } = await extraBytesOfCube((x) => noGrad(() => cube(x)));
        expect(extraBytes).toBeLessThan(1 * MB);
      },
    };
  },
);
