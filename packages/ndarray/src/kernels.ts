/**
 * The element-wise loops. Everything here works on plain `Float64Array`s and shapes; the
 * {@link NDArray} layer above decides dtypes and wraps the results.
 *
 * Each binary operation is written out as small loops rather than as one generic loop
 * calling `(x, y) => x + y`: V8 cannot inline a callback that changes from call to call,
 * and the call would cost more than the arithmetic. There are two sets: loops over whole
 * arrays, for the layouts nearly every operation has (equal shapes, or one operand a
 * single value), and loops over one row of a broadcast, which start at offsets. They are
 * kept apart because the offset arithmetic on every access costs about a quarter of a
 * loop; both compute each element with the same expression.
 * @module
 */

import { broadcastStrides, type Shape, shapeSize } from './shape.js';

type Arrays = (a: Float64Array, b: Float64Array, out: Float64Array) => void;
type ArrayValue = (a: Float64Array, y: number, out: Float64Array) => void;
type ValueArray = (x: number, b: Float64Array, out: Float64Array) => void;
type ArraysRow = (
  a: Float64Array,
  i: number,
  b: Float64Array,
  j: number,
  out: Float64Array,
  o: number,
  n: number,
) => void;
type ArrayValueRow = (
  a: Float64Array,
  i: number,
  y: number,
  out: Float64Array,
  o: number,
  n: number,
) => void;
type ValueArrayRow = (
  x: number,
  b: Float64Array,
  j: number,
  out: Float64Array,
  o: number,
  n: number,
) => void;

/** One binary operation `∘` as loops. */
export interface BinaryLoops {
  /** `out[k] = a[k] ∘ b[k]` for every element of `out`. */
  readonly arrays: Arrays;
  /** `out[k] = a[k] ∘ y`: the right operand is one value. */
  readonly arrayValue: ArrayValue;
  /** `out[k] = x ∘ b[k]`: the left operand is one value. */
  readonly valueArray: ValueArray;
  /** `out[o + k] = a[i + k] ∘ b[j + k]` for `k < n`: one row where both operands vary. */
  readonly arraysRow: ArraysRow;
  /** `out[o + k] = a[i + k] ∘ y`: one row where the right operand is one value. */
  readonly arrayValueRow: ArrayValueRow;
  /** `out[o + k] = x ∘ b[j + k]`: one row where the left operand is one value. */
  readonly valueArrayRow: ValueArrayRow;
}

export const ADD: BinaryLoops = {
  arrays(a, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] + b[k];
  },
  arrayValue(a, y, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] + y;
  },
  valueArray(x, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = x + b[k];
  },
  arraysRow(a, i, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] + b[j + k];
  },
  arrayValueRow(a, i, y, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] + y;
  },
  valueArrayRow(x, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = x + b[j + k];
  },
};

export const SUB: BinaryLoops = {
  arrays(a, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] - b[k];
  },
  arrayValue(a, y, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] - y;
  },
  valueArray(x, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = x - b[k];
  },
  arraysRow(a, i, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] - b[j + k];
  },
  arrayValueRow(a, i, y, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] - y;
  },
  valueArrayRow(x, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = x - b[j + k];
  },
};

export const MUL: BinaryLoops = {
  arrays(a, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] * b[k];
  },
  arrayValue(a, y, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] * y;
  },
  valueArray(x, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = x * b[k];
  },
  arraysRow(a, i, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] * b[j + k];
  },
  arrayValueRow(a, i, y, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] * y;
  },
  valueArrayRow(x, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = x * b[j + k];
  },
};

export const DIV: BinaryLoops = {
  arrays(a, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] / b[k];
  },
  arrayValue(a, y, out) {
    for (let k = 0; k < out.length; k++) out[k] = a[k] / y;
  },
  valueArray(x, b, out) {
    for (let k = 0; k < out.length; k++) out[k] = x / b[k];
  },
  arraysRow(a, i, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] / b[j + k];
  },
  arrayValueRow(a, i, y, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = a[i + k] / y;
  },
  valueArrayRow(x, b, j, out, o, n) {
    for (let k = 0; k < n; k++) out[o + k] = x / b[j + k];
  },
};

/**
 * `x ** y` as C's `pow` (which NumPy uses) defines it. JavaScript's `**` agrees except
 * that it gives NaN for `1 ** NaN`, `1 ** ±Infinity` and `(-1) ** ±Infinity`, where C gives 1.
 */
export function powC(x: number, y: number): number {
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return x ** y;
}

/**
 * `x ** y` for one element, as {@link POW}'s `arrayValue` loop computes it: NumPy's fast
 * paths for an exponent of one element (`x * x` for 2, `sqrt` for 0.5), C's `pow` otherwise.
 */
export function powValue(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  return powC(x, y);
}

export const POW: BinaryLoops = {
  // C's pow everywhere, as NumPy's loops: in a row of a broadcast exponent too (shape (2, 1)
  // against (2, 3)), where C's pow gives (-0) ** 0.5 = 0 and (-inf) ** 0.5 = inf, and sqrt
  // would give -0 and nan.
  ...elementLoops(powC),
  arrayValue(a, y, out) {
    // NumPy's fast paths, taken only for an exponent of one element: x * x is much cheaper
    // than pow, and NumPy computes x ** 0.5 as sqrt(x) (which differs from pow at -0 and
    // -Infinity).
    if (y === 2) {
      for (let k = 0; k < out.length; k++) out[k] = a[k] * a[k];
    } else if (y === 0.5) {
      for (let k = 0; k < out.length; k++) out[k] = Math.sqrt(a[k]);
    } else {
      for (let k = 0; k < out.length; k++) out[k] = powC(a[k], y);
    }
  },
};

/**
 * `base ** exponent` for whole numbers, by repeated squaring so that every intermediate
 * product is exact while it stays below 2**53. Results beyond that are caught by the
 * int64 range check afterwards.
 * @throws RangeError for a negative exponent, as NumPy does for integer arrays.
 */
export function intPow(base: number, exponent: number): number {
  if (exponent < 0) {
    throw new RangeError(
      `Integers to negative integer powers are not allowed (got ${base} ** ${exponent}); use a float64 array`,
    );
  }
  let result = 1;
  let square = base;
  for (let e = exponent; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= square;
    square *= square;
  }
  return result;
}

/**
 * The loops of an operation given as a function of one pair of elements. A call per
 * element: for operations whose element work outweighs the call (powers, isclose).
 */
function elementLoops(f: (x: number, y: number) => number): BinaryLoops {
  return {
    arrays(a, b, out) {
      for (let k = 0; k < out.length; k++) out[k] = f(a[k], b[k]);
    },
    arrayValue(a, y, out) {
      for (let k = 0; k < out.length; k++) out[k] = f(a[k], y);
    },
    valueArray(x, b, out) {
      for (let k = 0; k < out.length; k++) out[k] = f(x, b[k]);
    },
    arraysRow(a, i, b, j, out, o, n) {
      for (let k = 0; k < n; k++) out[o + k] = f(a[i + k], b[j + k]);
    },
    arrayValueRow(a, i, y, out, o, n) {
      for (let k = 0; k < n; k++) out[o + k] = f(a[i + k], y);
    },
    valueArrayRow(x, b, j, out, o, n) {
      for (let k = 0; k < n; k++) out[o + k] = f(x, b[j + k]);
    },
  };
}

export const INT_POW: BinaryLoops = elementLoops(intPow);

/**
 * The loops of NumPy's `isclose`: 1 where `|x - y| <= atol + rtol * |y|`, else 0. NaN is
 * close to nothing; an infinity only to the same infinity.
 */
export function closeLoops(rtol: number, atol: number): BinaryLoops {
  return elementLoops((x, y) => {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      return Math.abs(x - y) <= atol + rtol * Math.abs(y) ? 1 : 0;
    }
    return x === y ? 1 : 0;
  });
}

/**
 * Applies a binary operation with broadcasting and returns a new row-major array of
 * `outShape` (which the caller got from `broadcastShapes(aShape, bShape)`).
 */
export function broadcastBinary(
  loops: BinaryLoops,
  a: Float64Array,
  aShape: Shape,
  b: Float64Array,
  bShape: Shape,
  outShape: Shape,
): Float64Array {
  const out = uninitialized(shapeSize(outShape));
  const size = out.length;
  // Fast paths: an operand with as many elements as the result has the result's layout,
  // and an operand with one element is a single value.
  if (a.length === size && b.length === 1) {
    loops.arrayValue(a, b[0], out);
  } else if (a.length === 1 && b.length === size) {
    loops.valueArray(a[0], b, out);
  } else if (a.length === size && b.length === size) {
    loops.arrays(a, b, out);
  } else {
    broadcastRows(loops, a, aShape, b, bShape, out, outShape);
  }
  return out;
}

/**
 * The general case: walk the result one row (last axis) at a time. Within a row each
 * operand either moves along with the result (stride 1) or repeats one value (stride 0,
 * a broadcast axis); between rows an odometer over the outer axes moves both operands.
 */
function broadcastRows(
  loops: BinaryLoops,
  a: Float64Array,
  aShape: Shape,
  b: Float64Array,
  bShape: Shape,
  out: Float64Array,
  outShape: Shape,
): void {
  const last = outShape.length - 1;
  const aStrides = broadcastStrides(aShape, outShape);
  const bStrides = broadcastStrides(bShape, outShape);
  const rowLength = outShape[last];
  const aMoves = aStrides[last] !== 0;
  const bMoves = bStrides[last] !== 0;
  const index = new Array<number>(last).fill(0); // position along each outer axis
  let i = 0; // where the current row starts in a
  let j = 0; // ... and in b
  for (let o = 0; o < out.length; o += rowLength) {
    if (!bMoves) loops.arrayValueRow(a, i, b[j], out, o, rowLength);
    else if (!aMoves) loops.valueArrayRow(a[i], b, j, out, o, rowLength);
    else loops.arraysRow(a, i, b, j, out, o, rowLength);
    // Advance the odometer: step the innermost outer axis, carrying into the ones above.
    for (let axis = last - 1; axis >= 0; axis--) {
      i += aStrides[axis];
      j += bStrides[axis];
      index[axis] += 1;
      if (index[axis] < outShape[axis]) break;
      i -= aStrides[axis] * outShape[axis];
      j -= bStrides[axis] * outShape[axis];
      index[axis] = 0;
    }
  }
}

/** `-x` for every element. */
export function negative(a: Float64Array): Float64Array {
  const out = uninitialized(a.length);
  for (let k = 0; k < a.length; k++) out[k] = -a[k];
  return out;
}

/** `e ** x` for every element. */
export function exponential(a: Float64Array): Float64Array {
  const out = uninitialized(a.length);
  for (let k = 0; k < a.length; k++) out[k] = Math.exp(a[k]);
  return out;
}

/** Node's `Buffer`, looked up once; absent outside Node (a browser), where large results are zeroed. */
const NodeBuffer = (globalThis as { Buffer?: { allocUnsafeSlow(size: number): Uint8Array } })
  .Buffer;

/**
 * A new array for a kernel's result, which the kernel writes in full. `new Float64Array(n)`
 * zero-fills its memory first, and for a million elements that fill costs a good part of
 * an addition; on Node, `Buffer.allocUnsafeSlow` hands out large blocks without the fill.
 * Small arrays stay plain `Float64Array`s, which V8 allocates far more cheaply.
 */
export function uninitialized(length: number): Float64Array {
  if (length < 4096 || NodeBuffer === undefined) return new Float64Array(length);
  return new Float64Array(NodeBuffer.allocUnsafeSlow(length * 8).buffer, 0, length);
}
