/**
 * The bench's goals, each described by what it is for, checked against what the sections
 * measured in this run: one row per goal, with what it is for, this project's figure, the
 * reference it is compared with, the ratio, and whether the goal is met. The table reporter
 * prints these rows first, grouped by what they are for; the JSON carries them.
 */
import { isSkipped } from './python.js';
import { LOOP_OPS } from './sections/elementwise.js';
import type { SectionResults } from './sections/index.js';
import { SCALAR_OPS, type ScalarOp } from './sections/scalarOps.js';

/**
 * What each group of goals is for: what a learner or a maintainer would want to know. Every
 * row carries its group's sentence (`GoalRow.purpose`), so the JSON says it too.
 */
export const PURPOSES = {
  lessonGraphs:
    "How much faster the lessons' programs run than the book's Python DeZero: Goldstein–Price, the largest graph of the lessons (step 24's test function, 38 functions), forward and backward on step 22's code, against the book's DeZero (core_simple.py) doing the same, in turns. The goals: at least 20× in a program that lets the event loop run every 100 calls; at least 5× in one synchronous loop, where step 17's weak references keep every graph alive until the loop ends.",
  scalarOps:
    'How cheap the operation every lesson is made of is: the lessons compute on 0-d arrays. The goal: each 0-d operation of @dezero/ndarray, between two arrays or with a plain number on either side, at least 4× as many a second as the same 0-d operation in NumPy, which the book uses. A bare JS object holding a fresh Float64Array(1), the least a 0-d result can be, shows how far the platform reaches.',
  largeArrays:
    'How much @dezero/ndarray adds to the arithmetic on large arrays. The goal: add, mul, pow(·, 2) and exp each within 1.1× the time of a bare JS loop writing a fresh Float64Array of the same size, timed in alternation with it (NumPy beside it).',
  backpropMemory:
    "What recording the graph costs on large arrays (step 18's lesson; a figure, no goal): square(square(square(x))) with backprop on, in one synchronous loop, against each pass in a task of its own, and under noGrad(). The step-18 section below says why they differ.",
} as const;

/** A group of goals, by what it is for. */
export type Purpose = keyof typeof PURPOSES;

export interface GoalRow {
  /** What the goal is for: its group's sentence in {@link PURPOSES}. */
  purpose: string;
  workload: string;
  /** This project's figure, in `unit`. */
  figure: number;
  unit: 'calls/s' | 'ops/s' | 'ms';
  /** What it is compared with, measured in the same run; null when that could not run. */
  reference: { label: string; figure: number } | null;
  /** figure / reference: a speed-up for rates, a slow-down for times. */
  ratio: number | null;
  /** The goal as a bound on the ratio: `atLeast` 4 (4× the reference) or `atMost` 1.1. */
  goal: { atLeast: number } | { atMost: number } | null;
  /** Whether the goal is met; null without a goal or a reference. */
  met: boolean | null;
  /** One more figure for the row, in its unit (NumPy's, where it is not the reference). */
  beside?: { label: string; figure?: number };
}

/** The 0-d operations as this project writes them, for the workload column. */
const SCALAR_CALLS: Record<ScalarOp, string> = {
  add: 'a.add(b)',
  sub: 'a.sub(b)',
  mul: 'a.mul(b)',
  div: 'a.div(b)',
  pow2: 'a.pow(2)',
  exp: 'a.exp()',
  neg: 'a.neg()',
  addNumber: 'a.add(2)',
  numberAdd: 'np.add(2, a)',
  subNumber: 'a.sub(2)',
  numberSub: 'np.sub(2, a)',
  mulNumber: 'a.mul(2)',
  numberMul: 'np.mul(2, a)',
  divNumber: 'a.div(2)',
  numberDiv: 'np.div(2, a)',
  numberPow: 'np.pow(2, a)',
};

const LOOP_CALLS = { add: 'add', mul: 'mul', pow2: 'pow(·, 2)', exp: 'exp' } as const;

function row(
  purpose: Purpose,
  workload: string,
  figure: number,
  unit: GoalRow['unit'],
  reference: GoalRow['reference'],
  goal: GoalRow['goal'],
  beside?: GoalRow['beside'],
): GoalRow {
  const ratio = reference === null ? null : figure / reference.figure;
  let met: boolean | null = null;
  if (ratio !== null && goal !== null) {
    met = 'atLeast' in goal ? ratio >= goal.atLeast : ratio <= goal.atMost;
  }
  return {
    purpose: PURPOSES[purpose],
    workload,
    figure,
    unit,
    reference,
    ratio,
    goal,
    met,
    ...(beside ? { beside } : {}),
  };
}

export function goalRows(results: SectionResults): GoalRow[] {
  const rows: GoalRow[] = [];
  const { goldsteinPrice: gp, scalarOps, numpy, elementwise, memorySaving } = results;

  if (gp !== undefined) {
    const book = isSkipped(gp.python)
      ? null
      : { label: "the book's Python DeZero, in turns", figure: gp.python.callsPerSecond };
    const workload = 'Goldstein–Price forward + backward on step 22';
    rows.push(
      row(
        'lessonGraphs',
        `${workload}, one synchronous loop`,
        gp.syncCallsPerSecond,
        'calls/s',
        book,
        {
          atLeast: 5,
        },
      ),
      row(
        'lessonGraphs',
        `${workload}, a task boundary every ${gp.taskBoundaryEvery} calls`,
        gp.taskBoundaryCallsPerSecond,
        'calls/s',
        book,
        { atLeast: 20 },
      ),
    );
  }

  if (scalarOps !== undefined) {
    const reference = isSkipped(scalarOps.numpy) ? undefined : scalarOps.numpy.opsPerSecond;
    for (const op of Object.keys(SCALAR_OPS) as ScalarOp[]) {
      const numpyRate = reference?.[op];
      rows.push(
        row(
          'scalarOps',
          `0-d ${SCALAR_CALLS[op]}`,
          scalarOps.opsPerSecond[op],
          'ops/s',
          numpyRate === undefined
            ? null
            : { label: `NumPy 0-d ${SCALAR_OPS[op]}, in turns`, figure: numpyRate },
          { atLeast: 4 },
        ),
      );
    }
    rows.push(
      row(
        'scalarOps',
        'a bare JS object + Float64Array(1) add',
        scalarOps.bareObjectAddPerSecond,
        'ops/s',
        null,
        null,
        { label: "the platform's reach" },
      ),
    );
  }

  if (elementwise !== undefined) {
    const numpyMs = numpy === undefined || isSkipped(numpy) ? undefined : numpy.ms;
    const n = elementwise.elements.toLocaleString('en');
    for (const op of LOOP_OPS) {
      const numpyFigure = numpyMs?.[op];
      rows.push(
        row(
          'largeArrays',
          `${n} float64 ${LOOP_CALLS[op]}`,
          elementwise.ms[op],
          'ms',
          { label: 'a bare JS loop into a fresh Float64Array', figure: elementwise.bareLoopMs[op] },
          { atMost: 1.1 },
          numpyFigure === undefined ? undefined : { label: 'NumPy', figure: numpyFigure },
        ),
      );
    }
  }

  if (memorySaving !== undefined) {
    const side = memorySaving.cubeSide;
    rows.push(
      row(
        'backpropMemory',
        `step 18 square(square(square(x))) over ones([${side}, ${side}, ${side}]), forward with backprop, one synchronous loop`,
        memorySaving.ms.forward,
        'ms',
        {
          label: 'the same, each pass in a task of its own',
          figure: memorySaving.ms.forwardEachTask,
        },
        null,
        { label: 'under noGrad()', figure: memorySaving.ms.forwardNoGrad },
      ),
    );
  }
  return rows;
}
