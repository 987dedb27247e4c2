/** Step 21's page: 3.0 * x + 1.0, whose numbers become variables of their own. */
import * as step21 from '@dezero/step21';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 21,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { np, Variable } = step21;
    const x = new Variable(np.array(2.0), 'x');
    const y = x.rmul(3.0).add(1.0);
    y.name = 'y';
    return {
      svg: await drawGraphs([{ output: y }]),
      alt: 'y = 3.0 * x + 1.0 as a graph: the numbers 3.0 and 1.0 are unnamed variables, inputs of Mul and Add',
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 21's own objects, run ${when}: the ` +
        "demo's `x.rmul(3.0).add(1.0)` (the book's `3.0 * x + 1.0`), with x and y named. The " +
        'numbers 3.0 and 1.0 are in the graph as variables of their own, with no name: ' +
        '`asVariable` made them from the numbers.',
    };
  },
});
