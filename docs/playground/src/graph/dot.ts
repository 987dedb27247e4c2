/**
 * The computational graph behind a variable, as Graphviz DOT text: the book's step-26
 * `get_dot_graph` (`dezero/utils.py`), walking the objects of whichever step made the
 * variable. It reads what the step's own `Variable` and `Function` hold (`creator`,
 * `inputs`, `outputs`, `name`, `data`, `grad`, `generation`, the `shape` and `dtype`
 * getters) and calls none of their methods, so the step packages stay the book's code and
 * the graph shows each step as it is: no names before step 19, no generations before 16,
 * weak references to the outputs from 17, gradients dropped by memory-saving mode on 18.
 *
 * The same module runs in Node (the figures of the step pages) and in the playground's
 * worker (`plotDotGraph`).
 * @module
 */

/** What the walk reads of a function: any step's `Function` has these. */
export interface GraphFunction {
  readonly inputs: readonly GraphVariable[];
  /** Steps 15 and 16 hold the outputs themselves; from step 17 on, weak references to them. */
  readonly outputs: readonly (GraphVariable | WeakRef<GraphVariable>)[];
  readonly generation?: number;
}

/** What the walk reads of a variable: any step's `Variable` has these. */
export interface GraphVariable {
  readonly data: unknown;
  readonly grad: unknown;
  readonly creator: GraphFunction | null;
}

/** The optional fields a variable has from some step on. */
interface LaterVariable {
  /** Step 16 on. */
  readonly generation?: unknown;
  /** Step 19 on. */
  readonly name?: unknown;
  /** Step 19 on: getters on the class. */
  readonly shape?: unknown;
  readonly dtype?: unknown;
}

export interface DotOptions {
  /**
   * `false` (the default): exactly the text the book's `get_dot_graph` writes, with ids
   * numbered 1, 2, … in the order the walk meets the objects (Python writes `id()`, an
   * address). `true`: the same statements, and what the step holds beyond the book's
   * labels: each variable's data, its gradient when it has one and its generation (step 16
   * on), each function's generation, and function → output edges drawn dashed where the
   * function holds its outputs through weak references (step 17 on).
   */
  readonly detail?: boolean;
}

/**
 * The graph of the functions and variables that `output` was computed from, as DOT text:
 * the book's `get_dot_graph(output, verbose)`. With `verbose`, a variable's label adds its
 * shape and dtype (`x: (2, 3) int64`), as the book's does, from step 19 on, where a
 * `Variable` has `shape` and `dtype`.
 *
 * Departures, each where the book's code would fail: a variable with no creator (a leaf, or
 * a result made under `noGrad`) is drawn alone, where the book's walk raises on `None`;
 * an output that a weak reference has lost is drawn as a node labelled `(collected)`; a
 * quote or backslash in a name is escaped.
 * @throws TypeError when `output` is not a variable (an object with `creator`, `data` and
 * `grad`), or a function in the graph has no `inputs` or `outputs` list.
 */
export function getDotGraph(
  output: GraphVariable,
  verbose = true,
  { detail = false }: DotOptions = {},
): string {
  checkVariable(output, 'getDotGraph(output)');
  const ids = new Ids();
  let txt = '';
  const funcs: GraphFunction[] = [];
  const seenSet = new Set<GraphFunction>();

  const addFunc = (f: GraphFunction) => {
    if (!seenSet.has(f)) {
      funcs.push(f);
      // funcs.sort(key=lambda x: x.generation)  -- commented out in the book too
      seenSet.add(f);
    }
  };

  if (output.creator !== null) addFunc(output.creator);
  txt += dotVar(output, verbose, detail, ids);

  while (funcs.length > 0) {
    const func = funcs.pop() as GraphFunction;
    txt += dotFunc(func, detail, ids);
    for (const x of func.inputs) {
      txt += dotVar(x, verbose, detail, ids);
      if (x.creator !== null) addFunc(x.creator);
    }
  }
  return `digraph g {\n${txt}}`;
}

/** The book's `_dot_var`: one variable's node. */
function dotVar(v: GraphVariable, verbose: boolean, detail: boolean, ids: Ids): string {
  const later = v as GraphVariable & LaterVariable;
  const hasName = typeof later.name === 'string';
  let name = hasName ? (later.name as string) : '';
  // `in`: the getters live on the class; steps before 19 have neither.
  if (verbose && v.data !== null && 'shape' in v && 'dtype' in v) {
    if (hasName) name += ': ';
    name += `${pythonTuple(later.shape)} ${String(later.dtype)}`;
  }
  // With detail, a variable with no name starts at its data: a label whose first line is
  // empty breaks Graphviz's WebAssembly build (@viz-js/viz; mdaines/viz-js#204), which
  // then fails the renders after it.
  const lines = detail && name === '' ? [] : [name];
  if (detail) {
    lines.push(`data ${String(v.data)}`);
    if (v.grad !== null && v.grad !== undefined) lines.push(`grad ${String(v.grad)}`);
    if (typeof later.generation === 'number') lines.push(`generation ${later.generation}`);
  }
  return `${ids.of(v)} [label="${label(lines)}", color=orange, style=filled]\n`;
}

/** The book's `_dot_func`: one function's node, and its edges in and out. */
function dotFunc(f: GraphFunction, detail: boolean, ids: Ids): string {
  checkFunction(f);
  const lines = [f.constructor.name];
  if (detail && typeof f.generation === 'number') lines.push(`generation ${f.generation}`);
  let txt = `${ids.of(f)} [label="${label(lines)}", color=lightblue, style=filled, shape=box]\n`;

  for (const x of f.inputs) {
    txt += `${ids.of(x)} -> ${ids.of(f)}\n`;
  }
  for (const y of f.outputs) {
    // y is a weak reference from step 17 on, as in the book (`y()` there, `deref()` here).
    const weak = y instanceof WeakRef;
    const target = weak ? y.deref() : y;
    if (target === undefined) {
      const gone = ids.collected();
      txt += `${gone} [label="(collected)", style=dashed]\n`;
      txt += `${ids.of(f)} -> ${gone}${detail ? ' [style=dashed]' : ''}\n`;
      continue;
    }
    txt += `${ids.of(f)} -> ${ids.of(target)}${detail && weak ? ' [style=dashed]' : ''}\n`;
  }
  return txt;
}

/** Python's `str()` of a shape tuple, as the book's label prints it: `()`, `(3,)`, `(2, 3)`. */
function pythonTuple(shape: unknown): string {
  if (!Array.isArray(shape)) return String(shape);
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** A DOT label's text: quotes and backslashes escaped, lines joined by `\n`. */
function label(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.replaceAll('\\', '\\\\').replaceAll('"', '\\"'))
    .join('\\n');
}

/** Stands in for Python's `id()`: each object a number, in the order the walk meets them. */
class Ids {
  readonly #ids = new Map<object, number>();
  #next = 1;

  of(o: object): number {
    let id = this.#ids.get(o);
    if (id === undefined) {
      id = this.#next++;
      this.#ids.set(o, id);
    }
    return id;
  }

  /** A fresh id for an output whose weak reference is empty. */
  collected(): number {
    return this.#next++;
  }
}

function checkVariable(v: unknown, where: string): asserts v is GraphVariable {
  const isVariable =
    typeof v === 'object' && v !== null && 'creator' in v && 'data' in v && 'grad' in v;
  if (!isVariable) {
    throw new TypeError(`${where} must be a Variable, got ${describe(v)}`);
  }
}

function checkFunction(f: GraphFunction): void {
  if (!Array.isArray(f.inputs) || !Array.isArray(f.outputs)) {
    throw new TypeError(
      `a creator in the graph (${describe(f)}) has no inputs and outputs lists: not a Function`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return `an object of class ${value.constructor?.name ?? 'Object'}`;
}
