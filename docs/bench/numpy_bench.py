"""The NumPy side of `pnpm bench`: the same workloads as the TypeScript side, timed the same
way (medians of repeated runs after a warm-up), printed as JSON.

    python3 numpy_bench.py SIZE RUNS WARMUP SCALAR_CALLS SCALAR_RUNS SCALAR_OPS_JSON

- `ms`: element-wise operations on arrays of SIZE float64 numbers, in milliseconds, and
  `faultsPerCall`: the minor page faults each call caused (fresh memory the OS had to map);
- `scalarOps`: 0-d operations per second. SCALAR_OPS_JSON maps each name to the Python
  expression it times (`{"add": "a + b", ...}`, from `sections/scalarOps.ts`), run with
  `timeit` so that no Python function call is counted on top of NumPy's own work.
"""
import json
import resource
import sys
import time
import timeit

import numpy as np

size, runs, warmup, scalar_calls, scalar_runs = (int(v) for v in sys.argv[1:6])
scalar_ops = json.loads(sys.argv[6])

a = np.random.randn(size)
b = np.random.randn(size)
side = int(round(size ** 0.5))
matrix = np.random.randn(side, side)
row = np.random.randn(side)

workloads = {
    "add": lambda: a + b,
    "mul": lambda: a * b,
    "pow2": lambda: a ** 2,
    "exp": lambda: np.exp(a),
    "broadcast": lambda: matrix + row,
}


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def median_ms(body):
    """The median time of a call in ms, and the minor page faults a call caused."""
    for _ in range(warmup):
        body()
    times = []
    faults = minor_faults()
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    return median(times), (minor_faults() - faults) / runs


def ops_per_second(expression):
    names = {"a": np.array(1.5), "b": np.array(0.5), "exp": np.exp}
    timer = timeit.Timer(expression, globals=names)
    timer.timeit(scalar_calls)  # warm up
    return median([scalar_calls / timer.timeit(scalar_calls) for _ in range(scalar_runs)])


large = {name: median_ms(body) for name, body in workloads.items()}
print(json.dumps({
    "numpy": np.__version__,
    "ms": {name: ms for name, (ms, _) in large.items()},
    "faultsPerCall": {name: faults for name, (_, faults) in large.items()},
    "scalarOps": {name: ops_per_second(expr) for name, expr in scalar_ops.items()},
}))
