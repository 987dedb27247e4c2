/**
 * DeZero step 19: a friendlier Variable (변수 사용성 개선): name, shape, printing.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { ConfigName, SyncResult } from '@dezero/step18';
export { Config, noGrad, usingConfig } from '@dezero/step18';
export type { CallResult, VariableWithData } from './core.js';
export { Add, add, asArray, Exp, exp, Function, Square, square, Variable } from './core.js';
