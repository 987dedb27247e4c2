import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import { suite16 } from '@dezero/step16/suite';
import { suite15Exceptions, suite17 } from '@dezero/step17/suite';
import { suite18 } from '@dezero/step18/suite';
import * as step19 from '@dezero/step19';
import { suite19 } from '@dezero/step19/suite';
import * as step20 from '../src/index.js';
import { suite20 } from './suite.js';

const on = '@dezero/step20';
suite15.onLaterStep(step20, { on, except: suite15Exceptions });
suite16.onLaterStep(step20, { on });
suite17(step20, { on });
suite18(step20, { on });
suite19(step20, { on });
suite20(step20, { on });
expectApiSuperset(step19, step20, 'step 19 → 20');

// Loading step 20 leaves step 19 as it was.
suite19(step19, { on: '@dezero/step19, loaded beside step 20' });
