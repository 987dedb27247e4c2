/**
 * Data types and NumPy's promotion rules.
 * @module
 */

import { describeValue } from './describe.js';

/**
 * The element types an {@link NDArray} can have. Both are stored in a `Float64Array`:
 * `int64` elements are whole numbers, held exactly as long as they stay within
 * ±(2**53 - 1) (`Number.MAX_SAFE_INTEGER`), which every operation checks.
 */
export type DType = 'float64' | 'int64';

/** Every valid {@link DType}. */
export const DTYPES: readonly DType[] = Object.freeze(['float64', 'int64']);

/** Checks a dtype given at run time (JavaScript callers can pass anything). */
export function checkDType(dtype: unknown, caller: string): DType {
  if (dtype === 'float64' || dtype === 'int64') return dtype;
  const valid = DTYPES.map((d) => `'${d}'`).join(', ');
  const given = typeof dtype === 'string' ? `'${dtype}'` : describeValue(dtype);
  throw new TypeError(`${caller}: unknown dtype ${given}; valid dtypes are ${valid}`);
}

/**
 * How an operand takes part in dtype promotion. An array brings its dtype. A plain JS
 * number is "weak", like a Python scalar in NumPy (NEP 50): it adapts to the array it meets,
 * except that a non-whole number cannot stay int64.
 */
export type PromotionKind = DType | 'whole number' | 'fractional number';

/** The {@link PromotionKind} of a plain number. NaN and ±Infinity count as fractional. */
export function numberKind(value: number): PromotionKind {
  return Number.isInteger(value) ? 'whole number' : 'fractional number';
}

/**
 * The dtype of `a ∘ b` for add, sub, mul and pow: int64 only when no side is a float
 * (division is always float64 and is handled by its caller). Two plain numbers give
 * float64, because arrays are float64 unless int64 is asked for.
 */
export function promote(a: PromotionKind, b: PromotionKind): DType {
  if (isFloat(a) || isFloat(b)) return 'float64';
  return a === 'int64' || b === 'int64' ? 'int64' : 'float64';
}

function isFloat(kind: PromotionKind): boolean {
  return kind === 'float64' || kind === 'fractional number';
}

/**
 * Checks that every value can be an int64 element: a whole number within ±(2**53 - 1).
 * Also rewrites `-0` as `0` (they compare equal; an int64 has no negative zero).
 * @param where - what to blame in the error, e.g. `NDArray.mul(): result`.
 * @throws RangeError naming the first value that cannot be held exactly.
 */
export function checkInt64Data(data: Float64Array, where: string): void {
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (!Number.isSafeInteger(value)) throw int64Error(value, where);
    if (value === 0) data[i] = 0; // turns -0 into +0
  }
}

/** The error for a value an int64 array cannot hold exactly. */
export function int64Error(value: number, where: string): RangeError {
  const whole = Number.isInteger(value) || value === Infinity || value === -Infinity;
  return new RangeError(
    whole
      ? `${where}: ${value} is beyond ±(2**53 - 1), so int64 cannot hold it exactly`
      : `${where}: ${value} is not a whole number, so it cannot be int64`,
  );
}
