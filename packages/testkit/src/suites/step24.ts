/**
 * Step 24's behaviour: the sphere, Matyas and Goldstein–Price functions, written with the
 * operators, and their gradients — at (1, 1) exactly as the book's Python prints them, and
 * anywhere against numerical differentiation.
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { finite, gradTolerance, type NumericalDiff } from '../gradients.js';
import { defineSuite } from '../suite.js';
import type { Variable22 } from './step22.js';
import { expectValues, numberPairs } from './values.js';

/** A function of two variables, as the book's step 24 writes them. */
type TestFunction<V> = (x: V, y: V) => V;

/** The part of a step module the step-24 suite uses; every later step has it too. */
export interface Step24Api<V extends Variable22<V>> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
  sphere(x: NoInfer<V>, y: NoInfer<V>): V;
  matyas(x: NoInfer<V>, y: NoInfer<V>): V;
  goldstein(x: NoInfer<V>, y: NoInfer<V>): V;
  numericalDiff: NumericalDiff;
}

/** Each function's formula in plain arithmetic, written apart from the step's code. */
const FORMULAS: Record<'sphere' | 'matyas' | 'goldstein', (x: number, y: number) => number> = {
  sphere: (x, y) => x * x + y * y,
  matyas: (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y,
  goldstein: (x, y) =>
    (1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y)) *
    (30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y)),
};

/**
 * The step of the central difference for these checks. Goldstein–Price reaches 10⁶ on
 * [−2, 2]² and its third derivative 10⁵, so at `numericalDiff`'s default step (10⁻⁴) the
 * truncation error, step² · f‴ / 6, outgrows the tolerance where the gradient is small;
 * 10⁻⁵ keeps both it and the rounding error (10⁻¹⁶ · f / step) far below.
 */
const EPS = 1e-5;

export const suite24 = defineSuite(
  'step 24: derivatives of complex functions',
  <V extends Variable22<V>>(dz: Step24Api<V>) => {
    const { np, Variable, numericalDiff } = dz;
    const functions: [keyof typeof FORMULAS, TestFunction<V>][] = [
      ['sphere', dz.sphere],
      ['matyas', dz.matyas],
      ['goldstein', dz.goldstein],
    ];
    const scalar = (value: number) => new Variable(np.array(value));

    /** f(x, y) and its gradient at `at`. */
    const gradientAt = (f: TestFunction<V>, at: [number, number]) => {
      const [x, y] = at.map(scalar) as [V, V];
      const z = f(x, y);
      z.backward();
      return { z: z.data?.item(), gx: x.grad?.item(), gy: y.grad?.item() };
    };

    /** backward's gradient of `f` in one argument, the other held at `other`, is numericalDiff's. */
    const expectGradientMatches = (g: (v: V) => V, at: V) => {
      const numerical = numericalDiff(g, at, EPS);
      g(at).backward();
      const grad = at.grad;
      const close = grad !== null && np.allclose(grad, numerical, gradTolerance);
      expect(close, `backward gave ${grad}, numericalDiff ${numerical}`).toBe(true);
    };

    return {
      // The next three moved here from suite 22, where they stood for the book's next step.
      'the sphere x² + y² has gradient (2, 2) at (1, 1)': () => {
        expect(gradientAt(dz.sphere, [1, 1])).toEqual({ z: 2, gx: 2, gy: 2 });
      },

      'Matyas 0.26(x² + y²) − 0.48xy has gradient (0.04, 0.04) at (1, 1)': () => {
        const { gx, gy } = gradientAt(dz.matyas, [1, 1]);
        expect(gx).toBeCloseTo(0.04, 12);
        expect(gy).toBeCloseTo(0.04, 12);
      },

      'Goldstein–Price has gradient (−5376, 8064) at (1, 1)': () => {
        expect(gradientAt(dz.goldstein, [1, 1])).toEqual({ z: 1876, gx: -5376, gy: 8064 });
      },

      "the gradients at (1, 1) print as the book's Python prints them, to the last digit": () => {
        const printed = functions.map(([, f]) => {
          const [x, y] = [scalar(1), scalar(1)];
          f(x, y).backward();
          return `${x.grad} ${y.grad}`;
        });
        expect(printed).toEqual([
          '2.0 2.0',
          '0.040000000000000036 0.040000000000000036',
          '-5376.0 8064.0',
        ]);
      },

      'each function computes its formula, point by point over arrays of random points': () => {
        fc.assert(
          fc.property(numberPairs(finite(-2, 2)), ([a, b]) => {
            for (const [name, f] of functions) {
              const z = f(new Variable(np.array(a)), new Variable(np.array(b)));
              expectValues(
                z,
                a.map((p, i) => FORMULAS[name](p, b[i])),
                `${name}([${a}], [${b}])`,
              );
            }
          }),
        );
      },

      "each function's gradient, in x and in y, agrees with numericalDiff at random points": () => {
        fc.assert(
          fc.property(finite(-2, 2), finite(-2, 2), (a, b) => {
            for (const [, f] of functions) {
              const y = scalar(b);
              expectGradientMatches((x: V) => f(x, y), scalar(a));
              const x = scalar(a);
              expectGradientMatches((y: V) => f(x, y), scalar(b));
            }
          }),
        );
      },

      'on a grid of points at once, each gradient is the gradient of that point alone': () => {
        // The page's figure evaluates each function on a whole grid in one forward and one
        // backward: the operators broadcast, and every element is a point of its own.
        const xs = [-1.5, -0.25, 0.5, 1.75];
        const ys = [-2, 0.75, 1.25];
        const grid = (pick: (x: number, y: number) => number) =>
          np.array(ys.map((y) => xs.map((x) => pick(x, y))));
        for (const [name, f] of functions) {
          const [x, y] = [new Variable(grid((p) => p)), new Variable(grid((_, q) => q))];
          const z = f(x, y);
          z.backward();
          const alone = (part: 'z' | 'gx' | 'gy') =>
            grid((p, q) => gradientAt(f, [p, q])[part] ?? Number.NaN);
          expect(z.data?.shape, name).toEqual([ys.length, xs.length]);
          for (const [what, got, expected] of [
            ['z', z.data, alone('z')],
            ['x.grad', x.grad, alone('gx')],
            ['y.grad', y.grad, alone('gy')],
          ] as const) {
            const close = got !== null && np.allclose(got, expected, { rtol: 1e-12, atol: 0 });
            expect(
              close,
              `${name}: ${what} on the grid is ${got}, point by point ${expected}`,
            ).toBe(true);
          }
        }
      },
    };
  },
);
