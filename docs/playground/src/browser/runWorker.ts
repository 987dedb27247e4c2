/**
 * The run worker: runs one program, then the page ends it (a fresh worker for every run, so
 * no run sees what the one before left: `Config`, globals, random state). It gives the
 * program what `node` gives a demo and a browser can:
 * - `console`, formatting as Node's does (../console.ts);
 * - `plotDotGraph(output, verbose = true)`, the book's step-26 name, with no import: the
 *   graph behind a variable, drawn by the page;
 * - `setImmediate`, a task of its own as in Node (here posted through a MessageChannel);
 * - `gc()` and `process.memoryUsage()`, which a page cannot have: `gc()` does nothing and
 *   `process.memoryUsage()` gives NaN, and each says so in the output the first time.
 * A run ends, as a Node program does, when the program has finished and no timer is left.
 * @module
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { inspect } from 'node-inspect-extracted';
import { createConsole, type Stream } from '../console.ts';
import { type GraphVariable, getDotGraph } from '../graph/dot.ts';
import type { Position, RunEvent, RunRequest } from './protocol.ts';

declare const self: {
  postMessage(message: RunEvent[]): void;
  onmessage: ((event: MessageEvent<RunRequest | { kind: 'preload'; url: string }>) => void) | null;
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
};

/** Output kept for the page: past this, the rest of a run's output is left out, and it says so. */
const OUTPUT_LIMIT = 2_000_000;

let pending: RunEvent[] = [];
let lastFlush = 0;
let written = 0;
let finished = false;

function flush(): void {
  if (pending.length > 0) self.postMessage(pending);
  pending = [];
  lastFlush = performance.now();
}

/** Queues an event; sends the queue at least every 50 ms, so a long run shows its progress. */
function send(event: RunEvent): void {
  if (finished) return;
  pending.push(event);
  if (performance.now() - lastFlush > 50) flush();
}

function write(stream: Stream, text: string): void {
  if (written > OUTPUT_LIMIT) return;
  written += text.length;
  send({ kind: 'output', stream, text });
  if (written > OUTPUT_LIMIT) {
    send({ kind: 'notice', text: 'The output stops here: the playground keeps its first 2 MB.' });
  }
}

function finish(): void {
  if (finished) return;
  send({ kind: 'done' });
  flush();
  finished = true;
}

// ---- what the program finds in the global scope ------------------------------------------

const notices = new Set<string>();
function noticeOnce(text: string): void {
  if (notices.has(text)) return;
  notices.add(text);
  send({ kind: 'notice', text });
}

const globals = globalThis as unknown as Record<string, unknown>;
// `using` needs Symbol.dispose, which a browser without `using` may not have yet (step 18's
// Config defines its blocks' `[Symbol.dispose]()`): the symbol TypeScript's lowered `using`
// and the step bundles both read, made here before either runs.
const symbols = Symbol as unknown as Record<string, symbol | undefined>;
symbols['dispose'] ??= Symbol('Symbol.dispose');
symbols['asyncDispose'] ??= Symbol('Symbol.asyncDispose');
globals['console'] = createConsole(write);
globals['plotDotGraph'] = (output: GraphVariable, verbose = true) => {
  send({ kind: 'graph', dot: getDotGraph(output, verbose, { detail: true }) });
};
globals['gc'] = () => {
  noticeOnce(
    'gc() did nothing: a browser page cannot force a garbage collection (node --expose-gc can).',
  );
};
globals['process'] = {
  memoryUsage: () => {
    noticeOnce(
      'process.memoryUsage() gave NaN: a browser page cannot read how much memory it uses.',
    );
    return { rss: NaN, heapTotal: NaN, heapUsed: NaN, external: NaN, arrayBuffers: NaN };
  },
};

// Timers: counted, so the run ends when the last one has fired, as Node's event loop does.
const timers = new Set<number>();
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realSetInterval = globalThis.setInterval.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
const realClearInterval = globalThis.clearInterval.bind(globalThis);

/** Runs a callback of the program's; what it throws ends the run, as it ends a Node process. */
function guarded(callback: unknown, args: unknown[]): void {
  try {
    if (typeof callback === 'function') callback(...args);
  } catch (error) {
    fail(error);
  }
}

globals['setTimeout'] = (callback: unknown, ms?: number, ...args: unknown[]) => {
  const id = realSetTimeout(() => {
    timers.delete(id);
    guarded(callback, args);
    settleLater();
  }, ms);
  timers.add(id);
  return id;
};
globals['setInterval'] = (callback: unknown, ms?: number, ...args: unknown[]) => {
  const id = realSetInterval(() => guarded(callback, args), ms);
  timers.add(id);
  return id;
};
globals['clearTimeout'] = (id: number) => {
  timers.delete(id);
  realClearTimeout(id);
  settleLater();
};
globals['clearInterval'] = (id: number) => {
  timers.delete(id);
  realClearInterval(id);
  settleLater();
};

// setImmediate: a task of its own, after the tasks already queued (Node runs it in its
// event loop's check phase; either way the current task, and its microtasks, end first).
const immediates = new Map<number, () => void>();
let nextImmediate = 1;
const channel = new MessageChannel();
channel.port1.onmessage = (event: MessageEvent<number>) => {
  const run = immediates.get(event.data);
  immediates.delete(event.data);
  run?.();
  settleLater();
};
globals['setImmediate'] = (callback: unknown, ...args: unknown[]) => {
  const id = nextImmediate++;
  immediates.set(id, () => guarded(callback, args));
  channel.port2.postMessage(id);
  return id;
};
globals['clearImmediate'] = (id: number) => {
  immediates.delete(id);
  settleLater();
};

// ---- running the program -------------------------------------------------------------------

let moduleUrl = '';
let sourceMap: TraceMap | undefined;
let evaluated = false;

/** After the current task: ends the run if the program is done and nothing is waiting. */
function settleLater(): void {
  if (!evaluated || finished) return;
  realSetTimeout(() => {
    if (timers.size === 0 && immediates.size === 0) finish();
  }, 0);
}

/** Where in the reader's code a stack names the program's module, mapped back through TS. */
function positionIn(stack: string): Position | null {
  if (sourceMap === undefined || moduleUrl === '') return null;
  const escaped = moduleUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (match === null) return null;
  const original = originalPositionFor(sourceMap, {
    line: Number(match[1]),
    column: Number(match[2]) - 1,
  });
  return original.line === null ? null : { line: original.line, column: original.column + 1 };
}

/** Reports what the program threw, and ends the run. */
function fail(error: unknown): void {
  const isError = error instanceof Error;
  const message = isError ? `${error.name}: ${error.message}` : `Uncaught ${inspect(error)}`;
  const at = isError && typeof error.stack === 'string' ? positionIn(error.stack) : null;
  send({ kind: 'error', message, at });
  finish();
}

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  fail(event.reason);
});

self.onmessage = async (event) => {
  const request = event.data;
  if (request.kind === 'preload') {
    // The page's step, fetched and evaluated before the reader presses Run: importing it
    // again then costs nothing, as when Node loads the imports before the program runs.
    await import(/* @vite-ignore */ request.url);
    self.postMessage([{ kind: 'ready' }]);
    return;
  }
  sourceMap = new TraceMap(request.map);
  moduleUrl = URL.createObjectURL(new Blob([request.js], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ moduleUrl);
  } catch (error) {
    fail(error);
    return;
  }
  evaluated = true;
  settleLater();
};
