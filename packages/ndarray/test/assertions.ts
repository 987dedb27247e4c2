/** Comparisons shared by the tests. */

import { expect } from 'vitest';
import type { NDArray } from '../src/index.js';

/**
 * Expects `actual` to equal `expected` in dtype, shape and every element. `ulps` allows
 * that many units in the last place of difference (JavaScript's `Math.exp` and `**` may
 * differ from C's in the last bit); 0 demands identical values, including the sign of
 * zero. NaN matches NaN.
 */
export function expectArray(actual: NDArray, expected: NDArray, ulps = 0): void {
  expect(actual.dtype).toBe(expected.dtype);
  expect(actual.shape).toEqual(expected.shape);
  const mismatches: string[] = [];
  expected.data.forEach((want, k) => {
    const got = actual.data[k];
    const close = ulps > 0 && Math.abs(got - want) <= ulps * Number.EPSILON * Math.abs(want);
    if (!Object.is(got, want) && !close) mismatches.push(`[${k}] got ${got}, want ${want}`);
  });
  expect(mismatches).toEqual([]);
}
