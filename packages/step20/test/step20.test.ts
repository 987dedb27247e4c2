import * as step19 from '@dezero/step19';
import { upTo19, upTo20 } from '@dezero/testkit/steps';
import * as step20 from '../src/index.js';

upTo20.run(step20);
upTo19.runBeside(step19, step20);
