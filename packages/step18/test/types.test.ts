// What the compiler refuses in step 18's Config API (the suites, typed structurally, run
// the same calls and check the run-time errors on every later step).
import { expect, it } from 'vitest';
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
