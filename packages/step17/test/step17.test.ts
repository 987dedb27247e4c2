import * as step16 from '@dezero/step16';
import { upTo16, upTo17 } from '@dezero/testkit/steps';
import * as step17 from '../src/index.js';

upTo17.run(step17);
upTo16.runBeside(step16, step17);
