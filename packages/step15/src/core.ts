/**
 * The core of DeZero: `Variable`, `Function`, and the functions built on `Function`.
 * The book's code as of this step, changed only as the book changes it.
 * @module
 */

import type { NDArray } from '@dezero/ndarray';
import * as np from '@dezero/ndarray';

/** A variable that has data: what a {@link Function} stores as its inputs. */
export type VariableWithData = Variable & { data: NDArray };

/**
 * A box holding an array (`data`), its gradient (`grad`), and the function that made it
 * (`creator`).
 */
export class Variable {
  /** The array this variable holds; `null` for a variable made without one. */
  data: NDArray | null;
  /**
   * The gradient: what `backward()` found for this variable, an array shaped like `data`;
   * `null` until `backward()` reaches it, and after `cleargrad()`.
   */
  grad: NDArray | null = null;
  /** The function whose output this variable is; `null` for a variable you made (a leaf). */
  creator: Function | null = null;

  /** @throws TypeError when `data` is neither an `NDArray` nor `null`. */
  constructor(data: NDArray | null) {
    if (data !== null && !np.isNDArray(data)) {
      throw new TypeError(`${typeName(data)} is not supported`);
    }
    this.data = data;
  }

  setCreator(func: Function): void {
    this.creator = func;
  }

  /** Forgets the gradient, so that the next `backward()` starts afresh instead of adding to it. */
  cleargrad(): void {
    this.grad = null;
  }

  /**
   * Backpropagation (역전파): walks the graph from this variable back to the leaves,
   * taking functions off a plain stack. Gradients that reach a variable twice are added.
   */
  backward(): void {
    if (this.grad === null) {
      this.grad = np.onesLike(dataOf(this));
    }

    // A variable with no creator (a leaf of the graph) has nothing to walk back through: it
    // keeps its seeded gradient. The book's code fails on `None` here.
    const funcs = this.creator === null ? [] : [this.creator];
    while (funcs.length > 0) {
      const f = funcs.pop() as Function;
      // f was pushed once its output got a gradient, but with a stack maybe only part of it.
      const gys = f.outputs.map((output, i) => outputGrad(f, output, i));
      const gxs = toList(f.backward(...gys));

      f.inputs.forEach((x, i) => {
        const gx = gxs[i];
        if (x.grad === null) {
          x.grad = gx;
        } else {
          x.grad = x.grad.add(gx); // a new array: never add in place (the book's step 14)
        }

        if (x.creator !== null) {
          funcs.push(x.creator);
        }
      });
    }
  }
}

/** A number (`np.isscalar(x)`) becomes a 0-d array; an array passes through. */
export function asArray(x: NDArray | number): NDArray {
  return np.isScalar(x) ? np.array(x) : x;
}

/**
 * What {@link Function.call} returns: one `Variable` when `forward` returns one array, a list
 * when it returns a list. (The book returns a list only for several outputs; here the
 * type of `forward` decides, so the type checker knows which you get.)
 */
export type CallResult<Y> = Y extends NDArray ? Variable : Variable[];

/** A function in the graph (함수): it remembers its inputs and outputs for backward. */
export abstract class Function<Y extends NDArray | NDArray[] = NDArray | NDArray[]> {
  inputs: VariableWithData[] = [];
  outputs: Variable[] = [];

  call(...inputs: Variable[]): CallResult<Y> {
    const xs = inputs.map(dataOf);
    const ys = this.forward(...xs);
    const outputs = toList(ys).map((y) => new Variable(asArray(y)));

    for (const output of outputs) {
      output.setCreator(this);
    }
    this.inputs = inputs as VariableWithData[]; // dataOf has checked each one
    this.outputs = outputs;
    return (Array.isArray(ys) ? outputs : outputs[0]) as CallResult<Y>;
  }

  abstract forward(...xs: NDArray[]): Y;

  abstract backward(...gys: NDArray[]): NDArray | NDArray[];
}

/** y = x² */
export class Square extends Function<NDArray> {
  override forward(x: NDArray): NDArray {
    return x.pow(2);
  }

  override backward(gy: NDArray): NDArray {
    const x = this.inputs[0].data;
    return x.mul(2).mul(gy);
  }
}

export function square(x: Variable): Variable {
  return new Square().call(x);
}

/** y = eˣ */
export class Exp extends Function<NDArray> {
  override forward(x: NDArray): NDArray {
    return x.exp();
  }

  override backward(gy: NDArray): NDArray {
    const x = this.inputs[0].data;
    return x.exp().mul(gy);
  }
}

export function exp(x: Variable): Variable {
  return new Exp().call(x);
}

/** y = x0 + x1 */
export class Add extends Function<NDArray> {
  override forward(x0: NDArray, x1: NDArray): NDArray {
    return x0.add(x1);
  }

  override backward(gy: NDArray): NDArray[] {
    return [gy, gy];
  }
}

export function add(x0: Variable, x1: Variable): Variable {
  return new Add().call(x0, x1);
}

function dataOf(x: Variable): NDArray {
  if (x.data === null) {
    throw new TypeError('a Variable with no data (null) cannot be used in a computation');
  }
  return x.data;
}

/**
 * The gradient that has reached output `i` of `f`, for `f.backward`. An output may have
 * none when backward comes to `f`: if nothing used it on the way to the variable backward
 * started from, if its gradient has yet to arrive, or if it has been freed. Departure: the
 * book hands `None` to `backward` and fails inside NumPy; here it is a TypeError that names
 * the function and the output.
 */
function outputGrad(f: Function, output: Variable | undefined, i: number): NDArray {
  const grad = output?.grad ?? null;
  if (grad === null) {
    const name = f.constructor.name;
    throw new TypeError(
      `${name}.backward: output ${i} has no gradient: none reached it before backward came to ${name}, and backward needs one for every output`,
    );
  }
  return grad;
}

function toList<T>(x: T | T[]): T[] {
  return Array.isArray(x) ? x : [x];
}

/** How an error message names an unsupported value: like Python's `<class 'float'>`. */
function typeName(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) return typeof value;
  return value.constructor?.name ?? 'object';
}
