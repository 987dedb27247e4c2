import * as step15 from '../src/index.js';
import { suite15 } from './suite.js';

suite15(step15);
