/**
 * Problems with a plan, as data: a code from a closed union, its severity and typed params, and the
 * cell where known — no text (the wording layer renders them). The union stays here until the core's
 * own problem union (src/core/problems.ts, being restructured) takes it in.
 */
import type { CalendarDate, CellRef, Severity, UnitCode } from "./model";
import type { PlanTaskId } from "./plan";
import type { DeadlineKey } from "./deadlines";

/** Which date of a task a problem is about. */
export type PlanDateField = "start" | "end" | "dataAsOf";

/** Which cell of a plan row a problem is about: a date, the day it was done, its kind or its status. */
export type PlanCellField = PlanDateField | "doneOn" | "kind" | "status" | "rule";

/** The typed params of each plan problem. */
export interface PlanProblemParams {
  /** The year asked for is not a whole number from 1900 to 9999. */
  readonly PLAN_YEAR_INVALID: { readonly year: number };
  /** A second task with an identifier already used; it is left out. */
  readonly PLAN_TASK_DUPLICATE: { readonly task: PlanTaskId };
  /** A task nobody owns (a warning: it is kept). */
  readonly PLAN_OWNER_MISSING: { readonly task: PlanTaskId };
  /** A day that does not exist (31/4, 29/2 outside a leap year, month 13). */
  readonly PLAN_DATE_INVALID: {
    readonly task: PlanTaskId;
    readonly field: PlanDateField;
    readonly day: number | "last";
    readonly month: number;
    readonly year: number;
  };
  /** A relative date's count is not a whole number from 0 to MAX_PLAN_OFFSET (plan.ts). */
  readonly PLAN_OFFSET_INVALID: {
    readonly task: PlanTaskId;
    readonly field: PlanDateField;
    readonly count: number;
  };
  /** A relative date names a task the plan does not have. */
  readonly PLAN_REFERENCE_MISSING: {
    readonly task: PlanTaskId;
    readonly field: PlanDateField;
    readonly reference: PlanTaskId;
  };
  /** Relative dates that lead back to themselves; `tasks` in the order they refer to each other. */
  readonly PLAN_REFERENCE_CYCLE: { readonly tasks: readonly PlanTaskId[] };
  /** A relative date counts from a task whose own date could not be worked out. */
  readonly PLAN_REFERENCE_UNRESOLVED: {
    readonly task: PlanTaskId;
    readonly field: PlanDateField;
    readonly reference: PlanTaskId;
  };
  /** The range ends before it starts (the stated end, before any move). */
  readonly PLAN_END_BEFORE_START: {
    readonly task: PlanTaskId;
    readonly start: CalendarDate;
    readonly end: CalendarDate;
  };
  /**
   * A cell of a plan row that cannot be read: a date that is not a day, or a kind or status not in
   * the sheet's list. `shown` is the cell as typed. The row is left out of the plan.
   */
  readonly PLAN_CELL_INVALID: {
    readonly task: PlanTaskId;
    readonly field: PlanCellField;
    readonly shown: string;
  };
  /** A plan row with no deadline (no end date); it is left out. */
  readonly PLAN_DEADLINE_MISSING: { readonly task: PlanTaskId };
  /** A delivery names a task the plan does not have. */
  readonly PLAN_DELIVERY_TASK_UNKNOWN: { readonly task: PlanTaskId; readonly unit: UnitCode };
  /** A delivery by a unit that does not owe the task (a warning: it is ignored). */
  readonly PLAN_DELIVERY_NOT_OWED: { readonly task: PlanTaskId; readonly unit: UnitCode };
  /**
   * «Kế hoạch» and «Cấu hình» give one deadline different days; the plan's is used (a warning, at
   * the plan's cell). `planAt`, `configAt`: the two cells, where known.
   */
  readonly PLAN_DEADLINE_DIFFERS: {
    readonly deadline: DeadlineKey;
    readonly task: PlanTaskId;
    readonly plan: CalendarDate;
    readonly config: CalendarDate;
    readonly planAt?: CellRef;
    readonly configAt?: CellRef;
  };
}

export type PlanProblemCode = keyof PlanProblemParams;

/** Errors leave the task out of the plan; warnings keep it. */
export const PLAN_PROBLEM_SEVERITY: { readonly [C in PlanProblemCode]: Severity } = {
  PLAN_YEAR_INVALID: "error",
  PLAN_TASK_DUPLICATE: "error",
  PLAN_OWNER_MISSING: "warning",
  PLAN_DATE_INVALID: "error",
  PLAN_OFFSET_INVALID: "error",
  PLAN_REFERENCE_MISSING: "error",
  PLAN_REFERENCE_CYCLE: "error",
  PLAN_REFERENCE_UNRESOLVED: "error",
  PLAN_END_BEFORE_START: "error",
  PLAN_CELL_INVALID: "error",
  PLAN_DEADLINE_MISSING: "error",
  PLAN_DELIVERY_TASK_UNKNOWN: "error",
  PLAN_DELIVERY_NOT_OWED: "warning",
  PLAN_DEADLINE_DIFFERS: "warning",
};

/** One code's problem: the code, its severity, its typed params and the cell where known. */
export interface PlanProblemOf<C extends PlanProblemCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly params: PlanProblemParams[C];
  readonly at?: CellRef;
}

/** A problem with a plan; switching on `code` narrows `params`. */
export type PlanProblem = { readonly [C in PlanProblemCode]: PlanProblemOf<C> }[PlanProblemCode];

/**
 * A plan problem with its severity filled in.
 *
 * @example planProblem("PLAN_OWNER_MISSING", { task: planTaskId("3") }).severity === "warning"
 */
export function planProblem<C extends PlanProblemCode>(
  code: C,
  params: PlanProblemParams[C],
  at?: CellRef,
): PlanProblemOf<C> {
  return { code, severity: PLAN_PROBLEM_SEVERITY[code], params, ...(at && { at }) };
}
