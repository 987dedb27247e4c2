import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 20 demo prints variable(7.0), then the gradients 2.0 and 3.0', () => {
  expect(demoOutput(import.meta.url, 20)).toBe('variable(7.0)\n2.0\n3.0\n');
});
