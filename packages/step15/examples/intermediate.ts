// Step 15's page quotes the region below: an intermediate variable, a = square(x), feeding
// two functions. The asserts check the values its comments give, and the wrong gradient.
import assert from 'node:assert/strict';
import { add, np, square, Variable } from '@dezero/step15';

const x = new Variable(np.array(2.0));
// #region graph
const a = square(x); // a = x² = 4
const y = add(square(a), square(a)); // y = a² + a² = 2x⁴ = 32
// #endregion graph

assert.equal(String(a.data), '4.0');
assert.equal(String(y.data), '32.0');
y.backward();
assert.equal(String(x.grad), '96.0'); // not 8x³ = 64: the page explains why
