/**
 * Element-wise operations on large float64 arrays, each beside a bare JavaScript loop that
 * does the same arithmetic into a fresh `Float64Array`: what the platform does with no
 * library at all. The two are timed in alternation, so both see the same machine.
 *
 * Each result is fresh memory, and the OS often maps it page by page as the loop first
 * writes it (a minor page fault per 4 KB page, about 2,000 for 8 MB). How often that
 * happens depends on when the collector last freed earlier results, not on the code; on a
 * busy machine a fault costs tens of microseconds, and the faults then decide the medians.
 * So the comparison with the bare loop takes each side's fastest run (the one the OS let
 * off), and the medians and the faults are reported beside it.
 */
import * as np from '@dezero/ndarray';
import type { BenchContext } from '../context.js';
import { medianMs, timePaired } from '../measure.js';

/** The operations compared with a bare loop (and with NumPy). */
export const LOOP_OPS = ['add', 'mul', 'pow2', 'exp'] as const;
export type LoopOp = (typeof LOOP_OPS)[number];

export interface ElementwiseResult {
  elements: number;
  /** The broadcast workload's shapes, as NumPy writes them. */
  broadcastShapes: string;
  /** @dezero/ndarray, median ms: `a.add(b)`, `a.mul(b)`, `a.pow(2)`, `a.exp()`, broadcast add. */
  ms: Record<LoopOp | 'broadcast', number>;
  /** The bare loop, median ms, timed in alternation with the line above. */
  bareLoopMs: Record<LoopOp, number>;
  /** The fastest run of each side, ms. */
  bestMs: Record<LoopOp, number>;
  bareLoopBestMs: Record<LoopOp, number>;
  /** Minor page faults per call (pages of fresh memory the OS mapped), of each side. */
  faultsPerCall: Record<LoopOp, number>;
  bareLoopFaultsPerCall: Record<LoopOp, number>;
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

export function measureElementwise({ sizes }: BenchContext): ElementwiseResult {
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
  const result: ElementwiseResult = {
    elements: sizes.elements,
    broadcastShapes: `(${side}, ${side}) + (${side},)`,
    ms: { add: 0, mul: 0, pow2: 0, exp: 0, broadcast: medianMs(() => matrix.add(row), repeats) },
    bareLoopMs: { add: 0, mul: 0, pow2: 0, exp: 0 },
    bestMs: { add: 0, mul: 0, pow2: 0, exp: 0 },
    bareLoopBestMs: { add: 0, mul: 0, pow2: 0, exp: 0 },
    faultsPerCall: { add: 0, mul: 0, pow2: 0, exp: 0 },
    bareLoopFaultsPerCall: { add: 0, mul: 0, pow2: 0, exp: 0 },
  };
  for (const op of LOOP_OPS) {
    const [library, bare] = timePaired(...bodies[op], repeats);
    result.ms[op] = library.ms;
    result.bestMs[op] = library.bestMs;
    result.faultsPerCall[op] = library.faultsPerCall;
    result.bareLoopMs[op] = bare.ms;
    result.bareLoopBestMs[op] = bare.bestMs;
    result.bareLoopFaultsPerCall[op] = bare.faultsPerCall;
  }
  return result;
}
