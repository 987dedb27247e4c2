/**
 * Step 20's behaviour: `Mul`, and `add`/`mul` as methods of `Variable`.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { finite, gradientChecks, type NumericalDiff } from '../gradients.js';
import { defineSuite } from '../suite.js';
import { expectValues, numberPairs, zipWith } from './values.js';

/** What the step-20 suite needs of a variable. */
export interface Variable20<V> {
  data: NDArray | null;
  grad: NDArray | null;
  readonly creator: object | null;
  backward(): void;
  add(other: V): V;
  mul(other: V): V;
}

/** The part of a step module the step-20 suite uses; every later step has it too. */
export interface Step20Api<V extends Variable20<V>> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  square(x: NoInfer<V>): V;
  exp(x: NoInfer<V>): V;
  mul(x0: NoInfer<V>, x1: NoInfer<V>): V;
  Mul: new () => {
    call(x0: NoInfer<V>, x1: NoInfer<V>): V;
    backward(gy: NDArray): NDArray[];
  };
  numericalDiff: NumericalDiff;
}

export const suite20 = defineSuite(
  'step 20: operator overloading 1',
  <V extends Variable20<V>>(dz: Step20Api<V>) => {
    const { np, Variable, mul, Mul } = dz;
    const { expectGradientMatches, expectRandomGraphsMatch } = gradientChecks(dz);
    const scalar = (value: number) => new Variable(np.array(value));

    return {
      'mul multiplies, and its backward gives each input the other one': () => {
        const [a, b] = [scalar(3), scalar(2)];
        const f = new Mul();
        const y = f.call(a, b);
        expect(y.data?.item()).toBe(6);
        expect(f.backward(np.array(1)).map((g) => g.item())).toEqual([2, 3]);
      },

      'mul, x.mul and x.add give what plain arithmetic gives, on random arrays, in both operand orders':
        () => {
          fc.assert(
            fc.property(numberPairs(), ([a, b]) => {
              const [x0, x1] = [new Variable(np.array(a)), new Variable(np.array(b))];
              const times = (p: number, q: number) => p * q;
              const plus = (p: number, q: number) => p + q;
              expectValues(mul(x0, x1), zipWith(a, b, times), 'mul(x0, x1)');
              expectValues(mul(x1, x0), zipWith(b, a, times), 'mul(x1, x0)');
              expectValues(x0.mul(x1), zipWith(a, b, times), 'x0.mul(x1)');
              expectValues(x1.mul(x0), zipWith(b, a, times), 'x1.mul(x0)');
              expectValues(x0.add(x1), zipWith(a, b, plus), 'x0.add(x1)');
              expectValues(x1.add(x0), zipWith(b, a, plus), 'x1.add(x0)');
            }),
          );
        },

      "a.mul(b).add(c) is the book's a * b + c": () => {
        const [a, b, c] = [scalar(3), scalar(2), scalar(1)];
        const y = a.mul(b).add(c);
        y.backward();
        expect(y.data?.item()).toBe(7);
        expect([a.grad?.item(), b.grad?.item(), c.grad?.item()]).toEqual([2, 3, 1]);
      },

      'methods make the same graph as the functions': () => {
        const x = scalar(3);
        expect(x.mul(x).creator).toBeInstanceOf(Mul);
        expect(x.add(x).data?.item()).toBe(6);
        expect(mul(x, x).data?.item()).toBe(9);
      },

      'the gradient of mul agrees with numericalDiff, in both operand orders': () => {
        fc.assert(
          fc.property(finite(), finite(), (value, other) => {
            const c = scalar(other);
            expectGradientMatches((x: V) => mul(x, c), scalar(value));
            expectGradientMatches((x: V) => mul(c, x), scalar(value));
            expectGradientMatches((x: V) => x.mul(x).mul(x), scalar(value));
          }),
        );
      },

      'random graphs of add, mul, square and exp agree with numericalDiff': () => {
        const operations = [
          (a: V, b: V) => a.add(b),
          (a: V, b: V) => a.mul(b),
          (a: V) => dz.square(a),
          (a: V) => dz.exp(a),
        ];
        expectRandomGraphsMatch(scalar, operations);
      },
    };
  },
);
