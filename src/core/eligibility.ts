/**
 * Who is considered for awards (seed 001 §IV.3, "Không xét thi đua và khen thưởng"). A unit is not
 * considered when:
 * 1. a key leader was disciplined at reprimand (khiển trách) or above;
 * 2. it did not register (đăng ký thi đua) and sign the pact (ký giao ước) — missing either excludes;
 * 3. it did not send its mid-period (sơ kết) or end-of-period (tổng kết) report (a report marked
 *    sent without a date counts as sent; it just cannot be checked for lateness).
 * An excluded unit keeps its score and place in the table; only awards are withheld. A report sent
 * after its deadline is a warning, never an exclusion (a cluster whose table deducts points for it
 * does so through the table).
 */
import { compareDates, daysBetween, holidaySet, nextWorkingDay } from "./calendar";
import type { HolidaySet, Holidays } from "./calendar";
import type { CalendarDate, Deadlines, DisciplineLevel, Exclusion, ReportSent } from "./model";

/** A unit's facts as read from the unit list. `null` = the cell was left empty. */
export interface EligibilityFacts {
  readonly registered: boolean | null;
  readonly pactSigned: boolean | null;
  /** The day it was sent; "sent" without a date (never late); null when not sent. */
  readonly midReport: ReportSent;
  readonly endReport: ReportSent;
  readonly discipline: DisciplineLevel;
}

/** A report sent after its deadline. */
export interface LateReport {
  readonly report: "mid" | "end";
  /** Calendar days after `deadline`. */
  readonly daysLate: number;
  /** The day the report was due: the stated deadline, or the next working day when that was a day off. */
  readonly deadline: CalendarDate;
  /** The deadline as the workbook states it. */
  readonly statedDeadline: CalendarDate;
}

/** A report not sent yet whose deadline has not passed on the day the summary is drawn up. */
export interface PendingReport {
  readonly report: "mid" | "end";
  /** The day the report is due: the stated deadline, or the next working day when that is a day off. */
  readonly deadline: CalendarDate;
  /** The deadline as the workbook states it. */
  readonly statedDeadline: CalendarDate;
}

export interface EligibilityOptions {
  /**
   * The day the summary is drawn up. A report not sent yet whose deadline has not passed by then is
   * pending, not a reason to exclude: a draft made in November must not exclude every unit for an
   * end-of-period report due in December. Without it every unsent report excludes, as before.
   */
  readonly asOf?: CalendarDate;
}

export interface EligibilityResult {
  /** False when any exclusion applies. */
  readonly considered: boolean;
  /** In rule order: discipline, registration and pact, reports. */
  readonly exclusions: Exclusion[];
  readonly late: LateReport[];
  /** Reports not sent yet and not yet due on `asOf` (always empty without it). */
  readonly pending: PendingReport[];
}

/**
 * Applies the three exclusion rules and checks report dates against the deadlines. A deadline that
 * falls on a weekend or a listed holiday moves to the next working day (Bộ luật Dân sự 2015,
 * Điều 148); a report sent on the deadline is on time. With `options.asOf`, a report not sent yet
 * is pending rather than missing while its deadline is still ahead or today (it may still be sent
 * on time); a report without a stated deadline cannot be pending.
 *
 * @example
 * eligibilityOf(
 *   { registered: true, pactSigned: null, midReport: { year: 2025, month: 6, day: 20 }, endReport: null, discipline: "none" },
 *   {}, [],
 * ) // considered: false, exclusions: not-registered (pact cell empty), no-report (end report)
 * @example
 * eligibilityOf({ ...facts, endReport: null }, { endReport: { year: 2025, month: 12, day: 10 } }, [],
 *   { asOf: { year: 2025, month: 11, day: 20 } }) // considered (if nothing else), pending: end report
 */
export function eligibilityOf(
  facts: EligibilityFacts,
  deadlines: Deadlines,
  holidays: Holidays,
  options: EligibilityOptions = {},
): EligibilityResult {
  // Built once here (or by the caller, who passes a HolidaySet): up to four deadlines use it.
  const off = holidaySet(holidays);
  const exclusions: Exclusion[] = [];
  if (facts.discipline !== "none") exclusions.push({ rule: "discipline", level: facts.discipline });
  if (facts.registered !== true || facts.pactSigned !== true) {
    exclusions.push({ rule: "not-registered", registered: facts.registered, pactSigned: facts.pactSigned });
  }
  const pending: PendingReport[] = [];
  let midMissing = facts.midReport === null;
  let endMissing = facts.endReport === null;
  if (options.asOf !== undefined) {
    const mid = midMissing ? notYetDue("mid", deadlines.midReport, off, options.asOf) : null;
    const end = endMissing ? notYetDue("end", deadlines.endReport, off, options.asOf) : null;
    if (mid !== null) pending.push(mid);
    if (end !== null) pending.push(end);
    midMissing &&= mid === null;
    endMissing &&= end === null;
  }
  if (midMissing || endMissing) {
    exclusions.push({ rule: "no-report", mid: midMissing, end: endMissing });
  }
  const late = [
    lateness("mid", facts.midReport, deadlines.midReport, off),
    lateness("end", facts.endReport, deadlines.endReport, off),
  ].filter((entry): entry is LateReport => entry !== null);
  return { considered: exclusions.length === 0, exclusions, late, pending };
}

/** The pending entry of an unsent report whose deadline has not passed on asOf, else null. */
function notYetDue(
  report: "mid" | "end",
  stated: CalendarDate | undefined,
  holidays: HolidaySet,
  asOf: CalendarDate,
): PendingReport | null {
  if (stated === undefined) return null;
  const deadline = nextWorkingDay(stated, holidays);
  // Due today is not overdue yet: a report sent on the deadline is on time.
  if (compareDates(deadline, asOf) < 0) return null;
  return { report, deadline, statedDeadline: stated };
}

function lateness(
  report: "mid" | "end",
  sent: ReportSent,
  stated: CalendarDate | undefined,
  holidays: HolidaySet,
): LateReport | null {
  // Sent on a day nobody wrote down: it cannot be called late.
  if (sent === null || sent === "sent" || stated === undefined) return null;
  const deadline = nextWorkingDay(stated, holidays);
  const daysLate = daysBetween(deadline, sent);
  if (daysLate <= 0) return null;
  return { report, daysLate, deadline, statedDeadline: stated };
}
