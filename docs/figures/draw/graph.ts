/**
 * The graph figures: a computational graph built by a step's real code, written as DOT text
 * by `getDotGraph` (the book's step-26 `get_dot_graph`, `@dezero/playground/graph`, the code
 * the playground's `plotDotGraph` runs) and laid out and drawn as SVG by Graphviz compiled to
 * WebAssembly (@viz-js/viz), in Node, when `pnpm readme` runs. The figures of docs/figures/
 * named `stepNN-graph.ts` give it their step's graph.
 *
 * For steps 15 and 16 it also records the order in which `backward()` took the functions of
 * the book's example (x → square → a → two squares → add → y), which their captions give.
 */
import type { NDArray } from '@dezero/ndarray';
import { type GraphVariable, getDotGraph } from '@dezero/playground/graph';
import { instance } from '@viz-js/viz';
import { escapeXml } from './svg.js';

/** What the trace reads of a function: its outputs are weak references from step 17 on. */
interface TracedFn {
  readonly inputs: readonly TracedVar[];
  readonly outputs: readonly (TracedVar | WeakRef<TracedVar>)[];
  readonly generation?: number;
  backward(...gys: NDArray[]): NDArray | NDArray[];
}

interface TracedVar extends GraphVariable {
  readonly creator: TracedFn | null;
  readonly generation?: number;
  readonly grad: NDArray | null;
}

/** What the example needs of a step module. */
export interface GraphLineage<V extends TracedVar> {
  readonly Variable: new (data: NDArray) => V;
  square(x: V): V;
  add(x0: V, x1: V): V;
  readonly np: { array(value: number): NDArray };
}

export interface TracedVariable {
  readonly name: string;
  readonly generation: number | undefined;
  /** The data, as NumPy prints it: how the reader finds the variable in the drawing. */
  readonly data: string;
  /** The gradient after `y.backward()`, as NumPy prints it. */
  readonly grad: string;
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
}

export interface GraphTrace {
  readonly variables: readonly TracedVariable[];
  readonly functions: readonly TracedFunction[];
  /** The functions in the order `backward()` took them. */
  readonly order: readonly TracedFunction[];
  /** The example's output, y, after `y.backward()`: what the figure draws. */
  readonly output: GraphVariable;
}

/**
 * Builds the book's example with the step's own functions, runs `y.backward()`, and records
 * what happened. Each function's `backward` is wrapped on the instance (never on a class) to
 * note when it runs.
 */
export function traceExample<V extends TracedVar & { backward(): void }>(
  dz: GraphLineage<V>,
): GraphTrace {
  const x = new dz.Variable(dz.np.array(2.0));
  const a = dz.square(x);
  const b = dz.square(a);
  const c = dz.square(a);
  const y = dz.add(b, c);
  const named: [string, TracedVar][] = [
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

  const names = (vs: readonly (TracedVar | WeakRef<TracedVar>)[]) =>
    vs.map((v) => nameOf.get(v instanceof WeakRef ? (v.deref() as TracedVar) : v) ?? '?');
  const tracedFunctions = functions.map(
    (f, i): TracedFunction => ({
      name: f.constructor.name.toLowerCase(),
      generation: f.generation,
      inputs: names(f.inputs),
      outputs: names(f.outputs),
      visits: order.flatMap((visited, turn) => (visited === i ? [turn + 1] : [])),
    }),
  );
  return {
    variables: named.map(([name, v]) => ({
      name,
      generation: v.generation,
      data: String(v.data),
      grad: String(v.grad),
    })),
    functions: tracedFunctions,
    order: order.map((i) => tracedFunctions[i] as TracedFunction),
    output: y,
  };
}

/** `add → y; square → c; …`: the order a trace's `backward()` took the functions in. */
export function backwardOrder(trace: GraphTrace): string {
  return trace.order.map((f) => `${f.name} → ${f.outputs.join(', ')}`).join('; ');
}

/** Which variable is which in the drawing, where variables have no names (steps 15 to 18). */
export function whichIsWhich(trace: GraphTrace): string {
  const byData = new Map<string, string[]>();
  for (const v of trace.variables) byData.set(v.data, [...(byData.get(v.data) ?? []), v.name]);
  return [...byData].map(([data, names]) => `${names.join(' and ')} ${data}`).join(', ');
}

/** One graph of a figure: the output it is drawn from, and a label under it when there are several. */
export interface Panel {
  readonly output: GraphVariable;
  /** getDotGraph's `verbose`: a variable's shape and dtype, from step 19 on. */
  readonly verbose?: boolean;
  readonly label?: string;
}

const viz = instance();

/**
 * The DOT text of each panel, with the detail the playground draws (`plotDotGraph`), laid out
 * by Graphviz: one SVG, the panels side by side, each with its label under it.
 */
export async function drawGraphs(panels: readonly Panel[]): Promise<string> {
  const drawn = await Promise.all(
    panels.map(async (panel) => ({
      panel,
      ...graphviz(
        (await viz).renderString(
          getDotGraph(panel.output, panel.verbose ?? false, { detail: true }),
          {
            format: 'svg',
          },
        ),
      ),
    })),
  );
  if (drawn.length === 1 && drawn[0]?.panel.label === undefined) {
    const [only] = drawn as [(typeof drawn)[0]];
    return svgOf(only.width, only.height, [only.body]);
  }
  const GAP = 24;
  const LABEL = 28;
  const height = Math.max(...drawn.map((d) => d.height)) + LABEL;
  let x = 0;
  const body: string[] = [];
  for (const d of drawn) {
    body.push(
      `<g transform="translate(${x} 0)">`,
      d.body,
      '</g>',
      `<text x="${round(x + d.width / 2)}" y="${height - 9}" text-anchor="middle" font-family="Times,serif" font-size="14">${escapeXml(d.panel.label ?? '')}</text>`,
    );
    x += d.width + GAP;
  }
  return svgOf(x - GAP, height, body);
}

/** The SVG's own title (the page's image has the figure's alt text). */
const SVG_TITLE = 'A computational graph, drawn by Graphviz from the DOT text getDotGraph wrote';

/** A whole SVG document on a white card, `width` × `height` points. */
function svgOf(width: number, height: number, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${SVG_TITLE}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Graphviz's SVG, without its XML prolog, doctype and comments: its size and its drawing. */
function graphviz(svg: string): { width: number; height: number; body: string } {
  const box = /viewBox="0\.00 0\.00 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (box === null) throw new Error(`Graphviz wrote no viewBox: ${svg.slice(0, 200)}`);
  const start = svg.indexOf('<g id="graph0"');
  const end = svg.lastIndexOf('</svg>');
  const body = svg
    .slice(start, end)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .trim();
  return { width: Math.ceil(Number(box[1])), height: Math.ceil(Number(box[2])), body };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
