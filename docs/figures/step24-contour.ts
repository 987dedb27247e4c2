/**
 * Step 24's page: the three test functions as contour maps, with the direction of their
 * gradient on a grid. Every value and every gradient is step 24's own code at work: one
 * forward over a whole grid of points at once (the operators work element by element over
 * arrays), and one backward for the gradients.
 */
import * as step24 from '@dezero/step24';
import { defineFigure } from '@dezero/tools/figures';
import type { ContourPanel } from './draw/contour.js';
import { contourSvg } from './draw/contour.js';

type TestFunction = (x: step24.Variable, y: step24.Variable) => step24.Variable;

/**
 * The square the panels show, and how finely: contours from 61 × 61 points, arrows at the
 * centres of 9 × 9 squares.
 */
const DOMAIN: [number, number] = [-2, 2];
const CONTOUR_POINTS = 61;
const ARROW_POINTS = 9;

/** `count` evenly spaced points across the domain, its ends included. */
function points(count: number): number[] {
  const [lo, hi] = DOMAIN;
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

/** The centres of `count` × `count` equal squares that tile the domain. */
function centres(count: number): number[] {
  const [lo, hi] = DOMAIN;
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / count);
}

/**
 * `f` and its gradient at every point of the grid `coords` × `coords`, by one forward and
 * one backward over 2-d arrays (row j is the j-th y): z, ∂z/∂x and ∂z/∂y, row by row.
 */
export function onGrid(f: TestFunction, coords: readonly number[]) {
  const { np, Variable } = step24;
  const x = new Variable(np.array(coords.map(() => [...coords])));
  const y = new Variable(np.array(coords.map((v) => coords.map(() => v))));
  const z = f(x, y);
  z.backward();
  if (z.data === null || x.grad === null || y.grad === null) {
    throw new Error('backward gave no gradient');
  }
  return { z: z.data.data, gx: x.grad.data, gy: y.grad.data };
}

/** The gradient at one point, as the demo prints it: `(-5376.0, 8064.0)`. */
function gradientAt(f: TestFunction, at: number): string {
  const { np, Variable } = step24;
  const [x, y] = [new Variable(np.array(at)), new Variable(np.array(at))];
  f(x, y).backward();
  return `(${x.grad}, ${y.grad})`;
}

function panel(
  title: string,
  formula: string,
  f: TestFunction,
  levels: readonly number[],
): ContourPanel {
  const fine = points(CONTOUR_POINTS);
  const coarse = centres(ARROW_POINTS);
  const { gx, gy } = onGrid(f, coarse);
  const arrows = coarse.flatMap((y, j) =>
    coarse.map((x, i) => ({
      x,
      y,
      gx: gx[i + j * ARROW_POINTS],
      gy: gy[i + j * ARROW_POINTS],
    })),
  );
  return {
    title,
    formula,
    levels,
    z: { size: CONTOUR_POINTS, values: onGrid(f, fine).z },
    arrows,
    marked: { x: 1, y: 1, label: ['gradient at (1, 1), circled:', gradientAt(f, 1)] },
  };
}

/** Goldstein–Price spans 3 to 10⁶ here: its levels go up by a factor of √10 each. */
const goldsteinLevels = Array.from({ length: 12 }, (_, k) => 10 ** (0.5 + k / 2));

export function contourFigureSvg(): string {
  return contourSvg(
    'Step 24: contour lines of each function, arrows along its gradient (backward)',
    [
      panel('Sphere', 'z = x² + y²', step24.sphere, [0.5, 1, 2, 3, 4, 5, 6, 7]),
      panel(
        'Matyas',
        'z = 0.26(x² + y²) − 0.48xy',
        step24.matyas,
        [0.02, 0.05, 0.1, 0.2, 0.4, 0.7, 1, 1.5, 2, 2.5, 3],
      ),
      panel(
        'Goldstein–Price (levels ×√10)',
        'z = [1 + (x+y+1)²(…)] · [30 + (2x−3y)²(…)]',
        step24.goldstein,
        goldsteinLevels,
      ),
    ],
    { domain: DOMAIN, ticks: [-2, -1, 0, 1, 2] },
  );
}

export default defineFigure({
  step: 24,
  name: 'contour',
  machineDependent: false,
  render: ({ when }) => ({
    svg: contourFigureSvg(),
    alt:
      'Contour maps of the sphere, Matyas and Goldstein–Price functions over x and y from −2 to 2, ' +
      'with arrows along the gradient on a 9 × 9 grid; at (1, 1), circled, the gradients are ' +
      '(2.0, 2.0), (0.040000000000000036, 0.040000000000000036) and (−5376.0, 8064.0)',
    caption:
      `Drawn from step 24's own code ${when}: each function evaluated by one forward over a ` +
      `${CONTOUR_POINTS} × ${CONTOUR_POINTS} grid of points at once, its contour lines traced by ` +
      'd3-contour (marching squares); the arrows point along the gradient that one backward ' +
      `gives at the centre of each of ${ARROW_POINTS} × ${ARROW_POINTS} squares, all drawn one length, ` +
      'so only the direction shows: uphill, across the contour lines. Goldstein–Price climbs ' +
      'from 3 to about 10⁶ here, so its lines are drawn at 10^0.5, 10^1, 10^1.5, …, 10^6.',
  }),
});
