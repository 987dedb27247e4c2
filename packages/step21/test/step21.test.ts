import * as step20 from '@dezero/step20';
import { upTo20, upTo21 } from '@dezero/testkit/steps';
import * as step21 from '../src/index.js';

upTo21.run(step21);
upTo20.runBeside(step20, step21);
