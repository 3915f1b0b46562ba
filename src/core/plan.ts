/**
 * The cluster's year as a plan (kế hoạch hoạt động): tasks with owners, a date or a date range, a
 * kind and a status (DOMAIN.md "The period and its deadlines"; seed 003's table is a full example).
 *
 * A task's dates are data, in one of three forms: a fixed day (what a cluster types in its sheet),
 * a day and month in the period's year ("15/12 of the year before", how a preset's template moves
 * with the year chosen), or a date relative to another task ("10 ngày làm việc trước ngày họp tổng
 * kết", seed 001 §IV.4) counted on the core's working-day calendar. {@link planForYear} turns the
 * tasks into concrete dates for one year and reports impossible input as problems — a code and
 * typed params, no text.
 *
 * Rules of the dates, stated once here:
 * - The end of a task is a time limit unless the task says it is the day an event happens: a
 *   limit on a weekend or public holiday moves to the next working day (Bộ luật Dân sự 2015,
 *   Điều 148), as `calendar.nextWorkingDay` and the eligibility check already do. "Trước ngày X"
 *   is read as the limit X, like the presets' deadlines, so a report sent on X is on time.
 * - The start of a range never moves.
 * - A task without a start is a one-day task: its start is its end.
 * - A relative date counts from the other task's resolved date (its end after any move, or its
 *   start). Counting whole working days gives the same day from the stated or the moved end,
 *   since the days between them are not working days.
 */
import type { Holidays } from "./calendar";
import {
  addDays,
  addWorkingDays,
  compareDates,
  daysInMonth,
  holidaySet,
  isValidDate,
  nextWorkingDay,
  vietnamPublicHolidays,
  workingDaysBefore,
} from "./calendar";
import type { Brand, CalendarDate, CellRef, Period, UnitCode } from "./model";
import type { PlanDateField, PlanProblem } from "./plan-problems";
import { planProblem } from "./plan-problems";

// ── The model ───────────────────────────────────────────────────────────────

/** A task's identifier within one plan ("3", "9a", "du-thao"). */
export type PlanTaskId = Brand<string, "PlanTaskId">;

/**
 * A task identifier from text: trimmed, and never empty.
 *
 * @example planTaskId(" 9a ") === "9a"
 */
export function planTaskId(text: string): PlanTaskId {
  const id = text.trim();
  if (id === "") throw new RangeError("A plan task needs an identifier.");
  return id as PlanTaskId;
}

/**
 * Who does a task, by role: the head unit (Cụm trưởng), the deputy (Cụm phó), every member unit
 * (Thành viên Cụm, the head and deputy included) or next year's head (seed 003 row 11, "Trưởng
 * Cụm năm 2016"), elected at the summary meeting.
 */
export type PlanRole = "head" | "deputy" | "members" | "next-head";

/** An owner of a task: a role, resolved to units by the caller, or one named unit. */
export type PlanOwner = { readonly role: PlanRole } | { readonly unit: UnitCode };

/**
 * What a task is, so that later layers tie it to a unit's facts (registered, pact signed, reports
 * sent, self-score file) and to the meetings:
 * - `plan`: drafting the plan, the criteria or the pact text, or a meeting's plan;
 * - `registration`: registering for the emulation (đăng ký thi đua);
 * - `pact`: signing the pact (ký giao ước);
 * - `mid-report`, `year-report`: the mid-period (sơ kết) and year (tổng kết) reports;
 * - `self-score`: the self-score table (bảng tự chấm điểm);
 * - `appraisal`: cross-check and appraisal (kiểm tra chéo, thẩm định);
 * - `mid-meeting`, `summary-meeting`: the mid-period review and the summary conference;
 * - `results`: the cluster's results, draft or final, to the federation;
 * - `other`.
 */
export type PlanTaskKind =
  | "plan"
  | "registration"
  | "pact"
  | "mid-report"
  | "year-report"
  | "self-score"
  | "appraisal"
  | "mid-meeting"
  | "summary-meeting"
  | "results"
  | "other";

/** Whether a task is still to do, done, or dropped from this year's plan. */
export type PlanTaskStatus = "open" | "done" | "cancelled";

/** A day as typed: 05/12/2014. */
export interface FixedPlanDate {
  readonly kind: "fixed";
  readonly date: CalendarDate;
  readonly at?: CellRef;
}

/**
 * A day and month in the period's year, or `yearOffset` years from it (−1: the year before, 1: the
 * next). For a school year the period's year is the year it starts (năm học 2021 – 2022 → 2021).
 * `day: "last"` is the month's last day (28 or 29 in February).
 */
export interface PeriodPlanDate {
  readonly kind: "period";
  readonly day: number | "last";
  readonly month: number;
  readonly yearOffset?: number;
  readonly at?: CellRef;
}

/**
 * `count` working days (weekends and the holiday list skipped) or calendar days before or after
 * another task's end (or start). "N working days before D" is the N-th working day counted back
 * from the day before D (`calendar.workingDaysBefore`).
 */
export interface RelativePlanDate {
  readonly kind: "relative";
  readonly count: number;
  readonly unit: "working-days" | "days";
  readonly direction: "before" | "after";
  readonly of: PlanTaskId;
  /** Which date of the other task: its end (the default) or its start. */
  readonly edge?: "start" | "end";
  readonly at?: CellRef;
}

export type PlanDate = FixedPlanDate | PeriodPlanDate | RelativePlanDate;

export interface PlanTask {
  readonly id: PlanTaskId;
  /** The row number (TT) the plan prints; the parts of one row of a seed's table share it. */
  readonly number: string;
  /** What to do (Nội dung). `{Y}`, `{Y-1}`, `{Y+1}` … stand for the period's year and its neighbours. */
  readonly title: string;
  readonly kind: PlanTaskKind;
  readonly owners: readonly PlanOwner[];
  /** The first day of a range ("Từ 01/11 …"); absent for a deadline. */
  readonly start?: PlanDate;
  /** The deadline, or the last day of the range. */
  readonly end: PlanDate;
  /** "limit" (the default): a time limit, moved off a day off. "event": the day it happens, kept. */
  readonly endIs?: "limit" | "event";
  /** The day the figures of a report are counted to (seed 002: "số liệu tính đến ngày 15/10"). */
  readonly dataAsOf?: PlanDate;
  /** "open" when absent. */
  readonly status?: PlanTaskStatus;
  /** The day a task marked done was done, where known. */
  readonly doneOn?: CalendarDate;
  /** Where the task comes from, e.g. "003:28-31" (seed 003, lines 28–31). */
  readonly source?: string;
  /** The task's row in the sheet it was read from. */
  readonly at?: CellRef;
}

/** A preset's plan as data: the tasks with dates relative to the period. */
export interface PlanTemplate {
  readonly periodKind: Period["kind"];
  readonly tasks: readonly PlanTask[];
}

/** A task with concrete dates for one year. */
export interface ResolvedPlanTask {
  readonly id: PlanTaskId;
  readonly number: string;
  /** The title with the years filled in. */
  readonly title: string;
  readonly kind: PlanTaskKind;
  readonly owners: readonly PlanOwner[];
  /** The first day of the range; absent for a deadline. */
  readonly start?: CalendarDate;
  /** The day the task is due: the stated end, or the next working day when that is a day off. */
  readonly end: CalendarDate;
  /** The end as the plan states it (or as a relative date computes it), before any move. */
  readonly statedEnd: CalendarDate;
  readonly endIs: "limit" | "event";
  readonly dataAsOf?: CalendarDate;
  readonly status: PlanTaskStatus;
  readonly doneOn?: CalendarDate;
  readonly source?: string;
  readonly at?: CellRef;
  /** The cell the end (or its rule) was read from, where known. */
  readonly endAt?: CellRef;
  /** The rule the end was counted by, when relative ("10 ngày làm việc trước …"): the sheet keeps it. */
  readonly endRule?: RelativePlanDate;
}

/** A plan for one year: the tasks whose dates could be worked out, in the plan's order. */
export interface ResolvedPlan {
  readonly year: number;
  readonly tasks: readonly ResolvedPlanTask[];
  /**
   * Tasks left out because of an error problem, in the plan's order. With `tasks` it names every
   * identifier of the input once: a second task with an identifier already used is known only by
   * its PLAN_TASK_DUPLICATE problem (and its cell).
   */
  readonly unresolved: readonly PlanTaskId[];
  readonly problems: readonly PlanProblem[];
}

// ── Resolving a plan for a year ─────────────────────────────────────────────

export interface PlanYearOptions {
  /** The period's year: the calendar year, or the year a school year starts. */
  readonly year: number;
  /** Days off; {@link planHolidays} gives the computed ones for the years a plan spans. */
  readonly holidays: Holidays;
}

/**
 * Vietnam's public holidays for the years a plan for `year` can touch: the year before (a pact in
 * December), the year itself, and two after (a school year's end, a proposal due in March of the
 * next year, a limit on 31/12 moved into January). The workbook's own list replaces this.
 *
 * @example planHolidays(2015).some((d) => d.year === 2014 && d.month === 1 && d.day === 1) // true
 */
export function planHolidays(year: number): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let y = year - 1; y <= year + 2; y++) days.push(...vietnamPublicHolidays(y));
  return days;
}

type Edge = "start" | "end";

/** The most days a relative date may count: ten years' worth, far beyond any plan. */
export const MAX_PLAN_OFFSET = 3660;

/** A date worked out, or null when it cannot be (the problem is already recorded). */
type Outcome = CalendarDate | null;

/**
 * The plan's tasks with concrete dates for one year. Impossible input comes back as problems, and
 * the tasks it touches are listed in `unresolved` instead of `tasks`: a day that does not exist, a
 * negative or fractional count, a relative date naming a missing task or a task whose date failed,
 * relative dates that go round in a cycle, a range that ends before it starts. Of two tasks with
 * one identifier the first is kept and the second reported. A task that counts from a task whose
 * range is the wrong way round still resolves: that task's dates are real days.
 *
 * @example
 * const meeting = planTaskId("tong-ket");
 * const plan = planForYear(
 *   [
 *     { id: meeting, number: "1", title: "Hội nghị tổng kết năm {Y}", kind: "summary-meeting",
 *       owners: [{ role: "head" }], end: { kind: "period", day: 25, month: 12 } },
 *     { id: planTaskId("du-thao"), number: "2", title: "Gửi dự thảo về Ban CSPL", kind: "results",
 *       owners: [{ role: "head" }],
 *       end: { kind: "relative", count: 10, unit: "working-days", direction: "before", of: meeting } },
 *   ],
 *   { year: 2025, holidays: planHolidays(2025) },
 * );
 * plan.tasks[1].end // { year: 2025, month: 12, day: 11 }
 */
export function planForYear(tasks: readonly PlanTask[], options: PlanYearOptions): ResolvedPlan {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    return {
      year,
      tasks: [],
      unresolved: [...new Set(tasks.map((t) => t.id))],
      problems: [planProblem("PLAN_YEAR_INVALID", { year })],
    };
  }
  const off = holidaySet(options.holidays);
  const problems: PlanProblem[] = [];
  const byId = new Map<PlanTaskId, PlanTask>();
  const unique: PlanTask[] = [];
  for (const task of tasks) {
    if (byId.has(task.id)) {
      problems.push(planProblem("PLAN_TASK_DUPLICATE", { task: task.id }, task.at));
      continue;
    }
    byId.set(task.id, task);
    unique.push(task);
  }

  const values = new Map<string, Outcome>();
  const statedEnds = new Map<PlanTaskId, CalendarDate>();

  /** A task's start is its end when it has none. */
  const edgeOf = (task: PlanTask, edge: Edge): Edge => (edge === "start" && !task.start ? "end" : edge);
  const keyOf = (id: PlanTaskId, edge: Edge): string => `${edge}\u0000${id}`;
  const specOf = (task: PlanTask, edge: Edge): PlanDate =>
    edge === "start" && task.start ? task.start : task.end;
  const countIsValid = (spec: RelativePlanDate): boolean =>
    Number.isInteger(spec.count) && spec.count >= 0 && spec.count <= MAX_PLAN_OFFSET;

  function periodDate(task: PlanTask, spec: PeriodPlanDate, field: PlanDateField): Outcome {
    const offset = spec.yearOffset ?? 0;
    const y = year + offset;
    const invalid = (): Outcome => {
      problems.push(
        planProblem(
          "PLAN_DATE_INVALID",
          { task: task.id, field, day: spec.day, month: spec.month, year: y },
          spec.at ?? task.at,
        ),
      );
      return null;
    };
    if (!Number.isInteger(offset) || !Number.isInteger(spec.month) || spec.month < 1 || spec.month > 12) {
      return invalid();
    }
    const date: CalendarDate = {
      year: y,
      month: spec.month,
      day: spec.day === "last" ? daysInMonth(y, spec.month) : spec.day,
    };
    return isValidDate(date) ? date : invalid();
  }

  /** A relative date from the other task's date (`anchor`: null when that date failed). */
  function relativeDate(
    task: PlanTask,
    spec: RelativePlanDate,
    field: PlanDateField,
    anchor: Outcome,
  ): Outcome {
    const at = spec.at ?? task.at;
    if (!countIsValid(spec)) {
      problems.push(planProblem("PLAN_OFFSET_INVALID", { task: task.id, field, count: spec.count }, at));
      return null;
    }
    if (!byId.has(spec.of)) {
      problems.push(planProblem("PLAN_REFERENCE_MISSING", { task: task.id, field, reference: spec.of }, at));
      return null;
    }
    if (anchor === null) {
      problems.push(
        planProblem("PLAN_REFERENCE_UNRESOLVED", { task: task.id, field, reference: spec.of }, at),
      );
      return null;
    }
    const n = spec.direction === "before" ? -spec.count : spec.count;
    if (spec.unit === "days") return addDays(anchor, n);
    return spec.direction === "before"
      ? workingDaysBefore(anchor, spec.count, off)
      : addWorkingDays(anchor, n, off);
  }

  function dateOf(task: PlanTask, spec: PlanDate, field: PlanDateField, anchor: Outcome): Outcome {
    switch (spec.kind) {
      case "fixed":
        if (isValidDate(spec.date)) return spec.date;
        problems.push(
          planProblem(
            "PLAN_DATE_INVALID",
            { task: task.id, field, day: spec.date.day, month: spec.date.month, year: spec.date.year },
            spec.at ?? task.at,
          ),
        );
        return null;
      case "period":
        return periodDate(task, spec, field);
      case "relative":
        return relativeDate(task, spec, field, anchor);
    }
  }

  interface Node {
    readonly task: PlanTask;
    readonly edge: Edge;
    readonly key: string;
  }

  /**
   * The start or the (moved) end of a task, worked out once; null when it cannot be. Follows the
   * chain of relative dates to a date of its own, a date already known or back onto itself, then
   * works the dates out from the far end — a loop, so a long chain cannot overflow the stack.
   */
  function nodeValue(first: PlanTask, wanted: Edge): Outcome {
    const firstKey = keyOf(first.id, edgeOf(first, wanted));
    const path: Node[] = [];
    const onPath = new Map<string, number>();
    let task = first;
    let edge = edgeOf(first, wanted);
    let anchor: Outcome = null;
    for (;;) {
      const key = keyOf(task.id, edge);
      const known = values.get(key);
      if (known !== undefined) {
        anchor = known;
        break;
      }
      const seen = onPath.get(key);
      if (seen !== undefined) {
        const cycle = path.splice(seen);
        const ids: PlanTaskId[] = [];
        for (const node of cycle) if (ids[ids.length - 1] !== node.task.id) ids.push(node.task.id);
        if (ids.length > 1 && ids[0] === ids[ids.length - 1]) ids.pop();
        problems.push(planProblem("PLAN_REFERENCE_CYCLE", { tasks: ids }, cycle[0]?.task.at));
        for (const node of cycle) values.set(node.key, null);
        anchor = null;
        break;
      }
      onPath.set(key, path.length);
      path.push({ task, edge, key });
      const spec = specOf(task, edge);
      const other = spec.kind === "relative" && countIsValid(spec) ? byId.get(spec.of) : undefined;
      if (spec.kind !== "relative" || !other) break;
      task = other;
      edge = edgeOf(other, spec.edge ?? "end");
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i];
      if (!node) continue;
      let value = dateOf(node.task, specOf(node.task, node.edge), node.edge, anchor);
      if (value !== null && node.edge === "end") {
        statedEnds.set(node.task.id, value);
        if ((node.task.endIs ?? "limit") === "limit") value = nextWorkingDay(value, off);
      }
      values.set(node.key, value);
      anchor = value;
    }
    return values.get(firstKey) ?? null;
  }

  /** The day a report's figures are counted to; it may count from another task but none from it. */
  function dataAsOfOf(task: PlanTask, spec: PlanDate): Outcome {
    const other = spec.kind === "relative" && countIsValid(spec) ? byId.get(spec.of) : undefined;
    const anchor = spec.kind === "relative" && other ? nodeValue(other, spec.edge ?? "end") : null;
    return dateOf(task, spec, "dataAsOf", anchor);
  }

  const resolved: ResolvedPlanTask[] = [];
  const unresolved: PlanTaskId[] = [];
  for (const task of unique) {
    if (task.owners.length === 0)
      problems.push(planProblem("PLAN_OWNER_MISSING", { task: task.id }, task.at));
    const start = task.start ? nodeValue(task, "start") : undefined;
    const end = nodeValue(task, "end");
    const dataAsOf = task.dataAsOf ? dataAsOfOf(task, task.dataAsOf) : undefined;
    const statedEnd = statedEnds.get(task.id);
    if (start === null || end === null || dataAsOf === null || statedEnd === undefined) {
      unresolved.push(task.id);
      continue;
    }
    if (start && compareDates(statedEnd, start) < 0) {
      problems.push(
        planProblem(
          "PLAN_END_BEFORE_START",
          { task: task.id, start, end: statedEnd },
          task.end.at ?? task.at,
        ),
      );
      unresolved.push(task.id);
      continue;
    }
    resolved.push({
      id: task.id,
      number: task.number,
      title: titleForYear(task.title, year),
      kind: task.kind,
      owners: task.owners,
      ...(start && { start }),
      end,
      statedEnd,
      endIs: task.endIs ?? "limit",
      ...(dataAsOf && { dataAsOf }),
      status: task.status ?? "open",
      ...(task.doneOn && { doneOn: task.doneOn }),
      ...(task.source !== undefined && { source: task.source }),
      ...(task.at && { at: task.at }),
      ...(task.end.at && { endAt: task.end.at }),
      ...(task.end.kind === "relative" && { endRule: task.end }),
    });
  }
  return {
    year,
    tasks: resolved,
    unresolved,
    problems,
  };
}

/**
 * A task title with `{Y}`, `{Y-1}`, `{Y+1}` … replaced by the period's year and its neighbours.
 *
 * @example titleForYear("Đăng ký thi đua năm học {Y} – {Y+1}", 2021) === "Đăng ký thi đua năm học 2021 – 2022"
 */
export function titleForYear(title: string, year: number): string {
  return title.replace(/\{Y(?:([+-])(\d+))?\}/g, (_whole, sign: string | undefined, n: string | undefined) =>
    String(sign === undefined || n === undefined ? year : sign === "+" ? year + Number(n) : year - Number(n)),
  );
}
