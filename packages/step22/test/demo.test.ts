import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 22 demo prints -x, 2 - x, x - 1, 3 / x and x ** 3 at x = 2', () => {
  expect(demoOutput(import.meta.url, 22)).toBe(
    ['variable(-2.0)', 'variable(0.0)', 'variable(1.0)', 'variable(1.5)', 'variable(8.0)', ''].join(
      '\n',
    ),
  );
});
