"""The Python side of `pnpm bench` for the book's workloads: Goldstein-Price forward and
backward at (1, 1) on the book's DeZero (`dezero_simple.py`, as of step 22), in calls/s.

    python3 dezero_bench.py CALLS RUNS   -> JSON: the median calls/s of RUNS runs of CALLS
    python3 dezero_bench.py --gradient   -> JSON: the gradient at (1, 1), [-5376.0, 8064.0]
"""
import json
import sys
import time

import numpy as np

from dezero_simple import Variable


def goldstein(x, y):
    # The book's step24.py, written with the operators setup_variable() installs.
    z = (1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x**2 - 14 * y + 6 * x * y + 3 * y**2)) * (
        30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x**2 + 48 * y - 36 * x * y + 27 * y**2)
    )
    return z


def forward_backward():
    x = Variable(np.array(1.0))
    y = Variable(np.array(1.0))
    z = goldstein(x, y)
    z.backward()
    return x, y


def calls_per_second(calls, runs):
    for _ in range(min(calls, 500)):  # warm up
        forward_backward()
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(calls):
            forward_backward()
        rates.append(calls / (time.perf_counter() - start))
    rates.sort()
    return rates[len(rates) // 2]


if __name__ == "__main__":
    if sys.argv[1:] == ["--gradient"]:
        x, y = forward_backward()
        print(json.dumps({"gradient": [float(x.grad), float(y.grad)]}))
    else:
        calls, runs = (int(v) for v in sys.argv[1:3])
        print(json.dumps({
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "calls": calls,
            "callsPerSecond": calls_per_second(calls, runs),
        }))
