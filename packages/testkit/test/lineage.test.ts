import { describe, expect, it } from 'vitest';
import { Lineage } from '../src/lineage.js';
import { upTo16 } from '../src/steps.js';
import { defineSuite } from '../src/suite.js';

// Three made-up steps: step 2 retires one test of step 1's suite.
const ran: string[] = [];
const record = (test: string, dz: { label: string }) => () => ran.push(`${test} on ${dz.label}`);
const suite1 = defineSuite('suite 1', (dz: { label: string }) => ({
  kept: record('1.kept', dz),
  retired: record('1.retired', dz),
}));
const suite2 = defineSuite('suite 2', (dz: { label: string; two: true }) => ({
  own: record('2.own', dz),
}));
const suite3 = defineSuite('suite 3', (dz: { label: string; two: true; three: true }) => ({
  own: record('3.own', dz),
}));
const upTo1 = Lineage.first(1, suite1);
const upTo2 = upTo1.plus(2, suite2, { 1: { retired: 'step 2 changes it' } });
const upTo3 = upTo2.plus(3, suite3);

describe('a lineage of three steps', () => {
  const [a, b, c] = [
    { label: 'A' },
    { label: 'B', two: true },
    { label: 'C', two: true, three: true },
  ] as const;
  upTo1.run(a);
  upTo3.run(c);
  upTo2.runBeside(b, c);

  it('runs each step every suite so far, less what a step up to it retires', () => {
    expect(ran).toEqual([
      '1.kept on A',
      '1.retired on A',
      '1.kept on C',
      '2.own on C',
      '3.own on C',
      '1.kept on B',
      '2.own on B',
    ]);
  });
});

describe('building a lineage', () => {
  it('refuses a step that does not follow the last one', () => {
    expect(() => upTo2.plus(2, suite3)).toThrow(
      new RangeError('step 2 cannot follow step 2: steps go in order'),
    );
  });

  it('refuses to retire the tests of a step that is not before it, at compile time too', () => {
    // @ts-expect-error step 1's lineage has no step 3 whose suite could have the test
    expect(() => upTo1.plus(2, suite2, { 3: { own: 'a test of a later step' } })).toThrow(
      new RangeError('step 2 retires tests of step 3, which is not before it'),
    );
  });

  it('refuses to retire a test a second time, naming it', () => {
    expect(() => upTo2.plus(3, suite3, { 1: { retired: 'again' } })).toThrow(
      'step 3 retires tests that are retired already: retired',
    );
  });

  it('describes itself as the table the testing page prints: each step and what it retires', () => {
    expect(upTo3.describe()).toEqual([
      { step: 1, retires: [] },
      { step: 2, retires: [{ from: 1, test: 'retired', reason: 'step 2 changes it' }] },
      { step: 3, retires: [] },
    ]);
  });

  it('leaves the lineage it extends as it was', () => {
    expect([upTo1.step, upTo2.step, upTo3.step]).toEqual([1, 2, 3]);
  });
});

describe('what the compiler refuses (`pnpm typecheck` fails if a marked line compiles)', () => {
  it('a retired test that its suite does not have; at run time, running the lineage throws', () => {
    const misspelt = upTo1.plus(2, suite2, {
      // @ts-expect-error suite 1 has no test 'kpet'
      1: { kpet: 'a misspelt name' },
    });
    expect(() => misspelt.run({ label: 'A', two: true })).toThrow(
      'suite 1: no such tests to except: kpet',
    );
  });

  it('a module that lacks the API of one of the suites', () => {
    // Never called: it would register tests that fail.
    const _wrongModules = () => {
      // @ts-expect-error step 2's suite needs `two`
      upTo2.run({ label: 'A' });
      // @ts-expect-error the module beside must have every name the step's module has
      upTo2.runBeside({ label: 'B', two: true }, { label: 'C' });
      // @ts-expect-error suite 16 needs PriorityQueue, and the rest; this module has nothing
      upTo16.run({});
    };
  });
});
