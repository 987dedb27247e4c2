/** Step 15's page: the example graph as the stack of step 14's backward walks it (x.grad 96). */
import * as step15 from '@dezero/step15';
import { defineFigure } from '@dezero/tools/figures';
import { graphFigure, traceExample } from './draw/graph.js';

export default defineFigure({
  step: 15,
  name: 'graph',
  machineDependent: false,
  render: (context) => graphFigure(15, traceExample(step15), context),
});
