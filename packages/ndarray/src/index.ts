/**
 * `@dezero/ndarray`: a small, readable stand-in for the parts of NumPy that DeZero
 * (Deep Learning from Scratch 3) uses. Import it the way the book imports NumPy:
 *
 * ```ts
 * import * as np from '@dezero/ndarray';
 * const x = np.array([1, 2, 3]);
 * console.log(String(x.mul(2))); // [2. 4. 6.]
 * ```
 * @packageDocumentation
 */

export { type ArrayOptions, array, full, ones, onesLike, zeros, zerosLike } from './creation.js';
export { DTYPES, type DType } from './dtype.js';
export {
  isNDArray,
  isScalar,
  NDArray,
  type NestedArray,
  type Operand,
  repr,
} from './ndarray.js';
export {
  type AllcloseOptions,
  add,
  allclose,
  div,
  exp,
  mul,
  neg,
  pow,
  sub,
} from './ops.js';
export { random } from './random.js';
export type { Shape } from './shape.js';
