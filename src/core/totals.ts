/**
 * Totals of a unit's table, in exact points.
 *
 * - A scored criterion takes the appraised score (điểm thẩm định) where there is one, else the
 *   self score; the difference is kept and shown, never hidden.
 * - Bonus criteria add, deduction criteria subtract. A deduction may be typed as 1 or -1: both
 *   mean "take 1 point off" (people write it both ways), and its size is checked against the
 *   criterion's maximum.
 * - Deductions never make the table part negative: the table part is max(0, scored + bonus −
 *   deductions). The departments' points are added after that.
 * - An empty scored cell is "not scored" (the unit is incomplete), never 0; an empty bonus or
 *   deduction cell means none.
 */
import { formatPoints } from "./decimal";
import type { CellRef, CellValue, CriterionKind, Points, Problem, UnitResult } from "./model";
import { criterionCode } from "./model";
import { parseScore } from "./numbers";
import * as problem from "./problems";

export const SCORE_OK = 0;
export const SCORE_NEGATIVE = 1;
export const SCORE_ABOVE_MAX = 2;
export type ScoreCheck = typeof SCORE_OK | typeof SCORE_NEGATIVE | typeof SCORE_ABOVE_MAX;

/**
 * The one rule for a score against its criterion, after `countedPoints`.
 *
 * @example checkScore(950, 900 as Points) === SCORE_ABOVE_MAX
 */
export function checkScore(counted: number, max: Points): ScoreCheck {
  if (counted < 0) return SCORE_NEGATIVE;
  return counted > max ? SCORE_ABOVE_MAX : SCORE_OK;
}

/** The points a typed value counts for: a deduction's sign does not matter. */
export function countedPoints(points: number, kind: CriterionKind): number {
  return kind === "deduction" && points < 0 ? -points : points;
}

/**
 * The table part after bonus and deductions, never below zero.
 *
 * @example tablePart(8000 as Points, 200 as Points, 500 as Points) === 7700
 */
export function tablePart(scored: Points, bonus: Points, deductions: Points): Points {
  const part = scored + bonus - deductions;
  return (part > 0 ? part : 0) as Points;
}

/**
 * The grand total: the table part (never below zero) plus the departments' points.
 *
 * @example grandTotal(8000, 200, 500, 900) === 8600
 */
export function grandTotal(scored: number, bonus: number, deductions: number, departments: number): Points {
  return (tablePart(scored as Points, bonus as Points, deductions as Points) + departments) as Points;
}

/** Everything a unit's row shows, from its sums: the figures of UnitResult. */
export type UnitTotals = Pick<
  UnitResult,
  | "self"
  | "appraised"
  | "appraisalDifference"
  | "tableScore"
  | "bonus"
  | "deductions"
  | "departments"
  | "total"
>;

/**
 * A unit's totals from its sums over the scored leaves (self, and self-or-appraised), bonus,
 * deductions and departments' points. `appraisedCount` is how many criteria were appraised.
 *
 * @example unitTotals({ self: 8000, table: 7800, bonus: 100, deductions: 0, departments: 900, appraisedCount: 2 })
 *   // → { self: 8000, appraised: 7800, appraisalDifference: -200, tableScore: 7800, total: 8800, … }
 */
export function unitTotals(sums: {
  readonly self: number;
  readonly table: number;
  readonly bonus: number;
  readonly deductions: number;
  readonly departments: number;
  readonly appraisedCount: number;
}): UnitTotals {
  const tableScore = sums.table as Points;
  const bonus = sums.bonus as Points;
  const deductions = sums.deductions as Points;
  const departments = sums.departments as Points;
  return {
    self: sums.self as Points,
    appraised: sums.appraisedCount > 0 ? tableScore : null,
    appraisalDifference: (sums.table - sums.self) as Points,
    tableScore,
    bonus,
    deductions,
    departments,
    total: grandTotal(tableScore, bonus, deductions, departments),
  };
}

export interface TableEntry {
  readonly score: CellValue;
  readonly max: CellValue;
  readonly kind: CriterionKind;
  readonly at?: CellRef;
  /** The criterion's code or name, for the message. */
  readonly label?: string;
}

export type TableTotal =
  | {
      readonly ok: true;
      readonly total: Points;
      readonly scored: Points;
      readonly bonus: Points;
      readonly deductions: Points;
      /** Indices of scored entries left empty. */
      readonly missing: number[];
    }
  | { readonly ok: false; readonly index: number; readonly problem: Problem };

/**
 * Totals one table of (score, maximum, kind) rows, as a custom function or a unit's own file sees
 * it. The first unreadable or out-of-range row stops it with a problem naming that row.
 *
 * @example
 * tableTotal([
 *   { score: "8,5", max: 10, kind: "scored" },
 *   { score: 1, max: 2, kind: "bonus" },
 *   { score: -0.5, max: 1, kind: "deduction" },
 * ]) // → { ok: true, total: 900, scored: 850, bonus: 100, deductions: 50, missing: [] }
 */
export function tableTotal(entries: readonly TableEntry[]): TableTotal {
  const sums = { scored: 0, bonus: 0, deductions: 0 };
  const missing: number[] = [];
  const unit = undefined;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as TableEntry;
    const label = criterionCode(entry.label ?? String(index + 1));
    const max = parseScore(entry.max);
    if (max.kind !== "number" || max.points < 0) {
      const shown =
        max.kind === "invalid" ? max.shown : max.kind === "number" ? formatPoints(max.points) : "";
      const reason = max.kind === "invalid" ? max.reason : "negative";
      const p =
        max.kind === "empty"
          ? problem.criterionMaxMissing(label, entry.at)
          : problem.criterionMaxInvalid(label, shown, reason, entry.at);
      return { ok: false, index, problem: p };
    }
    const score = parseScore(entry.score);
    if (score.kind === "empty") {
      if (entry.kind === "scored") missing.push(index);
      continue;
    }
    if (score.kind === "invalid") {
      return {
        ok: false,
        index,
        problem: problem.scoreNotANumber(unit, label, "self", score.shown, score.reason, entry.at),
      };
    }
    const counted = countedPoints(score.points, entry.kind);
    const check = checkScore(counted, max.points);
    if (check === SCORE_NEGATIVE) {
      return {
        ok: false,
        index,
        problem: problem.scoreNegative(unit, label, "self", score.points, entry.at),
      };
    }
    if (check === SCORE_ABOVE_MAX) {
      return {
        ok: false,
        index,
        problem: problem.scoreAboveMax(
          unit,
          label,
          "self",
          counted as Points,
          max.points,
          entry.kind,
          entry.at,
        ),
      };
    }
    if (entry.kind === "scored") sums.scored += counted;
    else if (entry.kind === "bonus") sums.bonus += counted;
    else sums.deductions += counted;
  }
  const scored = sums.scored as Points;
  const bonus = sums.bonus as Points;
  const deductions = sums.deductions as Points;
  return { ok: true, total: tablePart(scored, bonus, deductions), scored, bonus, deductions, missing };
}
