import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 18 demo prints null null, then 2.0 1.0, then the two no-grad blocks', () => {
  expect(demoOutput(import.meta.url, 18)).toBe('null null\n2.0 1.0\nnull\nnull\n');
});
