import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 23 demo prints (x + 3) ** 2 at x = 1, variable(16.0), then its gradient 8.0', () => {
  expect(demoOutput(import.meta.url, 23)).toBe(['variable(16.0)', '8.0', ''].join('\n'));
});
