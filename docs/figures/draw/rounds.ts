/**
 * The rounds chart: memory in use after each round of a loop, one line per way of running
 * it, with the rounds along the bottom and megabytes up the side.
 */
import { MB } from '@dezero/testkit/memory';
import { COLORS, round, text, titledDocument } from './svg.js';

/** One line of the chart: how the loop ran, and the bytes in use after each round. */
export interface Series {
  readonly label: string;
  readonly bytes: readonly number[];
}

/** Four colours that stay apart on white, inverted dark, and to colour-blind eyes. */
const LINE_COLORS = ['#d97706', '#2563eb', '#059669', '#7c3aed'] as const;
/** A dash pattern per line too, so the lines differ without colour. */
const DASHES = ['', '6 4', '2 3', '10 3 2 3'] as const;

const WIDTH = 560;
const LEFT = 56;
const RIGHT = 16;
const TOP = 44;
const PLOT_HEIGHT = 220;
const LEGEND_ROW = 20;

/** A line chart of `series` (bytes after each round), titled `title`. */
export function roundsSvg(series: readonly Series[], title: string): string {
  const rounds = Math.max(...series.map((s) => s.bytes.length));
  const most = Math.max(MB, ...series.flatMap((s) => s.bytes));
  const top = niceCeiling(most / MB);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (i: number) => LEFT + (rounds === 1 ? 0 : (i / (rounds - 1)) * plotWidth);
  const y = (bytes: number) => TOP + PLOT_HEIGHT - (Math.max(0, bytes) / MB / top) * PLOT_HEIGHT;
  const bottom = TOP + PLOT_HEIGHT;

  const grid = [0, 0.25, 0.5, 0.75, 1].flatMap((f) => {
    const mb = top * f;
    return [
      `<line x1="${LEFT}" y1="${round(y(mb * MB))}" x2="${WIDTH - RIGHT}" y2="${round(y(mb * MB))}" stroke="${COLORS.grid}"/>`,
      text(LEFT - 6, y(mb * MB) + 4, `${formatMB(mb)} MB`, {
        anchor: 'end',
        size: 11,
        color: COLORS.muted,
      }),
    ];
  });
  const ticks = Array.from({ length: rounds }, (_, i) =>
    text(x(i), bottom + 16, String(i + 1), { size: 11, color: COLORS.muted }),
  );
  const lines = series.flatMap((s, k) => {
    const color = LINE_COLORS[k % LINE_COLORS.length];
    const dash = DASHES[k % DASHES.length];
    const points = s.bytes.map((b, i) => `${round(x(i))},${round(y(b))}`).join(' ');
    return [
      `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      ...s.bytes.map(
        (b, i) => `<circle cx="${round(x(i))}" cy="${round(y(b))}" r="3" fill="${color}"/>`,
      ),
    ];
  });
  const legendTop = bottom + 58;
  const legend = series.flatMap((s, k) => {
    const color = LINE_COLORS[k % LINE_COLORS.length];
    const dash = DASHES[k % DASHES.length];
    const ly = legendTop + k * LEGEND_ROW;
    const last = s.bytes.at(-1) ?? 0;
    return [
      `<line x1="${LEFT}" y1="${ly - 4}" x2="${LEFT + 28}" y2="${ly - 4}" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      text(LEFT + 36, ly, `${s.label}: ${megabytes(last)} after round ${s.bytes.length}`, {
        anchor: 'start',
        size: 12,
      }),
    ];
  });
  const height = legendTop + series.length * LEGEND_ROW + 4;
  return titledDocument(WIDTH, height, title, [
    ...grid,
    `<line x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}" stroke="${COLORS.muted}"/>`,
    ...ticks,
    text(LEFT + plotWidth / 2, bottom + 32, 'round', { size: 11, color: COLORS.muted }),
    ...lines,
    ...legend,
  ]);
}

/** An axis label: `40`, `2.5`, `0`. */
function formatMB(mb: number): string {
  return Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1);
}

/** `32.0 MB`, and `0.0 MB` for a reading below the baseline (never `-0.0 MB` or `-0.1 MB`). */
export function megabytes(bytes: number): string {
  return `${(Math.max(0, bytes) / MB).toFixed(1)} MB`;
}

/** The smallest of 1, 2, 4, 6, 8 × 10ⁿ at or above `value`: the top of the scale, in quarters. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 4, 6, 8]) if (step * power >= value) return step * power;
  return 10 * power;
}
