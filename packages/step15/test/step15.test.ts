import { upTo15 } from '@dezero/testkit/steps';
import * as step15 from '../src/index.js';

upTo15.run(step15);
