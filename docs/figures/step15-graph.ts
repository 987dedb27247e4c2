/** Step 15's page: the book's example graph after step 14's backward, which gets x.grad 96. */
import * as step15 from '@dezero/step15';
import { defineFigure } from '@dezero/tools/figures';
import { backwardOrder, drawGraphs, traceExample, whichIsWhich } from './draw/graph.js';

export default defineFigure({
  step: 15,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const trace = traceExample(step15);
    const x = trace.variables.find((v) => v.name === 'x');
    return {
      svg: await drawGraphs([{ output: trace.output }]),
      alt:
        'The graph of y = add(square(a), square(a)) with a = square(x), drawn by getDotGraph: ' +
        `variables (orange) with their data and gradients, x's gradient ${x?.grad}; functions (blue)`,
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 15's own objects after \`y.backward()\`, ` +
        `run ${when}. A variable shows its data and gradient (${whichIsWhich(trace)}). ` +
        `\`backward()\` took the functions in the order ${backwardOrder(trace)}, and \`x.grad\` ` +
        `came out \`${x?.grad}\`.`,
    };
  },
});
