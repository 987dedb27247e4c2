/**
 * The core of DeZero: `Variable`, `Function`, and the functions built on `Function`.
 * The book's code as of this step, changed only as the book changes it.
 * @module
 */

import type { DType, NDArray, Shape } from '@dezero/ndarray';
import * as np from '@dezero/ndarray';
import { PriorityQueue } from '@dezero/step16';
import { Config } from '@dezero/step18';

/** What a function takes as an input: a Variable, or an array or number to wrap in one. */
export type Operand = Variable | NDArray | number;

/** A variable that has data: what a {@link Function} stores as its inputs. */
export type VariableWithData = Variable & { data: NDArray };

/**
 * A box holding an array (`data`), its gradient (`grad`), and the function that made it
 * (`creator`).
 */
export class Variable {
  /** The array this variable holds; `null` for a variable made without one. */
  data: NDArray | null;
  /** A name to tell variables apart, e.g. when drawing the graph. */
  name: string | null;
  /**
   * The gradient: what `backward()` found for this variable, an array shaped like `data`;
   * `null` until `backward()` reaches it, and after `cleargrad()`.
   */
  grad: NDArray | null = null;
  /** The function whose output this variable is; `null` for a variable you made (a leaf). */
  creator: Function | null = null;
  /** 0 for a variable with no creator; one more than its creator's otherwise. */
  generation = 0;

  /** @throws TypeError when `data` is neither an `NDArray` nor `null`. */
  constructor(data: NDArray | null, name: string | null = null) {
    if (data !== null && !np.isNDArray(data)) {
      throw new TypeError(`${typeName(data)} is not supported`);
    }
    this.data = data;
    this.name = name;
  }

  get shape(): Shape {
    return dataOf(this).shape;
  }

  get ndim(): number {
    return dataOf(this).ndim;
  }

  get size(): number {
    return dataOf(this).size;
  }

  get dtype(): DType {
    return dataOf(this).dtype;
  }

  /** Python's `len(x)`: the first dimension. A 0-d variable throws, as NumPy's `len()` does. */
  get length(): number {
    return dataOf(this).length;
  }

  /** `variable([1. 2.])`: NumPy's printing of the data, continuation lines indented 9. */
  toString(): string {
    if (this.data === null) {
      return 'variable(null)';
    }
    const p = this.data.toString().replaceAll('\n', `\n${' '.repeat(9)}`);
    return `variable(${p})`;
  }

  /** So that `console.log(x)` prints what `String(x)` does, like Python's `print(x)`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /**
   * `x.add(y)` is the book's `x + y` (`__add__`). TypeScript has no operator overloading,
   * so the operators of the book become methods.
   */
  add(other: Operand): Variable {
    return add(this, other);
  }

  /** `x.radd(3)` is the book's `3 + x` (`__radd__`): addition commutes. */
  radd(other: Operand): Variable {
    return add(this, other);
  }

  /** `x.mul(y)` is the book's `x * y` (`__mul__`). */
  mul(other: Operand): Variable {
    return mul(this, other);
  }

  /** `x.rmul(3)` is the book's `3 * x` (`__rmul__`): multiplication commutes. */
  rmul(other: Operand): Variable {
    return mul(this, other);
  }

  setCreator(func: Function): void {
    this.creator = func;
    this.generation = func.generation + 1;
  }

  /** Forgets the gradient, so that the next `backward()` starts afresh instead of adding to it. */
  cleargrad(): void {
    this.grad = null;
  }

  /**
   * Backpropagation (역전파): walks the graph from this variable back to the leaves,
   * taking functions highest generation first, each once, so the gradients that reach a
   * variable from several functions are all added before its creator runs.
   *
   * Memory-saving mode (메모리 절약 모드): unless `retainGrad`, the gradients of the
   * variables a function made are cleared once its backward has run; only the leaves
   * (variables with no creator) keep theirs.
   *
   * @param options `retainGrad: true` keeps every variable's gradient, not only the leaves'.
   */
  backward({ retainGrad = false }: { retainGrad?: boolean } = {}): void {
    if (this.grad === null) {
      this.grad = np.onesLike(dataOf(this));
    }

    const funcs = new PriorityQueue<Function>((f) => f.generation);
    const seenSet = new Set<Function>();
    const addFunc = (f: Function) => {
      if (!seenSet.has(f)) {
        funcs.push(f);
        seenSet.add(f);
      }
    };
    // A variable with no creator (a leaf of the graph) has nothing to walk back through: it
    // keeps its seeded gradient. The book's code fails on `None` here.
    if (this.creator !== null) {
      addFunc(this.creator);
    }

    while (funcs.size > 0) {
      const f = funcs.pop() as Function;
      // Highest generation first, so every function that uses f's outputs has already run.
      const gys = f.outputs.map((output, i) => outputGrad(f, output.deref(), i));
      const gxs = toList(f.backward(...gys));

      f.inputs.forEach((x, i) => {
        const gx = gxs[i];
        if (x.grad === null) {
          x.grad = gx;
        } else {
          x.grad = x.grad.add(gx); // a new array: never add in place (the book's step 14)
        }

        if (x.creator !== null) {
          addFunc(x.creator);
        }
      });

      if (!retainGrad) {
        for (const y of f.outputs) {
          y.deref()?.cleargrad();
        }
      }
    }
  }
}

/** A number (`np.isscalar(x)`) becomes a 0-d array; anything else passes through. */
export function asArray(x: NDArray | number): NDArray;
export function asArray(x: Operand): Variable | NDArray;
export function asArray(x: Operand): Variable | NDArray {
  return np.isScalar(x) ? np.array(x) : x;
}

/** A Variable stays as it is; an array or a number is wrapped in a new Variable. */
export function asVariable(obj: Operand): Variable {
  if (obj instanceof Variable) {
    return obj;
  }
  return new Variable(asArray(obj));
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
  /** Weak references (약한 참조): holding a function does not keep its outputs alive. */
  outputs: WeakRef<Variable>[] = [];
  /** The largest generation among the inputs. */
  generation = 0;

  call(...operands: Operand[]): CallResult<Y> {
    const inputs = operands.map(asVariable);
    const xs = inputs.map(dataOf);
    const ys = this.forward(...xs);
    const outputs = toList(ys).map((y) => new Variable(asArray(y)));

    if (Config.enableBackprop) {
      this.generation = Math.max(...inputs.map((x) => x.generation));
      for (const output of outputs) {
        output.setCreator(this);
      }
      this.inputs = inputs as VariableWithData[]; // dataOf has checked each one
      this.outputs = outputs.map((output) => new WeakRef(output));
    }
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

export function square(x: Operand): Variable {
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

export function exp(x: Operand): Variable {
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

export function add(x0: Operand, x1: Operand): Variable {
  x1 = asArray(x1);
  return new Add().call(x0, x1);
}

/** y = x0 · x1 */
export class Mul extends Function<NDArray> {
  override forward(x0: NDArray, x1: NDArray): NDArray {
    return x0.mul(x1);
  }

  override backward(gy: NDArray): NDArray[] {
    const [x0, x1] = [this.inputs[0].data, this.inputs[1].data];
    return [gy.mul(x1), gy.mul(x0)];
  }
}

export function mul(x0: Operand, x1: Operand): Variable {
  x1 = asArray(x1);
  return new Mul().call(x0, x1);
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
