/**
 * Step 20's behaviour: `Mul`, and `add`/`mul` as methods of `Variable`.
 */

import {
  defineSuite,
  expectGradientMatches,
  expectRandomGraphsMatch,
  finite,
  type StepApi,
} from '@dezero/step15/testing';
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as Step20Module from '../src/index.js';

export type Step20 = StepApi<typeof Step20Module>;

export const suite20 = defineSuite('step 20: operator overloading 1', (dz: Step20) => {
  const { np, Variable, mul, Mul } = dz;
  type Variable = InstanceType<typeof Variable>;
  const scalar = (value: number) => new Variable(np.array(value));

  return {
    'mul multiplies, and its backward gives each input the other one': () => {
      const [a, b] = [scalar(3), scalar(2)];
      const f = new Mul();
      const y = f.call(a, b);
      expect(y.data?.item()).toBe(6);
      expect(f.backward(np.array(1)).map((g) => g.item())).toEqual([2, 3]);
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
          expectGradientMatches((x: Variable) => mul(x, c), scalar(value));
          expectGradientMatches((x: Variable) => mul(c, x), scalar(value));
          expectGradientMatches((x: Variable) => x.mul(x).mul(x), scalar(value));
        }),
      );
    },

    'random graphs of add, mul, square and exp agree with numericalDiff': () => {
      const operations = [
        (a: Variable, b: Variable) => a.add(b),
        (a: Variable, b: Variable) => a.mul(b),
        (a: Variable) => dz.square(a),
        (a: Variable) => dz.exp(a),
      ];
      expectRandomGraphsMatch(scalar, operations);
    },
  };
});
