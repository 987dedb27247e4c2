/**
 * Prints a run's figures for people: the goals first (grouped by what they are for, a
 * Markdown table for each group, with this run's figures beside the goals), then what each
 * section measured.
 */
import { type GoalRow, PURPOSES, type Purpose } from '../goals.js';
import { MB } from '../measure.js';
import { isSkipped } from '../python.js';
import { LOOP_OPS } from '../sections/elementwise.js';
import type { SectionName, SectionResults } from '../sections/index.js';
import type { BenchReport } from './types.js';

type Print = (line: string) => void;

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const whole = (value: number) => Math.round(value).toLocaleString('en');

/** Milliseconds with two decimals, or two significant digits below 0.1 ms. */
const ms = (value: number) => (value < 0.1 ? value.toPrecision(2) : value.toFixed(2));

/** A figure with its unit: `12,345 calls/s`, `18.2 M/s`, `1.93 ms`. */
function formatFigure(value: number, unit: GoalRow['unit']): string {
  if (unit === 'ms') return `${ms(value)} ms`;
  if (unit === 'ops/s') return `${fixed(value / 1e6, 1)} M/s`;
  return `${whole(value)} calls/s`;
}

/** The reference and any side figure, e.g. `a bare JS loop … 1.37 ms; NumPy 0.37 ms`. */
function referenceText(row: GoalRow): string {
  const parts: string[] = [];
  if (row.reference)
    parts.push(`${row.reference.label} ${formatFigure(row.reference.figure, row.unit)}`);
  if (row.beside) {
    const { label, figure } = row.beside;
    parts.push(figure === undefined ? label : `${label} ${formatFigure(figure, row.unit)}`);
  }
  return parts.join('; ') || '—';
}

function goalText(goal: GoalRow['goal']): string {
  if (goal === null) return '—';
  return 'atLeast' in goal ? `≥ ${goal.atLeast}×` : `≤ ${goal.atMost}×`;
}

function metText(row: GoalRow): string {
  if (row.met === null) return row.goal === null ? '' : 'no reference';
  return row.met ? 'met' : 'NOT MET';
}

/** Prints rows as a Markdown table with padded columns. */
function markdownTable(print: Print, header: string[], rows: string[][]): void {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  print(line(header));
  print(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) print(line(r));
}

function printGoals(print: Print, rows: readonly GoalRow[]): void {
  print(
    "The goals, by what each is for, with this run's figures (each reference measured in the same run)",
  );
  for (const purpose of Object.values(PURPOSES)) {
    const group = rows.filter((r) => r.purpose === purpose);
    if (group.length === 0) continue;
    print(`\n${purpose}\n`);
    markdownTable(
      print,
      ['workload', 'this project', 'reference', 'ratio', 'goal', 'met'],
      group.map((r) => [
        r.workload,
        formatFigure(r.figure, r.unit),
        referenceText(r),
        r.ratio === null ? '—' : `${fixed(r.ratio)}×`,
        goalText(r.goal),
        metText(r),
      ]),
    );
  }
  const withGoal = rows.filter((r) => r.goal !== null);
  const met = withGoal.filter((r) => r.met === true).length;
  print(`\n${met} of ${withGoal.length} goals met in this run.`);
  for (const [purpose, why] of Object.entries(WHAT_STANDS_IN_THE_WAY) as [Purpose, string][]) {
    const missed = withGoal.filter((r) => r.purpose === PURPOSES[purpose] && r.met === false);
    if (missed.length > 0)
      print(`Not met: ${missed.map((r) => r.workload).join('; ')}.\n   ${why}`);
  }
}

/** What the profile says stands in the way of each group of goals that can be missed (README.md). */
const WHAT_STANDS_IN_THE_WAY: Partial<Record<Purpose, string>> = {
  lessonGraphs:
    "The profile (packages/bench/README.md): with task boundaries, step 17's WeakRefs (new WeakRef and deref each add the target to the job's kept objects) are ~27% of the time, the collector ~11%, the graph's own objects most of the rest, @dezero/ndarray about a quarter; in one synchronous loop every graph stays alive until the loop ends and the collector takes 40–60% (Node 24, Node 20). Book-like rewrites of the step code move it by tens of percent at most.",
  scalarOps:
    'A 0-d result is an NDArray and a fresh Float64Array(1) (see the bare-object row); on a busy machine a run can also lose its turn mid-way.',
  largeArrays: 'Both sides write fresh memory; see the page faults in the section below.',
};

/** One printer per section: the type checker asks for one for every section in SECTIONS. */
const PRINTERS: {
  [K in SectionName]: (print: Print, data: NonNullable<SectionResults[K]>) => void;
} = {
  elementwise(print, e) {
    print(
      `@dezero/ndarray on ${whole(e.elements)} float64 elements, median ms [page faults a call], a forced GC and a task boundary (not timed) before each call`,
    );
    for (const op of LOOP_OPS) {
      const library = `${ms(e.ms[op])} [${whole(e.faultsPerCall[op])}]`;
      const bare = `${ms(e.bareLoopMs[op])} [${whole(e.bareLoopFaultsPerCall[op])}]`;
      const plain = `${ms(e.plainLoop.ms[op])} [${whole(e.plainLoop.faultsPerCall[op])}]`;
      print(
        `   ${op.padEnd(6)}${library.padStart(14)}   bare loop ${bare.padStart(14)}   in a plain loop, no forced GC ${plain.padStart(16)}`,
      );
    }
    print(`   add ${e.broadcastShapes}: ${ms(e.ms.broadcast)}`);
    print(
      '   The forced GC frees earlier results before each call, as NumPy frees each result the moment it is dropped; in a plain loop a result often lands on fresh pages the OS must map first (the page faults), which on a busy machine cost more than the arithmetic.',
    );
    print(
      '   NumPy stays ahead at this size: SIMD (several numbers an instruction), and it reuses the buffers it frees, where every JS result is a fresh off-heap allocation.',
    );
  },
  scalarOps(print, s) {
    const numpy = isSkipped(s.numpy)
      ? `NumPy comparison skipped: ${s.numpy.skipped}`
      : `NumPy ${s.numpy.numpy} timed in turns with them`;
    print(
      `0-d operations: ${s.runs} runs of ${whole(s.calls)} calls each, a = array(1.5), b = array(0.5) (figures in the goals table); ${numpy}`,
    );
    print(
      `   a bare object + Float64Array(1) add, the least a 0-d result can be: ${fixed(s.bareObjectAddPerSecond / 1e6, 1)} M/s`,
    );
  },
  numpy(print, n) {
    if (isSkipped(n)) {
      print(`NumPy comparison skipped: ${n.skipped}`);
      return;
    }
    const large = LOOP_OPS.map((op) => `${op} ${ms(n.ms[op])} [${whole(n.faultsPerCall[op])}]`);
    print(
      `NumPy ${n.numpy}, median ms [page faults a call]: ${large.join(', ')}, broadcast add ${ms(n.ms.broadcast)}`,
    );
  },
  goldsteinPrice(print, g) {
    print(
      `Goldstein–Price at (1, 1), forward + backward on step 22, runs of ${whole(g.calls)} calls: one synchronous loop ${whole(g.syncCallsPerSecond)} calls/s; a task boundary every ${g.taskBoundaryEvery} calls ${whole(g.taskBoundaryCallsPerSecond)} calls/s`,
    );
    print(
      isSkipped(g.python)
        ? `   The book's DeZero in Python: skipped: ${g.python.skipped}`
        : `   The book's DeZero (dezero_simple.py), Python ${g.python.python}, NumPy ${g.python.numpy}, timed in turns: ${whole(g.python.callsPerSecond)} calls/s`,
    );
    print(
      '   Each function output is held through a WeakRef (step 17), and a WeakRef keeps its target alive until the job ends: in one synchronous loop every graph built stays alive, and the collector works through all of them.',
    );
  },
  memorySaving(print, m) {
    const side = m.cubeSide;
    const f = m.faultsPerPass;
    print(
      `Step 18: square(square(square(x))), x = np.ones([${side}, ${side}, ${side}]) (${fixed(m.arrayBytes / MB, 1)} MB an array), median ms [page faults a pass]`,
    );
    print(
      `   forward with backprop, one synchronous loop ${ms(m.ms.forward)} [${whole(f.forward)}]; each pass in a task of its own ${ms(m.ms.forwardEachTask)} [${whole(f.forwardEachTask)}]`,
    );
    print(
      `   forward under noGrad, one synchronous loop ${ms(m.ms.forwardNoGrad)} [${whole(f.forwardNoGrad)}]; forward + backward, own task ${ms(m.ms.forwardBackward)} [${whole(f.forwardBackward)}]`,
    );
    print(
      `   kept beyond x and y after a forced GC: backprop ${fixed(m.retainedBytes.backprop / MB)} MB, noGrad ${fixed(m.retainedBytes.noGrad / MB)} MB`,
    );
    print(
      `   Why the synchronous loop is slower: with backprop on, each pass holds its three outputs through WeakRefs (step 17), and a WeakRef keeps its target alive until the job ends. In one synchronous loop no pass's arrays can be freed, so every new ${fixed(m.arrayBytes / MB, 1)} MB array lands on fresh memory that the OS maps page by page (the page faults). Under noGrad() there is no WeakRef: each pass's arrays are garbage at once, and later passes reuse their memory once the collector has freed it (fewer faults, none once it runs in time). A pass in a task of its own lets the previous one go. The arithmetic is the same in all of them.`,
    );
  },
  weakrefLoop(print, w) {
    const r = w.retainedMB;
    // A reading a little below the baseline (the heap after a GC varies by a few kB) is 0.
    const keptMB = (mb: number) => fixed(Math.max(0, mb), 1).padStart(7);
    print(
      `Weak references in a loop: step 17's loop, ${w.rounds} rounds over ${fixed(w.arrayMB, 1)} MB arrays (four a round), MB kept after a forced GC before the job ends`,
    );
    print(`   step 16, one synchronous loop                 ${keptMB(r.step16Sync)} MB`);
    print(`   step 17, one synchronous loop                 ${keptMB(r.step17Sync)} MB`);
    print(`   step 17, a task boundary ending each round    ${keptMB(r.step17Task)} MB`);
    print(`   step 18 under noGrad(), one synchronous loop  ${keptMB(r.step18NoGradSync)} MB`);
    print(
      '   Every WeakRef target is kept until the job ends, and each output holds its whole graph: a synchronous loop keeps every round (step 17 on); step 16 has no WeakRef, noGrad() makes none, and a task boundary ends the job.',
    );
  },
  backward(print, b) {
    const [small, large] = b.functions;
    print(`Step 16 backward over ${whole(small)} and ${whole(large)} functions, median ms`);
    for (const [name, figures] of [
      ['chain', b.chain],
      ['wide', b.wide],
    ] as const) {
      print(
        `   ${name.padEnd(6)} ${fixed(figures.ms[small]).padStart(8)} ${fixed(figures.ms[large]).padStart(9)}   ratio ${fixed(figures.ratio, 1)}`,
      );
    }
  },
};

export function printTable(report: BenchReport, print: Print = console.log): void {
  print(`DeZero-TS benchmarks (node ${report.node}${report.quick ? ', --quick sizes' : ''})\n`);
  printGoals(print, report.goals);
  // The sections in the order they ran (the report keeps it).
  for (const key of Object.keys(report)) {
    if (!Object.hasOwn(PRINTERS, key)) continue;
    const name = key as SectionName;
    print('');
    (PRINTERS[name] as (print: Print, data: unknown) => void)(print, report[name]);
  }
}
