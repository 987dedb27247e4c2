"""The NumPy side of `pnpm bench`: the same element-wise workloads, timed the same way
(median of repeated runs after a warm-up), printed as JSON in milliseconds."""
import json
import sys
import time

import numpy as np

size, runs, warmup = (int(v) for v in sys.argv[1:4])
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


def median_ms(body):
    for _ in range(warmup):
        body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2]


print(json.dumps({
    "numpy": np.__version__,
    "ms": {name: median_ms(body) for name, body in workloads.items()},
}))
