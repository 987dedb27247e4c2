import { describe, expect, it } from 'vitest';
import { sumTree } from '../src/graphs.js';
import { defineSuite, testsToRun } from '../src/suite.js';

describe('defineSuite', () => {
  const ran: string[] = [];
  const suite = defineSuite('a suite', (dz: { label: string }) => ({
    first: () => ran.push(`first on ${dz.label}`),
    second: () => ran.push(`second on ${dz.label}`),
  }));
  suite({ label: 'A' })();
  suite({ label: 'B' }, { on: 'B', except: { first: 'B changes it on purpose' } })();

  it('registered every test on A, and all but the excepted one on B', () => {
    expect(ran).toEqual(['first on A', 'second on A', 'second on B']);
  });
});

describe('testsToRun', () => {
  const tests = { kept: () => 1, dropped: () => 2 };

  it('leaves out the excepted tests', () => {
    expect(testsToRun('s', tests, { dropped: 'why' }).map(([name]) => name)).toEqual(['kept']);
  });

  it('refuses an exception that names no test, naming it', () => {
    expect(() => testsToRun('step 15', tests, { renamed: 'why' })).toThrow(
      'step 15: no such tests to except: renamed',
    );
  });
});

describe('sumTree', () => {
  it('adds every term once, pairwise', () => {
    const calls: string[] = [];
    const total = sumTree(['a', 'b', 'c'], (x, y) => {
      calls.push(`${x}+${y}`);
      return `(${x}+${y})`;
    });
    expect(total).toBe('((a+b)+c)');
    expect(calls).toEqual(['a+b', '(a+b)+c']);
  });

  it('refuses an empty list', () => {
    expect(() => sumTree([], (x: number, y: number) => x + y)).toThrow(RangeError);
  });
});
