/**
 * DeZero step 20: operator overloading (연산자 오버로드) 1: `Mul`, and `add`/`mul` methods.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { ConfigName, SyncResult } from '@dezero/step18';
export { Config, noGrad, usingConfig } from '@dezero/step18';
export type { CallResult, VariableWithData } from './core.js';
export {
  Add,
  add,
  asArray,
  Exp,
  exp,
  Function,
  Mul,
  mul,
  Square,
  square,
  Variable,
} from './core.js';
