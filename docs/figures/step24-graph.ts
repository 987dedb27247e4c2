/** Step 24's page: the Matyas function's graph. */
import * as step24 from '@dezero/step24';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 24,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { matyas, np, Variable } = step24;
    const x = new Variable(np.array(1.0), 'x');
    const y = new Variable(np.array(1.0), 'y');
    const z = matyas(x, y);
    z.name = 'z';
    z.backward();
    return {
      svg: await drawGraphs([{ output: z }]),
      alt: 'The graph of the Matyas function z = 0.26 * (x ** 2 + y ** 2) - 0.48 * x * y',
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 24's own objects, run ${when}: ` +
        '`matyas(x, y)` at x = y = 1.0, after `z.backward()`, the variables x, y and z named as ' +
        "the book's step 26 names them. Every number of the formula is a variable of its own " +
        `(unnamed). x's and y's gradients: \`${x.grad}\` and \`${y.grad}\`.`,
    };
  },
});
