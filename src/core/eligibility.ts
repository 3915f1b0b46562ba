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
import { daysBetween, nextWorkingDay } from "./calendar";
import type { CalendarDate, Deadlines, DisciplineLevel, Exclusion, ReportSent } from "./model";
import {
  dateText,
  disciplineReason,
  lateReportNote,
  missingReportReason,
  registrationReason,
} from "../messages/eligibility";

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
  /** Vietnamese note for the summary, e.g. "Gửi báo cáo sơ kết chậm 3 ngày (hạn 13/12/2021)." */
  readonly note: string;
}

export interface EligibilityResult {
  /** False when any exclusion applies. */
  readonly considered: boolean;
  /** In rule order: discipline, registration and pact, reports. */
  readonly exclusions: Exclusion[];
  readonly late: LateReport[];
}

/**
 * Applies the three exclusion rules and checks report dates against the deadlines. A deadline that
 * falls on a weekend or a listed holiday moves to the next working day (Bộ luật Dân sự 2015,
 * Điều 148); a report sent on the deadline is on time.
 *
 * @example
 * eligibilityOf(
 *   { registered: true, pactSigned: null, midReport: { year: 2025, month: 6, day: 20 }, endReport: null, discipline: "none" },
 *   {}, [],
 * ) // considered: false, exclusions: not-registered (pact cell empty), no-report (end report)
 */
export function eligibilityOf(
  facts: EligibilityFacts,
  deadlines: Deadlines,
  holidays: readonly CalendarDate[],
): EligibilityResult {
  const exclusions: Exclusion[] = [];
  if (facts.discipline !== "none") {
    exclusions.push({ rule: "discipline", reason: disciplineReason(facts.discipline) });
  }
  if (facts.registered !== true || facts.pactSigned !== true) {
    exclusions.push({
      rule: "not-registered",
      reason: registrationReason({ registered: facts.registered, pactSigned: facts.pactSigned }),
    });
  }
  if (facts.midReport === null || facts.endReport === null) {
    exclusions.push({
      rule: "no-report",
      reason: missingReportReason({ mid: facts.midReport === null, end: facts.endReport === null }),
    });
  }
  const late = [
    lateness("mid", facts.midReport, deadlines.midReport, holidays),
    lateness("end", facts.endReport, deadlines.endReport, holidays),
  ].filter((entry): entry is LateReport => entry !== null);
  return { considered: exclusions.length === 0, exclusions, late };
}

function lateness(
  report: "mid" | "end",
  sent: ReportSent,
  stated: CalendarDate | undefined,
  holidays: readonly CalendarDate[],
): LateReport | null {
  // Sent on a day nobody wrote down: it cannot be called late.
  if (sent === null || sent === "sent" || stated === undefined) return null;
  const deadline = nextWorkingDay(stated, holidays);
  const daysLate = daysBetween(deadline, sent);
  if (daysLate <= 0) return null;
  return {
    report,
    daysLate,
    deadline,
    statedDeadline: stated,
    note: lateReportNote({
      report,
      daysLate,
      deadline: dateText(deadline),
      statedDeadline: dateText(stated),
    }),
  };
}
