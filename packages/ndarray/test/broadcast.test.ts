import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as np from '../src/index.js';
import { type BroadcastCase, loadCases } from './fixtures.js';

const cases = loadCases<BroadcastCase>('broadcast.json');
const valid = cases.flatMap((c) => ('shape' in c ? [c] : []));
const invalid = cases.flatMap((c) => ('error' in c ? [c] : []));

/** 0, 1, 2, … reshaped: every element differs, so a wrong index shows in the values. */
function iota(shape: number[], scale = 1): np.NDArray {
  const size = shape.reduce((p, d) => p * d, 1);
  return new np.NDArray(
    Float64Array.from({ length: size }, (_, k) => k * scale),
    shape,
  );
}

/** The element of `a` that index `index` of a broadcast result reads. */
function broadcastRead(a: np.NDArray, index: number[]): number {
  let offset = 0;
  let stride = 1;
  for (let k = 1; k <= a.ndim; k++) {
    const dim = a.shape[a.ndim - k];
    const i = index[index.length - k];
    offset += (dim === 1 ? 0 : i) * stride;
    stride *= dim;
  }
  return a.data[offset];
}

/** Every index of an array of `shape`, in row-major order. */
function* indices(shape: readonly number[]): Generator<number[]> {
  const size = shape.reduce((p, d) => p * d, 1);
  for (let flat = 0; flat < size; flat++) {
    const index: number[] = [];
    let rest = flat;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      const dim = shape[axis];
      index.unshift(rest % dim);
      rest = Math.floor(rest / dim);
    }
    yield index;
  }
}

describe('broadcasting, checked against NumPy for 400 random shape pairs', () => {
  it('the fixtures hold both kinds of case, including 0-d and empty shapes', () => {
    expect(valid.length).toBeGreaterThan(50);
    expect(invalid.length).toBeGreaterThan(50);
    expect(valid.some((c) => c.a.length === 0 || c.b.length === 0)).toBe(true);
    expect(valid.some((c) => c.shape.includes(0))).toBe(true);
  });

  it.each(valid)('$a with $b gives $shape', ({ a, b, shape }) => {
    const x = iota(a);
    const y = iota(b, 1000);
    const sum = x.add(y);
    expect(sum.shape).toEqual(shape);
    // Every element is the sum of the elements NumPy's rule says it reads.
    const expected = [...indices(shape)].map((i) => broadcastRead(x, i) + broadcastRead(y, i));
    expect(Array.from(sum.data)).toEqual(expected);
  });

  it.each(invalid)('$a with $b fails with NumPy’s message', ({ a, b, error }) => {
    expect(() => np.zeros(a).add(np.zeros(b))).toThrow(RangeError);
    expect(() => np.zeros(a).add(np.zeros(b))).toThrow(error);
  });
});

describe('every kind of mismatch names both shapes', () => {
  it.each([
    [[2, 3], [4], '(2,3) (4,)'],
    [[3], [4], '(3,) (4,)'],
    [[2, 2], [3, 2, 3], '(2,2) (3,2,3)'],
    [[0], [2], '(0,) (2,)'],
    [[5, 4], [5], '(5,4) (5,)'],
    [[1, 2, 3], [2, 3, 1], '(1,2,3) (2,3,1)'],
  ])('%j with %j', (a, b, shapes) => {
    const message = `operands could not be broadcast together with shapes ${shapes}`;
    for (const op of [np.add, np.sub, np.mul, np.div, np.pow]) {
      expect(() => op(np.ones(a), np.ones(b))).toThrow(message);
    }
  });
});

/** Two shapes that broadcast: `b` is `a` with some axes set to 1 and some leading axes dropped. */
const broadcastablePair = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 4 }).chain((a) =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: a.length, maxLength: a.length }), fc.nat(a.length))
    .map(([ones, drop]) => {
      const b = a.map((dim, k) => (ones[k] ? 1 : dim)).slice(drop);
      return [a, b] as const;
    }),
);

describe('properties', () => {
  it('a + b == b + a, bit for bit, whatever the broadcasting', () => {
    fc.assert(
      fc.property(broadcastablePair, fc.double(), fc.double(), ([sa, sb], u, v) => {
        const a = np.full(sa, u).add(iota(sa));
        const b = np.full(sb, v).mul(iota(sb, 0.5));
        const ab = a.add(b);
        const ba = b.add(a);
        expect(ab.shape).toEqual(ba.shape);
        for (const [k, x] of ab.data.entries()) expect(Object.is(x, ba.data[k])).toBe(true);
      }),
    );
  });

  it('(a - b) + b is close to a', () => {
    fc.assert(
      fc.property(
        broadcastablePair,
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        ([sa, sb], v) => {
          const a = iota(sa, 0.37);
          const b = np.full(sb, v);
          const back = a.sub(b).add(b);
          expect(back.shape).toEqual(sa); // b was made from a, so a has the full shape
          expect(np.allclose(back, a, { rtol: 0, atol: 1e-9 })).toBe(true);
        },
      ),
    );
  });
});
