/**
 * Each step's behavioural suite, written once as a function of a step module and typed
 * against the small structural API it uses; the table in `@dezero/testkit/steps` runs each
 * on its step and every later one.
 * @packageDocumentation
 */
export { type Step15Api, suite15 } from './step15.js';
export { type Step16Api, suite16 } from './step16.js';
export { type Step17Api, suite17 } from './step17.js';
export { type Step18Api, suite18 } from './step18.js';
export { type Step19Api, suite19 } from './step19.js';
export { type Step20Api, suite20 } from './step20.js';
export { type Step21Api, suite21 } from './step21.js';
export { type Step22Api, suite22 } from './step22.js';
export { type Step23Api, suite23 } from './step23.js';
export { type Step24Api, suite24 } from './step24.js';
