/**
 * Graphs to test and measure on: random programs that reuse sub-expressions, and a wide,
 * shallow sum. Nothing here needs a test runner, so `pnpm bench` uses it too.
 * @module
 */
import type { NDArray } from '@dezero/ndarray';
import fc from 'fast-check';

/**
 * One instruction of a random program: apply operation `op` to the variables at `a` and
 * `b` (indices into the variables made so far, taken modulo their count). Indices repeat,
 * so programs reuse sub-expressions and feed one variable into several functions.
 */
export interface Instruction {
  op: number;
  a: number;
  b: number;
}

export const programs = (maxLength = 6): fc.Arbitrary<Instruction[]> =>
  fc.array(fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat() }), {
    minLength: 1,
    maxLength: maxLength,
  });

/** The operations a random program may use, as a step provides them. */
export type Operations<V> = ReadonlyArray<(a: V, b: V) => V>;

/** Runs `program` from the input `x` and returns the last variable it made. */
export function runProgram<V>(x: V, program: readonly Instruction[], operations: Operations<V>): V {
  const made = [x];
  for (const { op, a, b } of program) {
    const operation = operations[op % operations.length];
    made.push(operation(made[a % made.length], made[b % made.length]));
  }
  return made[made.length - 1];
}

/** True when every element of `a` is finite and no larger than `limit` in magnitude. */
export function isTame(a: NDArray | null, limit = 1e6): boolean {
  return a?.data.every((v) => Math.abs(v) <= limit) ?? false; // NaN fails the comparison
}

/** Adds `terms` pairwise, as a balanced tree: a wide graph that stays shallow. */
export function sumTree<V>(terms: readonly V[], add: (a: V, b: V) => V): V {
  if (terms.length === 0) throw new RangeError('sumTree needs at least one term');
  let level = [...terms];
  while (level.length > 1) {
    const sums: V[] = [];
    for (let i = 0; i < level.length; i += 2) {
      sums.push(i + 1 < level.length ? add(level[i], level[i + 1]) : level[i]);
    }
    level = sums;
  }
  return level[0];
}
