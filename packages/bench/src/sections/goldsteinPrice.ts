/**
 * Goldstein–Price at (1, 1), forward and backward: step 24's `goldstein`, on step 22's core
 * (steps 23 and 24 re-export step 22's `Variable` and functions unchanged). The book's
 * step-24 workload and the heaviest scalar graph of the lessons (38 functions). Measured
 * two ways, because a `WeakRef` (one per function output, from step 17 on) keeps its target
 * alive until the current job ends:
 * - in one synchronous loop, where every graph built stays alive until the loop ends;
 * - with a task boundary (`await new Promise(r => setImmediate(r))`) every 100 calls.
 *
 * The book's own DeZero in Python (`dezero_simple.py`, the book's `core_simple.py`) runs the
 * same workload as a server (`dezero_bench.py serve`), in turns with these: one run of each
 * per round, so that on a shared machine all three see the same load. Before any speed is
 * taken, both sides must give the book's gradient at (1, 1), (−5376, 8064): a figure for
 * another computation would compare nothing.
 */
import * as np from '@dezero/ndarray';
import { goldstein, Variable } from '@dezero/step24';
import type { BenchContext } from '../context.js';
import { median, nextTask } from '../measure.js';
import { isSkipped, type PythonServer, type Skipped, startPython } from '../python.js';

export interface GoldsteinPriceResult {
  /** Calls per timed run. */
  calls: number;
  /** Median forward + backward calls per second in one synchronous loop of `calls` calls. */
  syncCallsPerSecond: number;
  /** The same with a task boundary every `taskBoundaryEvery` calls. */
  taskBoundaryCallsPerSecond: number;
  taskBoundaryEvery: number;
  /**
   * The book's DeZero in Python: its median calls per second, runs of `calls` calls; or why
   * there is no figure (`--no-numpy`, no python3 with NumPy, or a wrong gradient).
   */
  python: { python: string; numpy: string; callsPerSecond: number } | Skipped;
}

const TASK_BOUNDARY_EVERY = 100;

/** The gradient of Goldstein–Price at (1, 1), `[x.grad, y.grad]`: the book prints -5376.0 8064.0. */
export const BOOK_GRADIENT: readonly [number, number] = [-5376, 8064];

/** What `dezero_bench.py serve` says first: its versions, and its gradient at (1, 1). */
export interface BookHello {
  python: string;
  numpy: string;
  gradient: unknown;
}

/**
 * `null` when a Goldstein–Price gradient at (1, 1) is the book's; otherwise what is wrong
 * with it, as words that follow the name of what computed it.
 */
export function wrongGradient(gradient: unknown): string | null {
  const same =
    Array.isArray(gradient) &&
    gradient.length === BOOK_GRADIENT.length &&
    gradient.every((value, i) => value === BOOK_GRADIENT[i]);
  if (same) return null;
  const given = gradient === undefined ? 'no gradient' : `the gradient ${JSON.stringify(gradient)}`;
  return `gives ${given} for Goldstein–Price at (1, 1), where the book's gives [${BOOK_GRADIENT.join(', ')}]`;
}

/** One forward and backward pass at (1, 1): the timed workload. */
function forwardBackward(x = new Variable(np.array(1.0)), y = new Variable(np.array(1.0))): void {
  goldstein(x, y).backward();
}

/** The gradient one timed call computes, `[x.grad, y.grad]` (NaN for a missing one). */
function ourGradient(): [number, number] {
  const [x, y] = [new Variable(np.array(1.0)), new Variable(np.array(1.0))];
  forwardBackward(x, y);
  return [x.grad?.item() ?? Number.NaN, y.grad?.item() ?? Number.NaN];
}

/** The book's DeZero as a server, once it has given the book's gradient; or why not. */
async function startBook(): Promise<PythonServer<BookHello> | Skipped> {
  const book = await startPython<BookHello>('dezero_bench.py', ['serve']);
  if (isSkipped(book)) return book;
  const wrong = wrongGradient(book.hello.gradient);
  if (wrong === null) return book;
  book.close();
  return {
    skipped: `dezero_simple.py ${wrong}: its speed is not reported`,
  };
}

/**
 * One run of `calls` calls, starting in a fresh task (so that nothing the run before kept
 * until the end of its job is still kept); its calls per second. No forced GC before it:
 * the run after one was two- to fivefold slower (V8 resizes its heap after a full GC).
 */
async function oneRun(calls: number, taskBoundaries: boolean): Promise<number> {
  await nextTask();
  const start = performance.now();
  for (let i = 1; i <= calls; i++) {
    forwardBackward();
    if (taskBoundaries && i % TASK_BOUNDARY_EVERY === 0) await nextTask();
  }
  return calls / ((performance.now() - start) / 1000);
}

export async function measureGoldsteinPrice({
  python,
  sizes,
}: BenchContext): Promise<GoldsteinPriceResult> {
  const calls = sizes.goldsteinCalls;
  const runs = Math.max(3, Math.floor(sizes.runs / 2));
  const ours = wrongGradient(ourGradient());
  if (ours !== null) throw new Error(`step 24's goldstein on step 22 ${ours}`);
  const book = python ? await startBook() : { skipped: '--no-numpy' };
  const rates = { sync: [] as number[], task: [] as number[], book: [] as number[] };
  for (let i = 0; i < Math.min(calls, 500); i++) forwardBackward(); // warm up
  try {
    // Every run with task boundaries first, then every synchronous one: when the two
    // alternated, each task-boundary run after a synchronous one (which leaves V8's heap
    // sized for every graph alive at once) was two- to fourfold slower. The book's DeZero
    // takes its turn after each run of ours.
    for (const mode of ['task', 'sync'] as const) {
      for (let round = 0; round < runs; round++) {
        rates[mode].push(await oneRun(calls, mode === 'task'));
        if (!isSkipped(book)) {
          const { callsPerSecond } = await book.ask<{ callsPerSecond: unknown }>({ calls });
          if (typeof callsPerSecond !== 'number' || !(callsPerSecond > 0)) {
            throw new Error(
              `dezero_bench.py answered callsPerSecond ${String(callsPerSecond)}, not a rate`,
            );
          }
          rates.book.push(callsPerSecond);
        }
      }
    }
  } finally {
    if (!isSkipped(book)) book.close();
  }
  return {
    calls,
    syncCallsPerSecond: median(rates.sync),
    taskBoundaryCallsPerSecond: median(rates.task),
    taskBoundaryEvery: TASK_BOUNDARY_EVERY,
    python: isSkipped(book)
      ? book
      : {
          python: book.hello.python,
          numpy: book.hello.numpy,
          callsPerSecond: median(rates.book),
        },
  };
}
