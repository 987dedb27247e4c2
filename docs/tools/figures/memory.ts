/**
 * The memory figures of steps 17 and 18, measured when the docs are built: the bytes of
 * array data still reachable after a forced garbage collection, with each step's real code
 * and the bench's way of measuring. Needs `node --expose-gc` (the `docs` scripts pass it).
 */
import * as step16 from '@dezero/step16';
import * as step17 from '@dezero/step17';
import * as step18 from '@dezero/step18';
import { arrayBufferBytesAfterGc as arrayBytes, MB, retainedBytes } from '../../bench/measure.js';
import { COLORS, svgDocument, text } from './svg.js';

/** One bar: what was measured, and how many bytes stayed reachable. */
export interface Measurement {
  readonly label: string;
  readonly bytes: number;
}

/** 100 × 100 × 100 float64 numbers: 8 MB an array, the book's step 18 example. */
const SHAPE = [100, 100, 100];

/**
 * Step 17: what a function's hold on its outputs keeps alive. A graph nobody holds is freed
 * by V8 in both steps, cycle or not; holding only `y.creator` keeps `y` alive while the
 * function holds its outputs strongly (step 16), and not once it holds them weakly (step 17).
 */
export async function measureWeakOutputs(): Promise<Measurement[]> {
  // y = square(x) over 8 MB: x → square → y, and y.creator points back at the function.
  const graph16 = () => step16.square(new step16.Variable(step16.np.ones(SHAPE)));
  const graph17 = () => step17.square(new step17.Variable(step17.np.ones(SHAPE)));
  const dropped = (graph: () => unknown) => () => {
    graph();
    return null;
  };
  return [
    { label: 'step 16, graph dropped', bytes: (await retainedBytes(dropped(graph16))).bytes },
    { label: 'step 17, graph dropped', bytes: (await retainedBytes(dropped(graph17))).bytes },
    {
      label: 'step 16, only y.creator kept',
      bytes: (await retainedBytes(() => graph16().creator)).bytes,
    },
    {
      label: 'step 17, only y.creator kept',
      bytes: (await retainedBytes(() => graph17().creator)).bytes,
    },
  ];
}

/**
 * Step 18: `y = square(square(square(x)))` over 8 MB arrays. With backprop on, `y` keeps the
 * whole graph (x, a, b) alive; under `noGrad()` only itself. After `backward()`, only the
 * leaf keeps its gradient unless `retainGrad` asks for all of them.
 */
export async function measureMemorySaving(): Promise<Measurement[]> {
  const { np, noGrad, square, Variable } = step18;
  const cube = () => square(square(square(new Variable(np.ones(SHAPE)))));
  const gradientBytes = async (retainGrad: boolean) => {
    const x = new Variable(np.ones(SHAPE));
    const y = square(square(square(x)));
    const before = await arrayBytes();
    y.backward({ retainGrad });
    const after = await arrayBytes();
    return { bytes: after - before, kept: [x, y] };
  };
  return [
    { label: 'y kept, backprop on', bytes: (await retainedBytes(cube)).bytes },
    { label: 'y kept, under noGrad()', bytes: (await retainedBytes(() => noGrad(cube))).bytes },
    { label: 'gradients after backward()', bytes: (await gradientBytes(false)).bytes },
    {
      label: 'gradients after backward({ retainGrad: true })',
      bytes: (await gradientBytes(true)).bytes,
    },
  ];
}

/** `16.0 MB` */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

const WIDTH = 560;
const MARGIN = 16;
const VALUE_SPACE = 80;
const ROW = 46;

/** A horizontal bar chart of measurements in MB, each bar under its label. */
export function memorySvg(measurements: readonly Measurement[], title: string): string {
  const most = Math.max(MB, ...measurements.map((m) => m.bytes));
  const barSpace = WIDTH - 2 * MARGIN - VALUE_SPACE;
  const top = 44;
  const height = top + measurements.length * ROW + 8;
  const rows = measurements.flatMap((m, i) => {
    const y = top + i * ROW;
    const barWidth = Math.max(0, (m.bytes / most) * barSpace);
    const color = i % 2 === 0 ? COLORS.bar : COLORS.barAlt;
    return [
      text(MARGIN, y + 12, m.label, { anchor: 'start', size: 13 }),
      `<rect x="${MARGIN}" y="${y + 18}" width="${barWidth.toFixed(1)}" height="16" rx="3" fill="${color}"/>`,
      text(MARGIN + barWidth + 8, y + 31, megabytes(m.bytes), { anchor: 'start', size: 13 }),
    ];
  });
  return svgDocument(WIDTH, height, title, [
    text(MARGIN, 26, title, { anchor: 'start', weight: 'bold', size: 14 }),
    ...rows,
  ]);
}
