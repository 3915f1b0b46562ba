/**
 * Appraisal (thẩm định): the head unit checks each self score and may correct it. The rules of one
 * correction — the appraised score obeys the score rule of its criterion, and a score that differs
 * from the self score needs a reason — and the differences the pane shows, per criterion and in total.
 */
import type { CellValue, CriterionKind, Points } from "./model";
import { scoreVerdict, type ScoredCriterion, type ScoreVerdict } from "./score";

/** Why an appraisal entry is refused, as data (the messages word it). */
export type AppraisalRefusal =
  | Extract<ScoreVerdict, { kind: "unreadable" | "negative" | "above-max" }>
  | { readonly kind: "reason-missing" };

export type AppraisalCheck =
  | { readonly ok: true; readonly appraised: Points | null }
  | { readonly ok: false; readonly refusal: AppraisalRefusal };

/** The points a typed score counts for, null when empty or not counting. */
export function countedScore(value: CellValue, criterion: ScoredCriterion): Points | null {
  const verdict = scoreVerdict(value, criterion);
  return verdict.kind === "counted" ? verdict.points : null;
}

/**
 * One criterion's appraisal as typed: the appraised score (empty: no appraisal, the self score
 * counts) and the reason. A score that counts for other points than the self score needs a reason.
 *
 * @example checkAppraisal({ max: 1000, kind: "scored" }, 8, "7,5", "").ok === false // reason-missing
 * @example checkAppraisal({ max: 1000, kind: "scored" }, 8, 8, "") // { ok: true, appraised: 800 }
 */
export function checkAppraisal(
  criterion: ScoredCriterion,
  self: CellValue,
  typed: CellValue,
  reason: string,
): AppraisalCheck {
  const verdict = scoreVerdict(typed, criterion);
  if (verdict.kind === "empty") return { ok: true, appraised: null };
  if (verdict.kind !== "counted") return { ok: false, refusal: verdict };
  if (verdict.points !== countedScore(self, criterion) && reason.trim() === "") {
    return { ok: false, refusal: { kind: "reason-missing" } };
  }
  return { ok: true, appraised: verdict.points };
}

/**
 * The difference an appraisal makes to a criterion: appraised minus self, null where either is not
 * given. On a deduction row a larger figure lowers the total: the sign of its difference is turned.
 *
 * @example appraisalDifference("scored", 800, 750) === -50
 * @example appraisalDifference("deduction", 0, 100) === -100
 */
export function appraisalDifference(
  kind: CriterionKind,
  self: Points | null,
  appraised: Points | null,
): Points | null {
  if (self === null || appraised === null) return null;
  const change = appraised - self;
  return (kind === "deduction" ? -change : change) as Points;
}

/** One leaf criterion's scores for the totals. */
export interface AppraisalLine {
  readonly kind: CriterionKind;
  readonly self: Points | null;
  readonly appraised: Points | null;
}

export interface AppraisalTotals {
  /** The self scores added up (deductions subtracted). */
  readonly self: Points;
  /** What counts: each appraised score where given, else the self score. */
  readonly final: Points;
  /** final − self. */
  readonly difference: Points;
  /** Criteria whose appraised score differs from the self score. */
  readonly changed: number;
}

/**
 * The totals of a unit's table before and after appraisal.
 *
 * @example appraisalTotals([{ kind: "scored", self: 800, appraised: 750 }]) // self 800, final 750, difference -50
 */
export function appraisalTotals(lines: readonly AppraisalLine[]): AppraisalTotals {
  let self = 0;
  let final = 0;
  let changed = 0;
  for (const line of lines) {
    const sign = line.kind === "deduction" ? -1 : 1;
    const counted = line.appraised ?? line.self;
    self += sign * (line.self ?? 0);
    final += sign * (counted ?? 0);
    if (line.appraised !== null && line.appraised !== line.self) changed += 1;
  }
  return { self: self as Points, final: final as Points, difference: (final - self) as Points, changed };
}
