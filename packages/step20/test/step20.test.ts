import * as step19 from '@dezero/step19';
import { expectApiSuperset } from '@dezero/testkit';
import {
  changedBy17,
  suite15,
  suite16,
  suite17,
  suite18,
  suite19,
  suite20,
} from '@dezero/testkit/suites';
import * as step20 from '../src/index.js';

const on = '@dezero/step20';
suite15(step20, { on, except: changedBy17.suite15 });
suite16(step20, { on, except: changedBy17.suite16 });
suite17(step20, { on });
suite18(step20, { on });
suite19(step20, { on });
suite20(step20, { on });
expectApiSuperset(step19, step20, 'step 19 → 20');

// Loading step 20 leaves step 19 as it was.
suite19(step19, { on: '@dezero/step19, loaded beside step 20' });
