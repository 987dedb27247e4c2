import * as step17 from '@dezero/step17';
import { upTo17, upTo18 } from '@dezero/testkit/steps';
import { expect, it } from 'vitest';
import * as step18 from '../src/index.js';

upTo18.run(step18);
upTo17.runBeside(step17, step18);

it('noGrad from step 18 does not touch step 17, which has no Config', () => {
  const y = step18.noGrad(() => step17.square(new step17.Variable(step17.np.array(2))));
  expect(y.creator).not.toBeNull();
});
