/**
 * Shapes: validation, sizes, NumPy-style formatting and broadcasting.
 * @module
 */

import { describeValue } from './describe.js';

/**
 * The shape of an array: the length of each axis, outermost first. `[]` is the shape of a
 * 0-d (scalar) array, `[3]` of a vector, `[2, 3]` of a 2×3 matrix.
 */
export type Shape = readonly number[];

/** The number of elements an array of this shape holds (1 for a 0-d array). */
export function shapeSize(shape: Shape): number {
  let size = 1;
  for (const dim of shape) size *= dim;
  return size;
}

/** A shape as NumPy's error messages write it: `(2,3)`, `(4,)`, `()`. */
export function formatShape(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/** A shape as Python's `repr` of a tuple writes it (used by NumPy's `repr`): `(2, 3)`, `(4,)`. */
export function tupleRepr(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * Checks that `shape` is an array of non-negative whole numbers and returns a copy, so a
 * caller cannot change an array's shape later by mutating the array it passed in.
 */
export function checkShape(shape: unknown, caller: string): number[] {
  if (!Array.isArray(shape)) {
    throw new TypeError(
      `${caller}: shape must be an array of numbers, got ${describeValue(shape)}`,
    );
  }
  const dims: number[] = [];
  for (const dim of shape) {
    if (typeof dim !== 'number') {
      throw new TypeError(`${caller}: shape entries must be numbers, got ${describeValue(dim)}`);
    }
    if (!Number.isInteger(dim) || dim < 0) {
      throw new RangeError(
        `${caller}: shape ${formatShape(shape)} has dimension ${dim}; dimensions must be whole numbers >= 0`,
      );
    }
    dims.push(dim);
  }
  return dims;
}

/** Whether two shapes are equal axis by axis. */
export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let axis = 0; axis < a.length; axis++) if (a[axis] !== b[axis]) return false;
  return true;
}

/**
 * The shape two operands broadcast to, by NumPy's rule: align the shapes on the right; on
 * each axis the lengths must be equal or one of them 1 (a missing axis counts as 1).
 * @throws RangeError with NumPy's message when the shapes cannot be broadcast together.
 */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const ndim = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let axis = 0; axis < ndim; axis++) {
    const da = a[axis - ndim + a.length] ?? 1;
    const db = b[axis - ndim + b.length] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `operands could not be broadcast together with shapes ${formatShape(a)} ${formatShape(b)}`,
      );
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

/** How far apart consecutive elements along each axis are in a row-major array. */
export function rowMajorStrides(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = stride;
    stride *= shape[axis];
  }
  return strides;
}

/**
 * How far to move in a row-major array of shape `shape` for one step along each axis of
 * the (broadcast) shape `outShape`. Axes that `shape` lacks or has as length 1 get stride 0:
 * stepping along them revisits the same elements, which is what broadcasting means.
 */
export function broadcastStrides(shape: Shape, outShape: Shape): number[] {
  const strides = new Array<number>(outShape.length).fill(0);
  let stride = 1;
  for (let k = 1; k <= shape.length; k++) {
    const dim = shape[shape.length - k] ?? 1;
    if (dim !== 1) strides[outShape.length - k] = stride;
    stride *= dim;
  }
  return strides;
}
