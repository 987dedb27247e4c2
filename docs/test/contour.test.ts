/**
 * Step 24's figure: contour maps drawn from the step's own forward and backward over a grid,
 * and the drawing code in tools/figures/contour.ts.
 */
import { goldstein, matyas, np, sphere, Variable } from '@dezero/step24';
import { svgProblem } from '@dezero/tools/pageBuild';
import { describe, expect, it } from 'vitest';
import { contourSvg } from '../figures/draw/contour.js';
import figure, { contourFigureSvg, onGrid } from '../figures/step24-contour.js';

describe("the figure's numbers come from one forward and one backward over the grid", () => {
  const coords = [-2, -0.5, 1, 1.5];
  for (const [name, f] of [
    ['sphere', sphere],
    ['matyas', matyas],
    ['goldstein', goldstein],
  ] as const) {
    it(`${name}: each element is the value and the gradient at that point alone`, () => {
      const grid = onGrid(f, coords);
      coords.forEach((y, j) => {
        coords.forEach((x, i) => {
          const [vx, vy] = [new Variable(np.array(x)), new Variable(np.array(y))];
          const z = f(vx, vy);
          z.backward();
          const k = i + j * coords.length;
          expect([grid.z[k], grid.gx[k], grid.gy[k]], `at (${x}, ${y})`).toEqual([
            z.data?.item(),
            vx.grad?.item(),
            vy.grad?.item(),
          ]);
        });
      });
    });
  }

  it('the figure marks (1, 1) with the gradients the demo prints', async () => {
    const svg = contourFigureSvg();
    expect(svgProblem(svg)).toBeUndefined();
    for (const gradient of [
      '(2.0, 2.0)',
      '(0.040000000000000036, 0.040000000000000036)',
      '(-5376.0, 8064.0)',
    ]) {
      expect(svg).toContain(`>${gradient}</text>`);
    }
    const drawn = await figure.render({ when: 'now', machine: 'Node v0.0.0 on a test' });
    expect(drawn.svg).toBe(svg);
    expect(drawn.caption).toContain('now');
  });
});

describe('contourSvg', () => {
  // z = x + y on a 5 × 5 grid over [0, 4]: straight contour lines, gradient (1, 1) everywhere.
  const size = 5;
  const values = Array.from({ length: size * size }, (_, k) => (k % size) + Math.floor(k / size));
  const svg = contourSvg(
    'A test',
    [
      {
        title: 'Plane',
        formula: 'z = x + y',
        levels: [1.5, 3.5, 5.5],
        z: { size, values },
        arrows: [
          { x: 1, y: 1, gx: 1, gy: 1 },
          { x: 3, y: 3, gx: 0, gy: 0 },
        ],
        marked: { x: 2, y: 2, label: ['at (2, 2):', 'z = 4'] },
      },
    ],
    { domain: [0, 4], ticks: [0, 2, 4] },
  );

  it('is a well-formed SVG with its title', () => {
    expect(svgProblem(svg)).toBeUndefined();
    expect(svg).toContain('<title>A test</title>');
  });

  it('fills one path per level, and draws an arrow per non-zero gradient, a dot for zero', () => {
    expect(svg.match(/<path d="M[^"]*" fill="rgb/g)).toHaveLength(3);
    expect(svg.match(/<line [^>]*marker-end/g)).toHaveLength(1);
    expect(svg.match(/<circle [^>]*r="1.6"/g)).toHaveLength(1);
  });

  it('points the arrow up and to the right for a gradient (1, 1): y grows upwards', () => {
    const [, x1, y1, x2, y2] = /<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/
      .exec(svg)
      ?.map(Number) ?? [0, 0, 0, 0, 0];
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
  });

  it('writes the label lines and the ticks', () => {
    for (const words of ['>at (2, 2):</text>', '>z = 4</text>', '>Plane</text>', '>4</text>']) {
      expect(svg).toContain(words);
    }
  });
});
