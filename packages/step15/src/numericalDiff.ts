/**
 * Numerical differentiation (수치 미분), the book's step 4: the reference every
 * backpropagated gradient is checked against.
 * @module
 */
import type { NDArray } from '@dezero/ndarray';

/** What {@link numericalDiff} needs of a variable: its data, and a class to make more of it. */
export interface DataHolder {
  readonly data: NDArray | null;
}

/**
 * The central difference (f(x + eps) − f(x − eps)) / 2·eps.
 *
 * It builds its probe variables with the class of the variable it is given
 * (`x.constructor`), never with one step's `Variable`, so every step can use this one
 * module without mixing steps.
 */
export function numericalDiff<V extends DataHolder>(
  f: (x: V) => DataHolder,
  x: V,
  eps = 1e-4,
): NDArray {
  // Every step's Variable takes its data as the first constructor argument.
  const VariableClass = x.constructor as new (data: NDArray) => V;
  const data = requireData(x);
  const x0 = new VariableClass(data.sub(eps));
  const x1 = new VariableClass(data.add(eps));
  const y0 = requireData(f(x0));
  const y1 = requireData(f(x1));
  return y1.sub(y0).div(2 * eps);
}

function requireData(v: DataHolder): NDArray {
  if (v.data === null) {
    throw new TypeError('numericalDiff needs variables that hold data, got one with data null');
  }
  return v.data;
}
