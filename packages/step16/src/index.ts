/**
 * DeZero step 16: generations (세대) and highest-generation-first backward.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { DataHolder } from '@dezero/step15';
export { numericalDiff } from '@dezero/step15';
export type { CallResult, VariableWithData } from './core.js';
export { Add, add, asArray, Exp, exp, Function, Square, square, Variable } from './core.js';
export { PriorityQueue } from './priorityQueue.js';
