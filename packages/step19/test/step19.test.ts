import * as step18 from '@dezero/step18';
import { expectApiSuperset } from '@dezero/testkit';
import { changedBy17, suite15, suite16, suite17, suite18, suite19 } from '@dezero/testkit/suites';
import { expect, it } from 'vitest';
import * as step19 from '../src/index.js';

const on = '@dezero/step19';
suite15(step19, { on, except: changedBy17.suite15 });
suite16(step19, { on, except: changedBy17.suite16 });
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
