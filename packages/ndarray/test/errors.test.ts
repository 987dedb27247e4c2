import { describe, expect, it } from 'vitest';
import * as np from '../src/index.js';

/**
 * Bad input must throw the right error class with a message that names what was wrong.
 * TypeError: a value of the wrong kind (not a number, not an array, an unknown dtype name).
 * RangeError: a number or shape outside what is allowed (including broadcast mismatches).
 */
type Row = [
  label: string,
  run: () => unknown,
  error: typeof TypeError | typeof RangeError,
  message: string | RegExp,
];

/** Runs each row, checking the error class and message. */
function expectErrors(rows: Row[]): void {
  it.each(rows)('%s', (_label, run, errorClass, message) => {
    expect(run).toThrow(errorClass);
    expect(run).toThrow(message);
  });
}

/** Lets a test pass JavaScript-only values (strings, null, …) where TypeScript wants others. */
const loose = <T>(value: unknown) => value as T;

/** Stands in for DeZero's Variable: only its constructor name matters. */
class Variable {}

describe('array() rejects bad nesting and values', () => {
  expectErrors([
    [
      'ragged rows',
      () =>
        np.array([
          [1, 2, 3],
          [4, 5],
        ]),
      RangeError,
      'array(): ragged nesting: element 1 has shape (2,) but element 0 has shape (3,)',
    ],
    [
      'ragged deep inside',
      () =>
        np.array([
          [[1], [2]],
          [[3], [4, 5]],
        ]),
      RangeError,
      'element [1, 1] has shape (2,) but element [1, 0] has shape (1,)',
    ],
    [
      'a list among numbers',
      () => np.array(loose([1, [2]])),
      RangeError,
      'element 1 has shape (1,) but element 0 has shape ()',
    ],
    [
      'a number among lists',
      () => np.array(loose([[1], 2])),
      RangeError,
      'element 1 has shape () but element 0 has shape (1,)',
    ],
    [
      'a ragged first element',
      () =>
        np.array(
          loose([
            [1, 2],
            [[3], 4],
          ]),
        ),
      RangeError,
      'element 1 has shape (2,1) but element 0 has shape (2,)',
    ],
    [
      'a string element',
      () => np.array(loose([1, 'a'])),
      TypeError,
      'array(): element 1 is a string ("a"); expected a number',
    ],
    ['null deep inside', () => np.array(loose([[1, null]])), TypeError, 'element [0, 1] is null'],
    ['a bigint', () => np.array(loose([2n])), TypeError, 'element 0 is a bigint (2n)'],
    [
      'a string as data',
      () => np.array(loose('abc')),
      TypeError,
      'array(): data is a string ("abc")',
    ],
    [
      'a typed array as data',
      () => np.array(loose(Float64Array.of(1))),
      TypeError,
      'data is a Float64Array',
    ],
    ['a symbol as data', () => np.array(loose(Symbol('s'))), TypeError, 'data is a symbol;'],
    [
      'an object of a class with no name',
      () => np.array(loose(new (class {})())),
      TypeError,
      'array(): data is an Object; expected a number',
    ],
    [
      'an object with no prototype',
      () => np.array(loose(Object.create(null))),
      TypeError,
      'array(): data is an Object; expected a number',
    ],
    [
      'a fraction for int64',
      () => np.array([1, 1.5], { dtype: 'int64' }),
      RangeError,
      'array(): element 1: 1.5 is not a whole number, so it cannot be int64',
    ],
    [
      'NaN for int64',
      () => np.array([Number.NaN], { dtype: 'int64' }),
      RangeError,
      'element 0: NaN is not a whole number',
    ],
    [
      '2**53 for int64',
      () => np.array([[2 ** 53]], { dtype: 'int64' }),
      RangeError,
      'array(): element [0, 0]: 9007199254740992 is beyond ±(2**53 - 1), so int64 cannot hold it exactly',
    ],
    [
      '-Infinity for int64',
      () => np.array([-Infinity], { dtype: 'int64' }),
      RangeError,
      'array(): element 0: -Infinity is beyond ±(2**53 - 1), so int64 cannot hold it exactly',
    ],
    [
      'a float array to int64',
      () => np.array(np.array([0.5]), { dtype: 'int64' }),
      RangeError,
      'array(): 0.5 is not a whole number',
    ],
    [
      'an unknown dtype',
      () => np.array([1], loose({ dtype: 'float32' })),
      TypeError,
      "array(): unknown dtype 'float32'; valid dtypes are 'float64', 'int64'",
    ],
    [
      'an unknown dtype for a copy of an NDArray',
      () => np.array(np.array([1]), loose({ dtype: 'float32' })),
      TypeError,
      "array(): unknown dtype 'float32'",
    ],
    [
      'an unknown dtype for full',
      () => np.full([1], 0, loose({ dtype: 'int8' })),
      TypeError,
      "full(): unknown dtype 'int8'",
    ],
    [
      'an unknown dtype for ones',
      () => np.ones([1], loose({ dtype: 'bool' })),
      TypeError,
      "ones(): unknown dtype 'bool'",
    ],
    [
      'a dtype that is not a string',
      () => np.zeros(1, loose({ dtype: 64 })),
      TypeError,
      'zeros(): unknown dtype a number (64)',
    ],
  ]);
});

describe('shapes must be whole numbers >= 0', () => {
  expectErrors([
    [
      'a negative dimension',
      () => np.zeros([2, -1]),
      RangeError,
      'zeros(): shape (2,-1) has dimension -1',
    ],
    [
      'a fractional dimension',
      () => np.ones([1.5]),
      RangeError,
      'ones(): shape (1.5,) has dimension 1.5',
    ],
    [
      'a NaN length',
      () => np.full(Number.NaN, 1),
      RangeError,
      'full(): shape (NaN,) has dimension NaN',
    ],
    [
      'a string shape',
      () => np.zeros(loose('3')),
      TypeError,
      'zeros(): shape must be an array of numbers, got a string ("3")',
    ],
    [
      'a function as the shape',
      () => np.zeros(loose(() => 3)),
      TypeError,
      'zeros(): shape must be an array of numbers, got a function',
    ],
    [
      'a string dimension',
      () => np.zeros(loose(['3'])),
      TypeError,
      'shape entries must be numbers, got a string ("3")',
    ],
    [
      'randn(-1)',
      () => np.random.randn(-1),
      RangeError,
      'random.randn(): shape (-1,) has dimension -1',
    ],
    [
      'rand(2, 0.5)',
      () => np.random.rand(2, 0.5),
      RangeError,
      'random.rand(): shape (2,0.5) has dimension 0.5',
    ],
  ]);
});

describe('the NDArray constructor checks what it wraps', () => {
  expectErrors([
    [
      'too few elements',
      () => new np.NDArray(new Float64Array(5), [2, 3]),
      RangeError,
      'new NDArray(): data has 5 elements but shape (2,3) needs 6',
    ],
    [
      'a plain array as data',
      () => new np.NDArray(loose([1, 2]), [2]),
      TypeError,
      'data must be a Float64Array, got an Array',
    ],
    [
      'a fraction for int64',
      () => new np.NDArray(Float64Array.of(0.5), [1], 'int64'),
      RangeError,
      'new NDArray(): 0.5 is not a whole number',
    ],
    [
      'an unknown dtype',
      () => new np.NDArray(new Float64Array(1), [], loose('int32')),
      TypeError,
      "new NDArray(): unknown dtype 'int32'",
    ],
    [
      'a negative dimension',
      () => new np.NDArray(new Float64Array(0), [-2]),
      RangeError,
      'new NDArray(): shape (-2,) has dimension -2',
    ],
  ]);
});

describe('accessors', () => {
  expectErrors([
    ['length of a 0-d array', () => np.array(2).length, TypeError, 'len() of unsized object'],
    ['item() of 6 elements', () => np.zeros([2, 3]).item(), RangeError, 'this array has size 6'],
    ['item() of an empty array', () => np.zeros([0]).item(), RangeError, 'this array has size 0'],
  ]);
});

describe('operands must be NDArrays or numbers', () => {
  const a = np.array([1, 2]);
  const variableHint = (method: string, fromStep: number) =>
    `got a Variable; NDArray operations take an NDArray or a number. Write variable.${method}(array) instead (a DeZero Variable has it from step ${fromStep} on; TypeScript has no __array_priority__).`;

  expectErrors([
    [
      'a.add(variable)',
      () => a.add(loose(new Variable())),
      TypeError,
      `NDArray.add(): ${variableHint('radd', 21)}`,
    ],
    [
      'a.sub(variable)',
      () => a.sub(loose(new Variable())),
      TypeError,
      `NDArray.sub(): ${variableHint('rsub', 22)}`,
    ],
    [
      'a.mul(variable)',
      () => a.mul(loose(new Variable())),
      TypeError,
      `NDArray.mul(): ${variableHint('rmul', 21)}`,
    ],
    [
      'a.div(variable)',
      () => a.div(loose(new Variable())),
      TypeError,
      `NDArray.div(): ${variableHint('rdiv', 22)}`,
    ],
    [
      'np.add(a, variable)',
      () => np.add(a, loose(new Variable())),
      TypeError,
      `add(): ${variableHint('radd', 21)}`,
    ],
    [
      'np.add(variable, a)',
      () => np.add(loose(new Variable()), a),
      TypeError,
      `add(): ${variableHint('add', 21)}`,
    ],
    [
      'np.mul(variable, a)',
      () => np.mul(loose(new Variable()), a),
      TypeError,
      `mul(): ${variableHint('mul', 21)}`,
    ],
    [
      'np.sub(variable, a)',
      () => np.sub(loose(new Variable()), a),
      TypeError,
      `sub(): ${variableHint('sub', 22)}`,
    ],
    [
      'np.div(variable, a)',
      () => np.div(loose(new Variable()), a),
      TypeError,
      `div(): ${variableHint('div', 22)}`,
    ],
    [
      'np.div(a, variable)',
      () => np.div(a, loose(new Variable())),
      TypeError,
      `div(): ${variableHint('rdiv', 22)}`,
    ],
    [
      'np.pow(variable, a) names no method: Variable.pow takes a number',
      () => np.pow(loose(new Variable()), a),
      TypeError,
      /^pow\(\): got a Variable; NDArray operations take an NDArray or a number\.$/,
    ],
    [
      'a.pow(variable) has no reflected method',
      () => a.pow(loose(new Variable())),
      TypeError,
      /^NDArray\.pow\(\): got a Variable; NDArray operations take an NDArray or a number\.$/,
    ],
    ['np.exp(variable)', () => np.exp(loose(new Variable())), TypeError, 'exp(): got a Variable'],
    ['a string', () => a.add(loose('1')), TypeError, 'NDArray.add(): got a string ("1")'],
    [
      'a nested list',
      () => a.mul(loose([1, 2])),
      TypeError,
      'got an Array; NDArray operations take an NDArray or a number. Wrap nested arrays with array() first.',
    ],
    ['undefined', () => a.sub(loose(undefined)), TypeError, 'NDArray.sub(): got undefined'],
    ['null', () => np.div(loose(null), a), TypeError, 'div(): got null'],
    ['a plain object', () => a.add(loose({})), TypeError, 'got an Object'],
    ['a boolean', () => np.neg(loose(true)), TypeError, 'neg(): got a boolean (true)'],
    [
      'zerosLike of a list',
      () => np.zerosLike(loose([1])),
      TypeError,
      'zerosLike(): expected an NDArray, got an Array',
    ],
    [
      'onesLike of a number',
      () => np.onesLike(loose(1)),
      TypeError,
      'onesLike(): expected an NDArray, got a number (1)',
    ],
    [
      'repr of a list',
      () => np.repr(loose([1])),
      TypeError,
      'repr(): expected an NDArray, got an Array',
    ],
    [
      'allclose with a string',
      () => np.allclose(a, loose('a')),
      TypeError,
      'allclose(): expected an NDArray or a number, got a string ("a")',
    ],
    [
      'allclose with a string first',
      () => np.allclose(loose('a'), a),
      TypeError,
      'allclose(): expected an NDArray or a number, got a string ("a")',
    ],
    [
      'allclose with a bad rtol',
      () => np.allclose(a, a, loose({ rtol: '1' })),
      TypeError,
      'allclose(): rtol must be a number, got a string ("1")',
    ],
    [
      'full with a string value',
      () => np.full([1], loose('1')),
      TypeError,
      'full(): the fill value must be a number, got a string ("1")',
    ],
    [
      'full int64 with a fraction',
      () => np.full([1], 0.5, { dtype: 'int64' }),
      RangeError,
      'full(): fill value: 0.5 is not a whole number',
    ],
  ]);
});

describe('random.seed takes a 32-bit unsigned whole number', () => {
  expectErrors([
    [
      'negative',
      () => np.random.seed(-1),
      RangeError,
      'random.seed(): seed must be a whole number in [0, 2**32 - 1], got -1',
    ],
    ['fractional', () => np.random.seed(1.5), RangeError, 'got 1.5'],
    ['too big', () => np.random.seed(2 ** 32), RangeError, 'got 4294967296'],
    [
      'a string',
      () => np.random.seed(loose('1')),
      TypeError,
      'random.seed(): seed must be a number, got a string ("1")',
    ],
  ]);
});
