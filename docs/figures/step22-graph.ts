/** Step 22's page: an expression of the operators it adds, (2.0 - x) ** 3 / -x. */
import * as step22 from '@dezero/step22';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

export default defineFigure({
  step: 22,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const { np, Variable } = step22;
    const x = new Variable(np.array(2.0), 'x');
    const y = x.rsub(2.0).pow(3).div(x.neg());
    y.name = 'y';
    return {
      svg: await drawGraphs([{ output: y }]),
      alt: 'y = (2.0 - x) ** 3 / -x as a graph of Sub, Pow, Neg and Div, the number 2.0 an unnamed variable',
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 22's own objects, run ${when}: ` +
        "`x.rsub(2.0).pow(3).div(x.neg())`, the book's `(2.0 - x) ** 3 / -x`, with x and y " +
        'named. `2.0 - x` is a `Sub` whose inputs are the number, made a variable, and x; ' +
        '`Pow` keeps its exponent, 3, as a setting of the function, not as an input, as the ' +
        "book's does.",
    };
  },
});
