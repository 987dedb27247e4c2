/**
 * Element-wise operations on large float64 arrays, each beside a bare JavaScript loop that
 * does the same arithmetic into a fresh `Float64Array`: what the platform does with no
 * library at all. The two are timed in alternation, so both see the same machine.
 *
 * Each result is a fresh allocation. Whether it lands on memory an earlier result has
 * freed, or on fresh pages the OS must map as the loop first writes them (a minor page
 * fault per 4 KB page, about 2,000 for 8 MB), depends on when V8 last collected the
 * earlier results, not on the code; on a busy machine a fault costs tens of microseconds,
 * and the faults then decide the times. So both sides are timed with a forced GC and a
 * task boundary (not timed) before every call, which free the earlier results the way
 * NumPy's reference counting frees each one the moment it is dropped. `plainLoop` is the library timed
 * without it, as a loop of yours would run: that one meets the page faults.
 */
import * as np from '@dezero/ndarray';
import type { BenchContext } from '../context.js';
import { timeCalls, timePaired } from '../measure.js';

/** The operations compared with a bare loop (and with NumPy). */
export const LOOP_OPS = ['add', 'mul', 'pow2', 'exp'] as const;
export type LoopOp = (typeof LOOP_OPS)[number];

export interface ElementwiseResult {
  elements: number;
  /** The broadcast workload's shapes, as NumPy writes them. */
  broadcastShapes: string;
  /**
   * @dezero/ndarray, median ms with a forced GC before each call: `a.add(b)`, `a.mul(b)`,
   * `a.pow(2)`, `a.exp()`, and the broadcast add.
   */
  ms: Record<LoopOp | 'broadcast', number>;
  /** The bare loop, median ms, timed in alternation with the line above. */
  bareLoopMs: Record<LoopOp, number>;
  /** Minor page faults per call (pages of fresh memory the OS mapped), of each side. */
  faultsPerCall: Record<LoopOp, number>;
  bareLoopFaultsPerCall: Record<LoopOp, number>;
  /** @dezero/ndarray with no forced GC, as in a plain loop: median ms and faults per call. */
  plainLoop: { ms: Record<LoopOp, number>; faultsPerCall: Record<LoopOp, number> };
}

// The bare loops: what a reader would write by hand over two Float64Arrays.
function addLoop(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] + b[k];
  return out;
}

function mulLoop(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] * b[k];
  return out;
}

function squareLoop(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] * a[k];
  return out;
}

function expLoop(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = Math.exp(a[k]);
  return out;
}

export async function measureElementwise({ sizes }: BenchContext): Promise<ElementwiseResult> {
  np.random.seed(0);
  const a = np.random.randn(sizes.elements);
  const b = np.random.randn(sizes.elements);
  const side = Math.round(Math.sqrt(sizes.elements));
  const matrix = np.random.randn(side, side);
  const row = np.random.randn(side);
  const repeats = { runs: sizes.largeRuns };
  const bodies: Record<LoopOp, [() => unknown, () => unknown]> = {
    add: [() => a.add(b), () => addLoop(a.data, b.data)],
    mul: [() => a.mul(b), () => mulLoop(a.data, b.data)],
    pow2: [() => a.pow(2), () => squareLoop(a.data)],
    exp: [() => a.exp(), () => expLoop(a.data)],
  };
  const zeros = () => ({ add: 0, mul: 0, pow2: 0, exp: 0 });
  const result: ElementwiseResult = {
    elements: sizes.elements,
    broadcastShapes: `(${side}, ${side}) + (${side},)`,
    ms: { ...zeros(), broadcast: 0 },
    bareLoopMs: zeros(),
    faultsPerCall: zeros(),
    bareLoopFaultsPerCall: zeros(),
    plainLoop: { ms: zeros(), faultsPerCall: zeros() },
  };
  for (const op of LOOP_OPS) {
    const [library, bare] = await timePaired(...bodies[op], repeats);
    result.ms[op] = library.ms;
    result.faultsPerCall[op] = library.faultsPerCall;
    result.bareLoopMs[op] = bare.ms;
    result.bareLoopFaultsPerCall[op] = bare.faultsPerCall;
  }
  result.ms.broadcast = (await timeCalls(() => matrix.add(row), { ...repeats, before: 'gc' })).ms;
  for (const op of LOOP_OPS) {
    const plain = await timeCalls(bodies[op][0], repeats);
    result.plainLoop.ms[op] = plain.ms;
    result.plainLoop.faultsPerCall[op] = plain.faultsPerCall;
  }
  return result;
}
