import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import * as step16 from '@dezero/step16';
import { suite15Exceptions as changedBy16, suite16 } from '@dezero/step16/suite';
import * as step17 from '../src/index.js';
import { suite15Exceptions, suite17 } from './suite.js';

const on = '@dezero/step17';
suite15.onLaterStep(step17, { on, except: suite15Exceptions });
suite16.onLaterStep(step17, { on });
suite17(step17, { on });
expectApiSuperset(step16, step17, 'step 16 → 17');

// Loading step 17 leaves step 16 as it was: strong references, and 64.
const beside = '@dezero/step16, loaded beside step 17';
suite15(step16, { on: beside, except: changedBy16 });
suite16(step16, { on: beside });
