/**
 * One workload in a loop, for a profiler: `node --cpu-prof` or `--trace-gc` (see README.md).
 *
 *   node --conditions=@dezero/source --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof \
 *     packages/bench/src/profile.ts goldstein [seconds]
 *
 * Workloads: goldstein (step 22, one synchronous loop), goldstein-task (a task boundary
 * every 100 calls), add0d (0-d a.add(b)), add0d-number (0-d a.add(2)), chain (step 18's
 * square(square(square(x))) over 8 MB arrays, forward only).
 */
import * as np from '@dezero/ndarray';
import * as step18 from '@dezero/step18';
import * as step22 from '@dezero/step22';
import { goldstein as goldsteinPrice } from '@dezero/step24';
import { nextTask } from '@dezero/testkit/memory';

const goldstein = () => {
  const x = new step22.Variable(np.array(1.0));
  const y = new step22.Variable(np.array(1.0));
  goldsteinPrice(x, y).backward();
};

const a = np.array(1.5);
const b = np.array(0.5);
const cube = new step18.Variable(np.ones([100, 100, 100]));

/** Each workload runs in batches; `task` puts a task boundary after every batch. */
const workloads: Record<string, { batch: () => void; task: boolean }> = {
  goldstein: { batch: () => goldstein(), task: false },
  'goldstein-task': {
    batch: () => {
      for (let i = 0; i < 100; i++) goldstein();
    },
    task: true,
  },
  add0d: {
    batch: () => {
      for (let i = 0; i < 1000; i++) a.add(b);
    },
    task: false,
  },
  'add0d-number': {
    batch: () => {
      for (let i = 0; i < 1000; i++) a.add(2);
    },
    task: false,
  },
  chain: {
    batch: () => step18.square(step18.square(step18.square(cube))),
    task: false,
  },
};

const [name = 'goldstein', seconds = '5'] = process.argv.slice(2);
const workload = workloads[name];
if (workload === undefined) {
  console.error(`profile: unknown workload '${name}' (${Object.keys(workloads).join(', ')})`);
  process.exit(2);
}
const end = performance.now() + Number(seconds) * 1000;
let batches = 0;
while (performance.now() < end) {
  workload.batch();
  batches++;
  if (workload.task) await nextTask();
}
console.log(`${name}: ${batches} batches in ${seconds} s`);
