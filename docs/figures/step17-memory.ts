/**
 * Step 17's page: what a function's hold on its outputs keeps alive. A graph nobody holds
 * is freed by V8 in both steps, cycle or not; holding only `y.creator` keeps `y` alive while
 * the function holds its outputs strongly (step 16), and not once it holds them weakly
 * (step 17).
 */
import * as step16 from '@dezero/step16';
import * as step17 from '@dezero/step17';
import { retainedBytes } from '@dezero/testkit/memory';
import { defineFigure } from '@dezero/tools/figures';
import { type Measurement, memoryFigure, SHAPE } from './draw/memory.js';

export async function measureWeakOutputs(): Promise<Measurement[]> {
  // y = square(x) over 8 MB: x → square → y, and y.creator points back at the function.
  const graph16 = () => step16.square(new step16.Variable(step16.np.ones(SHAPE)));
  const graph17 = () => step17.square(new step17.Variable(step17.np.ones(SHAPE)));
  const dropped = (graph: () => unknown) => () => {
    graph();
    return null;
  };
  return [
    { label: 'step 16, graph dropped', bytes: (await retainedBytes(dropped(graph16))).bytes },
    { label: 'step 17, graph dropped', bytes: (await retainedBytes(dropped(graph17))).bytes },
    {
      label: 'step 16, only y.creator kept',
      bytes: (await retainedBytes(() => graph16().creator)).bytes,
    },
    {
      label: 'step 17, only y.creator kept',
      bytes: (await retainedBytes(() => graph17().creator)).bytes,
    },
  ];
}

export default defineFigure({
  step: 17,
  name: 'memory',
  machineDependent: true,
  render: async (context) =>
    memoryFigure(
      "step 16's and step 17's code (each bar names its step)",
      await measureWeakOutputs(),
      'Array memory still reachable, y = square(x) over 8 MB',
      context,
    ),
});
