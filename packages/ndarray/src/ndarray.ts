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
  SUB,
} from './kernels.js';
import {
  broadcastShapes,
  checkShape,
  formatShape,
  rowMajorStrides,
  type Shape,
  shapeSize,
} from './shape.js';

/** What the arithmetic operations accept on either side: an array or a plain number. */
export type Operand = NDArray | number;

/**
 * Nested JavaScript arrays of numbers, as {@link array} takes and {@link NDArray.toArray}
 * returns. A bare number is a 0-d array.
 */
export type NestedArray = number | readonly NestedArray[];

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
    if (!(data instanceof Float64Array)) {
      throw new TypeError(`new NDArray(): data must be a Float64Array, got ${describeValue(data)}`);
    }
    const dims = checkShape(shape, 'new NDArray()');
    this.dtype = checkDType(dtype, 'new NDArray()');
    const size = shapeSize(dims);
    if (data.length !== size) {
      throw new RangeError(
        `new NDArray(): data has ${data.length} elements but shape ${formatShape(dims)} needs ${size}`,
      );
    }
    if (this.dtype === 'int64') checkInt64Data(data, 'new NDArray()');
    this.data = data;
    this.shape = Object.freeze(dims);
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
    return binaryOp('add', this, other, 'NDArray.add()');
  }

  /** `this - other`, element-wise with broadcasting. */
  sub(other: Operand): NDArray {
    return binaryOp('sub', this, other, 'NDArray.sub()');
  }

  /** `this * other`, element-wise with broadcasting. */
  mul(other: Operand): NDArray {
    return binaryOp('mul', this, other, 'NDArray.mul()');
  }

  /** `this / other`, element-wise with broadcasting; true division, so always float64. */
  div(other: Operand): NDArray {
    return binaryOp('div', this, other, 'NDArray.div()');
  }

  /**
   * `this ** other`, element-wise with broadcasting.
   * @throws RangeError for an int64 array raised to a negative whole exponent, as NumPy does.
   */
  pow(other: Operand): NDArray {
    return binaryOp('pow', this, other, 'NDArray.pow()');
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

/** The float64 loops of each binary operation. */
const FLOAT_LOOPS: Record<BinaryOpName, BinaryLoops> = {
  add: ADD,
  sub: SUB,
  mul: MUL,
  div: DIV,
  pow: POW,
};

/**
 * What a DeZero `Variable` offers instead of each operation, as the left operand
 * (`variable.sub(array)`) and as the right one (`array.sub(variable)` is
 * `variable.rsub(array)`), and the book's step from which those methods take an array:
 * step 21 adds `radd`/`rmul` and lets `add`/`mul` take arrays, step 22 adds the rest.
 * TypeScript has no operator dispatch, so there is no `__array_priority__` that could make
 * the array defer to the variable. `pow` has no such method: `Variable.pow` takes a number.
 */
const VARIABLE_METHODS: Partial<
  Record<BinaryOpName, { left: string; right: string; fromStep: number }>
> = {
  add: { left: 'add', right: 'radd', fromStep: 21 },
  mul: { left: 'mul', right: 'rmul', fromStep: 21 },
  sub: { left: 'sub', right: 'rsub', fromStep: 22 },
  div: { left: 'div', right: 'rdiv', fromStep: 22 },
};

/**
 * Computes `a ∘ b`: checks the operands, picks the result dtype (NumPy's rules, with plain
 * numbers as weak scalars), broadcasts, and checks int64 results can be held exactly.
 * @param caller - how the user called it, for error messages: `NDArray.add()` or `add()`.
 */
export function binaryOp(op: BinaryOpName, a: Operand, b: Operand, caller: string): NDArray {
  // A Variable on the left is best written as the variable's own method (`variable.add(array)`),
  // one on the right as its reflected method (`variable.radd(array)`).
  const methods = VARIABLE_METHODS[op];
  checkOperand(a, caller, methods && { name: methods.left, fromStep: methods.fromStep });
  checkOperand(b, caller, methods && { name: methods.right, fromStep: methods.fromStep });
  const dtype = op === 'div' ? 'float64' : promote(kindOf(a), kindOf(b));
  const [aData, aShape] = dataAndShape(a);
  const [bData, bShape] = dataAndShape(b);
  const shape = broadcastShapes(aShape, bShape);
  const loops = op === 'pow' && dtype === 'int64' ? INT_POW : FLOAT_LOOPS[op];
  const data = broadcastBinary(loops, aData, aShape, bData, bShape, shape);
  if (dtype === 'int64') checkInt64Data(data, `${caller}: result`);
  return new NDArray(data, shape, dtype);
}

/** The element-wise operations with one operand. */
export type UnaryOpName = 'neg' | 'exp';

/** Computes `-a` (same dtype) or `e ** a` (float64). */
export function unaryOp(op: UnaryOpName, a: Operand, caller: string): NDArray {
  checkOperand(a, caller);
  const [data, shape] = dataAndShape(a);
  if (op === 'exp') return new NDArray(exponential(data), shape, 'float64');
  const dtype = typeof a === 'number' ? 'float64' : a.dtype;
  const result = negative(data);
  if (dtype === 'int64') checkInt64Data(result, `${caller}: result`); // -0 becomes 0
  return new NDArray(result, shape, dtype);
}

function kindOf(x: Operand): PromotionKind {
  return typeof x === 'number' ? numberKind(x) : x.dtype;
}

/** An operand's elements and shape; a plain number is a one-element 0-d array. */
function dataAndShape(x: Operand): [Float64Array, Shape] {
  return typeof x === 'number' ? [Float64Array.of(x), []] : [x.data, x.shape];
}

/**
 * Rejects anything that is neither an {@link NDArray} nor a number, naming what it got.
 * @param variableMethod - the `Variable` method to suggest if `x` is a DeZero Variable, and
 *   the book's step from which it takes an array (the hint must hold on every step).
 */
function checkOperand(
  x: unknown,
  caller: string,
  variableMethod?: { name: string; fromStep: number },
): asserts x is Operand {
  if (typeof x === 'number' || x instanceof NDArray) return;
  let hint = '';
  if (typeof x === 'object' && x !== null && constructorName(x) === 'Variable' && variableMethod) {
    const { name, fromStep } = variableMethod;
    hint = ` Write variable.${name}(array) instead (a DeZero Variable has it from step ${fromStep} on; TypeScript has no __array_priority__).`;
  } else if (Array.isArray(x)) {
    hint = ' Wrap nested arrays with array() first.';
  }
  throw new TypeError(
    `${caller}: got ${describeValue(x)}; NDArray operations take an NDArray or a number.${hint}`,
  );
}
