// Step 20's page quotes the regions below: what JavaScript's own operators do with
// Variables, and what Symbol.toPrimitive can and cannot change. The asserts after them
// check what their comments say.
import assert from 'node:assert/strict';
import { np, Variable } from '@dezero/step20';

// #region operators
const a = new Variable(np.array(3.0));
const b = new Variable(np.array(2.0));

// @ts-expect-error TS2365: Operator '+' cannot be applied to types 'Variable' and 'Variable'.
console.log(a + b); // each side becomes a string, and the two are joined
// @ts-expect-error TS2362, TS2363: each side of `*` must be a number, a bigint or an enum.
console.log(a * b); // each side becomes a number, and 'variable(3.0)' is NaN
console.log(String(a.mul(b))); // the method builds the graph
// #endregion operators

// #region toPrimitive
// An object may choose the primitive it becomes, but the operator still gets a primitive:
const six = { [Symbol.toPrimitive]: () => 6 };
// @ts-expect-error TS2362: TypeScript does not look at Symbol.toPrimitive either.
console.log(six * 2); // a number, never an object
const itself = {
  [Symbol.toPrimitive]() {
    return this; // not a primitive
  },
};
try {
  // @ts-expect-error TS2362, as above.
  console.log(itself * 2);
} catch (error) {
  console.log(String(error));
}
// #endregion toPrimitive

// @ts-expect-error as above
assert.equal(a + b, 'variable(3.0)variable(2.0)');
// @ts-expect-error as above
assert.ok(Number.isNaN(a * b));
assert.equal(a.mul(b).creator?.constructor.name, 'Mul');
// @ts-expect-error as above
assert.equal(six * 2, 12);
// @ts-expect-error as above
assert.throws(() => itself * 2, new TypeError('Cannot convert object to primitive value'));
