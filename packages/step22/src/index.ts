/**
 * DeZero step 22: operator overloading 3: `neg`, `sub`, `div`, `pow` and their reflected forms.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { ConfigName, SyncResult } from '@dezero/step18';
export { Config, noGrad, usingConfig } from '@dezero/step18';
export type { CallResult, Operand, VariableWithData } from './core.js';
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
} from './core.js';
