/**
 * The element-wise operations as free functions (NumPy's `np.add(a, b)` and friends),
 * for when the left operand may be a plain number: `sub(1, x)` is `1 - x`.
 * @module
 */

import { describeValue } from './describe.js';
import { broadcastBinary, closeLoops } from './kernels.js';
import { BINARY, binaryOp, NDArray, type Operand, unaryOp } from './ndarray.js';
import { broadcastShapes } from './shape.js';

/** `a + b`, element-wise with broadcasting. */
export function add(a: Operand, b: Operand): NDArray {
  return binaryOp(BINARY.add, a, b, 'add()');
}

/** `a - b`, element-wise with broadcasting. */
export function sub(a: Operand, b: Operand): NDArray {
  return binaryOp(BINARY.sub, a, b, 'sub()');
}

/** `a * b`, element-wise with broadcasting. */
export function mul(a: Operand, b: Operand): NDArray {
  return binaryOp(BINARY.mul, a, b, 'mul()');
}

/** `a / b`, element-wise with broadcasting; true division, so the result is float64. */
export function div(a: Operand, b: Operand): NDArray {
  return binaryOp(BINARY.div, a, b, 'div()');
}

/**
 * `a ** b`, element-wise with broadcasting.
 * @throws RangeError for int64 raised to a negative whole exponent, as NumPy does.
 */
export function pow(a: Operand, b: Operand): NDArray {
  return binaryOp(BINARY.pow, a, b, 'pow()');
}

/** `-a`, element-wise (keeps the dtype; a plain number gives a 0-d float64 array). */
export function neg(a: Operand): NDArray {
  return unaryOp('neg', a, 'neg()');
}

/** `e ** a`, element-wise (always float64). */
export function exp(a: Operand): NDArray {
  return unaryOp('exp', a, 'exp()');
}

/** Tolerances for {@link allclose}. */
export interface AllcloseOptions {
  /** Relative tolerance, scaled by `|b|` (default `1e-5`, as NumPy). */
  rtol?: number;
  /** Absolute tolerance (default `1e-8`, as NumPy). */
  atol?: number;
}

/**
 * Whether every pair of elements of `a` and `b` (broadcast together) satisfies
 * `|a - b| <= atol + rtol * |b|`, like `np.allclose`. NaN is never close to anything;
 * infinities are close only to the same infinity.
 * @throws RangeError if the shapes cannot be broadcast together.
 */
export function allclose(a: Operand, b: Operand, options: AllcloseOptions = {}): boolean {
  const { rtol = 1e-5, atol = 1e-8 } = options;
  for (const [name, value] of [
    ['rtol', rtol],
    ['atol', atol],
  ] as const) {
    if (typeof value !== 'number') {
      throw new TypeError(`allclose(): ${name} must be a number, got ${describeValue(value)}`);
    }
  }
  const [aData, aShape] = operandParts(a, 'allclose()');
  const [bData, bShape] = operandParts(b, 'allclose()');
  const shape = broadcastShapes(aShape, bShape);
  const flags = broadcastBinary(closeLoops(rtol, atol), aData, aShape, bData, bShape, shape);
  return flags.every((flag) => flag === 1);
}

function operandParts(x: unknown, caller: string): [Float64Array, readonly number[]] {
  if (typeof x === 'number') return [Float64Array.of(x), []];
  if (x instanceof NDArray) return [x.data, x.shape];
  throw new TypeError(`${caller}: expected an NDArray or a number, got ${describeValue(x)}`);
}
