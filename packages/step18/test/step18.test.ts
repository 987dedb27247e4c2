import * as step17 from '@dezero/step17';
import { expectApiSuperset } from '@dezero/testkit';
import { changedBy17, suite15, suite16, suite17, suite18 } from '@dezero/testkit/suites';
import { expect, it } from 'vitest';
import * as step18 from '../src/index.js';

const on = '@dezero/step18';
suite15(step18, { on, except: changedBy17.suite15 });
suite16(step18, { on, except: changedBy17.suite16 });
suite17(step18, { on });
suite18(step18, { on });
expectApiSuperset(step17, step18, 'step 17 → 18');

it('noGrad from step 18 does not touch step 17, which has no Config', () => {
  const y = step18.noGrad(() => step17.square(new step17.Variable(step17.np.array(2))));
  expect(y.creator).not.toBeNull();
});

// Loading step 18 leaves step 17 as it was.
suite17(step17, { on: '@dezero/step17, loaded beside step 18' });
