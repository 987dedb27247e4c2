import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as np from '../src/index.js';
import { expectArray } from './assertions.js';
import {
  arrayFromJson,
  describeOperand,
  loadCases,
  type OpCase,
  operandFromJson,
} from './fixtures.js';

/** The free functions by name, for the table-driven tests. */
const binary = { add: np.add, sub: np.sub, mul: np.mul, div: np.div, pow: np.pow };
const unary = { neg: np.neg, exp: np.exp };
const BINARY = ['add', 'sub', 'mul', 'div', 'pow'] as const;

/** Arithmetic that IEEE 754 defines exactly; `**` and `exp` may differ from C's in the last bit. */
const EXACT = new Set(['add', 'sub', 'mul', 'div', 'neg']);

const int = (data: np.NestedArray) => np.array(data, { dtype: 'int64' });

describe('element-wise results match NumPy (fixtures from make_fixtures.py)', () => {
  const cases = loadCases<OpCase>('ops.json').map((c) => ({
    ...c,
    label: `${c.op}(${describeOperand(c.a)}${'b' in c ? `, ${describeOperand(c.b)}` : ''})`,
  }));

  it('the fixtures cover every operation with arrays, numbers, and special values', () => {
    for (const op of [...BINARY, 'neg', 'exp']) expect(cases.some((c) => c.op === op)).toBe(true);
    expect(cases.some((c) => 'b' in c && 'number' in c.b)).toBe(true);
    expect(cases.some((c) => 'number' in c.a)).toBe(true);
  });

  it.each(cases)('$label', (c) => {
    const a = operandFromJson(c.a);
    const result = 'b' in c ? binary[c.op](a, operandFromJson(c.b)) : unary[c.op](a);
    expectArray(result, arrayFromJson(c.result), EXACT.has(c.op) ? 0 : 1);
  });
});

describe('dtype promotion (NumPy / NEP 50, with plain numbers as weak scalars)', () => {
  const f = np.array([1, 2]);
  const i = int([1, 2]);
  // [left, right, dtype of add/sub/mul/pow, why]
  const table: [np.Operand, np.Operand, np.DType, string][] = [
    [f, f, 'float64', 'float64 with float64'],
    [i, i, 'int64', 'int64 with int64'],
    [i, f, 'float64', 'int64 with float64'],
    [f, i, 'float64', 'float64 with int64'],
    [i, 3, 'int64', 'int64 with a whole number'],
    [3, i, 'int64', 'a whole number with int64'],
    [i, 2.0, 'int64', '2.0 is the whole number 2 in JavaScript'],
    [i, 0.5, 'float64', 'int64 with a fractional number'],
    [0.5, i, 'float64', 'a fractional number with int64'],
    [i, Number.NaN, 'float64', 'NaN is not whole'],
    [i, Infinity, 'float64', 'Infinity is not whole'],
    [f, 3, 'float64', 'float64 with a whole number'],
    [int(3), f, 'float64', '0-d int64 array with float64'],
    [np.array(3), i, 'float64', '0-d float64 array is not weak'],
    [2, 3, 'float64', 'two numbers: arrays are float64 by default'],
  ];

  it.each(table)('%s ∘ %s → %s (%s)', (a, b, dtype) => {
    for (const op of ['add', 'sub', 'mul', 'pow'] as const)
      expect(binary[op](a, b).dtype).toBe(dtype);
    expect(np.div(a, b).dtype).toBe('float64'); // true division
  });

  it.each([
    ['neg', i, 'int64'],
    ['neg', f, 'float64'],
    ['neg', 2, 'float64'],
    ['exp', i, 'float64'],
    ['exp', 2, 'float64'],
  ] as const)('%s(%s) → %s', (op, a, dtype) => {
    expect(unary[op](a).dtype).toBe(dtype);
  });
});

describe('int64 results are exact whole numbers', () => {
  it('int64 arithmetic stays exact up to 2**53 - 1', () => {
    const big = int([2 ** 53 - 2, -(2 ** 53 - 2)]);
    expect(big.add(1).toArray()).toEqual([2 ** 53 - 1, -(2 ** 53 - 3)]);
    expect(int([3]).pow(33).item()).toBe(5559060566555523); // 3 ** 33, exactly
    expect(int([-3]).pow(3).item()).toBe(-27);
    expect(int([0, 5]).pow(0).toArray()).toEqual([1, 1]);
  });

  it.each([
    ['0 * -3', () => int([0, 0]).mul(-3)],
    ['-(0)', () => int([0]).neg()],
    ['[-2, 0] * [0, -5]', () => int([-2, 0]).mul(int([0, -5]))],
  ])('%s gives +0, never -0', (_label, run) => {
    const signs = Array.from(run().data, (value) => (Object.is(value, -0) ? '-0' : String(value)));
    expect(signs).toContain('0');
    expect(signs).not.toContain('-0');
  });

  it.each([
    ['add', () => int([2 ** 53 - 1]).add(1), '9007199254740992'],
    ['sub', () => int([-(2 ** 53 - 1)]).sub(int([1])), '-9007199254740992'],
    ['mul', () => int([2 ** 52]).mul(4), '18014398509481984'],
    ['pow', () => int([10]).pow(16), '10000000000000000'],
    ['pow', () => int([2]).pow(1e6), 'Infinity'],
  ])('%s beyond ±(2**53 - 1) throws a RangeError naming the value', (_op, run, value) => {
    expect(run).toThrow(RangeError);
    expect(run).toThrow(`result: ${value} is beyond ±(2**53 - 1), so int64 cannot hold it exactly`);
  });

  it.each([
    ['a number', () => int([2, 3]).pow(-1)],
    ['an array', () => int([2, 3]).pow(int([1, -2]))],
    ['a free function', () => np.pow(int([2]), -3)],
  ])('int64 to a negative power throws, like NumPy (exponent from %s)', (_how, run) => {
    expect(run).toThrow(RangeError);
    expect(run).toThrow(/Integers to negative integer powers are not allowed/);
  });

  it('an int64 array with no elements to a negative power is empty, as in NumPy', () => {
    const empty = np.zeros([0], { dtype: 'int64' }).pow(-1);
    expect(empty.shape).toEqual([0]);
    expect(empty.dtype).toBe('int64');
  });

  it.each([
    [
      'the base broadcast along a row',
      () =>
        int([[2], [3]]).pow(
          int([
            [1, 1, 1],
            [-1, 1, 1],
          ]),
        ),
      3,
    ],
    [
      'both moving, the base broadcast down',
      () =>
        int([[2, 3, 4]]).pow(
          int([
            [1, 1, 1],
            [-1, 1, 1],
          ]),
        ),
      2,
    ],
  ])('the error names the pair that has the negative exponent (%s)', (_how, run, base) => {
    expect(run).toThrow(`(got ${base} ** -1)`);
  });

  it('a fractional or float64 exponent gives float64 instead', () => {
    expect(int([4]).pow(-0.5).toArray()).toEqual([0.5]);
    expect(
      int([2])
        .pow(np.array([-1]))
        .toArray(),
    ).toEqual([0.5]);
  });
});

describe('float arithmetic follows IEEE 754 like NumPy: no exceptions', () => {
  it.each([
    ['1 / 0', np.div(1, 0), Infinity],
    ['-1 / 0', np.div(-1, 0), -Infinity],
    ['0 / 0', np.div(0, 0), Number.NaN],
    ['1 / -0', np.div(1, -0), -Infinity],
    ['0 ** -1', np.pow(0, -1), Infinity],
    ['(-8) ** (1/3)', np.pow(-8, 1 / 3), Number.NaN],
    ['1 ** NaN (C pow, not JS **)', np.pow(1, Number.NaN), 1],
    ['(-1) ** Infinity', np.pow(-1, Infinity), 1],
    ['NaN ** 0', np.pow(Number.NaN, 0), 1],
    ['exp(1000)', np.exp(1000), Infinity],
    ['exp(-Infinity)', np.exp(-Infinity), 0],
    ['Infinity - Infinity', np.sub(Infinity, Infinity), Number.NaN],
    ['-(0)', np.neg(0), -0],
    ['(-0) ** 0.5 is sqrt(-0) as in NumPy', np.pow(-0, 0.5), -0],
  ])('%s', (_label, result, expected) => {
    expect(result.item()).toBe(expected);
  });

  it('an exponent of one element takes the fast paths; a broadcast one does not, as in NumPy', () => {
    // NumPy 2.4: a ** 0.5 and a ** [[0.5]] are sqrt(a), giving -0 and nan for -0 and -inf;
    // a ** [[0.5], [0.5]] is C's pow for every element, giving 0 and inf.
    const a = np.array([
      [-0, -Infinity, 4],
      [1, -0, 9],
    ]);
    const sqrt = np.array([
      [-0, Number.NaN, 2],
      [1, -0, 3],
    ]);
    expectArray(a.pow(0.5), sqrt);
    expectArray(a.pow(np.array([[0.5]])), sqrt);
    expectArray(
      a.pow(np.array([[0.5], [0.5]])),
      np.array([
        [0, Infinity, 2],
        [1, 0, 3],
      ]),
    );
  });
});

describe('methods and free functions agree', () => {
  const a = np.array([
    [1.5, -2],
    [0.25, 4],
  ]);
  const b = np.array([3, -0.5]);

  it.each(BINARY)('a.%s(b) equals np.%s(a, b), and numbers work on either side', (op) => {
    const f = binary[op];
    expectArray(a[op](b), f(a, b));
    expectArray(a[op](2), f(a, np.array(2)));
    expectArray(f(2, a), f(np.array(2), a));
  });

  it.each(['neg', 'exp'] as const)('a.%s() equals np.%s(a)', (op) => {
    expectArray(a[op](), unary[op](a));
  });
});

describe('operations never mutate their operands and always return a new array', () => {
  const run: [string, (a: np.NDArray, b: np.NDArray) => np.NDArray][] = [
    ...BINARY.map((op): [string, (a: np.NDArray, b: np.NDArray) => np.NDArray] => [
      op,
      (a, b) => a[op](b),
    ]),
    ['neg', (a) => a.neg()],
    ['exp', (a) => a.exp()],
    ['add 0', (a) => a.add(0)],
    ['mul 1', (a) => a.mul(1)],
    ['pow 1', (a) => a.pow(1)],
  ];

  it.each(run)('%s', (_name, op) => {
    const a = np.array([
      [1, -0, 3],
      [4, 5, 6],
    ]);
    const b = np.array([2, 0.5, -1]);
    const before = [Array.from(a.data), Array.from(b.data), [...a.shape], [...b.shape]];
    const result = op(a, b);
    expect([Array.from(a.data), Array.from(b.data), [...a.shape], [...b.shape]]).toEqual(before);
    expect(Object.is(a.data[1], -0)).toBe(true);
    for (const operand of [a, b]) {
      expect(result).not.toBe(operand);
      expect(result.data.buffer).not.toBe(operand.data.buffer);
    }
  });

  it('int64 operands are untouched too', () => {
    const a = int([1, 2, 3]);
    a.mul(-1);
    a.neg();
    a.pow(2);
    expect(a.toArray()).toEqual([1, 2, 3]);
  });
});

describe('allclose', () => {
  it.each([
    ['equal arrays', np.array([1, 2]), np.array([1, 2]), {}, true],
    ['within rtol 1e-5', np.array([1e5]), np.array([1e5 + 0.9]), {}, true],
    ['outside rtol', np.array([1e5]), np.array([1e5 + 2]), {}, false],
    ['within atol 1e-8', np.array([0]), np.array([9e-9]), {}, true],
    ['outside atol', np.array([0]), np.array([2e-8]), {}, false],
    ['NaN is never close', np.array([Number.NaN]), np.array([Number.NaN]), {}, false],
    ['the same infinity is close', np.array([Infinity]), np.array([Infinity]), {}, true],
    ['opposite infinities are not', np.array([Infinity]), np.array([-Infinity]), {}, false],
    [
      'a finite number is not close to infinity',
      np.array([1e308]),
      np.array([Infinity]),
      {},
      false,
    ],
    ['broadcasts a number', np.array([[2, 2]]), 2, {}, true],
    [
      'broadcasts an array',
      np.array([
        [1, 2],
        [1, 2],
      ]),
      np.array([1, 2.5]),
      {},
      false,
    ],
    ['custom tolerances', np.array([1]), np.array([1.1]), { rtol: 0, atol: 0.2 }, true],
    ['rtol scales with |b|', np.array([10]), np.array([11]), { rtol: 0.095, atol: 0 }, true],
    ['…of b, not a', np.array([11]), np.array([10]), { rtol: 0.095, atol: 0 }, false],
    ['equal values with no tolerance at all', np.array([1.5]), 1.5, { rtol: 0, atol: 0 }, true],
  ] as const)('%s', (_label, a, b, options, expected) => {
    expect(np.allclose(a, b, options)).toBe(expected);
  });

  it('shapes that cannot broadcast throw', () => {
    expect(() => np.allclose(np.ones([2]), np.ones([3]))).toThrow(RangeError);
  });
});

describe('properties', () => {
  const values = fc.array(fc.double(), { minLength: 1, maxLength: 20 });

  it('mul by 1 and add -0 are identities, bit for bit', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const a = np.array(xs);
        expectArray(a.mul(1), a);
        expectArray(a.add(-0), a);
      }),
    );
  });

  it('int64 add, sub and mul agree with BigInt arithmetic when in range, and throw when not', () => {
    const safe = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    fc.assert(
      fc.property(safe, safe, (x, y) => {
        for (const [op, exact] of [
          ['add', BigInt(x) + BigInt(y)],
          ['sub', BigInt(x) - BigInt(y)],
          ['mul', BigInt(x) * BigInt(y)],
        ] as const) {
          const inRange = exact >= -(2n ** 53n - 1n) && exact <= 2n ** 53n - 1n;
          const run = () =>
            int([x])
              [op](int([y]))
              .item();
          if (inRange) expect(BigInt(run())).toBe(exact);
          else expect(run).toThrow(RangeError);
        }
      }),
    );
  });

  it('x ** 2 is x * x', () => {
    fc.assert(
      fc.property(values, (xs) => expectArray(np.array(xs).pow(2), np.array(xs).mul(np.array(xs)))),
    );
  });
});

describe('large results', () => {
  // Results of 4096 elements or more start as uninitialised memory (no zero-fill), so every
  // kernel must write every element. Fill the memory with garbage first to be sure.
  const garbage = () => Buffer.allocUnsafeSlow(8 * 100_000).fill(0xff);

  it('every element of a large binary, broadcast and unary result is written', () => {
    garbage();
    const a = np.full([100, 50], 2);
    const row = np.array(Array.from({ length: 50 }, (_, i) => i));
    const expectAll = (result: np.NDArray, expected: (i: number) => number) => {
      expect(result.size).toBe(5000);
      result.data.forEach((value, i) => {
        if (value !== expected(i)) expect.fail(`element ${i} is ${value}, not ${expected(i)}`);
      });
    };
    expectAll(a.add(a), () => 4);
    expectAll(a.mul(3), () => 6);
    expectAll(np.sub(1, a), () => -1);
    expectAll(a.add(row), (i) => 2 + (i % 50));
    expectAll(a.neg(), () => -2);
    expectAll(np.zeros([100, 50]).exp(), () => 1);
  });
});
