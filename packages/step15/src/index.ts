/**
 * This step's public API: every name the step before exports, each re-exported from the
 * step that last changed it, and what this step adds or replaces.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
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
export type { DataHolder } from './numericalDiff.js';
export { numericalDiff } from './numericalDiff.js';
