/**
 * Step 19's behaviour: a name, NumPy's shape getters, and printing.
 * @module
 */
import { inspect } from 'node:util';
import type * as ndarray from '@dezero/ndarray';
import type { DType, NDArray, Shape } from '@dezero/ndarray';
import { expect } from 'vitest';
import { defineSuite } from '../suite.js';

/** What the step-19 suite needs of a variable. */
export interface Variable19 {
  readonly name: string | null;
  readonly shape: Shape;
  readonly ndim: number;
  readonly size: number;
  readonly dtype: DType;
  readonly length: number;
}

/** The part of a step module the step-19 suite uses; every later step has it too. */
export interface Step19Api<V extends Variable19> {
  np: typeof ndarray;
  Variable: new (data: NDArray | null, name?: string | null) => V;
  square(x: NoInfer<V>): V;
}

export const suite19 = defineSuite(
  'step 19: a friendlier Variable',
  <V extends Variable19>(dz: Step19Api<V>) => {
    const { np, Variable, square } = dz;
    /** The book's step-19 demo data, `np.array([[1, 2, 3], [4, 5, 6]])`: int64 in NumPy. */
    const matrix = () =>
      np.array(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { dtype: 'int64' },
      );

    return {
      'a Variable has a name, null unless given': () => {
        expect(new Variable(np.array(1)).name).toBeNull();
        expect(new Variable(np.array(1), 'x').name).toBe('x');
      },

      'shape, ndim, size, dtype and length come from the data': () => {
        const x = new Variable(matrix());
        expect(x.shape).toEqual([2, 3]);
        expect([x.ndim, x.size, x.length]).toEqual([2, 6, 2]);
        expect(x.dtype).toBe('int64');
        expect(new Variable(np.array(1.5)).dtype).toBe('float64');
      },

      'length of a 0-d variable throws, as len() does in NumPy': () => {
        expect(() => new Variable(np.array(2)).length).toThrow(
          new TypeError('len() of unsized object'),
        );
      },

      'String, template literals and console.log all print variable(...)': () => {
        const x = new Variable(np.array([1, 2, 3]));
        expect(String(x)).toBe('variable([1. 2. 3.])');
        expect(`${x}`).toBe('variable([1. 2. 3.])');
        expect(inspect(x)).toBe('variable([1. 2. 3.])');
        expect(String(new Variable(np.array(2.0)))).toBe('variable(2.0)');
      },

      'continuation lines are indented 9 spaces, under the first number': () => {
        const x = new Variable(matrix());
        expect(String(x)).toBe('variable([[1 2 3]\n          [4 5 6]])');
        // Like the book's __repr__, the blank line between blocks is indented too.
        const cube = new Variable(np.zeros([2, 1, 2]));
        expect(String(cube)).toBe('variable([[[0. 0.]]\n         \n          [[0. 0.]]])');
      },

      'a Variable with no data prints variable(null)': () => {
        expect(String(new Variable(null))).toBe('variable(null)');
      },

      'a computed variable prints its data too': () => {
        expect(String(square(new Variable(np.array([1, 2]))))).toBe('variable([1. 4.])');
      },
    };
  },
);
