/**
 * NumPy on the large element-wise operations of `elementwise.ts`, in the same run
 * (`numpy_bench.py large`). NumPy's 0-d figures are taken in `scalarOps.ts`, in turns
 * with ours.
 */
import type { BenchContext } from '../context.js';
import { runPython, type Skipped } from '../python.js';
import type { LoopOp } from './elementwise.js';

export interface NumpyResult {
  /** NumPy's version. */
  numpy: string;
  /** Median ms of `a + b`, `a * b`, `a ** 2`, `np.exp(a)` and the broadcast add. */
  ms: Record<LoopOp | 'broadcast', number>;
  /** Minor page faults per call of each: fresh memory the OS had to map. */
  faultsPerCall: Record<LoopOp | 'broadcast', number>;
}

export function measureNumpy({ python, sizes }: BenchContext): NumpyResult | Skipped {
  if (!python) return { skipped: '--no-numpy' };
  return runPython<NumpyResult>('numpy_bench.py', ['large', sizes.elements, sizes.runs, 10]);
}
