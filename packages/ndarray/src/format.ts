/**
 * Printing arrays exactly as NumPy 2 does with its default print options: `str(a)` for
 * `toString()` and `repr(a)` for `console.log`. The structure follows NumPy's
 * `numpy/_core/arrayprint.py` (`_formatArray`, `FloatingFormat`, `IntegerFormat`), so the
 * two can be read side by side.
 * @module
 */

import type { DType } from './dtype.js';
import { rowMajorStrides, type Shape, tupleRepr } from './shape.js';

/** NumPy's default print options (`np.get_printoptions()`). */
const PRECISION = 8; // at most this many digits after the point ('maxprec' float mode)
const THRESHOLD = 1000; // arrays with more elements than this are summarised ...
const EDGE_ITEMS = 3; // ... to this many items at each end of every axis
const LINE_WIDTH = 75;

/** What printing needs from an array. */
interface Printable {
  readonly data: Float64Array;
  readonly shape: Shape;
  readonly dtype: DType;
}

/** NumPy's `str(a)`. A 0-d array prints as its scalar: `2.0`, `1e-05`, `2`. */
export function arrayStr(a: Printable): string {
  if (a.shape.length === 0) {
    const value = a.data[0];
    return a.dtype === 'int64' ? String(value) : floatScalarStr(value);
  }
  return array2string(a, ' ', '', '');
}

/**
 * NumPy's `repr(a)`: `array([1., 2.])`. float64 and int64 are NumPy's default dtypes, so
 * the dtype is only spelled out for empty arrays; the shape is added when the elements
 * do not show it (empty or summarised arrays).
 */
export function arrayRepr(a: Printable): string {
  const prefix = 'array(';
  const body = prefix + array2string(a, ', ', prefix, ')');
  const size = a.data.length;
  const extras: string[] = [];
  if ((size === 0 && !(a.shape.length === 1 && a.shape[0] === 0)) || size > THRESHOLD) {
    extras.push(`shape=${tupleRepr(a.shape)}`);
  }
  if (size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return `${body})`;
  // The extras go on a new line if they would make the last line too long.
  const tail = `${extras.join(', ')})`;
  const lastLineLength = body.length + 1 - (body.lastIndexOf('\n') + 1);
  const spacer =
    lastLineLength + tail.length + 1 > LINE_WIDTH ? `\n${' '.repeat(prefix.length)}` : ' ';
  return `${body},${spacer}${tail}`;
}

/**
 * NumPy's `array2string`: the elements in nested brackets. `prefix` and `suffix` are
 * printed around the result by the caller (`array(` and `)` for repr); their lengths
 * shift the wrapped lines and shorten the usable line width.
 */
function array2string(a: Printable, separator: string, prefix: string, suffix: string): string {
  if (a.data.length === 0) return '[]';
  const summarise = a.data.length > THRESHOLD;
  // Column widths come only from the elements that are shown.
  const shown = shownValues(a, summarise);
  const format = a.dtype === 'int64' ? intFormatter(shown) : floatFormatter(shown);
  const indent = ' '.repeat(prefix.length + 1); // lines up with the first '['
  return formatArray(a, format, LINE_WIDTH - suffix.length, indent, separator, summarise);
}

/** Where `...` stands in the list of shown indices. */
const ELLIPSIS = '...';

/** The indices shown along an axis: all of them, or both ends around `...` when summarising. */
function shownIndices(length: number, summarise: boolean): (number | typeof ELLIPSIS)[] {
  const all = (n: number, from: number) => Array.from({ length: n }, (_, k) => from + k);
  if (!summarise || length <= 2 * EDGE_ITEMS) return all(length, 0);
  return [...all(EDGE_ITEMS, 0), ELLIPSIS, ...all(EDGE_ITEMS, length - EDGE_ITEMS)];
}

/** The elements that will be printed, in order. */
function shownValues(a: Printable, summarise: boolean): number[] {
  const strides = rowMajorStrides(a.shape);
  const values: number[] = [];
  const visit = (axis: number, offset: number): void => {
    const length = a.shape[axis];
    if (length === undefined) {
      values.push(a.data[offset]);
      return;
    }
    for (const k of shownIndices(length, summarise)) {
      if (k !== ELLIPSIS) visit(axis + 1, offset + k * strides[axis]);
    }
  };
  visit(0, 0);
  return values;
}

/**
 * NumPy's `_formatArray`: each axis adds a bracket and one space of indent; the last axis
 * fills lines up to the width, the others put their sub-arrays on separate lines, with
 * one blank line per extra axis between blocks.
 */
function formatArray(
  a: Printable,
  format: (x: number) => string,
  lineWidth: number,
  firstIndent: string,
  separator: string,
  summarise: boolean,
): string {
  const ndim = a.shape.length;
  const strides = rowMajorStrides(a.shape);
  const recurse = (axis: number, offset: number, indent: string, width: number): string => {
    if (axis === ndim) return format(a.data[offset]);
    // Nested lists are indented one more space and must leave room for this list's ']'.
    const words = shownIndices(a.shape[axis], summarise).map((k) =>
      k === ELLIPSIS
        ? ELLIPSIS
        : recurse(axis + 1, offset + k * strides[axis], `${indent} `, width - 1),
    );
    let text: string;
    if (axis === ndim - 1) {
      // Leave room for the separator (or the closing ']') after each element.
      const elementWidth = width - Math.max(separator.trimEnd().length, 1);
      text = fillLines(words, separator, elementWidth, indent);
    } else {
      const rowSeparator = separator.trimEnd() + '\n'.repeat(ndim - axis - 1);
      text = words.map((word) => indent + word).join(rowSeparator);
    }
    return `[${text.slice(indent.length)}]`;
  };
  return recurse(0, 0, firstIndent, lineWidth);
}

/** Joins words with `separator`, starting a new line (at `indent`) when one would not fit. */
function fillLines(words: string[], separator: string, lineWidth: number, indent: string): string {
  let text = '';
  let line = indent;
  words.forEach((word, k) => {
    if (k > 0) line += separator;
    // Wrapping a line that holds nothing yet would not help, so a long word may overflow.
    if (line.length + word.length > lineWidth && line.length > indent.length) {
      text += `${line.trimEnd()}\n`;
      line = indent;
    }
    line += word;
  });
  return text + line;
}

/** NumPy's `IntegerFormat`: right-aligned to the widest element. */
function intFormatter(values: readonly number[]): (x: number) => string {
  let width = 0;
  for (const value of values) width = Math.max(width, String(value).length);
  return (x) => String(x).padStart(width);
}

/**
 * NumPy's `FloatingFormat` in its default 'maxprec' mode. All elements share one style:
 * scientific if any non-zero magnitude is >= 1e8 or < 1e-4, or the largest is more than
 * 1000 times the smallest; positional otherwise. Each element keeps its own shortest
 * digits (at most 8 after the point), padded so that the points line up.
 */
function floatFormatter(values: readonly number[]): (x: number) => string {
  const finite = values.filter(Number.isFinite);
  let max = 0;
  let min = Infinity;
  for (const value of finite) {
    if (value === 0) continue;
    max = Math.max(max, Math.abs(value));
    min = Math.min(min, Math.abs(value));
  }
  const useScientific = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000);
  const render = (x: number) =>
    useScientific ? scientific(x, PRECISION) : positional(x, PRECISION);

  // A first pass over the digits finds the widths: the longest whole part (with its
  // sign), the longest fraction and, in scientific style, the longest exponent.
  let padLeft = 0;
  let fractionDigits = 0;
  let exponentDigits = 0;
  for (const value of finite) {
    const { whole, fraction, exponent } = splitNumber(render(value));
    padLeft = Math.max(padLeft, whole.length);
    fractionDigits = Math.max(fractionDigits, fraction.length);
    exponentDigits = Math.max(exponentDigits, exponent.length - 1); // minus the sign
  }
  // The width right of the point: the fraction, plus 'e', the sign and the exponent.
  const padRight = useScientific ? fractionDigits + 2 + exponentDigits : fractionDigits;
  if (finite.length < values.length) {
    // nan, inf and -inf are right-aligned in the full width, which must fit them.
    const widest = values.includes(-Infinity) ? '-inf'.length : 'inf'.length;
    padLeft = Math.max(padLeft, widest - (padRight + 1));
  }

  return (x) => {
    if (!Number.isFinite(x)) {
      const word = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
      return word.padStart(padLeft + 1 + padRight);
    }
    const { whole, fraction, exponent } = splitNumber(render(x));
    const left = whole.padStart(padLeft);
    if (!useScientific) return `${left}.${fraction.padEnd(padRight)}`;
    // In scientific style every element shows the same number of digits.
    const exponentValue = exponent.slice(1).padStart(exponentDigits, '0');
    return `${left}.${fraction.padEnd(fractionDigits, '0')}e${exponent[0]}${exponentValue}`;
  };
}

/** Splits `-1.25e+07` into `-1`, `25` and `+07` (the exponent is '' in positional style). */
function splitNumber(text: string): { whole: string; fraction: string; exponent: string } {
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const point = mantissa.indexOf('.');
  return {
    whole: mantissa.slice(0, point),
    fraction: mantissa.slice(point + 1),
    exponent: e === -1 ? '' : text.slice(e + 1),
  };
}

/**
 * The str of a float64 scalar, as Python's `repr(float)` writes it: positional for
 * magnitudes in [1e-4, 1e16) with at least one fraction digit (`2.0`), scientific
 * otherwise (`1e-05`, `1.5e+16`), always with the shortest digits that round-trip.
 */
function floatScalarStr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const magnitude = Math.abs(x);
  if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
    const text = positional(x, Infinity);
    return text.endsWith('.') ? `${text}0` : text;
  }
  return scientific(x, Infinity).replace('.e', 'e');
}

/**
 * `x` written positionally with the shortest digits that round-trip, or, if those need
 * more than `maxFraction` digits after the point, rounded to `maxFraction` digits.
 * Trailing zeros are dropped but the point is kept: `1.`, `0.5`, `-12.25`.
 */
function positional(x: number, maxFraction: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const magnitude = Math.abs(x);
  if (magnitude === 0) return `${sign}0.`;
  // The value is the integer `digits` times 10 ** -scale.
  const shortest = shortestDigits(magnitude);
  let digits = shortest.digits;
  let scale = digits.length - 1 - shortest.exponent;
  if (scale > maxFraction) {
    digits = roundToPowerOfTen(magnitude, maxFraction).toString();
    scale = maxFraction;
  }
  if (scale <= 0) return `${sign}${digits}${'0'.repeat(-scale)}.`;
  const padded = digits.padStart(scale + 1, '0');
  const fraction = padded.slice(-scale).replace(/0+$/, '');
  return `${sign}${padded.slice(0, -scale)}.${fraction}`;
}

/**
 * `x` in scientific notation with the shortest digits that round-trip, or, if those need
 * more than `maxFraction` digits after the point, rounded to that many: `1.e-05`,
 * `-2.5e+10`. The exponent has at least two digits, as in C and Python.
 */
function scientific(x: number, maxFraction: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const magnitude = Math.abs(x);
  let digits = '0';
  let exponent = 0;
  if (magnitude !== 0) {
    ({ digits, exponent } = shortestDigits(magnitude));
    if (digits.length - 1 > maxFraction) {
      digits = roundToPowerOfTen(magnitude, maxFraction - exponent).toString();
      // Rounding 9.99…9|5 up gives 10.00…0: one digit more, one power of ten higher.
      if (digits.length > maxFraction + 1) exponent += 1;
      digits = digits.slice(0, maxFraction + 1).replace(/0+$/, '');
    }
  }
  const exponentText = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign}${digits[0]}.${digits.slice(1)}e${exponent < 0 ? '-' : '+'}${exponentText}`;
}

/**
 * The shortest decimal digits that read back as `x` (> 0), and the power of ten of the
 * first one: 0.0123 → `{ digits: '123', exponent: -2 }`. JavaScript's number-to-string
 * conversion already finds these digits (the same ones NumPy's Dragon4 prints).
 */
function shortestDigits(x: number): { digits: string; exponent: number } {
  const text = x.toExponential(); // e.g. '1.23e-2'
  const e = text.indexOf('e');
  return { digits: text.slice(0, e).replace('.', ''), exponent: Number(text.slice(e + 1)) };
}

/**
 * `x * 10 ** power` rounded to a whole number, computed exactly (with BigInt) from the
 * binary value of `x`, with ties to even as NumPy's Dragon4 does. Rounding the shortest
 * digits instead would round twice and could differ in the last digit.
 */
function roundToPowerOfTen(x: number, power: number): bigint {
  const [mantissa, exponent2] = binaryParts(x);
  // x * 10 ** power = numerator / denominator, exactly.
  let numerator = mantissa;
  let denominator = 1n;
  if (exponent2 >= 0) numerator <<= BigInt(exponent2);
  else denominator <<= BigInt(-exponent2);
  if (power >= 0) numerator *= 10n ** BigInt(power);
  else denominator *= 10n ** BigInt(-power);
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  const roundUp =
    twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n);
  return roundUp ? quotient + 1n : quotient;
}

/** A finite `x` >= 0 as `mantissa * 2 ** exponent` with a whole-number mantissa. */
function binaryParts(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biasedExponent = Number(bits >> 52n) & 0x7ff;
  const fraction = bits & 0xfffffffffffffn;
  // Subnormal numbers have no implicit leading 1 bit.
  if (biasedExponent === 0) return [fraction, -1074];
  return [fraction | (1n << 52n), biasedExponent - 1075];
}
