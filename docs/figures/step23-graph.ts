/** Step 23's page: the demo's (x + 3) ** 2. */
import * as step23 from '@dezero/step23';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 23,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { np, Variable } = step23;
    const x = new Variable(np.array(1.0), 'x');
    const y = x.add(3).pow(2);
    y.name = 'y';
    y.backward();
    return {
      svg: await drawGraphs([{ output: y }]),
      alt: "The demo's y = (x + 3) ** 2 as a graph: x and the number 3 into Add, its output into Pow, Pow into y",
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 23's own objects, run ${when}: the ` +
        "demo's `x.add(3).pow(2)`, the book's `(x + 3) ** 2`, after `y.backward()`, with x " +
        `and y named. x's gradient is 2(x + 3), \`${x.grad}\`; y and the variable in the middle ` +
        'have none left: memory-saving mode (step 18) drops them.',
    };
  },
});
