/**
 * Step 18's page: `y = square(square(square(x)))` over 8 MB arrays. With backprop on, `y`
 * keeps the whole graph (x, a, b) alive; under `noGrad()` only itself. After `backward()`,
 * only the leaf keeps its gradient unless `retainGrad` asks for all of them.
 */
import * as step18 from '@dezero/step18';
import { memoryAfterEachRound, type RoundEnd } from '@dezero/testkit/loops';
import { arrayBufferBytesAfterGc as arrayBytes, retainedBytes } from '@dezero/testkit/memory';
import { defineFigure } from '@dezero/tools/figures';
import { type Measurement, memoryFigure, SHAPE } from './draw/memory.js';

export async function measureMemorySaving(): Promise<Measurement[]> {
  const { np, noGrad, square, Variable } = step18;
  const cube = () => square(square(square(new Variable(np.ones(SHAPE)))));
  const gradientBytes = async (retainGrad: boolean) => {
    const x = new Variable(np.ones(SHAPE));
    const y = square(square(square(x)));
    const before = await arrayBytes();
    y.backward({ retainGrad });
    const after = await arrayBytes();
    return { bytes: after - before, kept: [x, y] };
  };
  /** The most kept after any of ten rounds of step 17's loop over 100,000 numbers. */
  const mostKept = async (end: RoundEnd | ((round: number) => RoundEnd), noGradRounds = false) =>
    Math.max(
      ...(await memoryAfterEachRound(step18, {
        rounds: 10,
        size: 100_000,
        end,
        around: (round) => (noGradRounds ? noGrad(round) : round()),
      })),
    );
  return [
    { label: 'y kept, backprop on', bytes: (await retainedBytes(cube)).bytes },
    { label: 'y kept, under noGrad()', bytes: (await retainedBytes(() => noGrad(cube))).bytes },
    { label: 'gradients after backward()', bytes: (await gradientBytes(false)).bytes },
    {
      label: 'gradients after backward({ retainGrad: true })',
      bytes: (await gradientBytes(true)).bytes,
    },
    { label: 'a loop of 10 rounds in one job, backprop on', bytes: await mostKept('none') },
    {
      label: 'a loop of 10 rounds in one job, under noGrad()',
      bytes: await mostKept('none', true),
    },
    {
      label: 'a loop of 10 rounds, backprop on, a task boundary every 5',
      bytes: await mostKept((round) => (round % 5 === 4 ? 'task' : 'none')),
    },
  ];
}

export default defineFigure({
  step: 18,
  name: 'memory',
  machineDependent: true,
  render: async (context) =>
    memoryFigure(
      "step 18's code",
      await measureMemorySaving(),
      'Array memory held, y = square(square(square(x))) over 8 MB',
      context,
      'The three loop bars count the heap as well as array buffers, above what was in use ' +
        'before the loop; a reading a little below that (the heap shrank) shows as 0.0 MB.',
    ),
});
