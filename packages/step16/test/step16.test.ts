import * as step15 from '@dezero/step15';
import { upTo15, upTo16 } from '@dezero/testkit/steps';
import * as step16 from '../src/index.js';

upTo16.run(step16);
upTo15.runBeside(step15, step16);
