import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as np from '../src/index.js';
import {
  BINARY,
  type BinaryOpName,
  broadcastOp,
  NDArray,
  type Operand,
  SCALAR_SHAPE,
  unaryLoopOp,
} from '../src/ndarray.js';

/**
 * The fast paths (two arrays of one shape, an array and a plain number, one float64 value,
 * `array(number)`, `onesLike`/`zerosLike`) must give what the general path gives, bit for
 * bit: the same dtype, shape and bytes, or the same error. The general path is the one
 * every case could take (`broadcastOp`, `unaryLoopOp`); the table-driven tests and NumPy's
 * fixtures hold that one to NumPy.
 */

const OPS: readonly BinaryOpName[] = ['add', 'sub', 'mul', 'div', 'pow'];
/** The free functions by name (a number can only be the left operand of these). */
const FREE = { add: np.add, sub: np.sub, mul: np.mul, div: np.div, pow: np.pow };

/** Every float64 NaN/±0/±inf/subnormal fast-check knows, plus the exponents POW special-cases. */
const float = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 2, 0.5, -1, 1, 5e-324),
);
/** Small whole numbers, and a few big enough that a product or power leaves ±(2**53 - 1). */
const whole = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 52, -(2 ** 52), 2 ** 53 - 1, 94906267) },
);
const dtype = fc.constantFrom<np.DType>('float64', 'int64');
/** Shapes with 0-d ones (the scalar engine's case) drawn most often. */
const shape = fc.oneof(
  { weight: 3, arbitrary: fc.constant<number[]>([]) },
  { weight: 2, arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom([1], [1, 1], [0]) },
);

function arrayOf(dims: readonly number[], type: np.DType): fc.Arbitrary<NDArray> {
  const size = dims.reduce((p, d) => p * d, 1);
  const values = fc.array(type === 'int64' ? whole : float, { minLength: size, maxLength: size });
  return values.map((v) => new NDArray(Float64Array.from(v), dims, type));
}

const anyArray = fc.tuple(shape, dtype).chain(([dims, type]) => arrayOf(dims, type));
/** A plain number: fractional, whole, or special. */
const number = fc.oneof(float, whole);

/** Two arrays of the same shape, each dtype; sometimes one array twice (one shape object). */
const sameShapePair = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(shape, dtype, dtype)
      .chain(([dims, ta, tb]) => fc.tuple(arrayOf(dims, ta), arrayOf(dims, tb))),
  },
  { weight: 1, arbitrary: anyArray.map((a): [NDArray, NDArray] => [a, a]) },
);

/** Two shapes that broadcast: the second is a suffix of the first with some axes set to 1. */
const broadcastPair = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), dtype, dtype)
  .chain(([dims, ta, tb]) =>
    fc
      .tuple(
        fc.integer({ min: 0, max: dims.length }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      )
      .chain(([drop, ones]) => {
        const other = dims.slice(drop).map((d, k) => (ones[k] ? 1 : d));
        return fc.tuple(arrayOf(dims, ta), arrayOf(other, tb));
      }),
  )
  .chain(([a, b]) => fc.constantFrom<[NDArray, NDArray]>([a, b], [b, a]));

type Outcome =
  | { ok: true; dtype: np.DType; shape: readonly number[]; bytes: number[] }
  | { ok: false; error: string };

/** What an operation gave: its dtype, shape and raw bytes, or its error class and message. */
function outcome(run: () => NDArray): Outcome {
  try {
    const r = run();
    const bytes = Array.from(new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    return { ok: true, dtype: r.dtype, shape: [...r.shape], bytes };
  } catch (error) {
    return { ok: false, error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** The bytes of every operand, to check that nothing wrote to them. */
function snapshot(...operands: Operand[]): string {
  return operands
    .map((x) =>
      typeof x === 'number' ? String(x) : Array.from(new Uint8Array(x.data.buffer)).join(),
    )
    .join('|');
}

/** The public entry: the method when the left operand is an array, the free function otherwise. */
function viaApi(op: BinaryOpName, a: Operand, b: Operand): NDArray {
  return typeof a === 'number' ? FREE[op](a, b) : a[op](b);
}

function callerOf(a: Operand, op: BinaryOpName): string {
  return typeof a === 'number' ? `${op}()` : `NDArray.${op}()`;
}

/** Checks every operation on (a, b) against the general path, and that a and b are unchanged. */
function expectSameAsGeneral(a: Operand, b: Operand): void {
  const before = snapshot(a, b);
  for (const op of OPS) {
    const fast = outcome(() => viaApi(op, a, b));
    const general = outcome(() => broadcastOp(BINARY[op], a, b, callerOf(a, op)));
    expect(fast, `${op}`).toEqual(general);
  }
  expect(snapshot(a, b)).toBe(before);
}

const runs = { numRuns: 300 };

describe('the binary fast paths give the general path’s result, bit for bit', () => {
  it('two arrays of the same shape (0-d included), any dtypes', () => {
    fc.assert(
      fc.property(sameShapePair, ([a, b]) => expectSameAsGeneral(a, b)),
      runs,
    );
  });

  it('an array with a plain number on the right', () => {
    fc.assert(
      fc.property(anyArray, number, (a, y) => expectSameAsGeneral(a, y)),
      runs,
    );
  });

  it('a plain number on the left of an array (the free functions)', () => {
    fc.assert(
      fc.property(number, anyArray, (x, b) => expectSameAsGeneral(x, b)),
      runs,
    );
  });

  it('shapes that broadcast still take the general path, and give its result', () => {
    fc.assert(
      fc.property(broadcastPair, ([a, b]) => expectSameAsGeneral(a, b)),
      runs,
    );
  });

  it('0-d float64 with 0-d float64 or a number, over NaN, ±0, ±inf and subnormals', () => {
    fc.assert(
      fc.property(float, float, (x, y) => {
        expectSameAsGeneral(np.array(x), np.array(y));
        expectSameAsGeneral(np.array(x), y);
        expectSameAsGeneral(x, np.array(y));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the unary fast path gives the general path’s result, bit for bit', () => {
  it('neg and exp of any array, 0-d float64 included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyArray,
          float.map((x) => np.array(x)),
        ),
        (a) => {
          const before = snapshot(a);
          expect(outcome(() => a.neg())).toEqual(
            outcome(() => unaryLoopOp('neg', a, 'NDArray.neg()')),
          );
          expect(outcome(() => np.neg(a))).toEqual(outcome(() => unaryLoopOp('neg', a, 'neg()')));
          expect(outcome(() => a.exp())).toEqual(
            outcome(() => unaryLoopOp('exp', a, 'NDArray.exp()')),
          );
          expect(snapshot(a)).toBe(before);
        },
      ),
      runs,
    );
  });
});

describe('creation fast paths', () => {
  it('array(number) is the 0-d float64 array the constructor would check and build', () => {
    fc.assert(
      fc.property(float, (x) => {
        const expected = outcome(() => new NDArray(Float64Array.of(x), []));
        expect(outcome(() => np.array(x))).toEqual(expected);
        expect(outcome(() => np.array(x, { dtype: 'float64' }))).toEqual(expected);
      }),
      runs,
    );
  });

  it('array(number, int64) still checks the number', () => {
    expect(() => np.array(1.5, { dtype: 'int64' })).toThrow(RangeError);
    expect(np.array(-0, { dtype: 'int64' }).data[0]).toBe(0);
    expect(Object.is(np.array(-0).data[0], -0)).toBe(true);
  });

  it('onesLike and zerosLike match ones and zeros of the same shape and dtype', () => {
    fc.assert(
      fc.property(anyArray, (a) => {
        expect(outcome(() => np.onesLike(a))).toEqual(
          outcome(() => np.ones(a.shape, { dtype: a.dtype })),
        );
        expect(outcome(() => np.zerosLike(a))).toEqual(
          outcome(() => np.zeros(a.shape, { dtype: a.dtype })),
        );
      }),
      runs,
    );
  });
});

describe('what the fast paths build', () => {
  it('results have frozen shapes, which they may share with an operand', () => {
    const a = np.array([1, 2, 3]);
    for (const r of [a.add(a), a.mul(2), np.sub(1, a), a.neg(), np.array(2).add(1)]) {
      expect(Object.isFrozen(r.shape)).toBe(true);
      expect(() => (r.shape as number[]).push(1)).toThrow(TypeError);
    }
    expect(a.add(1).shape).toBe(a.shape);
    expect(np.array(2).shape).toBe(SCALAR_SHAPE);
    expect(SCALAR_SHAPE).toEqual([]);
  });

  it("the common cases take a fast path, which keeps the array operand's shape object", () => {
    // The general path would build a new (equal) shape: this is how to see which path ran.
    const a = np.array([[1, 2, 3]]);
    const b = np.array([[4, 5, 6]]);
    expect(a.add(a).shape).toBe(a.shape);
    expect(a.sub(b).shape).toBe(a.shape);
    expect(a.mul(2).shape).toBe(a.shape);
    expect(np.div(2, b).shape).toBe(b.shape);
    expect(a.add(np.array([1])).shape).not.toBe(a.shape);
  });

  it('results never share data with an operand', () => {
    const a = np.array([1, 2]);
    const s = np.array(3);
    for (const r of [a.add(0), a.mul(1), np.add(0, a), a.pow(1), a.neg().neg()]) {
      expect(r.data).not.toBe(a.data);
    }
    for (const r of [s.add(0), s.mul(s), np.mul(1, s), s.neg().neg(), s.exp()]) {
      expect(r.data).not.toBe(s.data);
    }
  });

  it('the constructor still checks what users give it after the library has built arrays', () => {
    np.array(1).add(2);
    expect(() => new NDArray(new Float64Array(2), [3])).toThrow(RangeError);
    expect(() => new NDArray(Float64Array.of(0.5), [], 'int64')).toThrow(RangeError);
    expect(() => new NDArray([1] as unknown as Float64Array, [1])).toThrow(TypeError);
    const shape = [2];
    const a = new NDArray(new Float64Array(2), shape);
    shape[0] = 5;
    expect(a.shape).toEqual([2]);
  });

  it('the first array a program makes is checked too', async () => {
    vi.resetModules();
    const fresh = await import('../src/ndarray.js');
    expect(() => new fresh.NDArray(new Float64Array(2), [3])).toThrow(RangeError);
  });

  it('bad operands get the same errors on every path', () => {
    const a = np.array(2);
    const bad = ['1', null, undefined, [1], {}, true] as unknown as Operand[];
    for (const op of OPS) {
      for (const x of bad) {
        expect(outcome(() => a[op](x))).toEqual(
          outcome(() => broadcastOp(BINARY[op], a, x, `NDArray.${op}()`)),
        );
        expect(outcome(() => FREE[op](x, a))).toEqual(
          outcome(() => broadcastOp(BINARY[op], x, a, `${op}()`)),
        );
        expect(outcome(() => a[op](x)).ok).toBe(false);
      }
    }
  });
});
