import * as step20 from '@dezero/step20';
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
} from '@dezero/testkit/suites';
import * as step21 from '../src/index.js';

const on = '@dezero/step21';
suite15(step21, { on, except: changedBy17.suite15 });
suite16(step21, { on, except: changedBy17.suite16 });
suite17(step21, { on });
suite18(step21, { on });
suite19(step21, { on });
suite20(step21, { on });
suite21(step21, { on });
expectApiSuperset(step20, step21, 'step 20 → 21');

// Loading step 21 leaves step 20 as it was.
suite20(step20, { on: '@dezero/step20, loaded beside step 21' });
