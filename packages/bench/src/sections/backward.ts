/**
 * Step 16's backward over many functions: a chain, and a wide graph. The ratio of the two
 * sizes' times shows how backward scales (10 for linear).
 */
import * as np from '@dezero/ndarray';
import * as step16 from '@dezero/step16';
import { sumTree } from '@dezero/testkit/graphs';
import type { BenchContext } from '../context.js';
import { timeCalls } from '../measure.js';

export interface BackwardScalingResult {
  functions: readonly [number, number];
  chain: { ms: Record<number, number>; ratio: number };
  wide: { ms: Record<number, number>; ratio: number };
}

export async function measureBackwardScaling({
  sizes,
}: BenchContext): Promise<BackwardScalingResult> {
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
  /** Median time of 5 backward passes; the graph is built fresh for each, outside the timing. */
  const backwardMs = async (build: (n: number) => step16.Variable, n: number) => {
    let y!: step16.Variable; // built by prepare() before every call
    const prepare = () => {
      y = build(n);
    };
    return (await timeCalls(() => y.backward(), { runs: 5, warmup: 0, prepare })).ms;
  };
  const [small, large] = sizes.functions;
  const figures = async (build: (n: number) => step16.Variable) => {
    const ms = { [small]: await backwardMs(build, small), [large]: await backwardMs(build, large) };
    return { ms, ratio: ms[large] / ms[small] };
  };
  return { functions: [small, large], chain: await figures(chain), wide: await figures(wide) };
}
