/**
 * Step 17's page, first figure: the book's step-17 loop, and the memory in use after each
 * round — a WeakRef's target is kept until the job ends, so a synchronous loop keeps every
 * round in step 17, and nothing in step 16, with a task boundary, or under noGrad.
 */
import * as step16 from '@dezero/step16';
import * as step17 from '@dezero/step17';
import * as step18 from '@dezero/step18';
import { memoryAfterEachRound } from '@dezero/testkit/loops';
import { defineFigure } from '@dezero/tools/figures';
import { megabytes, roundsSvg, type Series } from './draw/rounds.js';

/** Ten rounds over 100,000 numbers: four arrays of 0.8 MB a round. */
const loop = { rounds: 10, size: 100_000 } as const;

export async function measureRounds(): Promise<Series[]> {
  return [
    {
      label: 'step 16, one synchronous loop',
      bytes: await memoryAfterEachRound(step16, { ...loop, end: 'none' }),
    },
    {
      label: 'step 17, one synchronous loop',
      bytes: await memoryAfterEachRound(step17, { ...loop, end: 'none' }),
    },
    {
      label: 'step 17, a task boundary ending each round',
      bytes: await memoryAfterEachRound(step17, { ...loop, end: 'task' }),
    },
    {
      label: 'step 18 under noGrad(), one synchronous loop',
      bytes: await memoryAfterEachRound(step18, {
        ...loop,
        end: 'none',
        around: (round) => step18.noGrad(round),
      }),
    },
  ];
}

const TITLE = 'Memory in use after each round of the book’s loop, over 0.8 MB arrays';

export default defineFigure({
  step: 17,
  name: 'memory-rounds',
  machineDependent: true,
  render: async ({ when, machine }) => {
    const series = await measureRounds();
    const values = series.map((s) => `${s.label}: ${s.bytes.map(megabytes).join(', ')}`).join('; ');
    return {
      svg: roundsSvg(series, TITLE),
      alt: `${TITLE}. ${values}.`,
      caption:
        `Measured with each step's code ${when} (${machine}): after each round, a forced ` +
        'garbage collection (`node --expose-gc`), then the memory in use (heap and array ' +
        'buffers) above what was in use before the loop. The collection runs in the same job ' +
        'as the round, except in the task-boundary series, where it runs after the boundary, ' +
        'in a new job. The three flat lines lie on one another at zero.',
    };
  },
});
