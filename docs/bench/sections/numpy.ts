/**
 * NumPy on the same workloads, in the same run: the large element-wise operations of
 * `elementwise.ts` and the 0-d operations of `scalarOps.ts` (`numpy_bench.py`).
 */
import type { BenchContext } from '../context.js';
import { runPython, type Skipped } from '../python.js';
import type { LoopOp } from './elementwise.js';
import { SCALAR_OPS, type ScalarOp } from './scalarOps.js';

export interface NumpyResult {
  /** NumPy's version. */
  numpy: string;
  /** Median ms of `a + b`, `a * b`, `a ** 2`, `np.exp(a)` and the broadcast add. */
  ms: Record<LoopOp | 'broadcast', number>;
  /** Minor page faults per call of each: fresh memory the OS had to map. */
  faultsPerCall: Record<LoopOp | 'broadcast', number>;
  /** Median 0-d operations per second, the same list as `scalarOps`. */
  scalarOps: Record<ScalarOp, number>;
}

export function measureNumpy({ python, sizes }: BenchContext): NumpyResult | Skipped {
  if (!python) return { skipped: '--no-numpy' };
  return runPython<NumpyResult>('numpy_bench.py', [
    sizes.elements,
    sizes.runs,
    10,
    sizes.scalarCalls,
    sizes.scalarRuns,
    JSON.stringify(SCALAR_OPS),
  ]);
}
