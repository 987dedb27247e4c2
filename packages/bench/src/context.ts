/** What every section of `pnpm bench` is told: how big to measure, and whether Python may run. */

export interface Sizes {
  /** Elements of the large arrays (1e6: the design's "within 1.5× of NumPy" size). */
  elements: number;
  /** Side of step 18's cube, `np.ones([side, side, side])`. */
  cubeSide: number;
  /** The two graph sizes of step 16's backward scaling. */
  functions: readonly [number, number];
  /** Goldstein–Price forward + backward calls per timed run. */
  goldsteinCalls: number;
  /** Calls per timed run of a 0-d operation, and timed runs of each (on both sides). */
  scalarCalls: number;
  scalarRuns: number;
  /** Timed runs per figure (its median is reported). */
  runs: number;
  /** Timed runs of each large element-wise operation and its bare loop. */
  largeRuns: number;
  /** Rounds of step 17's loop, and the random numbers `x` holds in each. */
  loopRounds: number;
  loopSize: number;
}

export interface BenchContext {
  /** `--quick`: tiny sizes, so that the smoke test can run every line of the bench. */
  quick: boolean;
  /** `false` with `--no-numpy`: the NumPy and Python DeZero comparisons are skipped. */
  python: boolean;
  sizes: Sizes;
}

export const FULL_SIZES: Sizes = {
  elements: 1_000_000,
  cubeSide: 100,
  functions: [10_000, 100_000],
  goldsteinCalls: 3000,
  scalarCalls: 200_000,
  scalarRuns: 7,
  runs: 15,
  largeRuns: 15,
  loopRounds: 20,
  loopSize: 100_000,
};

export const QUICK_SIZES: Sizes = {
  elements: 10_000,
  cubeSide: 10,
  functions: [100, 1000],
  goldsteinCalls: 50,
  scalarCalls: 2000,
  scalarRuns: 3,
  runs: 3,
  largeRuns: 3,
  loopRounds: 3,
  loopSize: 10_000,
};
