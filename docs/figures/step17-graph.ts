/** Step 17's page: the example graph, its function → output links weak references (dashed). */
import * as step17 from '@dezero/step17';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs, traceExample } from './draw/graph.js';

export default defineFigure({
  step: 17,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => ({
    svg: await drawGraphs([{ output: traceExample(step17).output }]),
    alt:
      "Step 16's example graph on step 17: the arrows from each function to its output are " +
      'dashed, weak references; the arrows from variables into functions are solid',
    caption:
      `Drawn by \`getDotGraph\` and Graphviz from step 17's own objects (the graph of steps 15 ` +
      `and 16, after \`y.backward()\`), run ${when}. A dashed arrow is a weak reference: a ` +
      'function reaches its outputs through `WeakRef`s. A solid arrow, into a function, is one ' +
      'of its inputs, which it holds as strongly as before.',
  }),
});
