import { suite15 } from '@dezero/step15/suite';
import { expectApiSuperset } from '@dezero/step15/testing';
import { suite16 } from '@dezero/step16/suite';
import * as step17 from '@dezero/step17';
import { suite15Exceptions, suite17 } from '@dezero/step17/suite';
import { expect, it } from 'vitest';
import * as step18 from '../src/index.js';
import { suite18 } from './suite.js';

const on = '@dezero/step18';
suite15.onLaterStep(step18, { on, except: suite15Exceptions });
suite16.onLaterStep(step18, { on });
suite17(step18, { on });
suite18(step18, { on });
expectApiSuperset(step17, step18, 'step 17 → 18');

it('noGrad from step 18 does not touch step 17, which has no Config', () => {
  const y = step18.noGrad(() => step17.square(new step17.Variable(step17.np.array(2))));
  expect(y.creator).not.toBeNull();
});

// Loading step 18 leaves step 17 as it was.
suite17(step17, { on: '@dezero/step17, loaded beside step 18' });
