import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as np from '../src/index.js';

describe('array()', () => {
  it.each([
    ['a number is 0-d', 2, [], 2],
    ['a list', [1, 2, 3], [3], [1, 2, 3]],
    [
      'nested lists',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [2, 3],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ['a 3-d nesting', [[[1], [2]]], [1, 2, 1], [[[1], [2]]]],
    ['an empty list', [], [0], []],
    ['empty rows', [[], []], [2, 0], [[], []]],
    ['special values', [Number.NaN, -Infinity, -0], [3], [Number.NaN, -Infinity, -0]],
  ] as const)('%s', (_label, data, shape, back) => {
    const a = np.array(data);
    expect(a.shape).toEqual(shape);
    expect(a.dtype).toBe('float64');
    expect(a.toArray()).toEqual(back);
  });

  it('defaults to float64: np.array(2) and np.array(2.0) are the same call', () => {
    expect(np.array(2).dtype).toBe('float64');
    expect(String(np.array(2))).toBe('2.0');
  });

  it('gives int64 on request, and rewrites -0 as 0', () => {
    const a = np.array([-0, 3], { dtype: 'int64' });
    expect(a.dtype).toBe('int64');
    expect(Object.is(a.data[0], 0)).toBe(true);
  });

  it('copies its input: changing the source later does not change the array', () => {
    const rows = [
      [1, 2],
      [3, 4],
    ];
    const a = np.array(rows);
    rows[0][0] = 99;
    expect(a.toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const b = np.array(a);
    expect(b.data).not.toBe(a.data);
    expect(b.toArray()).toEqual(a.toArray());
  });

  it('copies an NDArray keeping its dtype unless told otherwise', () => {
    const i = np.array([1, 2], { dtype: 'int64' });
    expect(np.array(i).dtype).toBe('int64');
    expect(np.array(i, { dtype: 'float64' }).dtype).toBe('float64');
    expect(np.array(np.array([3, 4]), { dtype: 'int64' }).toArray()).toEqual([3, 4]);
  });

  it('copies a float64 array with fractions as it is: only a copy to int64 checks them', () => {
    const copy = np.array(np.array([0.5, -1.25]));
    expect(copy.dtype).toBe('float64');
    expect(copy.toArray()).toEqual([0.5, -1.25]);
    expect(np.array(np.array([0.5]), { dtype: 'float64' }).toArray()).toEqual([0.5]);
  });
});

describe('zeros, ones, full and the *Like functions', () => {
  it.each([
    ['zeros([2, 3])', () => np.zeros([2, 3]), [2, 3], 0, 'float64'],
    ['zeros(4)', () => np.zeros(4), [4], 0, 'float64'],
    ['zeros([])', () => np.zeros([]), [], 0, 'float64'],
    ['ones([100, 100, 100])', () => np.ones([100, 100, 100]), [100, 100, 100], 1, 'float64'],
    ['ones(3, int64)', () => np.ones(3, { dtype: 'int64' }), [3], 1, 'int64'],
    ['full([2], 7.5)', () => np.full([2], 7.5), [2], 7.5, 'float64'],
    ['full(2, -4, int64)', () => np.full(2, -4, { dtype: 'int64' }), [2], -4, 'int64'],
    ['zeros([0, 3])', () => np.zeros([0, 3]), [0, 3], 0, 'float64'],
  ] as const)('%s', (_label, make, shape, value, dtype) => {
    const a = make();
    expect(a.shape).toEqual(shape);
    expect(a.dtype).toBe(dtype);
    expect(a.size).toBe(shape.reduce((p: number, d: number) => p * d, 1));
    expect(a.data.every((x) => x === value)).toBe(true);
  });

  it.each([
    ['zerosLike', np.zerosLike, 0],
    ['onesLike', np.onesLike, 1],
  ] as const)('%s keeps shape and dtype', (_name, like, value) => {
    for (const a of [np.array([[1.5, 2, 3]]), np.array(7, { dtype: 'int64' })]) {
      const b = like(a);
      expect(b.shape).toEqual(a.shape);
      expect(b.dtype).toBe(a.dtype);
      expect(b.data.every((x) => x === value)).toBe(true);
      expect(b.data).not.toBe(a.data);
    }
  });
});

describe('the NDArray class', () => {
  const a = np.array([
    [1, 2, 3],
    [4, 5, 6],
  ]);

  it('ndim, size, length, shape', () => {
    expect([a.ndim, a.size, a.length]).toEqual([2, 6, 2]);
    expect(a.shape).toEqual([2, 3]);
    expect([np.array(5).ndim, np.array(5).size]).toEqual([0, 1]);
  });

  it('item() returns the only element', () => {
    expect(np.array(2.5).item()).toBe(2.5);
    expect(np.array([[7]]).item()).toBe(7);
  });

  it('the shape is frozen and not shared with the caller', () => {
    const shape = [2, 2];
    const b = new np.NDArray(new Float64Array(4), shape);
    shape[0] = 1;
    expect(b.shape).toEqual([2, 2]);
    expect(Object.isFrozen(b.shape)).toBe(true);
  });

  it('the constructor wraps data without copying it', () => {
    const data = Float64Array.of(1, 2);
    expect(new np.NDArray(data, [2]).data).toBe(data);
  });

  it.each([
    [2.5, true],
    [Number.NaN, true],
    [np.array(2.5), false],
    [np.array([1]), false],
    ['2', false],
    [[1], false],
    [null, false],
  ])('isScalar(%s) is %s, like np.isscalar', (x, expected) => {
    expect(np.isScalar(x)).toBe(expected);
  });

  it.each([
    [np.array(2), true],
    [np.zeros([2, 0]), true],
    [2, false],
    [[1, 2], false],
    [{ data: new Float64Array(1), shape: [], dtype: 'float64' }, false],
  ])('isNDArray(%s) is %s', (x, expected) => {
    expect(np.isNDArray(x)).toBe(expected);
  });
});

describe('properties', () => {
  /**
   * Rectangular nested lists of doubles, 0 to 3 levels deep. Nesting cannot show axes
   * after an empty one (`[]` is shape `[0]`), so the shape stops at its first 0.
   */
  const nested = fc
    .array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 })
    .map((dims) => (dims.includes(0) ? dims.slice(0, dims.indexOf(0) + 1) : dims))
    .chain((shape) => {
      const build = (axis: number): fc.Arbitrary<np.NestedArray> => {
        const length = shape[axis];
        if (length === undefined) return fc.double();
        return fc.array(build(axis + 1), { minLength: length, maxLength: length });
      };
      return build(0).map((data) => ({ data, shape }));
    });

  it('array(x).toArray() gives x back, and the shape is read from the nesting', () => {
    fc.assert(
      fc.property(nested, ({ data, shape }) => {
        const a = np.array(data);
        expect(a.shape).toEqual(shape);
        expect(a.toArray()).toEqual(data);
      }),
    );
  });

  it('int64 arrays print as the integers they hold', () => {
    const ints = fc.array(fc.maxSafeInteger(), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(ints, (xs) => {
        const printed = String(np.array(xs, { dtype: 'int64' }));
        const numbers = printed.replace(/[[\]]/g, ' ').trim().split(/\s+/).map(Number);
        expect(numbers).toEqual(xs.map((x) => x + 0)); // + 0 turns -0 into 0
      }),
    );
  });
});
