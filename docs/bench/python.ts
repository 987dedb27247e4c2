/**
 * Runs one of the Python scripts beside this file (`numpy_bench.py`, `dezero_bench.py`) and
 * parses the JSON it prints; or says why it could not.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A section that could not run, and why (`--no-numpy`, or no python3 with NumPy). */
export interface Skipped {
  skipped: string;
}

export function isSkipped<T extends object>(result: T | Skipped): result is Skipped {
  return 'skipped' in result;
}

export function runPython<T>(script: string, args: readonly (string | number)[]): T | Skipped {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // OpenBLAS tuning variables slow a current NumPy on some machines; not needed here.
  const { OPENBLAS_CORETYPE: _coretype, OPENBLAS_L2_SIZE: _l2, ...env } = process.env;
  const run = spawnSync('python3', [path, ...args.map(String)], { encoding: 'utf8', env });
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? 'failed';
    return { skipped: `python3 with numpy is not available (${why})` };
  }
  return JSON.parse(run.stdout) as T;
}
