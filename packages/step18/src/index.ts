/**
 * This step's public API: every name the step before exports, each re-exported from the
 * step that last changed it, and what this step adds or replaces.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { ConfigName, SyncResult } from './config.js';
export { Config, noGrad, usingConfig } from './config.js';
export type { CallResult, VariableWithData } from './core.js';
export {
  Add,
  add,
  asArray,
  Exp,
  exp,
  Function,
  Square,
  square,
  Variable,
} from './core.js';
