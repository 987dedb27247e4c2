/**
 * The graph walk (src/graph/dot.ts) against the real step packages: the nodes and edges of
 * each step's objects, the generations of step 16, the weak (dashed) links of step 17, the
 * gradients step 18 drops or keeps, the names and shapes of step 19 — and the text the book's
 * own get_dot_graph wrote, run in Python on the book's DeZero (fixtures/book_dot.json).
 */
import { readFileSync } from 'node:fs';
import * as s15 from '@dezero/step15';
import * as s16 from '@dezero/step16';
import * as s17 from '@dezero/step17';
import * as s18 from '@dezero/step18';
import * as s19 from '@dezero/step19';
import * as s22 from '@dezero/step22';
import * as s24 from '@dezero/step24';
import { describe, expect, it } from 'vitest';
import { type GraphVariable, getDotGraph } from '../src/graph/dot.ts';

interface Node {
  readonly label: string;
  readonly shape: 'box' | 'ellipse';
}
interface Edge {
  readonly from: string;
  readonly to: string;
  readonly dashed: boolean;
}

/** Reads back the statements getDotGraph writes: nodes by id (the last statement wins), edges. */
function parse(dot: string): { nodes: Map<string, Node>; edges: Edge[] } {
  const lines = dot.split('\n');
  expect(lines[0]).toBe('digraph g {');
  expect(lines.at(-1)).toBe('}');
  const nodes = new Map<string, Node>();
  const edges: Edge[] = [];
  for (const line of lines.slice(1, -1)) {
    const edge = /^(\d+) -> (\d+)( \[style=dashed\])?$/.exec(line);
    if (edge !== null) {
      edges.push({ from: edge[1], to: edge[2], dashed: edge[3] !== undefined });
      continue;
    }
    const node = /^(\d+) \[label="((?:[^"\\]|\\.)*)", (.*)\]$/.exec(line);
    if (node === null) throw new Error(`not a statement getDotGraph writes: ${line}`);
    const label = node[2].replaceAll('\\n', '\n').replaceAll('\\"', '"');
    nodes.set(node[1], { label, shape: node[3].includes('shape=box') ? 'box' : 'ellipse' });
  }
  return { nodes, edges };
}

/** The node's label, found by its first line. */
function labelled(nodes: Map<string, Node>, firstLine: string): [string, Node][] {
  return [...nodes].filter(([, node]) => node.label.split('\n')[0] === firstLine);
}

/** What `lesson` uses of a step: any step's module fits, with its own Variable. */
interface LessonStep<V> {
  readonly Variable: new (data: s15.np.NDArray) => V;
  readonly square: (x: V) => V;
  readonly add: (x0: V, x1: V) => V;
}

/** Step 15's graph: a = x², y = a² + a², at x = 2. */
function lesson<V>(dz: LessonStep<V>) {
  const x = new dz.Variable(s15.np.array(2.0));
  const a = dz.square(x);
  const b = dz.square(a);
  const c = dz.square(a);
  const y = dz.add(b, c);
  return { x, a, b, c, y };
}

describe('the walk, on every step from 15', () => {
  it.each([
    ['15', (): GraphVariable => lesson(s15).y],
    ['16', (): GraphVariable => lesson(s16).y],
    ['17', (): GraphVariable => lesson(s17).y],
    ['18', (): GraphVariable => lesson(s18).y],
    ['22', (): GraphVariable => lesson(s22).y],
  ] as const)('step %s: 5 variables, 4 functions, 9 edges input → function → output', (_, y) => {
    const { nodes, edges } = parse(getDotGraph(y()));
    const functions = [...nodes.values()].filter((node) => node.shape === 'box');
    expect(functions.map((f) => f.label).sort()).toEqual(['Add', 'Square', 'Square', 'Square']);
    expect(nodes.size - functions.length).toBe(5);
    const unique = new Set(edges.map((e) => `${e.from}->${e.to}`));
    expect(unique.size).toBe(9);
    // Every edge joins a variable and a function, one way or the other.
    for (const edge of edges) {
      const ends = [nodes.get(edge.from)?.shape, nodes.get(edge.to)?.shape];
      expect(ends.sort()).toEqual(['box', 'ellipse']);
    }
    // The Add function has the two squares' outputs in and y out.
    const [[addId]] = labelled(nodes, 'Add');
    expect(edges.filter((e) => e.to === addId)).toHaveLength(2);
    expect(edges.filter((e) => e.from === addId).map((e) => e.to)).toEqual(['1']); // y, first
  });

  it('writes the book text for y = x² on step 15: ids in the order the walk meets them', () => {
    const x = new s15.Variable(s15.np.array(3.0));
    expect(getDotGraph(s15.square(x))).toBe(
      [
        'digraph g {',
        '1 [label="", color=orange, style=filled]',
        '2 [label="Square", color=lightblue, style=filled, shape=box]',
        '3 -> 2',
        '2 -> 1',
        '3 [label="", color=orange, style=filled]',
        '}',
      ].join('\n'),
    );
  });

  it('draws a variable with no creator alone (the book raises on None there)', () => {
    const x = new s22.Variable(s22.np.array(1.0), 'x');
    expect(getDotGraph(x)).toBe(
      'digraph g {\n1 [label="x: () float64", color=orange, style=filled]\n}',
    );
  });

  it('refuses what is not a variable, naming what it got', () => {
    expect(() => getDotGraph(3 as unknown as GraphVariable)).toThrow(
      new TypeError('getDotGraph(output) must be a Variable, got number'),
    );
    expect(() => getDotGraph(s22.np.array(1) as unknown as GraphVariable)).toThrow(
      /must be a Variable, got an object of class NDArray/,
    );
  });
});

describe('with detail: what each step adds', () => {
  it('data on every variable, and the gradients of step 15 (the wrong 96 at x)', () => {
    const { y } = lesson(s15);
    y.backward();
    const { nodes } = parse(getDotGraph(y, true, { detail: true }));
    const labels = [...nodes.values()].filter((n) => n.shape === 'ellipse').map((n) => n.label);
    // Step 15's walk: a gets 8 + 8 = 16 and x gets 32 + 64 = 96 (the right answer is 64).
    expect(labels.sort()).toEqual(
      [
        'data 32.0\ngrad 1.0', // y
        'data 16.0\ngrad 1.0', // b
        'data 16.0\ngrad 1.0', // c
        'data 4.0\ngrad 16.0', // a
        'data 2.0\ngrad 96.0', // x
      ].sort(),
    );
  });

  it('no generations before step 16; from 16 on, each variable and function has its own', () => {
    expect(getDotGraph(lesson(s15).y, true, { detail: true })).not.toContain('generation');
    const { nodes, edges } = parse(getDotGraph(lesson(s16).y, true, { detail: true }));
    const generationOf = (id: string) => /generation (\d+)/.exec(nodes.get(id)?.label ?? '')?.[1];
    // x 0 → Square 0 → a 1 → Square 1 → b, c 2 → Add 2 → y 3
    expect(generationOf('1')).toBe('3');
    const [[addId]] = labelled(nodes, 'Add');
    expect(generationOf(addId)).toBe('2');
    for (const edge of edges) {
      const from = Number(generationOf(edge.from));
      const to = Number(generationOf(edge.to));
      // A function's generation is its inputs'; its outputs' is one more.
      const isFunctionToOutput = nodes.get(edge.from)?.shape === 'box';
      expect(to - from).toBe(isFunctionToOutput ? 1 : 0);
    }
  });

  it('function → output links are dashed from step 17 on (weak references), never before', () => {
    for (const y of [lesson(s15).y, lesson(s16).y]) {
      const { edges } = parse(getDotGraph(y, true, { detail: true }));
      expect(edges.some((e) => e.dashed)).toBe(false);
    }
    for (const y of [lesson(s17).y, lesson(s18).y]) {
      const { nodes, edges } = parse(getDotGraph(y, true, { detail: true }));
      const fromFunction = edges.filter((e) => nodes.get(e.from)?.shape === 'box');
      expect(fromFunction).toHaveLength(4);
      expect(fromFunction.every((e) => e.dashed)).toBe(true);
      expect(edges.filter((e) => e.dashed)).toEqual(fromFunction);
    }
    // The book's text has no style on edges: without detail, none is dashed.
    expect(parse(getDotGraph(lesson(s17).y)).edges.some((e) => e.dashed)).toBe(false);
  });

  it('an output the garbage collector took, once its weak reference is empty (step 17)', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'vitest runs with --expose-gc (vitest.shared.ts)').toBeTypeOf('function');
    /** A function with two outputs; the caller keeps only the first. */
    class Split extends s17.Function<s17.np.NDArray[]> {
      override forward(x: s17.np.NDArray) {
        return [x, x.mul(2)];
      }
      override backward(gy: s17.np.NDArray) {
        return gy;
      }
    }
    const x = new s17.Variable(s17.np.array(1.0));
    const kept = s17.square((new Split().call(x) as s17.Variable[])[0]);
    // A WeakRef's target lives to the end of the job that made it: leave the job first.
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
    const { nodes, edges } = parse(getDotGraph(kept, true, { detail: true }));
    const [[splitId]] = labelled(nodes, 'Split');
    const outs = edges.filter((e) => e.from === splitId).map((e) => nodes.get(e.to)?.label);
    expect(outs).toEqual(['data 1.0\ngeneration 1', '(collected)']);
  });

  it('step 18 drops the gradients of all but the leaves; retainGrad keeps them', () => {
    const withGrad = (y: GraphVariable) =>
      [...parse(getDotGraph(y, true, { detail: true })).nodes.values()]
        .filter((n) => n.label.includes('grad '))
        .map((n) => /grad (.*)/.exec(n.label)?.[1]);
    const dropped = lesson(s18);
    dropped.y.backward();
    expect(withGrad(dropped.y)).toEqual(['64.0']); // x alone: the right gradient from 16 on
    const kept = lesson(s18);
    kept.y.backward({ retainGrad: true });
    expect(withGrad(kept.y).sort()).toEqual(['1.0', '1.0', '1.0', '16.0', '64.0']);
    // Step 17 has no memory-saving mode: every variable keeps its gradient.
    const on17 = lesson(s17);
    on17.y.backward();
    expect(withGrad(on17.y)).toHaveLength(5);
  });

  it('a result made under noGrad has no creator: the graph is that variable alone', () => {
    const x = new s18.Variable(s18.np.array(2.0));
    const y = s18.noGrad(() => s18.square(s18.square(x)));
    expect(parse(getDotGraph(y, true, { detail: true })).nodes.size).toBe(1);
  });

  it('step 19: names, and shape and dtype when verbose', () => {
    const x = new s19.Variable(
      s19.np.array(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { dtype: 'int64' },
      ),
      'x',
    );
    const y = s19.add(x, x);
    y.name = 'y';
    const verbose = parse(getDotGraph(y)).nodes;
    expect(labelled(verbose, 'y: (2, 3) int64')).toHaveLength(1);
    expect(labelled(verbose, 'x: (2, 3) int64')).toHaveLength(1);
    const plain = parse(getDotGraph(y, false)).nodes;
    expect([...plain.values()].map((n) => n.label).sort()).toEqual(['Add', 'x', 'y']);
    // Detail: the data as NumPy prints it, over two lines.
    const detailed = parse(getDotGraph(y, false, { detail: true })).nodes;
    expect(labelled(detailed, 'x')[0][1].label).toBe('x\ndata [[1 2 3]\n [4 5 6]]\ngeneration 0');
    // Before step 19 a variable has no name and no shape: the book's label is empty.
    const on18 = new s18.Variable(s18.np.array([1, 2, 3]));
    expect(getDotGraph(on18)).toContain('[label="", color=orange');
  });

  it('escapes a quote or backslash in a name', () => {
    const x = new s19.Variable(s19.np.array(1.0), 'say "hi" \\o/');
    expect(getDotGraph(x, false)).toContain('[label="say \\"hi\\" \\\\o/", color=orange');
  });
});

describe("the book's get_dot_graph, run in Python on the book's DeZero, wrote the same text", () => {
  /**
   * What the book's own function wrote for each graph (fixtures/book_dot.json), its id()
   * numbers renumbered 1, 2, … as met; fixtures/make_fixtures.py wrote it, and says how to
   * write it again. Python is not needed to run the tests.
   */
  const fixtures = JSON.parse(
    readFileSync(new URL('./fixtures/book_dot.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  function book(graph: string): string {
    const text = fixtures[graph];
    if (text === undefined) throw new Error(`no fixture '${graph}' in fixtures/book_dot.json`);
    return text;
  }

  it("step 26's Goldstein–Price graph (verbose=False), on step 24's goldstein", () => {
    const x = new s24.Variable(s24.np.array(1.0));
    const y = new s24.Variable(s24.np.array(1.0));
    const z = s24.goldstein(x, y);
    z.backward();
    x.name = 'x';
    y.name = 'y';
    z.name = 'z';
    const ours = getDotGraph(z, false);
    expect(ours.split('\n').length).toBeGreaterThan(200);
    expect(ours).toBe(book('goldstein'));
  });

  it('Matyas with verbose=True: shapes as Python tuples, dtypes', () => {
    const x = new s24.Variable(s24.np.array(1.0), 'x');
    const y = new s24.Variable(
      s24.np.array([
        [1.0, 2.0, 3.0],
        [4.0, 5.0, 6.0],
      ]),
      'y',
    );
    const ours = getDotGraph(s24.matyas(x, y));
    expect(ours).toContain('label="y: (2, 3) float64"');
    expect(ours).toBe(book('matyas-verbose'));
  });
});
