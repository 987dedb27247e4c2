import { describe, expect, it } from 'vitest';
import { BOOK_GRADIENT, wrongGradient } from '../src/sections/goldsteinPrice.js';

/**
 * `pnpm bench` reports the book's Python DeZero's speed only once its Goldstein–Price
 * gradient at (1, 1) is the book's (the bench checks what `dezero_bench.py serve` says
 * first). The check itself needs no Python: here it is given what a server could say.
 */
describe("the bench's check of a Goldstein–Price gradient", () => {
  it("passes the book's gradient, step 24's output -5376.0 8064.0", () => {
    expect(wrongGradient([-5376, 8064])).toBeNull();
    expect(wrongGradient([...BOOK_GRADIENT])).toBeNull();
  });

  it.each([
    ['another gradient', [-5376, 8063], 'gives the gradient [-5376,8063]'],
    ['the components swapped', [8064, -5376], 'gives the gradient [8064,-5376]'],
    ['one component', [-5376], 'gives the gradient [-5376]'],
    ['a string', '-5376 8064', 'gives the gradient "-5376 8064"'],
    ['nothing', undefined, 'gives no gradient'],
  ])('names %s and the gradient it should be', (_label, gradient, given) => {
    const wrong = wrongGradient(gradient);
    expect(wrong).toContain(given);
    expect(wrong).toContain("where the book's gives [-5376, 8064]");
  });
});
