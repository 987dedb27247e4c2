import { demoOutput } from '@dezero/testkit';
import { expect, it } from 'vitest';

it("the step 24 demo prints the gradients at (1, 1) of sphere, Matyas and Goldstein–Price, as the book's Python does", () => {
  expect(demoOutput(import.meta.url, 24)).toBe(
    ['2.0 2.0', '0.040000000000000036 0.040000000000000036', '-5376.0 8064.0', ''].join('\n'),
  );
});
