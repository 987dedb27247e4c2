/**
 * The globals a program in the playground has, for the type checker, which reads this file
 * with the ES2022 lib files and the steps' declarations: what Node gives a demo and the run
 * worker gives too (src/browser/runWorker.ts). In place of the browser's whole WebWorker lib,
 * which takes the checker ten times as long to load: a name not declared here is one the
 * playground does not promise, and the checker says so.
 */

/** Node's console, as the playground prints it (src/console.ts). */
interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  trace(...data: unknown[]): void;
  dir(item?: unknown, options?: object): void;
  assert(condition?: unknown, ...data: unknown[]): void;
  group(...label: unknown[]): void;
  groupCollapsed(...label: unknown[]): void;
  groupEnd(): void;
  count(label?: string): void;
  countReset(label?: string): void;
  time(label?: string): void;
  timeLog(label?: string, ...data: unknown[]): void;
  timeEnd(label?: string): void;
}
declare var console: Console;

// Timers, with @types/node's overloads, so `new Promise((r) => setTimeout(r, 10))` checks.
// biome-ignore lint/suspicious/noConfusingVoidType: @types/node's overload
declare function setTimeout(callback: (_: void) => void, ms?: number): number;
declare function setTimeout<A extends unknown[]>(
  callback: (...args: A) => void,
  ms?: number,
  ...args: A
): number;
declare function clearTimeout(id: number | undefined): void;
// biome-ignore lint/suspicious/noConfusingVoidType: @types/node's overload
declare function setInterval(callback: (_: void) => void, ms?: number): number;
declare function setInterval<A extends unknown[]>(
  callback: (...args: A) => void,
  ms?: number,
  ...args: A
): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare var performance: { now(): number };

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
