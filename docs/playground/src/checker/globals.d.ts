/**
 * What the playground's run worker gives a program besides a browser worker's own globals:
 * the type checker reads this file with the step's declarations.
 */

/**
 * Draws the computational graph behind `output` in the output panel (the book's step-26
 * `plot_dot_graph`, here with no import): its variables, the functions between them, and
 * what the step keeps — data and gradients, generations (step 16 on), weak links to the
 * outputs drawn dashed (step 17 on), names (step 19 on). With `verbose` (the default, as in
 * the book) a variable's label adds its shape and dtype, from step 19 on.
 */
declare function plotDotGraph(
  output: { readonly data: unknown; readonly grad: unknown; readonly creator: unknown },
  verbose?: boolean,
): void;

/** Node's setImmediate: runs `callback` in a task of its own, after the current one. */
// biome-ignore lint/suspicious/noConfusingVoidType: @types/node's overload, so `setImmediate(resolve)` checks
declare function setImmediate(callback: (_: void) => void): number;
declare function setImmediate<A extends unknown[]>(
  callback: (...args: A) => void,
  ...args: A
): number;
declare function clearImmediate(id: number): void;

/**
 * Node's `process`, as far as a page can have it: `memoryUsage()` gives NaN for every figure,
 * since a page cannot read its memory use.
 */
declare const process: {
  memoryUsage(): {
    rss: number;
    heapTotal: number;
    heapUsed: number;
    external: number;
    arrayBuffers: number;
  };
};
