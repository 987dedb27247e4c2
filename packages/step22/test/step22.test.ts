import * as step21 from '@dezero/step21';
import { upTo21, upTo22 } from '@dezero/testkit/steps';
import { expect, it } from 'vitest';
import * as step22 from '../src/index.js';

upTo22.run(step22);
upTo21.runBeside(step21, step22);

it("the demo's last lines, x ** 3 at x = 2: y is 8.0 and backward gives x.grad 12.0", () => {
  const x = new step22.Variable(step22.np.array(2.0));
  const y = x.pow(3);
  y.backward();
  expect([String(y), String(x.grad)]).toEqual(['variable(8.0)', '12.0']);
});
