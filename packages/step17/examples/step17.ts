// The book's steps/step17.py: ten rounds of a graph over 10,000 numbers. The book prints
// nothing; here the memory in use after each round (after a forced GC) shows it flat.
import { np, square, Variable } from '@dezero/step17';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (pnpm demo 17 does)');

const inUse = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return `${((heapUsed + arrayBuffers) / 1e6).toFixed(1)} MB`;
};

for (let i = 0; i < 10; i++) {
  const x = new Variable(np.random.randn(10000)); // a big array
  const y = square(square(square(x))); // a graph, and the arrays it holds
  await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef lives to the task's end
  gc();
  console.log(`round ${i + 1}: ${y.data?.size} numbers, memory in use ${inUse()}`);
}
