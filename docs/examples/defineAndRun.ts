// The appendix page quotes the regions below: one small computation, y = x0 + x1 or
// y = x0 × x1 depending on a flag, written both ways. The asserts at the end check what
// the comments say.
import assert from 'node:assert/strict';
import { np, Variable } from '@dezero/step22';

// #region dsl
/** A node of a symbolic graph: a name to fill in, or an operation on other nodes. */
type Node =
  | { op: 'placeholder'; name: string }
  | { op: 'add' | 'mul'; a: Node; b: Node }
  | { op: 'cond'; flag: Node; then: Node; else: Node };

const placeholder = (name: string): Node => ({ op: 'placeholder', name });
const add = (a: Node, b: Node): Node => ({ op: 'add', a, b });
const mul = (a: Node, b: Node): Node => ({ op: 'mul', a, b });
/** The graph's own `if`: both branches are part of the graph, the flag picks one per run. */
const cond = (flag: Node, then: Node, otherwise: Node): Node => ({
  op: 'cond',
  flag,
  then,
  else: otherwise,
});

/** Compiles a graph into JavaScript source, then into a function that runs it. */
function compile(node: Node): { source: string; run: (feed: Record<string, number>) => number } {
  const emit = (n: Node): string => {
    switch (n.op) {
      case 'placeholder':
        return `feed.${n.name}`;
      case 'add':
        return `(${emit(n.a)} + ${emit(n.b)})`;
      case 'mul':
        return `(${emit(n.a)} * ${emit(n.b)})`;
      case 'cond':
        return `(${emit(n.flag)} ? ${emit(n.then)} : ${emit(n.else)})`;
    }
  };
  const source = `(feed) => ${emit(node)}`;
  return { source, run: new Function(`return ${source}`)() };
}
// #endregion dsl

// #region define-and-run
// 1. Define: a graph of symbols. No number is computed here.
const flg = placeholder('flg');
const x0 = placeholder('x0');
const x1 = placeholder('x1');
const y = cond(flg, add(x0, x1), mul(x0, x1));

// 2. Compile: the framework turns the graph into something it can run.
const compiled = compile(y);
console.log(compiled.source);

// 3. Run: data flows through the compiled graph, as often as you like.
console.log(compiled.run({ flg: 1, x0: 2, x1: 3 }));
console.log(compiled.run({ flg: 0, x0: 2, x1: 3 }));
// #endregion define-and-run

// #region define-by-run
// The graph is built as the numbers are computed, by ordinary code: a plain `if` decides.
const flag = true;
const a = new Variable(np.array(2.0));
const b = new Variable(np.array(3.0));
const z = flag ? a.add(b) : a.mul(b);
console.log(String(z));

// The graph exists now, made by that run: backward walks it.
z.backward();
console.log(String(a.grad), String(b.grad));
// #endregion define-by-run

assert.equal(compiled.source, '(feed) => (feed.flg ? (feed.x0 + feed.x1) : (feed.x0 * feed.x1))');
assert.equal(compiled.run({ flg: 1, x0: 2, x1: 3 }), 5); // the add branch
assert.equal(compiled.run({ flg: 0, x0: 2, x1: 3 }), 6); // the mul branch
assert.equal(z.creator?.constructor.name, 'Add'); // only the branch that ran is in the graph
assert.deepEqual([a.grad?.item(), b.grad?.item()], [1, 1]);
