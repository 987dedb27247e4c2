/**
 * Forward values checked against plain JavaScript arithmetic. Every gradient check compares
 * backward with numerical differentiation of the *same* forward, so a forward that computes
 * the wrong thing (`x − c` for `c − x`) passes them all: only tests like these catch it.
 * @module
 */

import type { NDArray } from '@dezero/ndarray';
import * as np from '@dezero/ndarray';
import fc from 'fast-check';
import { expect } from 'vitest';
import { finite } from '../gradients.js';

/** A float in [−3, −0.5] ∪ [0.5, 3]: a divisor, or a base for any exponent's sign. */
export const awayFromZero = fc.oneof(finite(0.5, 3), finite(-3, -0.5));

/**
 * Two random 1-d arrays of one length (1 to 4), as plain numbers: the operands of a
 * binary function, on which plain arithmetic gives the expected values.
 */
export const numberPairs = (
  element: fc.Arbitrary<number> = finite(-3, 3),
): fc.Arbitrary<[number[], number[]]> =>
  fc
    .integer({ min: 1, max: 4 })
    .chain((n) =>
      fc.tuple(
        fc.array(element, { minLength: n, maxLength: n }),
        fc.array(element, { minLength: n, maxLength: n }),
      ),
    );

/** Element-wise `f` over two equally long lists. */
export const zipWith = (
  a: readonly number[],
  b: readonly number[],
  f: (p: number, q: number) => number,
) => a.map((p, i) => f(p, b[i]));

/**
 * `y` holds the 1-d array `expected`: same shape, and each element equal to it up to
 * rounding (relative 10⁻¹²: `exp` and `pow` may round differently from `Math`).
 */
export function expectValues(
  y: { readonly data: NDArray | null },
  expected: readonly number[],
  what: string,
): void {
  const data = y.data;
  expect(data?.shape, what).toEqual([expected.length]);
  const close =
    data !== null && np.allclose(data, np.array([...expected]), { rtol: 1e-12, atol: 0 });
  expect(close, `${what} gave ${data}, plain arithmetic [${expected.join(', ')}]`).toBe(true);
}
