import * as step23 from '@dezero/step23';
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
  suite23,
  suite24,
} from '@dezero/testkit/suites';
import * as step24 from '../src/index.js';

const on = '@dezero/step24';
suite15(step24, { on, except: changedBy17.suite15 });
suite16(step24, { on, except: changedBy17.suite16 });
suite17(step24, { on });
suite18(step24, { on });
suite19(step24, { on });
suite20(step24, { on });
suite21(step24, { on });
suite22(step24, { on });
suite23(step24, { on });
suite24(step24, { on });
expectApiSuperset(step23, step24, 'step 23 → 24');

// Loading step 24 leaves step 23 as it was.
suite23(step23, { on: '@dezero/step23, loaded beside step 24' });
