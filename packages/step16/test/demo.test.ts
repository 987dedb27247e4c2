import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it('the step 16 demo prints 32.0 then 64.0, as the book does', () => {
  expect(demoOutput(import.meta.url, 16)).toBe('32.0\n64.0\n');
});
