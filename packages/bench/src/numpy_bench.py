"""The NumPy side of `pnpm bench`: the same workloads as the TypeScript side, timed the same
way, printed as JSON.

    python3 numpy_bench.py large SIZE RUNS WARMUP
        Element-wise operations on arrays of SIZE float64 numbers: `ms`, the median time of
        a call in milliseconds, and `faultsPerCall`, the minor page faults a call caused
        (fresh memory the OS had to map).

    python3 numpy_bench.py serve
        0-d operations, on request, so that the TypeScript side can time NumPy in turns
        with itself. Prints {"numpy": version}, then answers each line of standard input,
        {"expr": "a + b", "calls": N}, with {"opsPerSecond": ...} for one run of N calls
        (the first request for an expression warms it up first). The expression is timed
        with `timeit`, so that no Python function call is counted on top of NumPy's work;
        `a` is np.array(1.5), `b` is np.array(0.5), `exp` is np.exp.
"""
import json
import resource
import sys
import time
import timeit

import numpy as np


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def large(size, runs, warmup):
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
    ms, faults_per_call = {}, {}
    for name, body in workloads.items():
        for _ in range(warmup):
            body()
        times = []
        faults = minor_faults()
        for _ in range(runs):
            start = time.perf_counter()
            body()
            times.append((time.perf_counter() - start) * 1000)
        ms[name] = median(times)
        faults_per_call[name] = (minor_faults() - faults) / runs
    return {"numpy": np.__version__, "ms": ms, "faultsPerCall": faults_per_call}


def serve():
    names = {"a": np.array(1.5), "b": np.array(0.5), "exp": np.exp}
    timers = {}
    print(json.dumps({"numpy": np.__version__}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        expr, calls = request["expr"], request["calls"]
        if expr not in timers:
            timers[expr] = timeit.Timer(expr, globals=names)
            timers[expr].timeit(calls)  # warm up
        rate = calls / timers[expr].timeit(calls)
        print(json.dumps({"opsPerSecond": rate}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "large":
        print(json.dumps(large(*(int(v) for v in sys.argv[2:5]))))
    elif sys.argv[1:] == ["serve"]:
        serve()
    else:
        sys.exit("usage: numpy_bench.py large SIZE RUNS WARMUP | numpy_bench.py serve")
