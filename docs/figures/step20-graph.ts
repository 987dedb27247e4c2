/** Step 20's page: the demo's y = a * b + c, written with the operator methods. */
import * as step20 from '@dezero/step20';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 20,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { np, Variable } = step20;
    const a = new Variable(np.array(3.0), 'a');
    const b = new Variable(np.array(2.0), 'b');
    const c = new Variable(np.array(1.0), 'c');
    const y = a.mul(b).add(c);
    y.name = 'y';
    y.backward();
    return {
      svg: await drawGraphs([{ output: y }]),
      alt: 'y = a * b + c as a graph: a and b into Mul, its output and c into Add, Add into y',
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 20's own objects, run ${when}: the ` +
        "demo's `a.mul(b).add(c)` (the book's `a * b + c`), the variables named, after " +
        `\`y.backward()\`: a's gradient is b, \`${a.grad}\`, and b's is a, \`${b.grad}\`. The ` +
        'methods build the same graph as the functions `add(mul(a, b), c)`.',
    };
  },
});
