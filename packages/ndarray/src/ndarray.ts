/**
 * The {@link NDArray} class and the element-wise operations behind its methods.
 * @module
 */

import { constructorName, describeValue } from './describe.js';
import {
  checkDType,
  checkInt64Data,
  type DType,
  numberKind,
  type PromotionKind,
  promote,
} from './dtype.js';
import { arrayRepr, arrayStr } from './format.js';
import {
  ADD,
  type BinaryLoops,
  broadcastBinary,
  DIV,
  exponential,
  INT_POW,
  MUL,
  negative,
  POW,
  powValue,
  SUB,
  uninitialized,
} from './kernels.js';
import {
  broadcastShapes,
  checkShape,
  formatShape,
  rowMajorStrides,
  type Shape,
  sameShape,
  shapeSize,
} from './shape.js';

/** What the arithmetic operations accept on either side: an array or a plain number. */
export type Operand = NDArray | number;

/**
 * Nested JavaScript arrays of numbers, as {@link array} takes and {@link NDArray.toArray}
 * returns. A bare number is a 0-d array.
 */
export type NestedArray = number | readonly NestedArray[];

/** Set by {@link built} for exactly one constructor call, which then skips its checks. */
let building = false;

/**
 * An array the library itself has just made, wrapped without the constructor's checks and
 * copies: `data` has `shapeSize(shape)` elements, `shape` is frozen (it may be shared: an
 * operand's shape, or {@link SCALAR_SHAPE}), and int64 data holds safe whole numbers with
 * no `-0`. Every array has the same hidden class whichever way it was made.
 * @internal
 */
export function built(data: Float64Array, shape: Shape, dtype: DType): NDArray {
  building = true;
  return new NDArray(data, shape, dtype);
}

/** The shape of every 0-d result the library builds (frozen, so it can be shared). */
export const SCALAR_SHAPE: Shape = Object.freeze([]);

/** Node's hook for `console.log` and `util.inspect`; the string it returns is printed as is. */
const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * An n-dimensional array of numbers, the stand-in for NumPy's `ndarray`.
 *
 * Elements live in one `Float64Array` in row-major (C) order. Operations never change an
 * array: `a.add(b)` returns a new one and leaves `a` and `b` as they were. Arithmetic
 * broadcasts like NumPy and takes plain numbers too: `a.mul(2)`, `a.sub(b)`.
 *
 * @example
 * ```ts
 * import * as np from '@dezero/ndarray';
 * const x = np.array([[1, 2, 3], [4, 5, 6]]);
 * console.log(x.shape, x.ndim, x.size); // [ 2, 3 ] 2 6
 * console.log(String(x.add(1)));        // [[2. 3. 4.]
 *                                       //  [5. 6. 7.]]
 * ```
 */
export class NDArray {
  /**
   * The elements in row-major order. int64 elements are whole numbers within
   * ±(2**53 - 1). Library operations never write to it; neither should you.
   */
  readonly data: Float64Array;
  /** The length of each axis (frozen). */
  readonly shape: Shape;
  /** The element type: `'float64'` (the default) or `'int64'`. */
  readonly dtype: DType;

  /**
   * Wraps `data` (without copying it) as an array of the given shape. Most code should use
   * {@link array}, {@link zeros} and friends instead.
   * @param data - the elements in row-major order; must have exactly `product(shape)` of them.
   * @param shape - the length of each axis: whole numbers >= 0.
   * @param dtype - `'float64'` (default) or `'int64'`; int64 data must hold whole numbers
   *   within ±(2**53 - 1), and any `-0` in it is rewritten as `0`.
   * @throws TypeError if `data` is not a `Float64Array` or `dtype` is unknown.
   * @throws RangeError if the shape is invalid, `data.length` does not match it, or an
   *   int64 value is not a safe whole number.
   */
  constructor(data: Float64Array, shape: Shape, dtype: DType = 'float64') {
    if (building) {
      // An array the library has just built (see `built`): already valid, shape frozen.
      building = false;
      this.data = data;
      this.shape = shape;
      this.dtype = dtype;
      return;
    }
    if (!(data instanceof Float64Array)) {
      throw new TypeError(`new NDArray(): data must be a Float64Array, got ${describeValue(data)}`);
    }
    const dims = checkShape(shape, 'new NDArray()');
    const checkedDType = checkDType(dtype, 'new NDArray()');
    const size = shapeSize(dims);
    if (data.length !== size) {
      throw new RangeError(
        `new NDArray(): data has ${data.length} elements but shape ${formatShape(dims)} needs ${size}`,
      );
    }
    if (checkedDType === 'int64') checkInt64Data(data, 'new NDArray()');
    this.data = data;
    this.shape = Object.freeze(dims);
    this.dtype = checkedDType;
  }

  /** The number of axes: 0 for a scalar array, 1 for a vector, 2 for a matrix. */
  get ndim(): number {
    return this.shape.length;
  }

  /** The number of elements (the product of the shape; 1 for a 0-d array). */
  get size(): number {
    return this.data.length;
  }

  /**
   * The length of the first axis, like Python's `len(a)`.
   * @throws TypeError for a 0-d array, which has no first axis (NumPy: `len() of unsized object`).
   */
  get length(): number {
    const first = this.shape[0];
    if (first === undefined) throw new TypeError('len() of unsized object');
    return first;
  }

  /**
   * The only element, as a plain number (NumPy's `a.item()`).
   * @throws RangeError unless the array has exactly one element.
   */
  item(): number {
    if (this.data.length !== 1) {
      throw new RangeError(
        `item(): can only convert an array of size 1 to a number, but this array has size ${this.data.length}`,
      );
    }
    return this.data[0];
  }

  /** `this + other`, element-wise with broadcasting. */
  add(other: Operand): NDArray {
    return binaryOp(BINARY.add, this, other, 'NDArray.add()');
  }

  /** `this - other`, element-wise with broadcasting. */
  sub(other: Operand): NDArray {
    return binaryOp(BINARY.sub, this, other, 'NDArray.sub()');
  }

  /** `this * other`, element-wise with broadcasting. */
  mul(other: Operand): NDArray {
    return binaryOp(BINARY.mul, this, other, 'NDArray.mul()');
  }

  /** `this / other`, element-wise with broadcasting; true division, so always float64. */
  div(other: Operand): NDArray {
    return binaryOp(BINARY.div, this, other, 'NDArray.div()');
  }

  /**
   * `this ** other`, element-wise with broadcasting.
   * @throws RangeError for an int64 array raised to a negative whole exponent, as NumPy does.
   */
  pow(other: Operand): NDArray {
    return binaryOp(BINARY.pow, this, other, 'NDArray.pow()');
  }

  /** `-this`, element-wise (keeps the dtype). */
  neg(): NDArray {
    return unaryOp('neg', this, 'NDArray.neg()');
  }

  /** `e ** this`, element-wise (always float64). */
  exp(): NDArray {
    return unaryOp('exp', this, 'NDArray.exp()');
  }

  /** The elements as nested JavaScript arrays, or a plain number for a 0-d array. */
  toArray(): NestedArray {
    const strides = rowMajorStrides(this.shape);
    const nest = (axis: number, offset: number): NestedArray => {
      const length = this.shape[axis];
      if (length === undefined) return this.data[offset];
      const stride = strides[axis];
      return Array.from({ length }, (_, k) => nest(axis + 1, offset + k * stride));
    };
    return nest(0, 0);
  }

  /** NumPy's `str(a)`, character for character: `[1. 2. 3.]`, `2.0` for a 0-d array. */
  toString(): string {
    return arrayStr(this);
  }

  /** NumPy's `repr(a)`, so that `console.log(a)` prints like Python's REPL: `array([1., 2.])`. */
  [inspectCustom](): string {
    return arrayRepr(this);
  }
}

/** `true` for an {@link NDArray} (of any shape). */
export function isNDArray(x: unknown): x is NDArray {
  return x instanceof NDArray;
}

/**
 * `true` for a plain JavaScript number, like `np.isscalar`: an {@link NDArray} is never a
 * scalar, not even a 0-d one.
 */
export function isScalar(x: unknown): x is number {
  return typeof x === 'number';
}

/**
 * NumPy's `repr(a)`: `array([1., 2.])`, `array(2.)`, `array([[1, 2],\n       [3, 4]])`.
 * `console.log(a)` prints the same; `String(a)` gives NumPy's `str(a)` instead.
 */
export function repr(a: NDArray): string {
  if (!(a instanceof NDArray)) {
    throw new TypeError(`repr(): expected an NDArray, got ${describeValue(a)}`);
  }
  return arrayRepr(a);
}

/** The element-wise operations with two operands. */
export type BinaryOpName = 'add' | 'sub' | 'mul' | 'div' | 'pow';

/** What the dispatcher needs to know about one binary operation. */
export interface BinaryOp {
  readonly name: BinaryOpName;
  /** The loops for a float64 result. */
  readonly loops: BinaryLoops;
  /** The loops for an int64 result: whole-number powers for `pow`, the same loops otherwise. */
  readonly intLoops: BinaryLoops;
  /** True division: float64 whatever the operands. */
  readonly alwaysFloat: boolean;
  /**
   * The DeZero `Variable` method to suggest when a Variable is the left operand
   * (`variable.sub(array)`) or the right one (`array.sub(variable)` is
   * `variable.rsub(array)`), and the book's step from which those methods take an array:
   * step 21 adds `radd`/`rmul` and lets `add`/`mul` take arrays, step 22 adds the rest.
   * TypeScript has no operator dispatch, so there is no `__array_priority__` that could make
   * the array defer to the variable. `pow` has none: `Variable.pow` takes a number.
   */
  readonly variable: { left: string; right: string; fromStep: number } | null;
}

/** The binary operations, one object each, shared by the methods and the free functions. */
export const BINARY: Readonly<Record<BinaryOpName, BinaryOp>> = Object.freeze({
  add: {
    name: 'add',
    loops: ADD,
    intLoops: ADD,
    alwaysFloat: false,
    variable: { left: 'add', right: 'radd', fromStep: 21 },
  },
  sub: {
    name: 'sub',
    loops: SUB,
    intLoops: SUB,
    alwaysFloat: false,
    variable: { left: 'sub', right: 'rsub', fromStep: 22 },
  },
  mul: {
    name: 'mul',
    loops: MUL,
    intLoops: MUL,
    alwaysFloat: false,
    variable: { left: 'mul', right: 'rmul', fromStep: 21 },
  },
  div: {
    name: 'div',
    loops: DIV,
    intLoops: DIV,
    alwaysFloat: true,
    variable: { left: 'div', right: 'rdiv', fromStep: 22 },
  },
  pow: { name: 'pow', loops: POW, intLoops: INT_POW, alwaysFloat: false, variable: null },
});

/**
 * Computes `a ∘ b` element-wise, NumPy's way: the result dtype by NumPy's rules (plain
 * numbers are weak scalars), the shapes broadcast, int64 results checked to be exact.
 *
 * The common cases take a fast path: two arrays of the same shape, and an array with a
 * plain number on either side. They skip the broadcasting and the promotion table, never
 * box the number into an array, and reuse the operand's (frozen) shape; one float64
 * element is computed right here, with no loop and no call. Each element is computed as
 * the general path's loop computes it, so the results are the same bit for bit (the
 * property tests in `test/fastpaths.test.ts` hold them to that).
 * @param caller - how the user called it, for error messages: `NDArray.add()` or `add()`.
 */
export function binaryOp(op: BinaryOp, a: Operand, b: Operand, caller: string): NDArray {
  if (a instanceof NDArray) {
    if (b instanceof NDArray) {
      if (a.shape === b.shape || sameShape(a.shape, b.shape)) return sameShapeOp(op, a, b, caller);
    } else if (typeof b === 'number') {
      return arrayNumberOp(op, a, b, caller);
    }
  } else if (typeof a === 'number' && b instanceof NDArray) {
    return numberArrayOp(op, a, b, caller);
  }
  return broadcastOp(op, a, b, caller);
}

/** `a ∘ b` for two arrays of one shape: every element pairs with the one at the same index. */
function sameShapeOp(op: BinaryOp, a: NDArray, b: NDArray, caller: string): NDArray {
  const float = op.alwaysFloat || a.dtype === 'float64' || b.dtype === 'float64';
  const size = a.data.length;
  if (size === 1 && float) return scalarResult(floatValue(op.name, a.data[0], b.data[0]), a.shape);
  // (For one int64 element, `arrays` computes what the general path's `arrayValue` does.)
  const out = uninitialized(size);
  (float ? op.loops : op.intLoops).arrays(a.data, b.data, out);
  return result(out, a.shape, float, caller);
}

/** `a ∘ y` for an array and a plain number. */
function arrayNumberOp(op: BinaryOp, a: NDArray, y: number, caller: string): NDArray {
  const float = op.alwaysFloat || a.dtype === 'float64' || !Number.isInteger(y);
  const size = a.data.length;
  if (size === 1 && float) return scalarResult(floatValue(op.name, a.data[0], y), a.shape);
  const out = uninitialized(size);
  (float ? op.loops : op.intLoops).arrayValue(a.data, y, out);
  return result(out, a.shape, float, caller);
}

/** `x ∘ b` for a plain number and an array. */
function numberArrayOp(op: BinaryOp, x: number, b: NDArray, caller: string): NDArray {
  const float = op.alwaysFloat || b.dtype === 'float64' || !Number.isInteger(x);
  const size = b.data.length;
  if (size === 1 && float) return scalarResult(floatValue(op.name, x, b.data[0]), b.shape);
  const out = uninitialized(size);
  (float ? op.loops : op.intLoops).valueArray(x, b.data, out);
  return result(out, b.shape, float, caller);
}

/**
 * `x ∘ y` for one pair of float64 values, as the array-value loop computes each element
 * (which is the loop the general path runs when both operands have one element).
 */
function floatValue(name: BinaryOpName, x: number, y: number): number {
  switch (name) {
    case 'add':
      return x + y;
    case 'sub':
      return x - y;
    case 'mul':
      return x * y;
    case 'div':
      return x / y;
    case 'pow':
      return powValue(x, y);
  }
}

/** A one-element float64 result. */
function scalarResult(value: number, shape: Shape): NDArray {
  const out = new Float64Array(1);
  out[0] = value;
  return built(out, shape, 'float64');
}

/** Wraps a fast path's result; an int64 result is checked (and its `-0`s made `0`). */
function result(out: Float64Array, shape: Shape, float: boolean, caller: string): NDArray {
  if (float) return built(out, shape, 'float64');
  checkInt64Data(out, `${caller}: result`);
  return built(out, shape, 'int64');
}

/**
 * The general path, which every case could take: checks the operands, promotes the
 * dtypes, broadcasts. Exported for the tests that hold the fast paths to it.
 * @internal
 */
export function broadcastOp(op: BinaryOp, a: Operand, b: Operand, caller: string): NDArray {
  // A Variable on the left is best written as the variable's own method (`variable.add(array)`),
  // one on the right as its reflected method (`variable.radd(array)`).
  checkOperand(a, caller, op.variable?.left, op.variable?.fromStep);
  checkOperand(b, caller, op.variable?.right, op.variable?.fromStep);
  const dtype = op.alwaysFloat ? 'float64' : promote(kindOf(a), kindOf(b));
  const aData = typeof a === 'number' ? Float64Array.of(a) : a.data;
  const aShape = typeof a === 'number' ? SCALAR_SHAPE : a.shape;
  const bData = typeof b === 'number' ? Float64Array.of(b) : b.data;
  const bShape = typeof b === 'number' ? SCALAR_SHAPE : b.shape;
  const shape = Object.freeze(broadcastShapes(aShape, bShape));
  const loops = dtype === 'int64' ? op.intLoops : op.loops;
  const data = broadcastBinary(loops, aData, aShape, bData, bShape, shape);
  if (dtype === 'int64') checkInt64Data(data, `${caller}: result`);
  return built(data, shape, dtype);
}

/** The element-wise operations with one operand. */
export type UnaryOpName = 'neg' | 'exp';

/**
 * Computes `-a` (same dtype; a plain number gives float64) or `e ** a` (float64). One
 * float64 value takes a fast path, which computes the element the loops would.
 */
export function unaryOp(op: UnaryOpName, a: Operand, caller: string): NDArray {
  if (a instanceof NDArray && a.data.length === 1 && a.dtype === 'float64') {
    const x = a.data[0];
    return scalarResult(op === 'exp' ? Math.exp(x) : -x, a.shape);
  }
  return unaryLoopOp(op, a, caller);
}

/**
 * The general path of {@link unaryOp}, which every case could take. Exported for the tests
 * that hold the fast path to it.
 * @internal
 */
export function unaryLoopOp(op: UnaryOpName, a: Operand, caller: string): NDArray {
  let data: Float64Array;
  let shape: Shape;
  let dtype: DType;
  if (a instanceof NDArray) {
    data = a.data;
    shape = a.shape;
    dtype = a.dtype;
  } else {
    checkOperand(a, caller);
    data = Float64Array.of(a);
    shape = SCALAR_SHAPE;
    dtype = 'float64';
  }
  if (op === 'exp') return built(exponential(data), shape, 'float64');
  const out = negative(data);
  if (dtype === 'int64') checkInt64Data(out, `${caller}: result`); // -0 becomes 0
  return built(out, shape, dtype);
}

function kindOf(x: Operand): PromotionKind {
  return typeof x === 'number' ? numberKind(x) : x.dtype;
}

/**
 * Rejects anything that is neither an {@link NDArray} nor a number, naming what it got.
 * @param variableMethod - the `Variable` method to suggest if `x` is a DeZero Variable.
 * @param fromStep - the book's step from which that method takes an array (the hint must
 *   hold on every step).
 */
function checkOperand(
  x: unknown,
  caller: string,
  variableMethod?: string,
  fromStep?: number,
): asserts x is Operand {
  if (typeof x === 'number' || x instanceof NDArray) return;
  let hint = '';
  if (typeof x === 'object' && x !== null && constructorName(x) === 'Variable' && variableMethod) {
    hint = ` Write variable.${variableMethod}(array) instead (a DeZero Variable has it from step ${fromStep} on; TypeScript has no __array_priority__).`;
  } else if (Array.isArray(x)) {
    hint = ' Wrap nested arrays with array() first.';
  }
  throw new TypeError(
    `${caller}: got ${describeValue(x)}; NDArray operations take an NDArray or a number.${hint}`,
  );
}
