/**
 * 0-d operations: how many a second `@dezero/ndarray` does, the scalar engine of every
 * lesson from step 15 to 24, and how many NumPy does. Each operation has a loop of its own
 * (one call site, as in a program that does one thing in a loop). NumPy runs as a server
 * (`numpy_bench.py serve`) so that the two take turns, operation by operation and round by
 * round: on a shared machine the load moves, and both sides then see the same load.
 */
import * as np from '@dezero/ndarray';
import type { BenchContext } from '../context.js';
import { median, rate, timeCalls } from '../measure.js';
import { isSkipped, type Skipped, startPython } from '../python.js';

/** The 0-d operations, as Python writes them; the keys are shared with `numpy_bench.py`. */
export const SCALAR_OPS = {
  add: 'a + b',
  sub: 'a - b',
  mul: 'a * b',
  div: 'a / b',
  pow2: 'a ** 2',
  exp: 'exp(a)',
  neg: '-a',
  addNumber: 'a + 2',
  numberAdd: '2 + a',
  subNumber: 'a - 2',
  numberSub: '2 - a',
  mulNumber: 'a * 2',
  numberMul: '2 * a',
  divNumber: 'a / 2',
  numberDiv: '2 / a',
  numberPow: '2 ** a',
} as const;
export type ScalarOp = keyof typeof SCALAR_OPS;

export interface ScalarOpsResult {
  /** Calls per timed run, and timed runs of each operation on each side. */
  calls: number;
  runs: number;
  /** Median operations per second, with `a = array(1.5)`, `b = array(0.5)`. */
  opsPerSecond: Record<ScalarOp, number>;
  /** NumPy's, timed in turns with ours (`a = np.array(1.5)`, `b = np.array(0.5)`). */
  numpy: { numpy: string; opsPerSecond: Record<ScalarOp, number> } | Skipped;
  /**
   * The platform's reach: a bare object holding a fresh `Float64Array(1)` with the sum,
   * which is all a 0-d add has to make.
   */
  bareObjectAddPerSecond: number;
}

const a = np.array(1.5);
const b = np.array(0.5);
/** Where each loop leaves its last result, so that no work can be optimised away. */
let sink: unknown;

// One loop per operation, each a function of its own.
const loops: Record<ScalarOp, (calls: number) => void> = {
  add: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.add(b);
  },
  sub: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.sub(b);
  },
  mul: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.mul(b);
  },
  div: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.div(b);
  },
  pow2: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.pow(2);
  },
  exp: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.exp();
  },
  neg: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.neg();
  },
  addNumber: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.add(2);
  },
  numberAdd: (calls) => {
    for (let i = 0; i < calls; i++) sink = np.add(2, a);
  },
  subNumber: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.sub(2);
  },
  numberSub: (calls) => {
    for (let i = 0; i < calls; i++) sink = np.sub(2, a);
  },
  mulNumber: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.mul(2);
  },
  numberMul: (calls) => {
    for (let i = 0; i < calls; i++) sink = np.mul(2, a);
  },
  divNumber: (calls) => {
    for (let i = 0; i < calls; i++) sink = a.div(2);
  },
  numberDiv: (calls) => {
    for (let i = 0; i < calls; i++) sink = np.div(2, a);
  },
  numberPow: (calls) => {
    for (let i = 0; i < calls; i++) sink = np.pow(2, a);
  },
};

function bareObjectAdd(calls: number): void {
  const x = a.data;
  const y = b.data;
  for (let i = 0; i < calls; i++) {
    const data = new Float64Array(1);
    data[0] = x[0] + y[0];
    sink = { data, shape: a.shape, dtype: 'float64' };
  }
}

export async function measureScalarOps({ python, sizes }: BenchContext): Promise<ScalarOpsResult> {
  const { scalarCalls: calls, scalarRuns: runs } = sizes;
  const ops = Object.keys(SCALAR_OPS) as ScalarOp[];
  const server = python
    ? await startPython<{ numpy: string }>('numpy_bench.py', ['serve'])
    : { skipped: '--no-numpy' };
  const ours = Object.fromEntries(ops.map((op) => [op, [] as number[]])) as Record<
    ScalarOp,
    number[]
  >;
  const theirs = Object.fromEntries(ops.map((op) => [op, [] as number[]])) as Record<
    ScalarOp,
    number[]
  >;
  for (const op of ops) loops[op](calls); // warm up (NumPy's server warms up on first use)
  try {
    for (let round = 0; round < runs; round++) {
      for (const op of ops) {
        ours[op].push(rate(loops[op], calls));
        if (!(sink instanceof np.NDArray) || sink.ndim !== 0)
          throw new Error(`${op}: no 0-d result`);
        if (!isSkipped(server)) {
          const answer = await server.ask<{ opsPerSecond: number }>({
            expr: SCALAR_OPS[op],
            calls,
          });
          theirs[op].push(answer.opsPerSecond);
        }
      }
    }
  } finally {
    if (!isSkipped(server)) server.close();
  }
  const medians = (rates: Record<ScalarOp, number[]>) =>
    Object.fromEntries(ops.map((op) => [op, median(rates[op])])) as Record<ScalarOp, number>;
  // Nothing to take turns with: tinybench times it, one warm-up run first.
  const bareObject = await timeCalls(() => bareObjectAdd(calls), { runs, warmup: 1 });
  return {
    calls,
    runs,
    opsPerSecond: medians(ours),
    bareObjectAddPerSecond: calls / (bareObject.ms / 1000),
    numpy: isSkipped(server)
      ? server
      : { numpy: server.hello.numpy, opsPerSecond: medians(theirs) },
  };
}
