/**
 * Step 18: `square(square(square(x)))` over `np.ones([100, 100, 100])` (8 MB an array),
 * with backprop on and under `noGrad()`: the memory each keeps, and the time a forward
 * pass takes. The forward pass with backprop is timed twice: in one synchronous loop, and
 * with a task boundary before each pass (see the README for why they differ).
 */
import * as np from '@dezero/ndarray';
import * as step18 from '@dezero/step18';
import type { BenchContext } from '../context.js';
import { nextTask, retainedBytes, timeCalls } from '../measure.js';

export interface MemorySavingResult {
  cubeSide: number;
  /** Bytes of one array. */
  arrayBytes: number;
  /** Bytes kept beyond x and y after a forced GC, while both are held. */
  retainedBytes: { backprop: number; noGrad: number };
  ms: {
    /** Backprop on, every pass in one job: each pass's arrays live until the job ends. */
    forward: number;
    /** Backprop on, each pass in a task of its own. */
    forwardEachTask: number;
    /** Under noGrad (no graph, no WeakRef), in one job. */
    forwardNoGrad: number;
    /** Backprop on, forward and backward, each pass in a task of its own. */
    forwardBackward: number;
  };
  /** Minor page faults per pass (pages of fresh memory the OS mapped), for the same passes. */
  faultsPerPass: {
    forward: number;
    forwardEachTask: number;
    forwardNoGrad: number;
    forwardBackward: number;
  };
}

export async function measureMemorySaving({ sizes }: BenchContext): Promise<MemorySavingResult> {
  const { Variable, square, noGrad } = step18;
  const side = sizes.cubeSide;
  const shape = [side, side, side];
  const cube = (x: step18.Variable) => square(square(square(x)));

  /** Bytes kept after a forced GC beyond x and y, while both are held. */
  const retainedBeyondXY = async (build: (x: step18.Variable) => step18.Variable) => {
    const x = new Variable(np.ones(shape));
    const { bytes, kept: y } = await retainedBytes(() => build(x));
    return { bytes: bytes - (y.data as np.NDArray).data.byteLength, keep: [x, y] };
  };

  // Memory first, before the timing loops leave garbage behind.
  const retained = {
    backprop: (await retainedBeyondXY(cube)).bytes,
    noGrad: (await retainedBeyondXY((v) => noGrad(() => cube(v)))).bytes,
  };
  const x = new Variable(np.ones(shape));
  const repeats = { runs: Math.max(3, Math.floor(sizes.runs / 3)), warmup: 3 };
  await nextTask();
  const forward = await timeCalls(() => cube(x), repeats);
  const forwardEachTask = await timeCalls(() => cube(x), { ...repeats, before: 'task' });
  await nextTask();
  const forwardNoGrad = await timeCalls(() => noGrad(() => cube(x)), repeats);
  const forwardBackward = await timeCalls(
    () => {
      x.cleargrad();
      cube(x).backward();
    },
    { ...repeats, before: 'task' },
  );
  const timings = { forward, forwardEachTask, forwardNoGrad, forwardBackward };
  return {
    cubeSide: side,
    arrayBytes: (x.data as np.NDArray).data.byteLength,
    retainedBytes: retained,
    ms: mapValues(timings, (t) => t.ms),
    faultsPerPass: mapValues(timings, (t) => t.faultsPerCall),
  };
}

function mapValues<K extends string, V, W>(record: Record<K, V>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, f(value as V)]),
  ) as Record<K, W>;
}
