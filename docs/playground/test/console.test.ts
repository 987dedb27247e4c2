/**
 * The playground's console (src/console.ts) prints what Node's prints when its output is
 * not a terminal (`pnpm demo N | …`, a test): the same calls, through Node's own Console
 * writing to a string and through ours, give the same text, stream by stream.
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import * as s19 from '@dezero/step19';
import * as s22 from '@dezero/step22';
import { describe, expect, it } from 'vitest';
import { createConsole, type PlaygroundConsole } from '../src/console.ts';

type Calls = (c: PlaygroundConsole) => void;

function collect(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** What Node's Console and the playground's print for `calls`: [node, ours] per stream. */
function both(calls: Calls) {
  const out = collect();
  const err = collect();
  calls(new Console({ stdout: out.stream, stderr: err.stream }) as unknown as PlaygroundConsole);
  const ours = { stdout: '', stderr: '' };
  calls(createConsole((stream, text) => (ours[stream] += text)));
  return { node: { stdout: out.text(), stderr: err.text() }, ours };
}

const x = new s19.Variable(
  s19.np.array(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    { dtype: 'int64' },
  ),
  'x',
);

describe('console, as Node prints to a pipe', () => {
  it.each<[string, Calls]>([
    ['numbers and strings', (c) => c.log(1, 0.1 + 0.2, -0, 1e21, NaN, 'text', "it's")],
    ['a Variable (step 19: its inspect hook)', (c) => c.log(x)],
    [
      'a shape and arrays',
      (c) =>
        c.log(
          x.shape,
          [1, [2, [3, [4, [5]]]]],
          Array.from({ length: 30 }, (_, i) => i),
        ),
    ],
    ['Variables inside arrays and objects', (c) => c.log([x, x], { x, y: { z: x } })],
    [
      'an NDArray, and a Variable of step 22',
      (c) => c.log(s22.np.array([1.5, 2]), new s22.Variable(s22.np.array(2))),
    ],
    [
      'format strings',
      (c) => c.log('%s is %d (%i, %f) %o %O %%', 'x', 42.5, 42.5, '1.5', [1], { a: 1 }),
    ],
    [
      'null, undefined, booleans, bigint, symbol, Map, Set',
      (c) => c.log(null, undefined, true, 10n, Symbol('s'), new Map([[1, 2]]), new Set([1])),
    ],
    ['functions and classes', (c) => c.log(() => 1, class A {}, s19.Variable)],
    [
      'info and debug to stdout, warn and error to stderr',
      (c) => {
        c.info('info');
        c.debug('debug');
        c.warn('warn', 1);
        c.error('error', [2]);
      },
    ],
    [
      'groups indent, nested and over several lines',
      (c) => {
        c.group('outer');
        c.log('a\nb');
        c.group();
        c.log(x);
        c.groupEnd();
        c.groupEnd();
        c.log('back');
      },
    ],
    [
      'assert',
      (c) => {
        c.assert(true, 'not printed');
        c.assert(false, 'failed %s', 'here');
        c.assert(false, { a: 1 });
        c.assert(false);
      },
    ],
    [
      'count and countReset',
      (c) => {
        c.count();
        c.count();
        c.count('x');
        c.countReset();
        c.count();
      },
    ],
    ['dir ignores the inspect hook', (c) => c.dir(x, { depth: 0 })],
  ])('%s', (_, calls) => {
    const { node, ours } = both(calls);
    expect(ours).toEqual(node);
  });
});

it("what Node emits as a process warning, ours prints on stderr, without Node's (node:PID)", () => {
  const ours = { stdout: '', stderr: '' };
  const c = createConsole((stream, text) => (ours[stream] += text));
  c.countReset('never');
  c.timeEnd('never');
  expect(ours).toEqual({
    stdout: '',
    stderr:
      "Warning: Count for 'never' does not exist\nWarning: No such label 'never' for console.timeEnd()\n",
  });
});
