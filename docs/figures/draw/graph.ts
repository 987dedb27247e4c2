/**
 * The graph figure: the book's example graph (x → square → a → two squares → add → y) built
 * and backpropagated by a step's real code, with each function's generation and the order
 * in which `backward()` took the functions. The figures in docs/figures/ that draw it give
 * it their step's module.
 */
import type { NDArray } from '@dezero/ndarray';
import type { FigureContext, RenderedFigure } from '@dezero/tools/figures';
import { COLORS, round, svgDocument, text } from './svg.js';

/** What the figure reads of a function: steps 15 and 16 hold inputs and outputs strongly. */
interface GraphFunction {
  readonly inputs: readonly GraphVariable[];
  readonly outputs: readonly GraphVariable[];
  /** Step 16 on; step 15 has no generations. */
  readonly generation?: number;
  backward(...gys: NDArray[]): NDArray | NDArray[];
}

interface GraphVariable {
  readonly creator: GraphFunction | null;
  readonly generation?: number;
  readonly grad: NDArray | null;
}

/** What the figure needs of a step module. */
export interface GraphLineage<V extends GraphVariable> {
  readonly Variable: new (data: NDArray) => V;
  square(x: V): V;
  add(x0: V, x1: V): V;
  readonly np: { array(value: number): NDArray };
}

export interface TracedVariable {
  readonly name: string;
  readonly generation: number | undefined;
  /** The gradient after `y.backward()`, as NumPy prints it. */
  readonly grad: string;
  readonly depth: number;
}

export interface TracedFunction {
  /** `square` or `add`: the name of its class, lower-cased as the book's helpers are. */
  readonly name: string;
  readonly generation: number | undefined;
  /** The names of its input and output variables. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** When `backward()` took it: 1 for first. Step 15 takes one function twice. */
  readonly visits: readonly number[];
  readonly depth: number;
}

export interface GraphTrace {
  readonly variables: readonly TracedVariable[];
  readonly functions: readonly TracedFunction[];
  /** The functions in the order `backward()` took them. */
  readonly order: readonly TracedFunction[];
}

/**
 * Builds the book's example with the step's own functions, runs `y.backward()`, and records
 * what happened. Each function's `backward` is wrapped on the instance (never on a class) to
 * note when it runs.
 */
export function traceExample<V extends GraphVariable & { backward(): void }>(
  dz: GraphLineage<V>,
): GraphTrace {
  const x = new dz.Variable(dz.np.array(2.0));
  const a = dz.square(x);
  const b = dz.square(a);
  const c = dz.square(a);
  const y = dz.add(b, c);
  const named: [string, GraphVariable][] = [
    ['x', x],
    ['a', a],
    ['b', b],
    ['c', c],
    ['y', y],
  ];
  const nameOf = new Map(named.map(([name, v]) => [v, name]));
  const functions = named.flatMap(([, v]) => (v.creator === null ? [] : [v.creator]));

  const order: number[] = [];
  functions.forEach((f, i) => {
    const backward = f.backward.bind(f);
    f.backward = (...gys) => {
      order.push(i);
      return backward(...gys);
    };
  });
  y.backward();

  const variableDepth = (v: GraphVariable): number =>
    v.creator === null ? 0 : functionDepth(v.creator) + 1;
  const functionDepth = (f: GraphFunction): number => Math.max(...f.inputs.map(variableDepth)) + 1;
  const names = (vs: readonly GraphVariable[]) => vs.map((v) => nameOf.get(v) ?? '?');

  const tracedFunctions = functions.map(
    (f, i): TracedFunction => ({
      name: f.constructor.name.toLowerCase(),
      generation: f.generation,
      inputs: names(f.inputs),
      outputs: names(f.outputs),
      visits: order.flatMap((visited, turn) => (visited === i ? [turn + 1] : [])),
      depth: functionDepth(f),
    }),
  );
  return {
    variables: named.map(([name, v]) => ({
      name,
      generation: v.generation,
      grad: String(v.grad),
      depth: variableDepth(v),
    })),
    functions: tracedFunctions,
    order: order.map((i) => tracedFunctions[i]),
  };
}

/** The figure of step `step`'s page: its trace drawn, and what the trace shows in words. */
export function graphFigure(
  step: number,
  trace: GraphTrace,
  { when }: FigureContext,
): RenderedFigure {
  const x = trace.variables.find((v) => v.name === 'x');
  const title = `y = add(square(a), square(a)) with a = square(x), as step ${step}'s backward() walks it`;
  const order = trace.order.map((f) => `${f.name} → ${f.outputs.join(', ')}`).join('; ');
  return {
    svg: graphSvg(trace, title),
    alt: title,
    caption:
      `Drawn from step ${step}'s own code, run ${when}: \`backward()\` took ` +
      `the functions in the order ${order}, and \`x.grad\` came out \`${x?.grad}\`.`,
  };
}

const COLUMN = 112;
const ROW = 112;
const MARGIN_X = 56;
const TOP = 64;
const RADIUS = 24;
const BOX = { width: 84, height: 36 };

/** Draws a traced graph: variables as circles, functions as boxes, left to right by depth. */
export function graphSvg(trace: GraphTrace, title: string): string {
  const columns = new Map<number, string[]>();
  const place = (depth: number, key: string) => {
    const column = columns.get(depth) ?? [];
    column.push(key);
    columns.set(depth, column);
  };
  for (const v of trace.variables) place(v.depth, `v:${v.name}`);
  for (const [i, f] of trace.functions.entries()) place(f.depth, `f:${i}`);

  const rows = Math.max(...[...columns.values()].map((c) => c.length));
  const middle = TOP + ((rows - 1) * ROW) / 2 + 20;
  const position = new Map<string, { x: number; y: number }>();
  for (const [depth, keys] of columns) {
    keys.forEach((key, i) => {
      position.set(key, {
        x: MARGIN_X + depth * COLUMN,
        y: middle + (i - (keys.length - 1) / 2) * ROW,
      });
    });
  }
  const at = (key: string) => position.get(key) ?? { x: 0, y: 0 };
  const width = MARGIN_X * 2 + (columns.size - 1) * COLUMN;
  const legendY = middle + ((rows - 1) * ROW) / 2 + 92;
  const height = legendY + 30;

  const edges = trace.functions.flatMap((f, i) => {
    const box = at(`f:${i}`);
    return [
      ...f.inputs.map((name) => arrow(at(`v:${name}`), RADIUS, box, BOX.width / 2)),
      ...f.outputs.map((name) => arrow(box, BOX.width / 2, at(`v:${name}`), RADIUS)),
    ];
  });
  const variables = trace.variables.flatMap((v) => {
    const { x, y } = at(`v:${v.name}`);
    return [
      `<circle cx="${x}" cy="${y}" r="${RADIUS}" fill="${COLORS.variable}" stroke="${COLORS.variableStroke}" stroke-width="1.5"/>`,
      text(x, y + 5, v.name, { size: 16, weight: 'bold' }),
      ...(v.generation === undefined
        ? []
        : [text(x, y + RADIUS + 17, `gen ${v.generation}`, { size: 12, color: COLORS.muted })]),
      text(x, y + RADIUS + (v.generation === undefined ? 17 : 33), `grad ${v.grad}`, {
        size: 12,
        color: COLORS.muted,
      }),
    ];
  });
  const functions = trace.functions.flatMap((f, i) => {
    const { x, y } = at(`f:${i}`);
    const badges = f.visits.map((turn, k) => {
      const bx = x - ((f.visits.length - 1) * 24) / 2 + k * 24;
      const by = y - BOX.height / 2 - 16;
      return (
        `<circle cx="${round(bx)}" cy="${by}" r="11" fill="${COLORS.badge}"/>` +
        text(bx, by + 4.5, String(turn), { size: 12, weight: 'bold', color: '#ffffff' })
      );
    });
    return [
      `<rect x="${x - BOX.width / 2}" y="${y - BOX.height / 2}" width="${BOX.width}" height="${BOX.height}" rx="6" fill="${COLORS.func}" stroke="${COLORS.funcStroke}" stroke-width="1.5"/>`,
      text(x, y + 5, f.name, { size: 14 }),
      ...(f.generation === undefined
        ? []
        : [
            text(x, y + BOX.height / 2 + 17, `gen ${f.generation}`, {
              size: 12,
              color: COLORS.muted,
            }),
          ]),
      ...badges,
    ];
  });
  const legend = [
    `<circle cx="${MARGIN_X - 20}" cy="${legendY}" r="11" fill="${COLORS.badge}"/>`,
    text(MARGIN_X - 20, legendY + 4.5, 'n', { size: 12, weight: 'bold', color: '#ffffff' }),
    text(MARGIN_X - 2, legendY + 5, 'the order in which backward() took the function', {
      anchor: 'start',
      size: 13,
      color: COLORS.muted,
    }),
  ];

  return svgDocument(width, height, title, [
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
      `<path d="M 0 0 L 10 5 L 0 10 z" fill="${COLORS.muted}"/></marker></defs>`,
    ...edges,
    ...variables,
    ...functions,
    ...legend,
  ]);
}

/** A straight arrow from the right side of one node to the left side of the next. */
function arrow(
  from: { x: number; y: number },
  fromHalfWidth: number,
  to: { x: number; y: number },
  toHalfWidth: number,
): string {
  const x1 = from.x + fromHalfWidth;
  const x2 = to.x - toHalfWidth - 2;
  return `<line x1="${round(x1)}" y1="${round(from.y)}" x2="${round(x2)}" y2="${round(to.y)}" stroke="${COLORS.muted}" stroke-width="1.5" marker-end="url(#arrow)"/>`;
}
