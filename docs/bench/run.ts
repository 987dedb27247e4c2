/**
 * `pnpm bench`: the one place where speed and memory are measured. Prints a table and
 * writes the same figures to docs/bench/results.json. `--quick` runs tiny sizes (the
 * smoke test uses it so this code cannot rot); `--no-numpy` skips the NumPy comparison;
 * `--out FILE` writes the JSON elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as np from '@dezero/ndarray';
import * as step16 from '@dezero/step16';
import * as step18 from '@dezero/step18';
import * as step22 from '@dezero/step22';
import { goldsteinPrice } from '@dezero/testkit/functions';
import { sumTree } from '@dezero/testkit/graphs';
import { MB, medianMs, retainedBytes } from './measure.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const outIndex = argv.indexOf('--out');
const resultsFile =
  outIndex === -1
    ? fileURLToPath(new URL('results.json', import.meta.url))
    : resolve(argv[outIndex + 1] ?? '');

const sizes = quick
  ? { elements: 10_000, cubeSide: 10, functions: [100, 1000], goldsteinCalls: 50, runs: 3 }
  : {
      elements: 1_000_000,
      cubeSide: 100,
      functions: [10_000, 100_000],
      goldsteinCalls: 5000,
      runs: 15,
    };

// 1. Element-wise NDArray operations, against NumPy when python3 has it.
function elementwise() {
  np.random.seed(0);
  const a = np.random.randn(sizes.elements);
  const b = np.random.randn(sizes.elements);
  const side = Math.round(Math.sqrt(sizes.elements));
  const matrix = np.random.randn(side, side);
  const row = np.random.randn(side);
  const runs = { runs: sizes.runs };
  const ms = {
    add: medianMs(() => a.add(b), runs),
    mul: medianMs(() => a.mul(b), runs),
    pow2: medianMs(() => a.pow(2), runs),
    exp: medianMs(() => a.exp(), runs),
    broadcast: medianMs(() => matrix.add(row), runs),
  };
  return { elements: sizes.elements, broadcastShapes: `(${side}, ${side}) + (${side},)`, ms };
}

function numpy(): { numpy: string; ms: Record<string, number> } | { skipped: string } {
  if (args.has('--no-numpy')) return { skipped: '--no-numpy' };
  const script = fileURLToPath(new URL('numpy_bench.py', import.meta.url));
  // OpenBLAS tuning variables slow a current NumPy on some machines; not needed here.
  const { OPENBLAS_CORETYPE: _coretype, OPENBLAS_L2_SIZE: _l2, ...env } = process.env;
  const run = spawnSync('python3', [script, String(sizes.elements), String(sizes.runs), '10'], {
    encoding: 'utf8',
    env,
  });
  if (run.error !== undefined || run.status !== 0) {
    const why = run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? 'failed';
    return { skipped: `python3 with numpy is not available (${why})` };
  }
  return JSON.parse(run.stdout) as { numpy: string; ms: Record<string, number> };
}

// 2. Step 18: square(square(square(x))) over np.ones([100, 100, 100]).
async function memorySaving() {
  const { Variable, square, noGrad } = step18;
  const shape = [sizes.cubeSide, sizes.cubeSide, sizes.cubeSide];
  const cube = (x: step18.Variable) => square(square(square(x)));

  /** Bytes kept after a forced GC beyond x and y, while both are held. */
  const retainedBeyondXY = async (build: (x: step18.Variable) => step18.Variable) => {
    const x = new Variable(np.ones(shape));
    const { bytes, kept: y } = await retainedBytes(() => build(x));
    return { bytes: bytes - (y.data as np.NDArray).data.byteLength, keep: [x, y] };
  };

  // Memory first, before the timing loops leave garbage behind.
  const retained = {
    backprop: (await retainedBeyondXY(cube)).bytes,
    noGrad: (await retainedBeyondXY((v) => noGrad(() => cube(v)))).bytes,
  };
  const x = new Variable(np.ones(shape));
  const runs = { runs: Math.max(3, Math.floor(sizes.runs / 3)) };
  return {
    arrayBytes: (x.data as np.NDArray).data.byteLength,
    retainedBytes: retained,
    ms: {
      forward: medianMs(() => cube(x), runs),
      forwardNoGrad: medianMs(() => noGrad(() => cube(x)), runs),
      forwardBackward: medianMs(() => {
        x.cleargrad();
        cube(x).backward();
      }, runs),
    },
  };
}

// 3. Goldstein–Price at a point, forward and backward, on step 22.
function goldsteinPriceCalls() {
  const { Variable } = step22;
  const call = () => {
    const x = new Variable(np.array(1.0));
    const y = new Variable(np.array(1.0));
    goldsteinPrice(x, y).backward();
  };
  const calls = sizes.goldsteinCalls;
  for (let i = 0; i < Math.min(calls, 500); i++) call(); // warm up
  const start = performance.now();
  for (let i = 0; i < calls; i++) call();
  const seconds = (performance.now() - start) / 1000;
  return { calls, callsPerSecond: calls / seconds };
}

// 4. Step 16's backward over many functions: a chain, and a wide graph.
function backwardScaling() {
  const { Variable, add, square } = step16;
  const scalar = (v: number) => new Variable(np.array(v));
  const chain = (n: number) => {
    const x = scalar(1);
    const one = scalar(1);
    let y = x;
    for (let i = 0; i < n; i++) y = add(y, one);
    return y;
  };
  const wide = (n: number) => {
    const x = scalar(3);
    return sumTree(
      Array.from({ length: n }, () => square(x)),
      add,
    );
  };
  /** Median backward time; the graph is built fresh for every run, outside the timing. */
  const backwardMs = (build: (n: number) => step16.Variable, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const y = build(n);
      const start = performance.now();
      y.backward();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2] as number;
  };
  const [small, large] = sizes.functions as [number, number];
  const figures = (build: (n: number) => step16.Variable) => {
    const ms = { [small]: backwardMs(build, small), [large]: backwardMs(build, large) };
    return { ms, ratio: (ms[large] as number) / (ms[small] as number) };
  };
  return { functions: [small, large], chain: figures(chain), wide: figures(wide) };
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  elementwise: elementwise(),
  numpy: numpy(),
  memorySaving: await memorySaving(),
  goldsteinPrice: goldsteinPriceCalls(),
  backward: backwardScaling(),
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

// The table for people.
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const numpyMs = 'ms' in results.numpy ? results.numpy.ms : undefined;
console.log(`DeZero-TS benchmarks (node ${process.version}${quick ? ', --quick sizes' : ''})\n`);
console.log(
  `1. @dezero/ndarray, ${results.elementwise.elements.toLocaleString('en')} float64 elements`,
);
console.log(
  `   ${'op'.padEnd(34)}${'ms'.padStart(9)}${'NumPy ms'.padStart(10)}${'ratio'.padStart(8)}`,
);
for (const [name, ms] of Object.entries(results.elementwise.ms)) {
  const label =
    name === 'broadcast'
      ? `add ${results.elementwise.broadcastShapes}`
      : name === 'pow2'
        ? 'pow(a, 2)'
        : name;
  const reference = numpyMs?.[name];
  const compared =
    reference === undefined
      ? ''
      : `${fixed(reference).padStart(10)}${`${fixed(ms / reference)}×`.padStart(8)}`;
  console.log(`   ${label.padEnd(34)}${fixed(ms).padStart(9)}${compared}`);
}
if ('skipped' in results.numpy)
  console.log(`   NumPy comparison skipped: ${results.numpy.skipped}`);

const m = results.memorySaving;
console.log(
  `\n2. Step 18: square(square(square(x))), x = np.ones([${sizes.cubeSide}, ${sizes.cubeSide}, ${sizes.cubeSide}]) (${fixed(m.arrayBytes / MB, 1)} MB an array)`,
);
console.log(
  `   forward ${fixed(m.ms.forward)} ms, under noGrad ${fixed(m.ms.forwardNoGrad)} ms, forward + backward ${fixed(m.ms.forwardBackward)} ms`,
);
console.log(
  `   kept beyond x and y after a forced GC: backprop ${fixed(m.retainedBytes.backprop / MB, 2)} MB, noGrad ${fixed(m.retainedBytes.noGrad / MB, 2)} MB`,
);

console.log(
  `\n3. Goldstein–Price at (1, 1), forward + backward on step 22: ${Math.round(results.goldsteinPrice.callsPerSecond).toLocaleString('en')} calls/s`,
);

const bw = results.backward;
const [small, large] = bw.functions as [number, number];
console.log(
  `\n4. Step 16 backward over ${small.toLocaleString('en')} and ${large.toLocaleString('en')} functions`,
);
for (const [name, figures] of [
  ['chain', bw.chain],
  ['wide', bw.wide],
] as const) {
  console.log(
    `   ${name.padEnd(6)} ${fixed(figures.ms[small] as number).padStart(8)} ms ${fixed(figures.ms[large] as number).padStart(9)} ms   ratio ${fixed(figures.ratio, 1)}`,
  );
}
console.log(`\nwritten to ${resultsFile}`);
