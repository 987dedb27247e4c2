import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import { suite16 } from '@dezero/step16/suite';
import { suite15Exceptions, suite17 } from '@dezero/step17/suite';
import { suite18 } from '@dezero/step18/suite';
import { suite19 } from '@dezero/step19/suite';
import { suite20 } from '@dezero/step20/suite';
import * as step21 from '@dezero/step21';
import { suite21 } from '@dezero/step21/suite';
import * as step22 from '../src/index.js';
import { suite22 } from './suite.js';

const on = '@dezero/step22';
suite15.onLaterStep(step22, { on, except: suite15Exceptions });
suite16.onLaterStep(step22, { on });
suite17.onLaterStep(step22, { on });
suite18.onLaterStep(step22, { on });
suite19.onLaterStep(step22, { on });
suite20.onLaterStep(step22, { on });
suite21(step22, { on });
suite22(step22, { on });
expectApiSuperset(step21, step22, 'step 21 → 22');

// Loading step 22 leaves step 21 as it was.
suite21(step21, { on: '@dezero/step21, loaded beside step 22' });
