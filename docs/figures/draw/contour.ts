/**
 * The contour figure: panels of a function of two variables over a square, filled between
 * contour lines, with arrows showing the direction of the gradient at points of a coarser
 * grid. The contour polygons come from d3-contour (marching squares); the values and the
 * gradients come from whoever calls it (step 24's figure computes them with the step's own
 * forward and backward).
 */
import { contours } from 'd3-contour';
import { COLORS, round, svgDocument, text } from './svg.js';

/** Values on a square grid of `size` × `size` points, row by row from the lowest y. */
export interface GridValues {
  readonly size: number;
  /** `values[i + j * size]` is the value at the i-th x and the j-th y. */
  readonly values: ArrayLike<number>;
}

/** A gradient at a point: where it is drawn, and its two components. */
export interface GradientArrow {
  readonly x: number;
  readonly y: number;
  readonly gx: number;
  readonly gy: number;
}

export interface ContourPanel {
  /** The function's name, above the panel: `Goldstein–Price`. */
  readonly title: string;
  /** Its formula, under the name: `z = x² + y²`. */
  readonly formula: string;
  /** The values of z whose contour lines are drawn, ascending. */
  readonly levels: readonly number[];
  /** z on the grid. */
  readonly z: GridValues;
  /** The gradients drawn as arrows, each scaled to one length: only the direction shows. */
  readonly arrows: readonly GradientArrow[];
  /** A point to mark, and the lines under the panel that say what is there. */
  readonly marked: { readonly x: number; readonly y: number; readonly label: readonly string[] };
}

export interface ContourOptions {
  /** The square both axes span: [lo, hi]. */
  readonly domain: readonly [number, number];
  /** The ticks on both axes. */
  readonly ticks: readonly number[];
}

const PLOT = 230;
const GAP = 52;
const LEFT = 40;
const TOP = 92;
const BOTTOM = 84;
const ARROW = 15;

/** The fill between level k and k + 1: from near white to the figures' blue. */
function bandColor(k: number, count: number): string {
  const [from, to] = [
    [239, 246, 255],
    [96, 140, 214],
  ];
  const t = count <= 1 ? 0 : k / (count - 1);
  const channel = (c: number) => Math.round(from[c] + (to[c] - from[c]) * t);
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}

/** The SVG of the panels side by side, titled `title`. */
export function contourSvg(
  title: string,
  panels: readonly ContourPanel[],
  { domain, ticks }: ContourOptions,
): string {
  const [lo, hi] = domain;
  const width = LEFT + panels.length * PLOT + (panels.length - 1) * GAP + 24;
  const height = TOP + PLOT + BOTTOM;
  const body: string[] = [
    text(16, 26, title, { anchor: 'start', weight: 'bold', size: 14 }),
    '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">' +
      `<path d="M0,0 L10,5 L0,10 z" fill="${COLORS.ink}"/></marker></defs>`,
  ];
  panels.forEach((panel, p) => {
    const left = LEFT + p * (PLOT + GAP);
    // Domain to pixels: x to the right, y upwards.
    const px = (x: number) => left + ((x - lo) / (hi - lo)) * PLOT;
    const py = (y: number) => TOP + PLOT - ((y - lo) / (hi - lo)) * PLOT;
    const { size, values } = panel.z;
    // d3-contour puts the value of grid index i at coordinate i + 0.5.
    const cell = (hi - lo) / (size - 1);
    const gx = (c: number) => px(lo + (c - 0.5) * cell);
    const gy = (c: number) => py(lo + (c - 0.5) * cell);
    const clip = `clip-${p}`;
    body.push(
      text(left + PLOT / 2, 56, panel.title, { weight: 'bold', size: 14 }),
      text(left + PLOT / 2, 76, panel.formula, { size: 12, color: COLORS.muted }),
      `<clipPath id="${clip}"><rect x="${left}" y="${TOP}" width="${PLOT}" height="${PLOT}"/></clipPath>`,
      `<rect x="${left}" y="${TOP}" width="${PLOT}" height="${PLOT}" fill="${bandColor(0, 2)}"/>`,
    );
    const polygons = contours()
      .size([size, size])
      .thresholds([...panel.levels])(Array.from(values));
    const paths = polygons.map((polygon, k) => {
      const d = polygon.coordinates
        .flatMap((rings) =>
          rings.map(
            (ring) => `M${ring.map(([x, y]) => `${round(gx(x))},${round(gy(y))}`).join('L')}Z`,
          ),
        )
        .join('');
      return `<path d="${d}" fill="${bandColor(k + 1, polygons.length)}" fill-rule="evenodd" stroke="#1e3a8a" stroke-opacity="0.55" stroke-width="0.8"/>`;
    });
    body.push(`<g clip-path="url(#${clip})">`, ...paths, '</g>');
    body.push(
      `<rect x="${left}" y="${TOP}" width="${PLOT}" height="${PLOT}" fill="none" stroke="${COLORS.muted}"/>`,
    );
    for (const { x, y, gx: ax, gy: ay } of panel.arrows) {
      const length = Math.hypot(ax, ay);
      if (length === 0 || !Number.isFinite(length)) {
        body.push(
          `<circle cx="${round(px(x))}" cy="${round(py(y))}" r="1.6" fill="${COLORS.ink}"/>`,
        );
        continue;
      }
      // Pixels point down where y points up: the arrow's y component changes sign.
      const [dx, dy] = [(ax / length) * ARROW, (-ay / length) * ARROW];
      const [x0, y0] = [px(x) - dx / 2, py(y) - dy / 2];
      body.push(
        `<line x1="${round(x0)}" y1="${round(y0)}" x2="${round(x0 + dx)}" y2="${round(y0 + dy)}" stroke="${COLORS.ink}" stroke-width="1.2" marker-end="url(#arrowhead)"/>`,
      );
    }
    const { marked } = panel;
    body.push(
      `<circle cx="${round(px(marked.x))}" cy="${round(py(marked.y))}" r="4" fill="none" stroke="${COLORS.variableStroke}" stroke-width="2"/>`,
      ...marked.label.map((line, k) =>
        text(left + PLOT / 2, TOP + PLOT + 52 + 16 * k, line, { size: 12 }),
      ),
    );
    for (const tick of ticks) {
      body.push(
        text(px(tick), TOP + PLOT + 16, String(tick), { size: 11, color: COLORS.muted }),
        text(left - 6, py(tick) + 4, String(tick), {
          size: 11,
          anchor: 'end',
          color: COLORS.muted,
        }),
      );
    }
    body.push(
      text(left + PLOT / 2, TOP + PLOT + 31, 'x', { size: 12, color: COLORS.muted }),
      text(left - 26, TOP + PLOT / 2 + 4, 'y', { size: 12, color: COLORS.muted }),
    );
  });
  return svgDocument(width, height, title, body);
}
