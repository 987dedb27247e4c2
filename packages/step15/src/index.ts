/**
 * DeZero as it stands after the book's step 14, the starting point of step 15.
 * @packageDocumentation
 */
export * as np from '@dezero/ndarray';
export type { CallResult, VariableWithData } from './core.js';
export { Add, add, asArray, Exp, exp, Function, Square, square, Variable } from './core.js';
export type { DataHolder } from './numericalDiff.js';
export { numericalDiff } from './numericalDiff.js';
