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
