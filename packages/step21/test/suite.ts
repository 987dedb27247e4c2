/**
 * Step 21's behaviour: numbers and arrays work on either side of `add` and `mul`.
 */
import type { NDArray } from '@dezero/ndarray';
import { defineSuite, expectGradientMatches, finite, type StepApi } from '@dezero/step15/testing';
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as Step21Module from '../src/index.js';

export type Step21 = StepApi<typeof Step21Module>;

export const suite21 = defineSuite('step 21: operator overloading 2', (dz: Step21) => {
  const { np, Variable, asVariable, add, mul } = dz;
  type Variable = InstanceType<typeof Variable>;
  const scalar = (value: number) => new Variable(np.array(value));
  const value = (v: Variable) => v.data?.item();

  return {
    'asVariable keeps a Variable and wraps an array or a number': () => {
      const x = scalar(1);
      expect(asVariable(x)).toBe(x);
      const array = np.array([1, 2]);
      expect(asVariable(array).data).toBe(array);
      expect(asVariable(2.5)).toBeInstanceOf(Variable);
      expect(value(asVariable(2.5))).toBe(2.5);
    },

    'call takes Variables, arrays and numbers': () => {
      expect(value(new dz.Add().call(1, np.array(2)))).toBe(3);
      expect(value(new dz.Mul().call(scalar(2), 4))).toBe(8);
    },

    'numbers and arrays work on either side of add and mul': () => {
      const x = scalar(2);
      expect(value(x.add(np.array(3)))).toBe(5);
      expect(value(x.add(3))).toBe(5);
      expect(value(x.radd(3))).toBe(5);
      expect(value(add(3, x))).toBe(5);
      expect(value(x.mul(3))).toBe(6);
      expect(value(x.rmul(3))).toBe(6);
      expect(value(mul(3.0, x).add(1.0))).toBe(7);
    },

    'gradients flow only to the Variables; numbers become constants': () => {
      fc.assert(
        fc.property(finite(), finite(), (v, c) => {
          expectGradientMatches((x: Variable) => mul(c, x).add(c), scalar(v));
          expectGradientMatches((x: Variable) => x.rmul(c).radd(np.array(c)), scalar(v));
          expectGradientMatches((x: Variable) => add(np.array(c), x.mul(x)), scalar(v));
        }),
      );
    },

    'an NDArray operation handed a Variable names the Variable method to use': () => {
      const x = scalar(2);
      const misuse = (op: 'add' | 'mul') => () => np.array(3)[op](x as unknown as NDArray);
      expect(misuse('add')).toThrow(TypeError);
      expect(misuse('add')).toThrow(/radd/);
      expect(misuse('mul')).toThrow(/rmul/);
    },
  };
});
