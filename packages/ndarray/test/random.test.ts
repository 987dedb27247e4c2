import { describe, expect, it, vi } from 'vitest';
import * as np from '../src/index.js';
import { arrayFromJson, loadCases, type RandomCase } from './fixtures.js';

describe('seeded random numbers are NumPy’s legacy MT19937 stream', () => {
  it.each(loadCases<RandomCase>('random.json'))('seed($seed)', ({ seed, steps }) => {
    np.random.seed(seed);
    for (const { call, shape, result } of steps) {
      const expected = arrayFromJson(result);
      const actual = np.random[call](...shape);
      expect(actual.shape).toEqual(expected.shape);
      // Math.log may differ from C's log in the last bit, so randn may too.
      expect(np.allclose(actual, expected, { rtol: 1e-15, atol: 0 })).toBe(true);
      expect(String(actual)).toBe(String(expected));
    }
  });

  it('prints the numbers every NumPy user knows', () => {
    np.random.seed(0);
    expect(String(np.random.randn(3))).toBe('[1.76405235 0.40015721 0.97873798]');
  });
});

describe('determinism and distribution', () => {
  it('the same seed gives the same numbers; another seed does not', () => {
    const draw = (seed: number) => {
      np.random.seed(seed);
      return [...np.random.randn(50).data, ...np.random.rand(50).data];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('seed() also forgets the spare normal number left by an odd-sized randn', () => {
    np.random.seed(3);
    const first = np.random.randn(2).data;
    np.random.seed(3);
    np.random.randn(1);
    np.random.seed(3);
    expect(np.random.randn(2).data).toEqual(first);
  });

  it('randn over 100k samples has mean ≈ 0 and standard deviation ≈ 1', () => {
    np.random.seed(123);
    const x = np.random.randn(100_000).data;
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const std = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(std - 1)).toBeLessThan(0.01);
  });

  it('rand is uniform in [0, 1)', () => {
    np.random.seed(5);
    const x = np.random.rand(100_000).data;
    expect(x.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Math.abs(x.reduce((s, v) => s + v, 0) / x.length - 0.5)).toBeLessThan(0.01);
  });

  it.each([
    [[], []],
    [[3], [3]],
    [
      [2, 3],
      [2, 3],
    ],
    [[0], [0]],
  ])('randn(...%j) has shape %j and dtype float64', (dims, shape) => {
    const a = np.random.randn(...dims);
    expect(a.shape).toEqual(shape);
    expect(a.dtype).toBe('float64');
  });
});

describe('unseeded, the stream starts somewhere unpredictable, as NumPy’s does', () => {
  it('two fresh loads of the module draw different numbers, none of them stuck', async () => {
    const draws: unknown[] = [];
    for (let load = 0; load < 2; load++) {
      vi.resetModules();
      const fresh = await import('../src/random.js');
      const numbers = fresh.random.rand(4).toArray() as number[];
      expect(new Set(numbers).size).toBe(4);
      draws.push(numbers);
    }
    // Two 32-bit seeds drawn by Math.random: equal once in 2**32 runs.
    expect(draws[0]).not.toEqual(draws[1]);
  });
});
