// Step 18's page quotes the region below: a `using` block that spans an `await` leaves
// the setting off for whatever else runs meanwhile. The asserts after it check that.
import assert from 'node:assert/strict';
import { Config, noGrad, np, square, Variable } from '@dezero/step18';

// #region await
async function inference(x: Variable): Promise<Variable> {
  using _ = noGrad();
  await new Promise((resolve) => setTimeout(resolve, 10)); // say, waiting for a file
  return square(x);
}

const running = inference(new Variable(np.array(2.0)));
// Meanwhile, other code runs with the setting still off:
const elsewhere = square(new Variable(np.array(3.0)));
console.log('while inference() waits:', Config.enableBackprop, String(elsewhere.creator));
await running;
console.log('once it is done:        ', Config.enableBackprop);
// #endregion await

assert.equal(elsewhere.creator, null); // this graph was not recorded, though nobody asked
assert.equal(Config.enableBackprop, true);
