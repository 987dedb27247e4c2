/**
 * Step 22's behaviour: `neg`, `sub`, `div`, `pow` and their reflected forms, checked
 * against numerical differentiation.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { gradientChecks, type NumericalDiff } from '../gradients.js';
import { defineSuite } from '../suite.js';
import { expectAnyOperandKind, type Operand21, type Variable21 } from './step21.js';
import { awayFromZero, expectValues, numberPairs, zipWith } from './values.js';

/** What the step-22 suite needs of a variable. */
export interface Variable22<V> extends Variable21<V> {
  cleargrad(): void;
  neg(): V;
  sub: (other: Operand21<V>) => V;
  rsub: (other: Operand21<V>) => V;
  div: (other: Operand21<V>) => V;
  rdiv: (other: Operand21<V>) => V;
  pow(c: number): V;
}

/** The part of a step module the step-22 suite uses; every later step has it too. */
export interface Step22Api<V extends Variable22<V>> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  neg: (x: NoInfer<Operand21<V>>) => V;
  sub: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  rsub: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  div: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  rdiv: (x0: NoInfer<Operand21<V>>, x1: NoInfer<Operand21<V>>) => V;
  pow: (x: NoInfer<Operand21<V>>, c: number) => V;
  Pow: new (c: number) => object;
  numericalDiff: NumericalDiff;
}

export const suite22 = defineSuite(
  'step 22: operator overloading 3',
  <V extends Variable22<V>>(dz: Step22Api<V>) => {
    const { np, Variable, neg, sub, rsub, div, rdiv, pow, Pow } = dz;
    const { expectGradientMatches, expectRandomGraphsMatch } = gradientChecks(dz);
    type Operand = V | number;
    const scalar = (value: number) => new Variable(np.array(value));
    const value = (v: V) => v.data?.item();

    /** Every two-operand function, with its value at (a, b), for both operand orders. */
    const binary: Array<[string, (a: Operand, b: Operand) => V, (a: number, b: number) => number]> =
      [
        ['sub', sub, (a, b) => a - b],
        ['rsub', rsub, (a, b) => b - a],
        ['div', div, (a, b) => a / b],
        ['rdiv', rdiv, (a, b) => b / a],
      ];

    return {
      "neg, sub, rsub, div, rdiv and pow compute the book's values": () => {
        const x = scalar(2);
        expect([x.neg(), x.rsub(2), x.sub(1), x.rdiv(3), x.pow(3)].map(value)).toEqual([
          -2, 0, 1, 1.5, 8,
        ]);
        expect(value(neg(3))).toBe(-3);
        for (const [name, f, expected] of binary) {
          expect(value(f(scalar(6), scalar(3))), name).toBe(expected(6, 3));
          expect(value(f(6, scalar(3))), `${name}(number, Variable)`).toBe(expected(6, 3));
          expect(value(f(scalar(6), 3)), `${name}(Variable, number)`).toBe(expected(6, 3));
        }
      },

      'every operator gives what plain arithmetic gives, on random operands in both orders': () => {
        // Operands away from zero, so that every quotient and power is finite.
        fc.assert(
          fc.property(numberPairs(awayFromZero), awayFromZero, ([a, b], c) => {
            const [x, y] = [new Variable(np.array(a)), new Variable(np.array(b))];
            const array = np.array(b);
            const minus = (p: number, q: number) => p - q;
            const over = (p: number, q: number) => p / q;
            const cases: [string, V, number[]][] = [
              ['x.neg()', x.neg(), a.map((p) => -p)],
              ['neg(x)', neg(x), a.map((p) => -p)],
              ['neg(array)', neg(array), b.map((q) => -q)],
              ['x.sub(y)', x.sub(y), zipWith(a, b, minus)],
              ['x.rsub(y)', x.rsub(y), zipWith(b, a, minus)],
              ['sub(x, y)', sub(x, y), zipWith(a, b, minus)],
              ['sub(y, x)', sub(y, x), zipWith(b, a, minus)],
              ['rsub(x, y)', rsub(x, y), zipWith(b, a, minus)],
              ['x.sub(c)', x.sub(c), a.map((p) => p - c)],
              ['x.rsub(c)', x.rsub(c), a.map((p) => c - p)],
              ['sub(x, c)', sub(x, c), a.map((p) => p - c)],
              ['sub(c, x)', sub(c, x), a.map((p) => c - p)],
              ['rsub(x, c)', rsub(x, c), a.map((p) => c - p)],
              ['x.sub(array)', x.sub(array), zipWith(a, b, minus)],
              ['x.rsub(array)', x.rsub(array), zipWith(b, a, minus)],
              ['sub(array, x)', sub(array, x), zipWith(b, a, minus)],
              ['x.div(y)', x.div(y), zipWith(a, b, over)],
              ['x.rdiv(y)', x.rdiv(y), zipWith(b, a, over)],
              ['div(x, y)', div(x, y), zipWith(a, b, over)],
              ['div(y, x)', div(y, x), zipWith(b, a, over)],
              ['rdiv(x, y)', rdiv(x, y), zipWith(b, a, over)],
              ['x.div(c)', x.div(c), a.map((p) => p / c)],
              ['x.rdiv(c)', x.rdiv(c), a.map((p) => c / p)],
              ['div(x, c)', div(x, c), a.map((p) => p / c)],
              ['div(c, x)', div(c, x), a.map((p) => c / p)],
              ['rdiv(x, c)', rdiv(x, c), a.map((p) => c / p)],
              ['x.div(array)', x.div(array), zipWith(a, b, over)],
              ['x.rdiv(array)', x.rdiv(array), zipWith(b, a, over)],
              ['div(array, x)', div(array, x), zipWith(b, a, over)],
            ];
            for (const k of [-2, -1, 0, 1, 2, 3]) {
              cases.push([`x.pow(${k})`, x.pow(k), a.map((p) => p ** k)]);
              cases.push([`pow(x, ${k})`, pow(x, k), a.map((p) => p ** k)]);
            }
            const positive = new Variable(np.array(a.map(Math.abs)));
            for (const k of [0.5, 1.5, c]) {
              cases.push([`pow(|x|, ${k})`, positive.pow(k), a.map((p) => Math.abs(p) ** k)]);
            }
            for (const [what, v, expected] of cases) expectValues(v, expected, what);
          }),
        );
      },

      'the rule of step 21 holds for every new function and method: any operand may be a Variable, an array or a number':
        () => {
          expectAnyOperandKind(dz, [
            ['neg', neg, (p) => -p],
            ['sub', sub, (p, q) => p - q],
            ['rsub', rsub, (p, q) => q - p],
            ['div', div, (p, q) => p / q],
            ['rdiv', rdiv, (p, q) => q / p],
            ['pow(·, 3)', (x) => pow(x, 3), (p) => p ** 3],
            ['scalar(4).sub', (other) => scalar(4).sub(other), (q) => 4 - q],
            ['scalar(4).rsub', (other) => scalar(4).rsub(other), (q) => q - 4],
            ['scalar(4).div', (other) => scalar(4).div(other), (q) => 4 / q],
            ['scalar(4).rdiv', (other) => scalar(4).rdiv(other), (q) => q / 4],
          ]);
        },

      'x.rsub(c) is c − x and x.rdiv(c) is c / x, where the other order differs': () => {
        const x = scalar(2);
        expect([x.rsub(5), rsub(x, 5), x.sub(5), sub(5, x)].map(value)).toEqual([3, 3, -3, 3]);
        expect([x.rdiv(5), rdiv(x, 5), x.div(5), div(5, x)].map(value)).toEqual([
          2.5, 2.5, 0.4, 2.5,
        ]);
      },

      "every operator's gradient agrees with numericalDiff, in both operand orders": () => {
        fc.assert(
          fc.property(awayFromZero, awayFromZero, (v, c) => {
            expectGradientMatches((x: V) => neg(x), scalar(v));
            for (const [, f] of binary) {
              const other = scalar(c);
              expectGradientMatches((x: V) => f(x, other), scalar(v));
              expectGradientMatches((x: V) => f(other, x), scalar(v));
              expectGradientMatches((x: V) => f(x, c), scalar(v));
              expectGradientMatches((x: V) => f(c, x), scalar(v));
            }
            for (const exponent of [-2, -1, 0, 0.5, 1, 2, 3]) {
              expectGradientMatches((x: V) => pow(x, exponent), scalar(Math.abs(v)));
            }
          }),
        );
      },

      'div(3, x) and div(x, 3) have different gradients, and each is right': () => {
        const x = scalar(2);
        div(3, x).backward();
        expect(x.grad?.item()).toBe(-0.75); // d(3/x)/dx = −3/x²
        x.cleargrad();
        div(x, 3).backward();
        expect(x.grad?.item()).toBeCloseTo(1 / 3, 15); // d(x/3)/dx = 1/3
      },

      'random graphs of every operator, numbers on either side, agree with numericalDiff': () => {
        const operations = [
          (a: V, b: V) => a.add(b),
          (a: V, b: V) => a.sub(b),
          (a: V, b: V) => a.mul(b),
          (a: V, b: V) => a.div(b.mul(b).add(1)), // keep the divisor ≥ 1
          (a: V) => a.neg(),
          (a: V) => a.pow(2),
          (a: V) => a.rsub(1.5),
          (a: V) => a.mul(a).radd(1).rdiv(1), // 1 / (1 + a²)
          (a: V) => a.rmul(0.5).radd(0.25),
        ];
        expectRandomGraphsMatch(scalar, operations, 8);
      },

      'division by zero and 0 ** negative follow IEEE, as NumPy does: no exception': () => {
        expect(String(scalar(1).div(0))).toBe('variable(inf)');
        expect(String(scalar(-1).div(0))).toBe('variable(-inf)');
        expect(String(scalar(0).div(0))).toBe('variable(nan)');
        expect(String(scalar(0).pow(-1))).toBe('variable(inf)');
        const x = scalar(0);
        x.rdiv(1).backward(); // d(1/x)/dx = −1/x² at 0
        expect(String(x.grad)).toBe('-inf');
      },

      'Pow with an exponent that is not a number is a TypeError naming what it got': () => {
        const notANumber = (c: unknown) => () => new Pow(c as number);
        expect(notANumber('2')).toThrow(
          new TypeError('Pow takes a number as its exponent, got string'),
        );
        expect(notANumber(scalar(2))).toThrow(/got Variable/);
        expect(() => pow(scalar(2), np.array(2) as unknown as number)).toThrow(/got NDArray/);
      },

      'a Variable whose data is not an NDArray is a TypeError naming the type': () => {
        expect(() => new Variable(2 as never)).toThrow(new TypeError('number is not supported'));
        expect(() => scalar(1).sub({} as never)).toThrow(TypeError);
      },
    };
  },
);
