import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as np from '../src/index.js';
import { arrayFromJson, loadCases, type PrintCase } from './fixtures.js';

const cases = loadCases<PrintCase>('print.json');

describe('printing matches NumPy 2 (fixtures from make_fixtures.py)', () => {
  it('covers the cases the design names', () => {
    const names = cases.map((c) => c.name);
    for (const needed of ['0d 2.0', 'tiny', 'nan', 'zeros 1001', 'zeros 40x30', 'wrap sevenths']) {
      expect(names).toContain(needed);
    }
    expect(cases.filter((c) => c.data.length > 1000).length).toBeGreaterThan(5);
  });

  it.each(cases)('str($name)', (c) => {
    expect(String(arrayFromJson(c))).toBe(c.str);
  });

  it.each(cases)('repr($name)', (c) => {
    expect(np.repr(arrayFromJson(c))).toBe(c.repr);
  });
});

describe('printing what the book prints', () => {
  it.each([
    [np.array(2.0), '2.0', 'array(2.)'],
    [np.array([1, 2, 3]), '[1. 2. 3.]', 'array([1., 2., 3.])'],
    [
      np.array([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      '[[1. 2. 3.]\n [4. 5. 6.]]',
      'array([[1., 2., 3.],\n       [4., 5., 6.]])',
    ],
    [
      np.array(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { dtype: 'int64' },
      ),
      '[[1 2 3]\n [4 5 6]]',
      'array([[1, 2, 3],\n       [4, 5, 6]])',
    ],
    [np.array(1e-5), '1e-05', 'array(1.e-05)'],
    [np.array(0.1 + 0.2), '0.30000000000000004', 'array(0.3)'],
    [np.array(Number.NaN), 'nan', 'array(nan)'],
    [np.array([1e-5, 1]), '[1.e-05 1.e+00]', 'array([1.e-05, 1.e+00])'],
    [np.array(2, { dtype: 'int64' }), '2', 'array(2)'],
    [np.array([]), '[]', 'array([], dtype=float64)'],
    [
      np.zeros(1001),
      '[0. 0. 0. ... 0. 0. 0.]',
      'array([0., 0., 0., ..., 0., 0., 0.], shape=(1001,))',
    ],
  ])('%s', (a, str, repr) => {
    expect(String(a)).toBe(str);
    expect(np.repr(a)).toBe(repr);
  });
});

describe('the edges of NumPy’s layout (strings printed by NumPy 2.4)', () => {
  it("repr leaves room for its closing ')': 23 int64 ones wrap after 22", () => {
    expect(np.repr(np.ones(23, { dtype: 'int64' }))).toBe(
      'array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n       1])',
    );
  });

  it('shape= stays on the last line when it fits in 75 columns, and wraps when it does not', () => {
    // 75 columns exactly, then one more: the shape has one digit more.
    expect(np.repr(np.full(1001, 10.125))).toBe(
      'array([10.125, 10.125, 10.125, ..., 10.125, 10.125, 10.125], shape=(1001,))',
    );
    expect(np.repr(np.full(10000, 10.125))).toBe(
      'array([10.125, 10.125, 10.125, ..., 10.125, 10.125, 10.125],\n      shape=(10000,))',
    );
  });

  it('a summarised array shows an axis of 6 (twice the edge items) in full', () => {
    expect(String(np.zeros([6, 200]))).toBe(
      '[[0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]]',
    );
  });

  it('a number wider than its line still starts the line, 30 axes deep', () => {
    const deep = np.full([...Array<number>(29).fill(1), 2], -1.23456789e-300);
    expect(String(deep)).toBe(
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[-1.23456789e-300\n                              -1.23456789e-300]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    );
    expect(np.repr(deep)).toBe(
      'array([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[-1.23456789e-300,\n                                    -1.23456789e-300]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])',
    );
  });

  it('inf is right-aligned in a column as wide as it needs', () => {
    const a = np.array([Infinity, 1]);
    expect(String(a)).toBe('[inf  1.]');
    expect(np.repr(a)).toBe('array([inf,  1.])');
  });

  it('a subnormal number is rounded from its exact binary value', () => {
    expect(String(np.array([2.225073858507201e-308]))).toBe('[2.22507386e-308]');
    expect(String(np.array([3.14159265359e-312]))).toBe('[3.14159265e-312]');
  });
});

describe('console.log and util.inspect print the repr', () => {
  const a = np.array([
    [1, 2],
    [3, 4],
  ]);

  it('inspect(a) is repr(a), unquoted', () => {
    expect(inspect(a)).toBe('array([[1., 2.],\n       [3., 4.]])');
  });

  it('nested in an object too', () => {
    expect(inspect({ x: np.array(2.0) })).toBe('{ x: array(2.) }');
  });

  it("format('%s') and template strings use str", () => {
    expect(format('%s', a)).toBe('[[1. 2.]\n [3. 4.]]');
    expect(`${np.array([0.5])}`).toBe('[0.5]');
  });
});
