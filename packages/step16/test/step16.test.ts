import * as step15 from '@dezero/step15';
import { expectApiSuperset } from '@dezero/testkit';
import { changedBy16, suite15, suite16 } from '@dezero/testkit/suites';
import * as step16 from '../src/index.js';

const on = '@dezero/step16';
suite15(step16, { on, except: changedBy16.suite15 });
suite16(step16, { on });
expectApiSuperset(step15, step16, 'step 15 → 16');

// Loading step 16 leaves step 15 as it was: still 96.
suite15(step15, { on: '@dezero/step15, loaded beside step 16' });
