/**
 * How the bench times things. A body timed on its own runs on tinybench ({@link timeCalls}):
 * untimed warm-up calls, then timed calls, one sample each, and their median. What tinybench
 * cannot do is written here by hand: two bodies timed in alternation ({@link timePaired}),
 * and the rate of one run ({@link rate}), which the sections alternate with a Python
 * server's runs. (tinybench runs one task's calls back to back, then the next task's; a
 * pairing needs one run of each side in turn, round after round.)
 */
import { collectGarbage, nextTask } from '@dezero/testkit/memory';
import { Bench } from 'tinybench';

/** Memory measured after a forced GC, the same way as the step 18 tests. */
export { MB, retainedBytes } from '@dezero/testkit/memory';
export { nextTask };

/** The median of some numbers (the upper one of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How often a benchmark runs its body: `runs` timed calls after `warmup` untimed ones. */
export interface Repeats {
  runs: number;
  warmup?: number;
}

/** The minor page faults of this process so far: each is a page of fresh memory the OS mapped. */
export function minorFaults(): number {
  return process.resourceUsage().minorPageFault;
}

/** A median time, and the minor page faults a call caused on average. */
export interface Timing {
  ms: number;
  faultsPerCall: number;
}

/** {@link timeCalls}' settings: how often, and what comes before each call. */
export interface TimeCallsOptions extends Repeats {
  /**
   * What comes before each call, untimed. `'nothing'` (the default): every call runs in one
   * job, so what a call keeps until its job ends (a `WeakRef`'s target) stays kept.
   * `'task'`: a task boundary, so that each call starts in a job of its own. `'gc'`: a forced
   * full GC and a task boundary, so that the memory of earlier results has been freed.
   */
  before?: 'nothing' | 'task' | 'gc';
  /** Runs before each call, untimed, after `before`: makes what the call works on. */
  prepare?: () => void;
}

/**
 * The median time of `runs` calls to `body`, in milliseconds, after `warmup` untimed calls,
 * and the minor page faults each timed call caused on average. Timed with tinybench: a fixed
 * number of calls (`iterations`, with no time budget), one sample each. With nothing before
 * the calls it runs them with `runSync()`, warm-up included, all in one job.
 */
export async function timeCalls(
  body: () => unknown,
  { runs, warmup = 10, before = 'nothing', prepare }: TimeCallsOptions,
): Promise<Timing> {
  const bench = new Bench({
    iterations: runs,
    time: 0,
    warmup: warmup > 0,
    warmupIterations: warmup,
    warmupTime: 0,
    throws: true,
  });
  let faults = 0;
  let faultsBefore = 0;
  const startCall = () => {
    prepare?.();
    faultsBefore = minorFaults();
  };
  const pause = { nothing: undefined, task: nextTask, gc: collectGarbage }[before];
  bench.add('body', body, {
    async: false,
    beforeEach:
      pause === undefined
        ? startCall
        : async () => {
            await pause();
            startCall();
          },
    afterEach(mode) {
      if (mode === 'run') faults += minorFaults() - faultsBefore;
    },
  });
  if (pause === undefined) bench.runSync();
  else await bench.run();
  const { result } = bench.tasks[0];
  if (result.state !== 'completed') throw new Error(`tinybench ended the timing ${result.state}`);
  return { ms: result.latency.p50, faultsPerCall: faults / runs };
}

/**
 * Times two bodies in alternation, `a` then `b`, `runs` times each, with a forced full GC
 * and a task boundary (not timed, see `collectGarbage`) before every call, so that the
 * memory of earlier results has been freed by then. Alternating makes both see the same
 * machine: on a shared machine the load moves, and a ratio of two figures taken minutes
 * apart means little.
 */
export async function timePaired(
  a: () => unknown,
  b: () => unknown,
  { runs, warmup = 10 }: Repeats,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const sides = [a, b].map((body) => ({ body, times: [] as number[], faults: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const side of sides) {
      await collectGarbage();
      const before = minorFaults();
      const start = performance.now();
      side.body();
      side.times.push(performance.now() - start);
      side.faults += minorFaults() - before;
    }
  }
  const [timingA, timingB] = sides.map((side) => ({
    ms: median(side.times),
    faultsPerCall: side.faults / runs,
  }));
  return [timingA, timingB];
}

/** The rate, in calls per second, of one run of `loop(calls)`, which makes `calls` calls. */
export function rate(loop: (calls: number) => unknown, calls: number): number {
  const start = performance.now();
  loop(calls);
  return calls / ((performance.now() - start) / 1000);
}
