/** Step 19's page: a graph with names, and shapes and dtypes (verbose). */
import * as step19 from '@dezero/step19';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 19,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { add, np, Variable } = step19;
    const x = new Variable(
      np.array(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { dtype: 'int64' },
      ),
      'x',
    );
    const y = add(x, x);
    y.name = 'y';
    return {
      svg: await drawGraphs([{ output: y, verbose: true }]),
      alt: 'y = add(x, x) with x the demo’s 2 × 3 int64 array: each variable labelled with its name, shape and dtype',
      caption:
        `Drawn by \`getDotGraph(y, true)\` and Graphviz from step 19's own objects, run ${when}: ` +
        `y = add(x, x), x the demo's array, named \`x\` and \`y\`. With \`verbose\`, a label is the ` +
        `name, the shape and the dtype, \`${y.name}: (${y.shape.join(', ')}) ${y.dtype}\`, as ` +
        "the book's `get_dot_graph` writes it, then the data.",
    };
  },
});
