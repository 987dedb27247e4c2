"""The Python side of `pnpm bench` for the book's workloads: Goldstein-Price forward and
backward at (1, 1) on the book's DeZero (`dezero_simple.py`, as of step 22), in calls/s.

    python3 dezero_bench.py CALLS RUNS   -> JSON: the median calls/s of RUNS runs of CALLS
    python3 dezero_bench.py --gradient   -> JSON: the gradient at (1, 1), [-5376.0, 8064.0]
    python3 dezero_bench.py serve        -> prints {"python": ..., "numpy": ...}, then answers
        each line {"calls": N} with {"callsPerSecond": ...} for one run of N calls (the
        first request warms up first), so that the TypeScript side can take turns with it.
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


def warm_up(calls):
    for _ in range(min(calls, 500)):
        forward_backward()


def one_run(calls):
    start = time.perf_counter()
    for _ in range(calls):
        forward_backward()
    return calls / (time.perf_counter() - start)


def calls_per_second(calls, runs):
    warm_up(calls)
    rates = sorted(one_run(calls) for _ in range(runs))
    return rates[len(rates) // 2]


def versions():
    return {"python": sys.version.split()[0], "numpy": np.__version__}


def serve():
    print(json.dumps(versions()), flush=True)
    warm = False
    for line in sys.stdin:
        calls = json.loads(line)["calls"]
        if not warm:
            warm_up(calls)
            warm = True
        print(json.dumps({"callsPerSecond": one_run(calls)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--gradient"]:
        x, y = forward_backward()
        print(json.dumps({"gradient": [float(x.grad), float(y.grad)]}))
    elif sys.argv[1:] == ["serve"]:
        serve()
    else:
        calls, runs = (int(v) for v in sys.argv[1:3])
        print(json.dumps({**versions(), "calls": calls, "callsPerSecond": calls_per_second(calls, runs)}))
