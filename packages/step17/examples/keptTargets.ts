// Step 17's page quotes the region below: when the language lets go of a WeakRef's
// target. Run it with `node --expose-gc` (the docs build does). The asserts after it check
// what its comments say.
import assert from 'node:assert/strict';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const seen: string[] = [];
const print = (line: string) => {
  console.log(line);
  seen.push(line);
};

// #region kept
/** A weak reference to 8 MB of numbers that nothing else refers to. */
const weakToFreshArray = () => new WeakRef({ numbers: new Float64Array(1_000_000) });
const state = (ref: WeakRef<object>) => (ref.deref() === undefined ? 'collected' : 'alive');

let ref = weakToFreshArray();
gc(); // the same job: making the WeakRef was enough to keep its target
print(`same job:                    ${state(ref)}`);

ref = weakToFreshArray();
await Promise.resolve(); // a microtask: the job goes on
gc();
print(`after await Promise.resolve: ${state(ref)}`);

ref = weakToFreshArray();
await new Promise((resolve) => setImmediate(resolve)); // a task boundary: the job ends
gc();
print(`after a task boundary:       ${state(ref)}`);
// #endregion kept

assert.deepEqual(
  seen.map((line) => line.split(':')[1].trim()),
  ['alive', 'alive', 'collected'],
);
