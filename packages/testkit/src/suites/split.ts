/**
 * A function of two outputs for the suites: the book's functions up to step 24 all have
 * one, but `Function.call` and `backward` take any number.
 * @module
 */
import type { NDArray } from '@dezero/ndarray';

/** What making a function of one's own needs: the step's `Function` class. */
export type FunctionClass<V> = abstract new () => {
  call(...inputs: V[]): V | V[];
  forward(...xs: NDArray[]): NDArray | NDArray[];
  backward(...gys: NDArray[]): NDArray | NDArray[];
};

/** `split(x)` is `[x, −x]`, made by a `Split` built on the step's own `Function` class. */
export function splitOn<V>(Function: FunctionClass<V>): (x: V) => [V, V] {
  class Split extends Function {
    override forward(x: NDArray): NDArray[] {
      return [x, x.neg()];
    }
    override backward(gy0: NDArray, gy1: NDArray): NDArray {
      return gy0.sub(gy1);
    }
  }
  return (x) => {
    const outputs = new Split().call(x);
    if (!Array.isArray(outputs)) throw new Error('two outputs should come back as a list');
    const [a, b] = outputs;
    return [a, b];
  };
}

/** The error for an output that has no gradient when backward comes to its function. */
export const noGradientError = (name: string, index: number) =>
  new TypeError(
    `${name}.backward: output ${index} has no gradient: none reached it before backward came to ${name}, and backward needs one for every output`,
  );
