import * as step23 from '@dezero/step23';
import { upTo23, upTo24 } from '@dezero/testkit/steps';
import * as step24 from '../src/index.js';

upTo24.run(step24);
upTo23.runBeside(step23, step24);
