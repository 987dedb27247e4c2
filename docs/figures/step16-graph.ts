/** Step 16's page: the example graph walked by generation, each function once (x.grad 64). */
import * as step16 from '@dezero/step16';
import { defineFigure } from '@dezero/tools/figures';
import { graphFigure, traceExample } from './draw/graph.js';

export default defineFigure({
  step: 16,
  name: 'graph',
  machineDependent: false,
  render: (context) => graphFigure(16, traceExample(step16), context),
});
