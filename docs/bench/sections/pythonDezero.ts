/**
 * The book's own DeZero (`dezero_simple.py`: the code of step 22, as `core_simple.py`) on
 * Goldstein–Price, forward and backward, in the same run: the reference for
 * `goldsteinPrice.ts` (`dezero_bench.py`).
 */
import type { BenchContext } from '../context.js';
import { runPython, type Skipped } from '../python.js';

export interface PythonDezeroResult {
  /** Python's and NumPy's versions. */
  python: string;
  numpy: string;
  /** Calls per timed run. */
  calls: number;
  /** Median forward + backward calls per second. */
  callsPerSecond: number;
}

export function measurePythonDezero({ python, sizes }: BenchContext): PythonDezeroResult | Skipped {
  if (!python) return { skipped: '--no-numpy' };
  return runPython<PythonDezeroResult>('dezero_bench.py', [
    sizes.goldsteinCalls,
    Math.max(3, Math.floor(sizes.runs / 3)),
  ]);
}
