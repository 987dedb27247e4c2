/** Step 16's page: the example graph with generations, walked latest first (x.grad 64). */
import * as step16 from '@dezero/step16';
import { defineFigure } from '@dezero/tools/figures';
import { backwardOrder, drawGraphs, traceExample, whichIsWhich } from './draw/graph.js';

export default defineFigure({
  step: 16,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const trace = traceExample(step16);
    const x = trace.variables.find((v) => v.name === 'x');
    return {
      svg: await drawGraphs([{ output: trace.output }]),
      alt:
        'The graph of y = add(square(a), square(a)) with a = square(x), drawn by getDotGraph: ' +
        `every variable and function with its generation, x's gradient ${x?.grad}`,
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 16's own objects after \`y.backward()\`, ` +
        `run ${when}. Each variable shows its data, gradient and generation ` +
        `(${whichIsWhich(trace)}), each function its generation. \`backward()\` took the ` +
        `functions in the order ${backwardOrder(trace)}, each once, and \`x.grad\` came out ` +
        `\`${x?.grad}\`.`,
    };
  },
});
