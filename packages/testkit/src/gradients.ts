/**
 * Gradient checks: backpropagation against numerical differentiation (the book's step 4),
 * on chosen functions and on random graphs.
 * @module
 */
import type { NDArray } from '@dezero/ndarray';
import * as np from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isTame, type Operations, programs, runProgram } from './graphs.js';

/** A float in a range where every function of the book is well conditioned. */
export const finite = (min = -2, max = 2) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A 0-d array or a short 1-d float64 array. */
export const smallArrays = (min = -2, max = 2): fc.Arbitrary<NDArray> =>
  fc.oneof(
    finite(min, max).map((v) => np.array(v)),
    fc.array(finite(min, max), { minLength: 1, maxLength: 4 }).map((v) => np.array(v)),
  );

/** Backpropagated and numerical gradients agree within this tolerance. */
export const gradTolerance = { rtol: 1e-4, atol: 1e-5 };

/** What a gradient check needs of a step's variables: data, a gradient, and backward(). */
export interface Differentiable {
  readonly data: NDArray | null;
  readonly grad: NDArray | null;
  backward(): void;
}

/** Step 15's `numericalDiff`, as every step re-exports it. */
export type NumericalDiff = <V extends { readonly data: NDArray | null }>(
  f: (x: V) => { readonly data: NDArray | null },
  x: V,
  eps?: number,
) => NDArray;

/** The checks, against the `numericalDiff` of the step module under test. */
export interface GradientChecks {
  /**
   * Runs backward on `f(x)` and checks `x.grad` against `numericalDiff`. `f` must be
   * element-wise in `x`, as every function up to step 24 is.
   */
  expectGradientMatches<V extends Differentiable>(f: (x: V) => Differentiable, x: V): void;
  /**
   * For random inputs in [−1, 1] and random programs over `operations` (which reuse
   * variables), backward agrees with `numericalDiff`. Programs whose output overflows or
   * turns NaN are skipped, not counted.
   */
  expectRandomGraphsMatch<V extends Differentiable>(
    variable: (value: number) => V,
    operations: Operations<V>,
    maxLength?: number,
  ): void;
}

export function gradientChecks({
  numericalDiff,
}: {
  numericalDiff: NumericalDiff;
}): GradientChecks {
  function expectGradientMatches<V extends Differentiable>(f: (x: V) => Differentiable, x: V) {
    const numerical = numericalDiff(f, x);
    f(x).backward();
    const grad = x.grad;
    expect(grad).not.toBeNull();
    const close = grad !== null && np.allclose(grad, numerical, gradTolerance);
    expect(close, `backward gave ${grad}, numericalDiff ${numerical}`).toBe(true);
  }

  function expectRandomGraphsMatch<V extends Differentiable>(
    variable: (value: number) => V,
    operations: Operations<V>,
    maxLength = 6,
  ) {
    fc.assert(
      fc.property(finite(-1, 1), programs(maxLength), (value, program) => {
        const f = (x: V) => runProgram(x, program, operations);
        fc.pre(isTame(f(variable(value)).data));
        expectGradientMatches(f, variable(value));
      }),
    );
  }

  return { expectGradientMatches, expectRandomGraphsMatch };
}
