import * as step18 from '@dezero/step18';
import { upTo18, upTo19 } from '@dezero/testkit/steps';
import { expect, it } from 'vitest';
import * as step19 from '../src/index.js';

upTo19.run(step19);
upTo18.runBeside(step18, step19);

it('steps 18 and 19 share one Config: noGrad from either switches both off', () => {
  expect(step19.Config).toBe(step18.Config);
  const x = new step18.Variable(step18.np.array(2));
  expect(step19.noGrad(() => step18.square(x)).creator).toBeNull();
});
