import * as step21 from '@dezero/step21';
import { expectApiSuperset } from '@dezero/testkit';
import {
  changedBy17,
  suite15,
  suite16,
  suite17,
  suite18,
  suite19,
  suite20,
  suite21,
  suite22,
} from '@dezero/testkit/suites';
import { expect, it } from 'vitest';
import * as step22 from '../src/index.js';

const on = '@dezero/step22';
suite15(step22, { on, except: changedBy17.suite15 });
suite16(step22, { on, except: changedBy17.suite16 });
suite17(step22, { on });
suite18(step22, { on });
suite19(step22, { on });
suite20(step22, { on });
suite21(step22, { on });
suite22(step22, { on });
expectApiSuperset(step21, step22, 'step 21 → 22');

// Loading step 22 leaves step 21 as it was.
suite21(step21, { on: '@dezero/step21, loaded beside step 22' });

it("the demo's last lines, x ** 3 at x = 2: y is 8.0 and backward gives x.grad 12.0", () => {
  const x = new step22.Variable(step22.np.array(2.0));
  const y = x.pow(3);
  y.backward();
  expect([String(y), String(x.grad)]).toEqual(['variable(8.0)', '12.0']);
});
