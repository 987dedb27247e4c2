/**
 * `node:assert/strict` in the playground: the strict mode of the `assert` package (Node's
 * assert module for browsers), where `equal` is `strictEqual` and `deepEqual` is
 * `deepStrictEqual`, as in Node.
 * @module
 */
import assert from 'assert';

const { strict } = assert;
export default strict;
export const {
  AssertionError,
  deepEqual,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
} = strict;
