/**
 * Step 21's behaviour: numbers and arrays work on either side of `add` and `mul`.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { finite, gradientChecks, type NumericalDiff } from '../gradients.js';
import { defineSuite } from '../suite.js';
import { expectValues, numberPairs, zipWith } from './values.js';

/** What a function of step 21 on takes: a Variable, an array or a number. */
export type Operand21<V> = V | NDArray | number;

/** What the step-21 suite needs of a variable. */
export interface Variable21<V> {
  data: NDArray | null;
  grad: NDArray | null;
  backward(): void;
  add: (other: Operand21<V>) => V;
  radd: (other: Operand21<V>) => V;
  mul: (other: Operand21<V>) => V;
  rmul: (other: Operand21<V>) => V;
}

/** The part of a step module the step-21 suite uses; every later step has it too. */
export interface Step21Api<V extends Variable21<V>> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  asVariable(obj: NoInfer<Operand21<V>>): V;
  // Properties, not methods: a function that takes less than every operand kind fails to
  // match (the compiler compares a method's parameters both ways, a property's strictly).
  square: (x: NoInfer<Operand21<V>>) => V;
  exp: (x: NoInfer<Operand21<V>>) => V;
  add: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  mul: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  Add: new () => { call(...operands: NoInfer<Operand21<V>>[]): V };
  Mul: new () => { call(...operands: NoInfer<Operand21<V>>[]): V };
  numericalDiff: NumericalDiff;
}

/** A function or method, by name, and what plain arithmetic gives for its operands. */
export type OperandCase<V> = readonly [
  what: string,
  f: (...operands: Operand21<V>[]) => { readonly data: NDArray | null },
  plain: (...values: number[]) => number,
];

/**
 * The rule from step 21 on, a number anywhere: each case, given every kind of operand
 * (Variable, NDArray, number) in every position, returns a Variable holding what plain
 * arithmetic gives. The operands are 1.5, then −2.5; `plain`'s parameter count is the
 * case's number of operands.
 */
export function expectAnyOperandKind<V>(
  dz: { np: typeof ndarray; Variable: new (data: NDArray) => V },
  cases: readonly OperandCase<V>[],
): void {
  const { np, Variable } = dz;
  const kinds: [string, (value: number) => Operand21<V>][] = [
    ['Variable', (value) => new Variable(np.array(value))],
    ['NDArray', (value) => np.array(value)],
    ['number', (value) => value],
  ];
  const values = [1.5, -2.5];
  for (const [what, f, plain] of cases) {
    let picks: (typeof kinds)[] = [[]];
    for (let i = 0; i < plain.length; i++) {
      picks = picks.flatMap((pick) => kinds.map((kind) => [...pick, kind]));
    }
    const expected = plain(...values.slice(0, plain.length));
    for (const pick of picks) {
      const label = `${what}(${pick.map(([kind]) => kind).join(', ')})`;
      const y = f(...pick.map(([, make], i) => make(values[i])));
      expect(y, label).toBeInstanceOf(Variable);
      expect(y.data?.item(), label).toBeCloseTo(expected, 12);
    }
  }
}

export const suite21 = defineSuite(
  'step 21: operator overloading 2',
  <V extends Variable21<V>>(dz: Step21Api<V>) => {
    const { np, Variable, asVariable, square, exp, add, mul } = dz;
    const { expectGradientMatches } = gradientChecks(dz);
    const scalar = (value: number) => new Variable(np.array(value));
    const value = (v: V) => v.data?.item();

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

      'numbers and arrays on either side give what plain arithmetic gives, on random operands':
        () => {
          fc.assert(
            fc.property(numberPairs(), finite(-3, 3), ([a, b], c) => {
              const x = new Variable(np.array(a));
              const array = np.array(b);
              const cases: [string, V, number[]][] = [
                ['x.add(c)', x.add(c), a.map((p) => p + c)],
                ['x.radd(c)', x.radd(c), a.map((p) => c + p)],
                ['add(x, c)', add(x, c), a.map((p) => p + c)],
                ['add(c, x)', add(c, x), a.map((p) => c + p)],
                ['x.mul(c)', x.mul(c), a.map((p) => p * c)],
                ['x.rmul(c)', x.rmul(c), a.map((p) => c * p)],
                ['mul(x, c)', mul(x, c), a.map((p) => p * c)],
                ['mul(c, x)', mul(c, x), a.map((p) => c * p)],
                ['x.add(array)', x.add(array), zipWith(a, b, (p, q) => p + q)],
                ['x.radd(array)', x.radd(array), zipWith(b, a, (q, p) => q + p)],
                ['add(array, x)', add(array, x), zipWith(b, a, (q, p) => q + p)],
                ['x.mul(array)', x.mul(array), zipWith(a, b, (p, q) => p * q)],
                ['x.rmul(array)', x.rmul(array), zipWith(b, a, (q, p) => q * p)],
                ['mul(array, x)', mul(array, x), zipWith(b, a, (q, p) => q * p)],
                ['Add.call(c, array)', new dz.Add().call(c, array), b.map((q) => c + q)],
                ['Mul.call(array, c)', new dz.Mul().call(array, c), b.map((q) => q * c)],
              ];
              for (const [what, y, expected] of cases) expectValues(y, expected, what);
            }),
          );
        },

      'gradients flow only to the Variables; numbers become constants': () => {
        fc.assert(
          fc.property(finite(), finite(), (v, c) => {
            expectGradientMatches((x: V) => mul(c, x).add(c), scalar(v));
            expectGradientMatches((x: V) => x.rmul(c).radd(np.array(c)), scalar(v));
            expectGradientMatches((x: V) => add(np.array(c), x.mul(x)), scalar(v));
          }),
        );
      },

      'one rule from step 21 on: every function and method takes a Variable, an array or a number as any operand':
        () => {
          expectAnyOperandKind(dz, [
            ['square', square, (p) => p * p],
            ['exp', exp, Math.exp],
            ['add', add, (p, q) => p + q],
            ['mul', mul, (p, q) => p * q],
            ['scalar(4).add', (other) => scalar(4).add(other), (q) => 4 + q],
            ['scalar(4).radd', (other) => scalar(4).radd(other), (q) => q + 4],
            ['scalar(4).mul', (other) => scalar(4).mul(other), (q) => 4 * q],
            ['scalar(4).rmul', (other) => scalar(4).rmul(other), (q) => q * 4],
          ]);
        },

      'an NDArray operation handed a Variable names the Variable method to use': () => {
        const x = scalar(2);
        const misuse = (op: 'add' | 'mul') => () => np.array(3)[op](x as unknown as NDArray);
        expect(misuse('add')).toThrow(TypeError);
        expect(misuse('add')).toThrow(/radd/);
        expect(misuse('mul')).toThrow(/rmul/);
      },
    };
  },
);
