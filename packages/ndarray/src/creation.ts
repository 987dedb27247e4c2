/**
 * Making arrays: from nested JS arrays, filled with a value, or shaped like another array.
 * @module
 */

import { describeValue } from './describe.js';
import { checkDType, type DType, int64Error } from './dtype.js';
import { built, NDArray, type NestedArray, SCALAR_SHAPE } from './ndarray.js';
import { checkShape, formatShape, type Shape, shapeSize } from './shape.js';

/** Options for the functions that create arrays. */
export interface ArrayOptions {
  /**
   * The element type. Defaults to `'float64'` (JavaScript has one number type, so
   * `array(2)` and `array(2.0)` are the same call); ask for `'int64'` explicitly.
   */
  dtype?: DType;
}

/** The options of a call that gives none (one shared object, not a new `{}` per call). */
const NO_OPTIONS: ArrayOptions = Object.freeze({});

/**
 * A new array holding a copy of `data` (NumPy's `np.array`).
 *
 * @param data - a number (a 0-d array), nested arrays of numbers of equal lengths at each
 *   level, or an {@link NDArray} (copied, keeping its dtype unless `options.dtype` says otherwise).
 * @param options - `{ dtype: 'int64' }` for whole numbers; float64 otherwise.
 * @throws RangeError for ragged nesting (naming the two shapes that differ) or a value an
 *   int64 array cannot hold exactly (naming it).
 * @throws TypeError for an element that is not a number, or an unknown dtype.
 *
 * @example
 * ```ts
 * np.array(2.0);                                        // array(2.)
 * np.array([[1, 2, 3], [4, 5, 6]], { dtype: 'int64' }); // array([[1, 2, 3],
 *                                                       //        [4, 5, 6]])
 * ```
 */
export function array(data: NestedArray | NDArray, options: ArrayOptions = NO_OPTIONS): NDArray {
  if (typeof data === 'number' && (options.dtype === undefined || options.dtype === 'float64')) {
    // The common case, a float64 scalar (DeZero's asArray): nothing to walk or check.
    const flat = new Float64Array(1);
    flat[0] = data;
    return built(flat, SCALAR_SHAPE, 'float64');
  }
  if (data instanceof NDArray) {
    const dtype = checkDType(options.dtype ?? data.dtype, 'array()');
    const copy = Float64Array.from(data.data);
    if (dtype === 'int64' && data.dtype === 'float64') {
      const bad = copy.find((value) => !Number.isSafeInteger(value));
      if (bad !== undefined) throw int64Error(bad, 'array()');
    }
    return new NDArray(copy, data.shape, dtype);
  }
  const dtype = checkDType(options.dtype ?? 'float64', 'array()');
  const shape = nestedShape(data);
  const flat = new Float64Array(shapeSize(shape));
  let next = 0; // where the next number goes in `flat`
  const path: number[] = []; // the indices leading to the element being visited
  // Walk the nesting depth-first, checking each list against the expected shape.
  const visit = (x: unknown): void => {
    const depth = path.length;
    if (depth === shape.length) {
      if (Array.isArray(x)) throw raggedError(data, path);
      if (typeof x !== 'number') throw notANumber(x, path);
      if (dtype === 'int64' && !Number.isSafeInteger(x)) {
        throw int64Error(x, `array(): ${elementName(path)}`);
      }
      flat[next++] = x;
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[depth]) throw raggedError(data, path);
    for (let k = 0; k < x.length; k++) {
      path.push(k);
      visit(x[k]);
      path.pop();
    }
  };
  visit(data);
  return new NDArray(flat, shape, dtype);
}

/**
 * The shape nested lists suggest, read along their first elements: `[[1, 2, 3], …]` has
 * shape `[n, 3]`. {@link array} then checks every other element against it.
 */
function nestedShape(x: unknown): number[] {
  const shape: number[] = [];
  for (let item = x; Array.isArray(item); item = item[0]) shape.push(item.length);
  return shape;
}

/** `element 1` for a top-level element, `element [2, 1]` for a nested one. */
function elementName(path: readonly number[]): string {
  return path.length === 1 ? `element ${path[0]}` : `element [${path.join(', ')}]`;
}

function notANumber(x: unknown, path: readonly number[]): TypeError {
  const where = path.length === 0 ? 'data' : elementName(path);
  return new TypeError(`array(): ${where} is ${describeValue(x)}; expected a number`);
}

/**
 * The error for ragged nesting at `path`. It compares the list that went wrong with its
 * first sibling: the deepest level at which the path leaves the first elements. (Along
 * first elements nothing can be ragged: they define the expected shape.)
 */
function raggedError(data: unknown, path: readonly number[]): RangeError {
  let level = path.length - 1;
  while (level > 0 && path[level] === 0) level--;
  const culprit = path.slice(0, level + 1);
  const sibling = [...path.slice(0, level), 0];
  const shapeAt = (at: readonly number[]) => {
    let x = data;
    for (const k of at) x = (x as unknown[])[k];
    return formatShape(nestedShape(x));
  };
  return new RangeError(
    `array(): ragged nesting: ${elementName(culprit)} has shape ${shapeAt(culprit)} but ${elementName(sibling)} has shape ${shapeAt(sibling)}`,
  );
}

/** Accepts `3` as a shorthand for the shape `[3]`. */
function toShape(shape: number | Shape, caller: string): number[] {
  return checkShape(typeof shape === 'number' ? [shape] : shape, caller);
}

/**
 * A new array of the given shape with every element equal to `value` (NumPy's `np.full`).
 * @param shape - a shape such as `[2, 3]`, or a single length.
 * @throws RangeError for a bad shape, or a `value` an int64 array cannot hold.
 */
export function full(shape: number | Shape, value: number, options: ArrayOptions = {}): NDArray {
  const dims = toShape(shape, 'full()');
  const dtype = checkDType(options.dtype ?? 'float64', 'full()');
  if (typeof value !== 'number') {
    throw new TypeError(`full(): the fill value must be a number, got ${describeValue(value)}`);
  }
  if (dtype === 'int64' && !Number.isSafeInteger(value))
    throw int64Error(value, 'full(): fill value');
  return new NDArray(new Float64Array(shapeSize(dims)).fill(value), dims, dtype);
}

/**
 * A new array of zeros (NumPy's `np.zeros`): `zeros([2, 3])`, `zeros(5)`.
 * @throws RangeError for a negative or fractional dimension.
 */
export function zeros(shape: number | Shape, options: ArrayOptions = {}): NDArray {
  const dims = toShape(shape, 'zeros()');
  return new NDArray(
    new Float64Array(shapeSize(dims)),
    dims,
    checkDType(options.dtype ?? 'float64', 'zeros()'),
  );
}

/**
 * A new array of ones (NumPy's `np.ones`): `ones([100, 100, 100])`.
 * @throws RangeError for a negative or fractional dimension.
 */
export function ones(shape: number | Shape, options: ArrayOptions = {}): NDArray {
  const dims = toShape(shape, 'ones()');
  const dtype = checkDType(options.dtype ?? 'float64', 'ones()');
  return new NDArray(new Float64Array(shapeSize(dims)).fill(1), dims, dtype);
}

/** Zeros with the shape and dtype of `a` (NumPy's `np.zeros_like`). */
export function zerosLike(a: NDArray): NDArray {
  checkArray(a, 'zerosLike()');
  return built(new Float64Array(a.data.length), a.shape, a.dtype);
}

/** Ones with the shape and dtype of `a` (NumPy's `np.ones_like`); backward starts from this. */
export function onesLike(a: NDArray): NDArray {
  checkArray(a, 'onesLike()');
  return built(new Float64Array(a.data.length).fill(1), a.shape, a.dtype);
}

function checkArray(a: unknown, caller: string): asserts a is NDArray {
  if (!(a instanceof NDArray)) {
    throw new TypeError(`${caller}: expected an NDArray, got ${describeValue(a)}`);
  }
}
