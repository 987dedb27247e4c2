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
