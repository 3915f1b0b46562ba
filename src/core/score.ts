/**
 * The score rule, once: what a score typed against a criterion counts for. Every reader of scores
 * asks here — the block summary (score-sums.ts), a table checked on its own (totals.ts), a returned
 * unit file before it is merged and the units' progress (src/workbook/collect).
 *
 * - An empty cell is "not scored": a scored criterion left empty keeps the unit incomplete (never
 *   0); a bonus or deduction left empty means none.
 * - A deduction may be typed as 1 or -1: both take 1 point off, so its size is what counts.
 * - A score counts when its size is from 0 to the criterion's maximum; otherwise it is invalid and
 *   leaves the criterion unscored, so an error is never a silent 0.
 * - The appraised score (điểm thẩm định), where one is given, replaces the self score.
 */
import { pointsFromHundredths } from "./decimal";
import type { CellValue, CriterionKind, Points } from "./model";
import { NOT_GIVEN, parseScore, pointsOrFlag, type InvalidReason } from "./numbers";

/** The criterion a score is typed against: its maximum and kind. */
export interface ScoredCriterion {
  readonly max: Points;
  readonly kind: CriterionKind;
}

/** What one typed score counts for. */
export type ScoreVerdict =
  | { readonly kind: "empty" }
  | { readonly kind: "counted"; readonly points: Points }
  /** Not a number of points (text, an error value, a date, a boolean, too many decimals). */
  | { readonly kind: "unreadable"; readonly reason: InvalidReason; readonly shown: string }
  /** Below zero (`value` as typed). */
  | { readonly kind: "negative"; readonly value: Points }
  /** Above the maximum (`value`: the size counted, a deduction's sign dropped). */
  | { readonly kind: "above-max"; readonly value: Points; readonly max: Points };

/**
 * The points a typed score counts for: a deduction's sign does not matter.
 *
 * @example countedPoints(-150, "deduction") === 150; countedPoints(-150, "scored") === -150
 */
export function countedPoints(points: number, kind: CriterionKind): number {
  return kind === "deduction" && points < 0 ? -points : points;
}

/**
 * The rule for one score against its criterion.
 *
 * @example scoreVerdict("8,5", { max: 1000, kind: "scored" }) // { kind: "counted", points: 850 }
 * @example scoreVerdict(-1, { max: 200, kind: "deduction" }) // { kind: "counted", points: 100 }
 * @example scoreVerdict("", { max: 1000, kind: "scored" }) // { kind: "empty" }
 */
export function scoreVerdict(value: CellValue, criterion: ScoredCriterion): ScoreVerdict {
  const parsed = parseScore(value);
  if (parsed.kind === "empty") return EMPTY;
  if (parsed.kind === "invalid") return { kind: "unreadable", reason: parsed.reason, shown: parsed.shown };
  const counted = pointsFromHundredths(countedPoints(parsed.points, criterion.kind));
  if (counted < 0) return { kind: "negative", value: parsed.points };
  if (counted > criterion.max) return { kind: "above-max", value: counted, max: criterion.max };
  return { kind: "counted", points: counted };
}

const EMPTY: ScoreVerdict = { kind: "empty" };

// Local names for the hot path: a bundler's CommonJS output reads imported bindings through
// getters, which would cost more than the rest of countedOrFlag.
const readPoints = pointsOrFlag;
const notGiven = NOT_GIVEN;

/** countedOrFlag's answer for a score that does not count (unreadable, negative or above the maximum). */
export const INVALID_SCORE = -1;

/**
 * The summary's fast path of scoreVerdict: the counted hundredths, NOT_GIVEN for an empty cell or
 * INVALID_SCORE for one that does not count (scoreVerdict says why). Allocates nothing for numbers
 * and plain text such as "8,5".
 *
 * @example countedOrFlag(-1, true, 200) === 100; countedOrFlag(null, false, 1000) === NOT_GIVEN
 */
export function countedOrFlag(value: CellValue, isDeduction: boolean, max: number): number {
  let points = readPoints(value);
  if (points === notGiven) return notGiven;
  if (isDeduction && points < 0) points = -points;
  // NaN (unreadable) fails both comparisons.
  return points >= 0 && points <= max ? points : INVALID_SCORE;
}

/** A row's counted score: the appraised score where one is given, else the self score. */
export interface RowScore {
  /** The points that count, or null when the criterion stays unscored on this row. */
  readonly counted: Points | null;
  /** True when the appraised score is the one counted. */
  readonly appraised: boolean;
}

/**
 * Which score of a row counts: an appraised score given replaces the self score (and one that does
 * not count leaves the criterion unscored, whatever the self score); with no appraised score, the
 * self score counts if it does.
 *
 * @example rowScore(8, 7, { max: 1000, kind: "scored" }) // { counted: 700, appraised: true }
 * @example rowScore(8, null, { max: 1000, kind: "scored" }) // { counted: 800, appraised: false }
 */
export function rowScore(self: CellValue, appraised: CellValue, criterion: ScoredCriterion): RowScore {
  const isDeduction = criterion.kind === "deduction";
  const a = countedOrFlag(appraised, isDeduction, criterion.max);
  if (a !== NOT_GIVEN) {
    return a === INVALID_SCORE
      ? { counted: null, appraised: false }
      : { counted: pointsFromHundredths(a), appraised: true };
  }
  const s = countedOrFlag(self, isDeduction, criterion.max);
  return {
    counted: s === NOT_GIVEN || s === INVALID_SCORE ? null : pointsFromHundredths(s),
    appraised: false,
  };
}
