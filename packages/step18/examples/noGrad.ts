// Step 18's page quotes the region below: the two ways to switch backprop off for a block
// of code. The asserts after it check what its comments say.
// biome-ignore-all lint/correctness/noUnusedVariables: the page shows a block as a reader writes it
import assert from 'node:assert/strict';
import { Config, noGrad, np, square, Variable } from '@dezero/step18';

const x = new Variable(np.array(2.0));

// #region using
{
  using _ = noGrad(); // restored at the end of the block
  const y = square(x);
}

const y = noGrad(() => square(x)); // restored when the callback returns or throws
// #endregion using

assert.equal(y.creator, null); // the callback recorded no graph
assert.equal(Config.enableBackprop, true); // and the setting is back on

// The block form, checked inside the block: the setting is off, no creator is recorded.
{
  using _ = noGrad();
  assert.equal(Config.enableBackprop, false);
  assert.equal(square(x).creator, null);
}
assert.equal(Config.enableBackprop, true);

// However the block ends: a throw restores the setting too.
assert.throws(() => {
  using _ = noGrad();
  throw new Error('inside');
});
assert.equal(Config.enableBackprop, true);
