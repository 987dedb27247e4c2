// What the compiler refuses in step 18's Config API (the suites, typed structurally, run
// the same calls and check the run-time errors on every later step), and in the table of
// the steps' tests.
import * as step17 from '@dezero/step17';
import { upTo17, upTo18 } from '@dezero/testkit/steps';
import { suite18 } from '@dezero/testkit/suites';
import { expect, it } from 'vitest';
import * as step18 from '../src/index.js';
import { Config, noGrad, usingConfig } from '../src/index.js';

it('the compiler rejects an unknown setting name', () => {
  // @ts-expect-error 'train' is not a setting of Config
  expect(() => usingConfig('train', false)).toThrow(TypeError);
  expect(Config.enableBackprop).toBe(true);
});

it('the compiler rejects a callback that returns a Promise', () => {
  // @ts-expect-error noGrad's callback must be synchronous
  expect(() => noGrad(async () => 1)).toThrow(/returned a Promise/);
  expect(Config.enableBackprop).toBe(true);
});

it('the compiler refuses to run the tests up to step 18 on step 17, which has no Config', () => {
  // Never called: it would register tests that fail.
  const _wrongStep = () =>
    // @ts-expect-error step 17 lacks Config, usingConfig and noGrad, which suite 18 uses
    upTo18.run(step17);
  expect(['Config', 'usingConfig', 'noGrad'].filter((name) => name in step17)).toEqual([]);
});

it('the compiler refuses a misspelt retired test; at run time, running the table throws', () => {
  const misspelt = upTo17.plus(18, suite18, {
    // @ts-expect-error suite 16's test says 'gives the true 64'
    16: { 'the step-16 fix: the lesson graph now gives 64': 'a misspelt name' },
  });
  expect(() => misspelt.run(step18)).toThrow(
    'step 16: generations: no such tests to except: the step-16 fix: the lesson graph now gives 64',
  );
});
