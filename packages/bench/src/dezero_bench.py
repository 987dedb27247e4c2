"""The Python side of `pnpm bench` for the book's workloads: Goldstein-Price forward and
backward at (1, 1) on the book's DeZero (`dezero_simple.py`), in calls/s, as a server, so
that the TypeScript side can take turns with it.

    python3 dezero_bench.py serve
        Prints {"python": ..., "numpy": ..., "gradient": [x.grad, y.grad]} (the gradient of
        one call at (1, 1): the book prints -5376.0 8064.0, and the bench reports no speed
        for a DeZero that gives another), then answers each line {"calls": N} with
        {"callsPerSecond": ...} for one run of N calls (the first request warms up first).
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


def serve():
    x, y = forward_backward()
    hello = {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "gradient": [float(x.grad), float(y.grad)],
    }
    print(json.dumps(hello), flush=True)
    warm = False
    for line in sys.stdin:
        calls = json.loads(line)["calls"]
        if not warm:
            warm_up(calls)
            warm = True
        print(json.dumps({"callsPerSecond": one_run(calls)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    else:
        sys.exit("usage: dezero_bench.py serve")
