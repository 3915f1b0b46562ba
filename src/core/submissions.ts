/**
 * What each unit has handed the cluster, with its history (issue 17): its registration (đăng ký thi
 * đua: the titles and targets it registers), its signed pact (giao ước), its mid-period and year
 * reports (báo cáo sơ kết, tổng kết) and its self-score file (bảng tự chấm). Each is an entry with
 * the day it arrived — rows, never an overwritten cell: a later entry does not erase an earlier one.
 *
 * The rule that turns a unit's entries for one item into the fact the eligibility check and the
 * plan read, stated once here:
 * - entries are taken in date order (entries of one day in the order given);
 * - a received entry delivers the item, on its day, unless the item is already delivered — a
 *   second copy, a supplement or a correction does not move the delivery to a later day;
 * - a returned entry («Trả lại»: the cluster sent it back as not acceptable) undoes the delivery;
 *   the next received entry delivers it again, on its own day;
 * - the fact is where that walk ends: delivered on a day (with the entry that delivered it), or
 *   returned (not delivered). A unit with no entry for an item has no fact from here: the caller
 *   falls back to the unit list's cells (older workbooks keep their «Đơn vị» columns).
 */
import { compareDates, daysBetween, nextWorkingDay, type HolidaySet } from "./calendar";
import type { CalendarDate, CellRef, Deadlines, UnitCode } from "./model";
import { normalizeKey } from "./text/normalize";

/** What a unit hands the cluster. */
export type SubmissionItem = "registration" | "pact" | "mid-report" | "year-report" | "self-score";

export const SUBMISSION_ITEMS: readonly SubmissionItem[] = [
  "registration",
  "pact",
  "mid-report",
  "year-report",
  "self-score",
];

/** One entry: a unit's item received (or sent back) on a day. */
export interface SubmissionEntry {
  readonly unit: UnitCode;
  readonly item: SubmissionItem;
  readonly on: CalendarDate;
  /** "received" (the default) or "returned": sent back to the unit as not acceptable. */
  readonly outcome: "received" | "returned";
  /** What was registered (titles, targets), or a note on the file. */
  readonly content?: string;
  readonly at?: CellRef;
}

/** Where a unit's entries for one item end. */
export type SubmissionFact =
  | { readonly delivered: true; readonly on: CalendarDate; readonly at?: CellRef }
  | { readonly delivered: false; readonly at?: CellRef };

/** Each unit's facts (by the unit code's comparison key), per item that has an entry. */
export type SubmissionFacts = ReadonlyMap<string, Partial<Readonly<Record<SubmissionItem, SubmissionFact>>>>;

/**
 * The facts the entries make, per unit and item, by the rule above.
 *
 * @example
 * const facts = submissionFacts([
 *   { unit: a, item: "year-report", on: d(2022, 10, 18), outcome: "received" },
 *   { unit: a, item: "year-report", on: d(2022, 10, 25), outcome: "received" }, // a supplement
 * ]);
 * facts.get(normalizeKey(a))?.["year-report"] // { delivered: true, on: 18/10/2022 }
 */
export function submissionFacts(entries: readonly SubmissionEntry[]): SubmissionFacts {
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => compareDates(x.entry.on, y.entry.on) || x.index - y.index);
  const facts = new Map<string, Partial<Record<SubmissionItem, SubmissionFact>>>();
  for (const { entry } of ordered) {
    const key = normalizeKey(entry.unit);
    let unit = facts.get(key);
    if (!unit) {
      unit = {};
      facts.set(key, unit);
    }
    const now = unit[entry.item];
    if (entry.outcome === "returned") {
      unit[entry.item] = { delivered: false, ...(entry.at && { at: entry.at }) };
    } else if (!now?.delivered) {
      unit[entry.item] = { delivered: true, on: entry.on, ...(entry.at && { at: entry.at }) };
    }
  }
  return facts;
}

/** The items whose lateness the summary reports from here (the reports' is the eligibility check's). */
export type SubmissionLateItem = "registration" | "pact" | "self-score";

/** An item delivered after its deadline. */
export interface SubmissionLate {
  readonly item: SubmissionLateItem;
  readonly on: CalendarDate;
  /** The day it was due: the stated deadline, or the next working day when that was a day off. */
  readonly deadline: CalendarDate;
  readonly daysLate: number;
  readonly at?: CellRef;
}

/**
 * The deadline of each item as the workbook states it (core/deadlines.ts: the plan's, else «Cấu
 * hình»'s): registration and pact their own; the self-score table its own where the plan gives
 * one, else with the year report (seed 000: "báo cáo năm và bảng tự chấm điểm … trước ngày 20/10").
 */
export function submissionDeadline(item: SubmissionItem, deadlines: Deadlines): CalendarDate | undefined {
  switch (item) {
    case "registration":
      return deadlines.registration;
    case "pact":
      return deadlines.pact;
    case "mid-report":
      return deadlines.midReport;
    case "year-report":
      return deadlines.endReport;
    case "self-score":
      return deadlines.selfScore ?? deadlines.endReport;
  }
}

/**
 * The registration, pact and self-score file a unit delivered after their deadline (moved off a day
 * off, Bộ luật Dân sự 2015, Điều 148); delivered on the deadline is on time. A report's lateness is
 * the eligibility check's (REPORT_LATE).
 *
 * @example
 * lateSubmissions({ registration: { delivered: true, on: d(2022, 3, 25) } }, { registration: d(2022, 3, 21) }, off)
 * // [{ item: "registration", on: 25/3, deadline: 21/3, daysLate: 4 }]
 */
export function lateSubmissions(
  facts: Partial<Readonly<Record<SubmissionItem, SubmissionFact>>> | undefined,
  deadlines: Deadlines,
  holidays: HolidaySet,
): SubmissionLate[] {
  if (!facts) return [];
  const late: SubmissionLate[] = [];
  for (const item of ["registration", "pact", "self-score"] as const) {
    const fact = facts[item];
    const stated = submissionDeadline(item, deadlines);
    if (!fact?.delivered || stated === undefined) continue;
    const deadline = nextWorkingDay(stated, holidays);
    const daysLate = daysBetween(deadline, fact.on);
    if (daysLate > 0) late.push({ item, on: fact.on, deadline, daysLate, ...(fact.at && { at: fact.at }) });
  }
  return late;
}
