/** Step 18's page: the demo's graph after backward(), and after backward({ retainGrad: true }). */
import * as step18 from '@dezero/step18';
import { defineFigure } from '@dezero/tools/figures';
import { drawGraphs } from './draw/graph.js';

/** The demo's first graph: t = x0 + x1, y = x0 + t. */
function demoGraph(retainGrad: boolean) {
  const { add, np, Variable } = step18;
  const x0 = new Variable(np.array(1.0));
  const x1 = new Variable(np.array(1.0));
  const t = add(x0, x1);
  const y = add(x0, t);
  y.backward({ retainGrad });
  return { x0, x1, t, y };
}

export default defineFigure({
  step: 18,
  name: 'graph',
  machineDependent: false,
  render: async ({ when }) => {
    const dropped = demoGraph(false);
    const kept = demoGraph(true);
    return {
      svg: await drawGraphs([
        { output: dropped.y, label: 'y.backward()' },
        { output: kept.y, label: 'y.backward({ retainGrad: true })' },
      ]),
      alt:
        "The demo's graph twice: after y.backward() only x0 and x1 show a gradient; after " +
        'y.backward({ retainGrad: true }) y and t show theirs too',
      caption:
        `Drawn by \`getDotGraph\` and Graphviz from step 18's own objects, run ${when}: the ` +
        `demo's t = x0 + x1 and y = x0 + t. After \`y.backward()\` only the leaves keep a ` +
        `gradient (x0 \`${dropped.x0.grad}\`, x1 \`${dropped.x1.grad}\`); y's and t's are gone ` +
        `(\`${dropped.y.grad}\`, \`${dropped.t.grad}\`). With \`retainGrad: true\` y keeps ` +
        `\`${kept.y.grad}\` and t \`${kept.t.grad}\`.`,
    };
  },
});
