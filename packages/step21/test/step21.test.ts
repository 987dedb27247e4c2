import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import { suite16 } from '@dezero/step16/suite';
import { suite15Exceptions, suite17 } from '@dezero/step17/suite';
import { suite18 } from '@dezero/step18/suite';
import { suite19 } from '@dezero/step19/suite';
import * as step20 from '@dezero/step20';
import { suite20 } from '@dezero/step20/suite';
import * as step21 from '../src/index.js';
import { suite21 } from './suite.js';

const on = '@dezero/step21';
suite15.onLaterStep(step21, { on, except: suite15Exceptions });
suite16.onLaterStep(step21, { on });
suite17.onLaterStep(step21, { on });
suite18.onLaterStep(step21, { on });
suite19.onLaterStep(step21, { on });
suite20.onLaterStep(step21, { on });
suite21(step21, { on });
expectApiSuperset(step20, step21, 'step 20 → 21');

// Loading step 21 leaves step 20 as it was.
suite20(step20, { on: '@dezero/step20, loaded beside step 21' });
