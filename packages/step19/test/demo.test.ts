import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 19 demo prints the name, the shape and the variable', () => {
  expect(demoOutput(import.meta.url, 19)).toBe(
    'x\n[ 2, 3 ]\nvariable([[1 2 3]\n          [4 5 6]])\n',
  );
});
