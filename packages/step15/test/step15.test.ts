import { suite15 } from '@dezero/testkit/suites';
import * as step15 from '../src/index.js';

suite15(step15);
