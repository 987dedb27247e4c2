/**
 * DeZero step 17: functions hold their outputs through weak references (약한 참조).
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export { PriorityQueue } from '@dezero/step16';
export type { CallResult, VariableWithData } from './core.js';
export { Add, add, asArray, Exp, exp, Function, Square, square, Variable } from './core.js';
