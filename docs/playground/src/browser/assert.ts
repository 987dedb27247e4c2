/**
 * `node:assert` in the playground: the `assert` package, Node's assert module for
 * browsers, as an ES module with Node's named exports.
 * @module
 */
import assert from 'assert';

export default assert;
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
  strict,
  strictEqual,
  throws,
} = assert;
