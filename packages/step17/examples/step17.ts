// The book's steps/step17.py: ten rounds of a graph over 10,000 random numbers. The book
// prints nothing. Here each round prints the memory in use after a forced GC, and the loop
// runs twice: as the book writes it, then with a task boundary at the end of each round.
import { np, square, Variable } from '@dezero/step17';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (pnpm demo 17 does)');
// Twice: V8 hands array memory back on a helper thread, and the second GC waits for it.
const collect = () => {
  gc();
  gc();
};

const inUse = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return `${((heapUsed + arrayBuffers) / 1e6).toFixed(1)} MB`;
};

console.log('One synchronous loop, as in the book (one job: every WeakRef target is kept):');
for (let i = 0; i < 10; i++) {
  const x = new Variable(np.random.randn(10000)); // a big array
  const y = square(square(square(x))); // a graph, and the arrays it holds
  collect();
  console.log(`round ${i + 1}: ${y.data?.size} numbers, memory in use ${inUse()}`);
}

// Leave the job: from here on, nothing keeps the first loop's graphs.
await new Promise((resolve) => setImmediate(resolve));

console.log('Each round ending with a task boundary (the job ends every round):');
for (let i = 0; i < 10; i++) {
  const x = new Variable(np.random.randn(10000));
  const y = square(square(square(x)));
  await new Promise((resolve) => setImmediate(resolve)); // a task boundary: the job ends here
  collect();
  console.log(`round ${i + 1}: ${y.data?.size} numbers, memory in use ${inUse()}`);
}
