/**
 * Rounding and formatting for the cost what-if. The rule (stated on the page): every line is computed
 * unrounded, then rounded half up to the nearest cent; a total is the sum of its rounded lines.
 */

/**
 * Dollars to whole cents, half up. `toPrecision(12)` first strips binary noise: $1.005 is 100.49999999999999
 * cents in floating point and would round down to $1.00; here it rounds up to $1.01, as on paper.
 */
export function toCents(dollars: number): number {
  if (!Number.isFinite(dollars)) throw new RangeError(`not a finite amount: ${dollars}`);
  return Math.round(Number((dollars * 100).toPrecision(12)));
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$1,234.50" */
export function formatCents(cents: number): string {
  return USD.format(cents / 100);
}

const RATE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });

/** A price as entered, without losing digits: "$0.04048". */
export function formatRate(dollars: number): string {
  return RATE.format(dollars);
}

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A quantity for the workings: "1,000", "0.25". */
export function formatNumber(value: number): string {
  return PLAIN.format(value);
}
