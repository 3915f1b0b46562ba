/**
 * Vietnamese reasons why a unit is not considered for awards (seed 001 §IV.3, "Không xét thi đua
 * và khen thưởng") and notes on reports sent late. Shown in the summary beside the unit.
 */

export type DisciplineName = "reprimand" | "warning" | "demotion" | "dismissal" | "expulsion";
export type ReportName = "mid" | "end";

/** Forms of discipline as the regulations name them. */
export const DISCIPLINE_NAMES: Readonly<Record<DisciplineName, string>> = {
  reprimand: "khiển trách",
  warning: "cảnh cáo",
  demotion: "hạ bậc lương hoặc giáng chức",
  dismissal: "cách chức",
  expulsion: "khai trừ",
};

export const REPORT_NAMES: Readonly<Record<ReportName, string>> = {
  mid: "báo cáo sơ kết",
  end: "báo cáo tổng kết",
};

/** dd/mm/yyyy, as dates are written in Vietnamese documents. */
export function dateText(d: { readonly year: number; readonly month: number; readonly day: number }): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** Rule 1: a key leader disciplined at reprimand or above. */
export function disciplineReason(level: DisciplineName): string {
  return `Lãnh đạo chủ chốt bị kỷ luật hình thức ${DISCIPLINE_NAMES[level]} (từ khiển trách trở lên thì không xét thi đua, khen thưởng).`;
}

/**
 * Rule 2: the unit did not register and sign the pact. `false` = not done; `null` = the cell was
 * left empty, which counts as not done and is said so, so the officer can fill it in.
 */
export function registrationReason(p: { registered: boolean | null; pactSigned: boolean | null }): string {
  const parts: string[] = [];
  if (p.registered === false) parts.push("không đăng ký thi đua");
  if (p.registered === null) parts.push("chưa ghi việc đăng ký thi đua (ô để trống, coi như chưa đăng ký)");
  if (p.pactSigned === false) parts.push("không ký giao ước thi đua");
  if (p.pactSigned === null) parts.push("chưa ghi việc ký giao ước thi đua (ô để trống, coi như chưa ký)");
  return `Không tham gia đăng ký và ký giao ước thi đua: ${parts.join("; ")}.`;
}

/** Rule 3: no date of sending for the mid-period or end-of-period report. */
export function missingReportReason(p: { mid: boolean; end: boolean }): string {
  const reports = [...(p.mid ? [REPORT_NAMES.mid] : []), ...(p.end ? [REPORT_NAMES.end] : [])];
  return `Không gửi ${reports.join(" và ")} phong trào thi đua (chưa có ngày gửi).`;
}

/**
 * A report sent after its deadline: a warning, not a reason to exclude. When the deadline fell on a
 * day off and moved to the next working day, both dates are named.
 */
export function lateReportNote(p: {
  report: ReportName;
  daysLate: number;
  deadline: string;
  statedDeadline?: string;
}): string {
  return `Gửi ${REPORT_NAMES[p.report]} chậm ${p.daysLate} ngày (${dueText(p)}).`;
}

/**
 * A report not sent yet on the day the summary is drawn up, while its deadline has not passed: a
 * warning, not a reason to exclude (yet).
 */
export function pendingReportNote(p: {
  report: ReportName;
  deadline: string;
  statedDeadline?: string;
}): string {
  return `Chưa gửi ${REPORT_NAMES[p.report]}: chưa đến hạn gửi báo cáo (${dueText(p)}).`;
}

/** "hạn 10/12/2024", naming both dates when the stated one fell on a day off. */
function dueText(p: { deadline: string; statedDeadline?: string }): string {
  return p.statedDeadline !== undefined && p.statedDeadline !== p.deadline
    ? `hạn ${p.statedDeadline} rơi vào ngày nghỉ nên lùi đến ${p.deadline}`
    : `hạn ${p.deadline}`;
}
