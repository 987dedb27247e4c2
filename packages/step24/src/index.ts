/**
 * This step's public API: every name the step before exports, each re-exported from the
 * step that last changed it, and what this step adds or replaces.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { ConfigName, SyncResult } from '@dezero/step18';
export { Config, noGrad, usingConfig } from '@dezero/step18';
export type { CallResult, Operand, VariableWithData } from '@dezero/step22';
export {
  Add,
  add,
  asArray,
  asVariable,
  Div,
  div,
  Exp,
  exp,
  Function,
  Mul,
  mul,
  Neg,
  neg,
  Pow,
  pow,
  rdiv,
  rsub,
  Square,
  Sub,
  square,
  sub,
  Variable,
} from '@dezero/step22';
export { goldstein, matyas, sphere } from './testFunctions.js';
