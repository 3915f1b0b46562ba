/**
 * Totals of a unit's table, in exact points.
 *
 * - A scored criterion takes the appraised score (điểm thẩm định) where there is one, else the
 *   self score; the difference is kept and shown, never hidden.
 * - Bonus criteria add, deduction criteria subtract; what one score counts for is the score rule's
 *   (score.ts: a deduction typed as 1 or -1 is the same deduction, checked against its maximum).
 * - Deductions never make the table part negative: the table part is max(0, scored + bonus −
 *   deductions). The departments' points are added after that.
 * - An empty scored cell is "not scored" (the unit is incomplete), never 0; an empty bonus or
 *   deduction cell means none.
 */
import { formatPoints, pointsFromHundredths } from "./decimal";
import type { CellRef, CellValue, CriterionKind, Points, Problem, UnitResult } from "./model";
import { criterionCode } from "./model";
import { parseScore } from "./numbers";
import * as problem from "./problems";
import { scoreVerdict } from "./score";

/**
 * The table part after bonus and deductions, never below zero.
 *
 * @example tablePart(8000 as Points, 200 as Points, 500 as Points) === 7700
 */
export function tablePart(scored: Points, bonus: Points, deductions: Points): Points {
  const part = scored + bonus - deductions;
  return pointsFromHundredths(part > 0 ? part : 0);
}

/**
 * The grand total: the table part (never below zero) plus the departments' points.
 *
 * @example grandTotal(8000, 200, 500, 900) === 8600
 */
export function grandTotal(scored: number, bonus: number, deductions: number, departments: number): Points {
  const part = scored + bonus - deductions;
  return pointsFromHundredths((part > 0 ? part : 0) + departments);
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
  const tableScore = pointsFromHundredths(sums.table);
  const bonus = pointsFromHundredths(sums.bonus);
  const deductions = pointsFromHundredths(sums.deductions);
  const departments = pointsFromHundredths(sums.departments);
  return {
    self: pointsFromHundredths(sums.self),
    appraised: sums.appraisedCount > 0 ? tableScore : null,
    appraisalDifference: pointsFromHundredths(sums.table - sums.self),
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
    const score = scoreVerdict(entry.score, { max: max.points, kind: entry.kind });
    switch (score.kind) {
      case "empty":
        if (entry.kind === "scored") missing.push(index);
        continue;
      case "unreadable":
        return {
          ok: false,
          index,
          problem: problem.scoreNotANumber(unit, label, "self", score.shown, score.reason, entry.at),
        };
      case "negative":
        return {
          ok: false,
          index,
          problem: problem.scoreNegative(unit, label, "self", score.value, entry.at),
        };
      case "above-max":
        return {
          ok: false,
          index,
          problem: problem.scoreAboveMax(unit, label, "self", score.value, score.max, entry.kind, entry.at),
        };
      case "counted":
        if (entry.kind === "scored") sums.scored += score.points;
        else if (entry.kind === "bonus") sums.bonus += score.points;
        else sums.deductions += score.points;
    }
  }
  const scored = pointsFromHundredths(sums.scored);
  const bonus = pointsFromHundredths(sums.bonus);
  const deductions = pointsFromHundredths(sums.deductions);
  return { ok: true, total: tablePart(scored, bonus, deductions), scored, bonus, deductions, missing };
}
