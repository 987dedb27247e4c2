/**
 * Step 16's backward over many functions: a chain, and a wide graph. The ratio of the two
 * sizes' times shows how backward scales (10 for linear).
 */
import * as np from '@dezero/ndarray';
import * as step16 from '@dezero/step16';
import { sumTree } from '@dezero/testkit/graphs';
import type { BenchContext } from '../context.js';
import { median } from '../measure.js';

export interface BackwardScalingResult {
  functions: readonly [number, number];
  chain: { ms: Record<number, number>; ratio: number };
  wide: { ms: Record<number, number>; ratio: number };
}

export function measureBackwardScaling({ sizes }: BenchContext): BackwardScalingResult {
  const { Variable, add, square } = step16;
  const scalar = (v: number) => new Variable(np.array(v));
  const chain = (n: number) => {
    const x = scalar(1);
    const one = scalar(1);
    let y = x;
    for (let i = 0; i < n; i++) y = add(y, one);
    return y;
  };
  const wide = (n: number) => {
    const x = scalar(3);
    return sumTree(
      Array.from({ length: n }, () => square(x)),
      add,
    );
  };
  /** Median backward time; the graph is built fresh for every run, outside the timing. */
  const backwardMs = (build: (n: number) => step16.Variable, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const y = build(n);
      const start = performance.now();
      y.backward();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const [small, large] = sizes.functions;
  const figures = (build: (n: number) => step16.Variable) => {
    const ms = { [small]: backwardMs(build, small), [large]: backwardMs(build, large) };
    return { ms, ratio: ms[large] / ms[small] };
  };
  return { functions: [small, large], chain: figures(chain), wide: figures(wide) };
}
