/**
 * Each unit's progress in a shared workbook: criteria scored of all (the core's completeness), its
 * errors, and whether its scores are in by the deadline; and the arrival dates to record for the
 * units found complete.
 */
import { compareDates, daysBetween } from "../../core/calendar";
import { problemSubject } from "../../core/diagnostics";
import type { CalendarDate, Problem, Severity } from "../../core/model";
import { completenessOf } from "../../core/score-sums";
import { normalizeKey } from "../../core/text/normalize";
import type { CellUpdate } from "../port";
import type { ClusterState, ClusterUnit } from "./cluster";
import { arrivalsOf } from "./merge-plan";

/**
 * "received": scores in, and no deadline to judge them by. "not-sent": nothing received and not one
 * criterion scored (the unit has not started, or sent nothing yet); "waiting": scoring under way.
 */
export type ProgressStatus =
  | "on-time"
  | "late"
  | "received"
  | "complete"
  | "complete-undated"
  | "waiting"
  | "overdue"
  | "not-sent"
  | "not-sent-overdue";

export interface UnitProgress {
  readonly code: string;
  readonly name: string;
  readonly cluster: string;
  /** Sheet to open for this unit, null when it has none. */
  readonly sheet: string | null;
  readonly scored: number;
  readonly total: number;
  /** The errors found on the unit's row or sheet. */
  readonly errors: readonly Problem[];
  readonly received: CalendarDate | null;
  readonly status: ProgressStatus;
  /** Days after the deadline the scores came, for "late". */
  readonly daysLate: number;
}

export interface ProgressReport {
  readonly asOf: CalendarDate;
  readonly deadline: CalendarDate | null;
  readonly dueBy: CalendarDate | null;
  readonly criteria: number;
  readonly units: readonly UnitProgress[];
}

function ofUnit(problems: readonly Problem[], unit: ClusterUnit, severity: Severity): Problem[] {
  return problems.filter(
    (p) =>
      p.severity === severity &&
      ((problemSubject(p).unit !== undefined && normalizeKey(problemSubject(p).unit ?? "") === unit.key) ||
        (unit.sheet !== null &&
          p.at !== undefined &&
          normalizeKey(p.at.sheet) === normalizeKey(unit.sheet.name))),
  );
}

/**
 * Each unit's progress: criteria scored of all, its errors, and whether its scores are in by the
 * deadline (the arrival date when recorded; else complete or not, and whether the deadline has passed).
 */
export function progressOf(
  state: ClusterState,
  problems: readonly Problem[],
  now: CalendarDate,
): ProgressReport {
  // The core's completeness: every scored criterion counted (an empty bonus or deduction is none).
  const completeness = completenessOf(state.decoded.input);
  const criteria = state.lines.filter((l) => l.leaf && l.kind === "scored").length;
  const passed = state.dueBy !== null && compareDates(now, state.dueBy) > 0;
  const units = state.units.map((unit): UnitProgress => {
    const sheet = unit.sheet;
    const found = completeness.get(unit.key);
    const scored = sheet === null ? 0 : (found?.scored ?? 0);
    const total = found?.total ?? criteria;
    const complete = total > 0 && scored === total;
    let status: ProgressStatus;
    let daysLate = 0;
    if (unit.received !== null) {
      daysLate = state.dueBy ? Math.max(0, daysBetween(state.dueBy, unit.received)) : 0;
      status = state.dueBy === null ? "received" : daysLate > 0 ? "late" : "on-time";
    } else if (complete) status = passed ? "complete-undated" : "complete";
    else if (scored === 0) status = passed ? "not-sent-overdue" : "not-sent";
    else status = passed ? "overdue" : "waiting";
    return {
      code: unit.code,
      name: unit.name,
      cluster: unit.cluster,
      sheet: sheet?.name ?? null,
      scored,
      total,
      errors: ofUnit(problems, unit, "error"),
      received: unit.received,
      status,
      daysLate,
    };
  });
  return { asOf: now, deadline: state.deadline, dueBy: state.dueBy, criteria, units };
}

/** The arrival date for units complete in a shared workbook without one: today, in one write. */
export function arrivalUpdatesForComplete(state: ClusterState, report: ProgressReport): CellUpdate[] {
  const complete = new Set(
    report.units
      .filter((u) => u.received === null && u.total > 0 && u.scored === u.total)
      .map((u) => normalizeKey(u.code)),
  );
  return arrivalsOf(
    state,
    state.units.filter((u) => complete.has(u.key)).map((unit) => ({ unit, on: report.asOf })),
  );
}
