import * as step16 from '@dezero/step16';
import { expectApiSuperset } from '@dezero/testkit';
import { changedBy16, changedBy17, suite15, suite16, suite17 } from '@dezero/testkit/suites';
import * as step17 from '../src/index.js';

const on = '@dezero/step17';
suite15(step17, { on, except: changedBy17.suite15 });
suite16(step17, { on, except: changedBy17.suite16 });
suite17(step17, { on });
expectApiSuperset(step16, step17, 'step 16 → 17');

// Loading step 17 leaves step 16 as it was: strong references, and 64.
const beside = '@dezero/step16, loaded beside step 17';
suite15(step16, { on: beside, except: changedBy16.suite15 });
suite16(step16, { on: beside });
