import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import { suite16 } from '@dezero/step16/suite';
import { suite15Exceptions, suite17 } from '@dezero/step17/suite';
import * as step18 from '@dezero/step18';
import { suite18 } from '@dezero/step18/suite';
import { expect, it } from 'vitest';
import * as step19 from '../src/index.js';
import { suite19 } from './suite.js';

const on = '@dezero/step19';
suite15.onLaterStep(step19, { on, except: suite15Exceptions });
suite16.onLaterStep(step19, { on });
suite17(step19, { on });
suite18(step19, { on });
suite19(step19, { on });
expectApiSuperset(step18, step19, 'step 18 → 19');

it('steps 18 and 19 share one Config: noGrad from either switches both off', () => {
  expect(step19.Config).toBe(step18.Config);
  const x = new step18.Variable(step18.np.array(2));
  expect(step19.noGrad(() => step18.square(x)).creator).toBeNull();
});

// Loading step 19 leaves step 18 as it was.
suite18(step18, { on: '@dezero/step18, loaded beside step 19' });
