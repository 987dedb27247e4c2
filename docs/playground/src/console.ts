/**
 * Node's `console`, for the playground's worker: each call is formatted by Node's own
 * `util.format` rules (node-inspect-extracted, Node's `util.inspect` extracted for the web),
 * so `console.log(x)` prints in the page what it prints in a terminal — a Variable through
 * its `Symbol.for('nodejs.util.inspect.custom')` method (step 19 on), `[ 2, 3 ]` for an
 * array, `%s`/`%d` substitutions. Runs in Node too, where a test checks it against Node's own
 * console.
 * @module
 */
import { format, inspect } from 'node-inspect-extracted';

export type Stream = 'stdout' | 'stderr';

/** Where a formatted line goes: the text, with its newline, as Node writes it. */
export type Write = (stream: Stream, text: string) => void;

/** The `console` a program in the playground sees: the methods of Node's that print. */
export interface PlaygroundConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  trace(...args: unknown[]): void;
  dir(value: unknown, options?: Record<string, unknown>): void;
  assert(condition: unknown, ...args: unknown[]): void;
  group(...args: unknown[]): void;
  groupCollapsed(...args: unknown[]): void;
  groupEnd(): void;
  count(label?: string): void;
  countReset(label?: string): void;
  time(label?: string): void;
  timeLog(label?: string, ...args: unknown[]): void;
  timeEnd(label?: string): void;
}

/** A console writing through `write`, formatting as Node's does when not writing to a TTY. */
export function createConsole(write: Write): PlaygroundConsole {
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  // Node emits these as process warnings, `(node:PID) Warning: …` on stderr.
  const warning = (text: string) => write('stderr', `Warning: ${text}\n`);
  const print = (stream: Stream, text: string) => {
    const indented = indent === '' ? text : indent + text.replaceAll('\n', `\n${indent}`);
    write(stream, `${indented}\n`);
  };
  const self: PlaygroundConsole = {
    log: (...args) => print('stdout', format(...args)),
    info: (...args) => print('stdout', format(...args)),
    debug: (...args) => print('stdout', format(...args)),
    warn: (...args) => print('stderr', format(...args)),
    error: (...args) => print('stderr', format(...args)),
    trace: (...args) => {
      const stack = (new Error().stack ?? '').split('\n').slice(2).join('\n');
      print('stderr', `Trace${args.length > 0 ? `: ${format(...args)}` : ''}\n${stack}`);
    },
    dir: (value, options = {}) =>
      print('stdout', inspect(value, { customInspect: false, ...options })),
    assert: (condition, ...args) => {
      if (condition) return;
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      self.warn(...args);
    },
    group: (...args) => {
      if (args.length > 0) self.log(...args);
      indent += '  ';
    },
    groupCollapsed: (...args) => self.group(...args),
    groupEnd: () => {
      indent = indent.slice(0, -2);
    },
    count: (label = 'default') => {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      self.log(`${label}: ${count}`);
    },
    countReset: (label = 'default') => {
      if (!counts.delete(label)) warning(`Count for '${label}' does not exist`);
    },
    time: (label = 'default') => {
      if (timers.has(label)) warning(`Label '${label}' already exists for console.time()`);
      else timers.set(label, performance.now());
    },
    timeLog: (label = 'default', ...args) => {
      const started = timers.get(label);
      if (started === undefined) warning(`No such label '${label}' for console.timeLog()`);
      else self.log(`${label}: ${duration(performance.now() - started)}`, ...args);
    },
    timeEnd: (label = 'default') => {
      const started = timers.get(label);
      if (started === undefined) warning(`No such label '${label}' for console.timeEnd()`);
      else self.log(`${label}: ${duration(performance.now() - started)}`);
      timers.delete(label);
    },
  };
  return self;
}

/** A duration as Node's console.timeEnd prints one under a minute: `1.234ms`, `2.500s`. */
function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
}
