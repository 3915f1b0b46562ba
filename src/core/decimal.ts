/**
 * Exact decimal points.
 *
 * Scores are decimals with at most two places (8,5 · 1,25), and binary floating point cannot hold
 * most of them exactly: 0.1 + 0.2 is 0.30000000000000004 in a double. Summing a thousand such
 * scores drifts, and a drift of 0.01 can swap two units' ranks. So the core never adds decimals.
 * Every value is converted once, at the edge, to an integer count of hundredths (`Points`:
 * 8.5 → 850) and everything after that is integer arithmetic, which a double does exactly up to
 * 2^53 (about 9·10^13 points, far beyond any table). 0.1 + 0.2 becomes 10 + 20 = 30, shown "0,3".
 * Conversion back to a decimal happens only to show a figure or hand it to Excel.
 */
import type { Points } from "./model";

/** Zero points. */
export const ZERO = 0 as Points;

/** Tolerance for the float noise of a decimal that is really an exact half (1.005 · 100 = 100.49999…). */
const HALF_TOLERANCE = 1e-9;

/**
 * Rounds a decimal to hundredths, half away from zero, reading the number as the decimal a person
 * typed (1.005 rounds to 1.01 although its double is slightly below 1.005).
 *
 * @throws RangeError when `n` is not finite: callers parse and validate cells first (numbers.ts).
 * @example pointsFromNumber(8.5) === 850; pointsFromNumber(0.1 + 0.2) === 30; pointsFromNumber(-1.005) === -101
 */
export function pointsFromNumber(n: number): Points {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  const scaled = Math.abs(n) * 100;
  const rounded = Math.floor(scaled + 0.5 + HALF_TOLERANCE * Math.max(1, scaled));
  // `+ 0` turns -0 into 0 so that formatting never shows "-0".
  return (n < 0 ? -rounded + 0 : rounded) as Points;
}

/** The decimal value of points, for display or for handing a figure to Excel. */
export function numberFromPoints(p: Points): number {
  return p / 100;
}

/**
 * Points from an integer count of hundredths (already exact): the checked way to make Points from a
 * sum or a difference. A fraction or an unsafe integer is a bug upstream, never a score.
 *
 * @throws RangeError when `hundredths` is not a safe integer.
 * @example pointsFromHundredths(850) === 850; pointsFromHundredths(0.5) // throws
 */
export function pointsFromHundredths(hundredths: number): Points {
  if (!Number.isSafeInteger(hundredths))
    throw new RangeError(`Not a whole number of hundredths: ${hundredths}`);
  return (hundredths + 0) as Points;
}

/** Exact sum (integer addition). */
export function sumPoints(ps: readonly Points[]): Points {
  let total = 0;
  for (const p of ps) total += p;
  return pointsFromHundredths(total);
}

/**
 * Vietnamese style by default: decimal comma, no trailing zeros, no thousands grouping.
 *
 * @example formatPoints(850) === "8,5"; formatPoints(800) === "8"; formatPoints(5) === "0,05"; formatPoints(1250, ".") === "12.5"
 */
export function formatPoints(p: Points, decimalSeparator: "," | "." = ","): string {
  const sign = p < 0 ? "-" : "";
  const abs = Math.abs(p);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  const fraction = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, "0");
  return `${sign}${whole}${decimalSeparator}${fraction}`;
}

/**
 * Always two decimals, for columns of figures that must line up.
 *
 * @example formatPointsFixed(850) === "8,50"
 */
export function formatPointsFixed(p: Points, decimalSeparator: "," | "." = ","): string {
  const sign = p < 0 ? "-" : "";
  const abs = Math.abs(p);
  return `${sign}${Math.floor(abs / 100)}${decimalSeparator}${String(abs % 100).padStart(2, "0")}`;
}
