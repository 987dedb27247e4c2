/**
 * The memory chart: bytes of array data still reachable after a forced garbage collection,
 * as horizontal bars. The figures in docs/figures/ that draw it measure with their step's
 * real code and `@dezero/testkit/memory`, the tests' and the bench's way of measuring
 * (`node --expose-gc`, which the `docs` and `readme` scripts pass).
 */
import { MB } from '@dezero/testkit/memory';
import type { FigureContext, RenderedFigure } from '@dezero/tools/figures';
import { megabytes } from './rounds.js';
import { COLORS, text, titledDocument } from './svg.js';

/** One bar: what was measured, and how many bytes stayed reachable. */
export interface Measurement {
  readonly label: string;
  readonly bytes: number;
}

/** 100 × 100 × 100 float64 numbers: 8 MB an array, the book's step 18 example. */
export const SHAPE = [100, 100, 100];

/**
 * A memory figure: the chart, its values in the alt text, and a caption that says whose code
 * was measured (`code`: "step 18's code") and which machine measured it; `note`, when given,
 * ends the caption.
 */
export function memoryFigure(
  code: string,
  measurements: readonly Measurement[],
  title: string,
  { when, machine }: FigureContext,
  note?: string,
): RenderedFigure {
  const values = measurements.map((m) => `${m.label}: ${megabytes(m.bytes)}`).join('; ');
  return {
    svg: memorySvg(measurements, title),
    alt: `${title}. ${values}.`,
    caption:
      `Measured with ${code} ${when} (${machine}): ` +
      'the bytes of array data still reachable after a forced garbage collection ' +
      `(\`node --expose-gc\`).${note === undefined ? '' : ` ${note}`}`,
  };
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
  return titledDocument(WIDTH, height, title, rows);
}
