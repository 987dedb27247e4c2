import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 15 demo prints the step 14 results, then 96 against the true 64', () => {
  expect(demoOutput(import.meta.url, 15)).toBe(
    ['2.0', '3.0', 'y = 32.0', 'x.grad (backward) = 96.0', 'numerical diff     = 64.0000', ''].join(
      '\n',
    ),
  );
});
