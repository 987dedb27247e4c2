/**
 * Loading the NumPy fixtures written by `fixtures/make_fixtures.py`. The tests only read
 * the JSON; Python is needed only to regenerate it.
 */

import { readFileSync } from 'node:fs';
import { type DType, NDArray, type Operand } from '../src/index.js';

/** A float JSON cannot hold is written as one of these strings. */
type JsonNumber = number | 'nan' | 'inf' | '-inf' | '-0';

export interface ArrayJson {
  dtype: DType;
  shape: number[];
  data: JsonNumber[];
}

export type OperandJson = { array: ArrayJson } | { number: JsonNumber };

export interface PrintCase extends ArrayJson {
  name: string;
  str: string;
  repr: string;
}

export type OpCase =
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'pow'; a: OperandJson; b: OperandJson; result: ArrayJson }
  | { op: 'neg' | 'exp'; a: OperandJson; result: ArrayJson };

export type BroadcastCase = { a: number[]; b: number[] } & (
  | { shape: number[] }
  | { error: string }
);

export interface RandomCase {
  seed: number;
  steps: { call: 'randn' | 'rand'; shape: number[]; result: ArrayJson }[];
}

const SPECIAL: Record<string, number> = {
  nan: Number.NaN,
  inf: Infinity,
  '-inf': -Infinity,
  '-0': -0,
};

export function decodeNumber(value: JsonNumber): number {
  return typeof value === 'number' ? value : SPECIAL[value];
}

/** The `cases` of one fixture file. */
export function loadCases<T>(file: string): T[] {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  return (JSON.parse(text) as { cases: T[] }).cases;
}

export function arrayFromJson(json: ArrayJson): NDArray {
  return new NDArray(Float64Array.from(json.data, decodeNumber), json.shape, json.dtype);
}

export function operandFromJson(json: OperandJson): Operand {
  return 'number' in json ? decodeNumber(json.number) : arrayFromJson(json.array);
}

/** A short label for a test name: `float64 (2,3)` or `2.5`. */
export function describeOperand(json: OperandJson): string {
  return 'number' in json
    ? String(json.number)
    : `${json.array.dtype} (${json.array.shape.join(',')})`;
}
