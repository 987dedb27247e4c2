import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 21 demo prints variable(5.0) twice, then variable(7.0)', () => {
  expect(demoOutput(import.meta.url, 21)).toBe('variable(5.0)\nvariable(5.0)\nvariable(7.0)\n');
});
