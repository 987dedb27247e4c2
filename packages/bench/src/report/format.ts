/** How figures are written, in the table and in the goals' side notes. */

/** Milliseconds with two decimals, or two significant digits below 0.1 ms. */
export function formatMs(value: number): string {
  return value < 0.1 ? value.toPrecision(2) : value.toFixed(2);
}
