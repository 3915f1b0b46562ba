/**
 * English wording of the diagnostics, for an officer whose Office or system is in English. The
 * workbook itself stays Vietnamese, so its own words — sheet names, column headers, the values to
 * type — are quoted as written, in «…».
 *
 * Over 500 lines on purpose: the same complete tables as vi/diagnostics.ts, line for line.
 */
import { formatPoints, ZERO } from "../../core/decimal";
import type {
  ConfigExpectation,
  ReportKind,
  RowSource,
  SubmissionField,
  ScoreColumn,
  UnitFact,
  UnitRef,
} from "../../core/diagnostics";
import type { CellRef, CriterionKind, DisciplineLevel, Points, UnitType } from "../../core/model";
import type { InvalidReason } from "../../core/numbers";
import type { VoteCountReason } from "../../core/votes";
import type { Voting } from "../../core/model";
import type { PlanCellField, PlanDateField } from "../../core/plan-problems";
import type { DeadlineKey } from "../../core/deadlines";
import { cellAddress, rangeAddress } from "../../workbook/grid/address";
import { documentProblemText, faultText, problemText, type DiagnosticText } from "../diagnostics";
import { LEGACY_ENCODING_LABEL, dateText } from "../vi/diagnostics";
import type { SubmissionLateItem } from "../../core/submissions";

const OTHER_FORMAT: Record<"xls" | "ods" | "csv" | "numbers" | "xlsb", string> = {
  xls: "old Excel (.xls)",
  ods: "OpenDocument (.ods)",
  csv: "CSV text (.csv)",
  numbers: "Apple Numbers (.numbers)",
  xlsb: "Excel binary (.xlsb)",
};

const fp = (p: Points): string => formatPoints(p, ".");

/** 12345 → "12,345". */
const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");

const placeOf = (at: CellRef): string => `cell ${cellAddress(at.row, at.col)}, sheet «${at.sheet}»`;

const unitText = (unit: UnitRef): string =>
  unit.name !== undefined && unit.name !== "" && unit.name !== unit.code
    ? `«${unit.name}» (${unit.code})`
    : String(unit.code);

const COLUMN: Record<ScoreColumn, string> = { self: "self-score", appraised: "appraised score" };
const KIND: Record<CriterionKind, string> = {
  scored: "a scored criterion",
  bonus: "a bonus",
  deduction: "a deduction",
};
const UNIT_TYPE: Record<UnitType, string> = { direct: "directly managed", coordinating: "coordinating" };
const SOURCE: Record<RowSource, string> = {
  scores: "the score sheets",
  departments: "the departments' points",
  votes: "the votes sheet",
  submissions: "the «Đăng ký và nộp» sheet",
};
const SUBMISSION_ITEM: Record<SubmissionLateItem, string> = {
  registration: "registration",
  pact: "signed pact",
  "self-score": "self-score table",
};
const SUBMISSION_FIELD: Record<SubmissionField, string> = {
  unit: "Mã đơn vị",
  item: "Hạng mục",
  date: "Ngày",
  outcome: "Kết quả",
};
const AWARD: Record<"leading" | "excellent", string> = {
  leading: "leading unit",
  excellent: "excellent unit",
};
const REPORT: Record<ReportKind, string> = { mid: "mid-period report", end: "end-of-period report" };
const FACT: Record<UnitFact, string> = { registered: "registered", pactSigned: "signed the pact" };
const FACT_CELL: Record<UnitFact, string> = { registered: "Đăng ký", pactSigned: "Ký giao ước" };
const DISCIPLINE: Record<Exclude<DisciplineLevel, "none">, string> = {
  reprimand: "a reprimand",
  warning: "a warning",
  demotion: "a salary-step demotion or a demotion",
  dismissal: "dismissal",
  expulsion: "expulsion",
};
const EXPECTED: Record<ConfigExpectation, string> = {
  number: "a number",
  date: "a date (day/month/year)",
  share: "a share above 0 and below 1 (100%), such as 50%",
  periodKind: "«Năm» or «Năm học»",
  tieBreak: "the items «Tổng điểm thẩm định», «Điểm mục chính», «Ít điểm trừ hơn», separated by ;",
  wholeNumber: "a whole number, not negative",
  voteBasis: "«Tổng số thành viên» (the member units) or «Số phiếu hợp lệ» (the valid votes at the meeting)",
};
const KIND_LABEL: Record<CriterionKind | "section", string> = {
  scored: "Chấm điểm",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
  section: "Mục",
};

/** A score as the sheet holds it: its points in this language's way, else its text as typed. */
const scoreShown = (score: Points | string): string => (typeof score === "number" ? fp(score) : score);

const clip = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function notANumber(shown: string, reason: InvalidReason): string {
  switch (reason) {
    case "text":
      return `reads «${shown}», which is not a number. Type a number, such as 8.5`;
    case "error":
      return `shows the error ${shown} (a broken formula or reference). Fix it or type a number`;
    case "date":
      return `is a date (${shown}), not points. Check the cell's format: Excel may have turned 8.5 into a date`;
    case "boolean":
      return `is a true/false value (${shown}), not points`;
    case "precision":
      return `is «${shown}», with more than 2 decimals. Points go to 0.01 at most`;
  }
}

function rowsOf(units: readonly UnitRef[], rows: number): string {
  if (rows <= 1) return `a row of ${units[0] === undefined ? "one unit" : unitText(units[0])}`;
  const more = units.length > 3 ? ` and ${units.length - 3} more units` : "";
  return `${rows} rows, of ${units.slice(0, 3).map(unitText).join(", ")}${more}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function scoreSubject(column: ScoreColumn, unit: UnitRef | undefined, criterion: string): string {
  return `${capitalize(unit === undefined ? "the" : `${unitText(unit)}'s`)} ${COLUMN[column]} for criterion ${criterion}`;
}

const PLAN_FIELD: Record<PlanDateField, string> = {
  start: "start",
  end: "end",
  dataAsOf: "data cut-off date",
};

const DEADLINE: Record<DeadlineKey, string> = {
  registration: "the registration deadline",
  pact: "the pact deadline",
  midReport: "the mid-period report deadline",
  endReport: "the year report deadline",
  selfScore: "the self-score table deadline",
  summaryMeeting: "the summary meeting's day",
  resultsToFederation: "the deadline for the results to the federation",
};
const PLAN_CELL: Record<PlanCellField, string> = {
  ...PLAN_FIELD,
  doneOn: "day done",
  kind: "kind",
  status: "status",
  rule: "rule-based deadline",
};

const planDay = (p: { day: number | "last"; month: number; year: number }): string =>
  p.day === "last" ? `the last day of ${p.month}/${p.year}` : `${p.day}/${p.month}/${p.year}`;

const forUnit = (unit: UnitRef | undefined): string => (unit === undefined ? "" : ` to ${unitText(unit)}`);
const departmentName = (d: { code: string; name: string }): string => `«${d.name === "" ? d.code : d.name}»`;
const clusterName = (c: { code: string; name: string }): string => (c.name === "" ? c.code : c.name);

/** Where the band an award needs is a default or unconfirmed: the federation's guidance decides. */
const CHECK_BAND =
  "The band needed is a default: check it against the federation's guidance («kiểm tra lại»).";
const CHECK_BAND_SHORT = "a default, to be checked";

const VOTE_COUNT_REASON: Record<VoteCountReason, (voters: number, ofValidVotes: boolean) => string> = {
  notANumber: () => "a vote count is a whole number.",
  negative: () => "a vote count cannot be negative.",
  fraction: () => "a vote count is a whole number, without a fraction.",
  aboveVoters: (voters, ofValidVotes) =>
    ofValidVotes
      ? `a vote count cannot exceed the meeting's valid votes (${voters}).`
      : `a vote count cannot exceed the number of voters (the cluster's ${voters} member units).`,
};

function voteCountReason(reason: VoteCountReason, voters: number, ofValidVotes = false): string {
  return VOTE_COUNT_REASON[reason](voters, ofValidVotes);
}

/** A share as a percentage: 0.8 → "80%", 2/3 → "66.67%". */
function percentText(share: number): string {
  return `${String(Math.round(share * 10000) / 100).replace(".", ".")}%`;
}

function votesNeeded(voting: Voting): string {
  if (voting.needed === null)
    return "a number of votes not known yet, as the valid votes are not entered on «Họp bình xét»";
  if (voting.basis === "validVotes")
    return `at least ${voting.needed} of ${voting.base ?? voting.voters} valid votes`;
  return `at least ${voting.needed} of ${voting.voters} votes`;
}

function tieBreakRule(rule: "appraisedTotal" | "mainSection" | "fewerDeductions", section?: string): string {
  switch (rule) {
    case "appraisedTotal":
      return "by the appraised score";
    case "mainSection":
      return section === undefined || section === ""
        ? "by the main section's score"
        : `by section ${section}'s score`;
    case "fewerDeductions":
      return "by fewer deduction points";
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const DOCUMENT_NAME: Record<"TTr" | "DS" | "BB" | "BC" | "KH", string> = {
  TTr: "The recommendation («tờ trình»)",
  DS: "The list («danh sách»)",
  BB: "The minutes («biên bản»)",
  BC: "The report («báo cáo»)",
  KH: "The plan («kế hoạch»)",
};

export const en: DiagnosticText = {
  language: "en",
  decimalSeparator: ".",
  points: fp,
  date: dateText,
  count: formatCount,
  unit: unitText,
  place: placeOf,
  problems: {
    PLAN_YEAR_INVALID: (p) => `The year ${p.year} is not valid for a plan: use a year from 1900 to 9999.`,
    PLAN_TASK_DUPLICATE: (p) =>
      `The plan has two tasks numbered «${p.task}». The second is left out; number them again.`,
    PLAN_OWNER_MISSING: (p) => `Task «${p.task}» names nobody to do it.`,
    PLAN_DATE_INVALID: (p) =>
      `The ${PLAN_FIELD[p.field]} of task «${p.task}» is ${planDay(p)}, a day that does not exist.`,
    PLAN_OFFSET_INVALID: (p) =>
      `The ${PLAN_FIELD[p.field]} of task «${p.task}» is ${p.count} days off: the count must be a whole number, not negative, within the plan's limit.`,
    PLAN_REFERENCE_MISSING: (p) =>
      `The ${PLAN_FIELD[p.field]} of task «${p.task}» counts from task «${p.reference}», which the plan does not have.`,
    PLAN_REFERENCE_CYCLE: (p) =>
      `The tasks ${p.tasks.map((t) => `«${t}»`).join(" → ")} take their dates from each other in a circle, so none can be worked out.`,
    PLAN_REFERENCE_UNRESOLVED: (p) =>
      `The ${PLAN_FIELD[p.field]} of task «${p.task}» counts from task «${p.reference}», whose own date could not be worked out.`,
    PLAN_END_BEFORE_START: (p) =>
      `Task «${p.task}» ends on ${dateText(p.end)}, before it starts on ${dateText(p.start)}.`,
    PLAN_CELL_INVALID: (p) =>
      p.field === "rule"
        ? `The rule-based deadline of task «${p.task}» reads «${p.shown}», which cannot be read; write it like «10 ngày làm việc trước ngày họp tổng kết» or «5 ngày sau việc 3» (a count, «ngày» or «ngày làm việc», «trước» or «sau», then ngày họp tổng kết, ngày họp sơ kết, or «việc» and a task id). The task is left out until then.`
        : p.field === "kind" || p.field === "status"
          ? `The ${PLAN_CELL[p.field]} of task «${p.task}» reads «${p.shown}», which is not in the sheet's list; pick one from the list. The task is left out until then.`
          : `The ${PLAN_CELL[p.field]} of task «${p.task}» reads «${p.shown}», which is not a date; write it as day/month/year, e.g. 20/10/2025. The task is left out until then.`,
    PLAN_DEADLINE_MISSING: (p) =>
      `Task «${p.task}» has no end date (deadline), so it is left out; write the date in the «Đến ngày» column.`,
    PLAN_DELIVERY_TASK_UNKNOWN: (p) =>
      `Unit ${p.unit} is recorded as delivering task «${p.task}», which the plan does not have.`,
    PLAN_DEADLINE_DIFFERS: (p) => {
      const cell = (sheet: string, at: CellRef | undefined): string =>
        at ? `«${at.sheet}» ${cellAddress(at.row, at.col)}` : `«${sheet}»`;
      return `${capitalize(DEADLINE[p.deadline])}: ${cell("Kế hoạch", p.planAt)} says ${dateText(p.plan)}, ${cell("Cấu hình", p.configAt)} says ${dateText(p.config)}: Thi Đua uses the plan's date (task «${p.task}»). Make both say the same day, or clear the date in «Cấu hình».`;
    },
    PLAN_DELIVERY_NOT_OWED: (p) =>
      `Unit ${p.unit} is recorded as delivering task «${p.task}», which it does not owe; ignored.`,
    CRITERIA_EMPTY: () => "The criteria table has no rows yet, so nothing can be scored.",
    CRITERION_CODE_MISSING: (p) =>
      p.text === ""
        ? "A row of the criteria table has no code. Each criterion needs a code such as I, I.1, I.1.a."
        : `Criterion «${p.text}» has no code. Each criterion needs a code such as I, I.1, I.1.a.`,
    CRITERION_CODE_INVALID: (p) =>
      `The criterion code «${p.criterion}» is malformed: its parts are separated by single dots, as in I, I.1, I.1.a.`,
    CRITERION_DUPLICATE: (p) =>
      `Criterion ${p.criterion} appears twice in the criteria table. List each criterion once.`,
    CRITERION_PARENT_MISSING: (p) =>
      `Criterion ${p.criterion} belongs to section ${p.parent}, but the criteria table has no section ${p.parent}.`,
    CRITERION_MAX_MISSING: (p) => `Criterion ${p.criterion} has no maximum.`,
    CRITERION_MAX_INVALID: (p) =>
      p.reason === "negative"
        ? `The maximum of criterion ${p.criterion} is ${p.shown}: a maximum cannot be negative.`
        : `The maximum of criterion ${p.criterion} ${notANumber(p.shown, p.reason)}.`,
    CRITERION_PARENT_MAX_MISMATCH: (p) =>
      p.outside > 0
        ? `Section ${p.criterion} says its maximum is ${fp(p.typed)}, but its scored sub-criteria's maxima add up to ${fp(p.sum)} (the bonus and deduction rows inside it — ${fp(p.outside)} — are not part of a section's maximum). Make them agree.`
        : `Section ${p.criterion} says its maximum is ${fp(p.typed)}, but its sub-criteria's maxima add up to ${fp(p.sum)}. Make them agree.`,
    CRITERION_KIND_MIXED: (p) =>
      `Criterion ${p.criterion} is ${KIND[p.kind]} but sits in section ${p.parent}, which is ${KIND[p.parentKind]}. Only a scored section may hold bonus and deduction rows; move this criterion to a scored section or one of its own.`,
    SCORED_MAX_MISMATCH: (p) => {
      const parts = p.sections.map((s) => `section ${s.code}: ${fp(s.max)}`).join("; ");
      return `The self-scored table's maxima add up to ${fp(p.total)}; they must make ${fp(p.expected)} points (${parts}). Check the sections' maxima.`;
    },
    DEPARTMENT_CODE_MISSING: (p) =>
      p.name === ""
        ? "A row of the departments' allocation has no department code."
        : `Department «${p.name}» in the allocation has no code.`,
    DEPARTMENT_DUPLICATE: (p) =>
      `Department ${p.department.code} appears twice in the departments' allocation.`,
    ALLOCATION_INVALID: (p) => {
      const what = `The allocation of ${departmentName(p.department)} for ${UNIT_TYPE[p.unitType]} units`;
      if (p.reason === "missing") return `${what} is empty (type 0 where the department gives no points).`;
      if (p.reason === "negative") return `${what} is ${p.shown}: it cannot be negative.`;
      return `${what} ${notANumber(p.shown, p.reason)}.`;
    },
    ALLOCATION_TOTAL_MISMATCH: (p) =>
      `The departments' allocation for ${UNIT_TYPE[p.unitType]} units adds up to ${fp(p.total)}; it must make the ${fp(p.expected)} points the provincial federation gives.`,
    BAND_LABEL_MISSING: (p) =>
      `The classification band from ${fp(p.min)} points has no name (such as «Hoàn thành tốt nhiệm vụ»).`,
    BAND_MIN_INVALID: (p) =>
      p.shown === ""
        ? `The classification band «${p.label}» has no lowest total.`
        : `The lowest total of the classification band «${p.label}» («${p.shown}») is not a valid number of points.`,
    BAND_SHARE_INVALID: (p) =>
      `The share condition of the classification band «${p.label}» («${p.shown}») must be a share from 0 to 1 or a percentage, such as 0.5 or 50%.`,
    BAND_DUPLICATE: (p) =>
      p.label === p.other
        ? `The classification band «${p.label}» is listed twice.`
        : `The classification bands «${p.other}» and «${p.label}» both start at ${fp(p.min)} points.`,
    BANDS_NO_FLOOR: (p) =>
      `The lowest classification band starts at ${fp(p.lowest)} points: units below it get no classification. Add a band from 0 points (such as «Không hoàn thành nhiệm vụ»).`,
    CLUSTERS_EMPTY: () => "No emulation cluster is declared, so nothing can be ranked or proposed.",
    CLUSTER_DUPLICATE: (p) => `The emulation cluster «${p.cluster}» is declared twice.`,
    CLUSTER_EMPTY: (p) => `The emulation cluster «${p.cluster}» has no member units.`,
    UNIT_CODE_MISSING: (p) =>
      p.name === "" ? "A row of the unit list has no unit code." : `Unit «${p.name}» has no unit code.`,
    UNIT_DUPLICATE: (p) =>
      `Unit ${unitText(p.unit)} has two rows in the unit list (codes compared ignoring case and spaces). Only the first counts.`,
    UNIT_CLUSTER_MISSING: (p) =>
      `Unit ${unitText(p.unit)} does not say which emulation cluster it belongs to.`,
    UNIT_CLUSTER_UNKNOWN: (p) =>
      `Unit ${unitText(p.unit)} says it belongs to cluster «${p.cluster}», but no cluster has that name or code.`,
    UNIT_TYPE_INVALID: (p) =>
      `The unit type of ${unitText(p.unit)} reads «${p.shown}»: type «trực tiếp» or «phối hợp».`,
    UNIT_TYPE_MISSING: (p) =>
      `Unit ${unitText(p.unit)} has no unit type (directly managed or coordinating); it is taken as directly managed when checking the departments' points.`,
    UNIT_YES_NO_INVALID: (p) =>
      `The «${FACT_CELL[p.fact]}» cell of ${unitText(p.unit)} reads «${p.shown}»: type «Có» or «Không».`,
    UNIT_FACT_MISSING: (p) =>
      `The unit list does not say whether ${unitText(p.unit)} has ${FACT[p.fact]}. A unit that has not registered and signed the pact is not considered for awards.`,
    UNIT_DATE_INVALID: (p) =>
      `The date ${unitText(p.unit)} sent its ${REPORT[p.report]} reads «${p.shown}», which is not a valid date. Type the day it was sent as day/month/year, such as 20/10/2022; «Có» if sent on an unknown day, «Không» if not sent.`,
    UNIT_DISCIPLINE_INVALID: (p) =>
      `The discipline of ${unitText(p.unit)}'s key leader reads «${p.shown}»: type «Không», «Khiển trách», «Cảnh cáo», «Hạ bậc lương», «Giáng chức», «Cách chức» or «Khai trừ».`,
    UNIT_INCOMPLETE: (p) => {
      const shown = p.missing.slice(0, 10).join(", ");
      const more = p.missing.length > 10 ? ` and ${p.missing.length - 10} more` : "";
      return `${unitText(p.unit)} has not scored ${plural(p.missing.length, "criterion", "criteria")}: ${shown}${more}. A unit without all its scores is not proposed for an award.`;
    },
    REPORT_LATE: (p) =>
      `${unitText(p.unit)} sent its ${REPORT[p.report]} ${plural(p.days, "day")} after the deadline of ${dateText(p.deadline)}.`,
    REPORT_NOT_DUE: (p) =>
      `${unitText(p.unit)} has not sent its ${REPORT[p.report]}, but it is not due yet (deadline ${dateText(p.deadline)}), so the unit is still considered. Not sent by the deadline, the unit will not be considered for awards.`,
    SUBMISSION_LATE: (p) =>
      `${unitText(p.unit)} handed in its ${SUBMISSION_ITEM[p.item]} on ${dateText(p.on)}, ${plural(p.days, "day")} after the deadline of ${dateText(p.deadline)}.`,
    ROW_UNIT_MISSING: (p) =>
      `${p.rows > 1 ? `${p.rows} rows` : "A row"} in ${SOURCE[p.source]} ${p.rows > 1 ? "have" : "has"} no unit code.`,
    UNIT_UNKNOWN: (p) =>
      `The unit code «${p.unit.code}» appears in ${SOURCE[p.source]}${p.rows > 1 ? ` (${p.rows} rows)` : ""} but not in the unit list. Check the code, or add the unit to the list.`,
    SCORE_CRITERION_MISSING: (p) => `A score row of ${unitText(p.unit)} has no criterion code.`,
    CRITERION_UNKNOWN: (p) =>
      `The scores name criterion «${p.criterion}» (${rowsOf(p.units, p.rows)}), but the criteria table has no such code. Check the criterion code.`,
    SCORE_ON_PARENT: (p) =>
      `The scores give points to section ${p.criterion} (${rowsOf(p.units, p.rows)}), which has sub-criteria: only the detailed criteria are scored, a section adds them up. These rows do not count.`,
    SCORE_DUPLICATE: (p) =>
      `${unitText(p.unit)} has two score rows for criterion ${p.criterion}. Only the first counts; delete the extra row.`,
    SCORE_NOT_A_NUMBER: (p) =>
      `${scoreSubject(p.column, p.unit, p.criterion)} ${notANumber(p.shown, p.reason)}.`,
    SCORE_NEGATIVE: (p) =>
      `${scoreSubject(p.column, p.unit, p.criterion)} is ${fp(p.value)}: points cannot be negative.`,
    SCORE_ABOVE_MAX: (p) =>
      p.kind === "deduction"
        ? `${scoreSubject(p.column, p.unit, p.criterion)} deducts ${fp(p.value)} points, more than the most it may deduct, ${fp(p.max)}.`
        : `${scoreSubject(p.column, p.unit, p.criterion)} is ${fp(p.value)}, above the maximum of ${fp(p.max)}.`,
    DEPARTMENT_UNKNOWN: (p) =>
      `Points${forUnit(p.unit)} are given by department «${p.department}», which the departments' allocation does not list.`,
    DEPARTMENT_POINTS_NOT_A_NUMBER: (p) =>
      `The points ${departmentName(p.department)} gives${forUnit(p.unit)} ${notANumber(p.shown, p.reason)}.`,
    DEPARTMENT_POINTS_NEGATIVE: (p) =>
      `The points ${departmentName(p.department)} gives${forUnit(p.unit)} are ${fp(p.value)}: points cannot be negative.`,
    DEPARTMENT_ABOVE_ALLOCATION: (p) =>
      `The points ${departmentName(p.department)} gives${forUnit(p.unit)} are ${fp(p.value)}, above its allocation of ${fp(p.allocation)} for ${UNIT_TYPE[p.unitType]} units.`,
    DEPARTMENT_POINTS_DUPLICATE: (p) =>
      `${departmentName(p.department)} has two rows of points${forUnit(p.unit)}. Only the first counts; delete the extra row.`,
    // ── missing data ──
    DEPARTMENT_POINTS_MISSING: (p) =>
      `${p.departments.map(departmentName).join(", ")} gave ${unitText(p.unit)} no points: they are missing, not 0. The cluster's ranks are provisional and the unit is not proposed for an award until they are in.`,
    UNIT_NO_SCORES: (p) =>
      `${unitText(p.unit)} has no score yet (its self-scoring was not sent or not entered): that is not 0 points. The cluster's ranks are provisional and the unit is not proposed for an award.`,
    CLUSTER_NO_SCORES: (p) =>
      `No unit of cluster «${clusterName(p.cluster)}» has a score yet, so it cannot be ranked nor awards proposed. Enter or merge the units' self-scores first.`,
    // ── awards and classification ──
    AWARD_BAND_UNKNOWN: (p) =>
      `The lowest classification for the ${AWARD[p.award]} award reads «${p.label}», which is no band of the classification table; Thi Đua uses «${p.fallback}» meanwhile.`,
    AWARD_CLASSIFICATION_BELOW: (p) =>
      `Cluster «${clusterName(p.cluster)}»: ${unitText(p.unit)} has the score for the ${AWARD[p.award]} award but is classified «${p.classification}», below the «${p.required}» it needs, so it is not proposed; ` +
      (p.takenBy.length > 0
        ? `the place goes to ${p.takenBy.map(unitText).join(", ")}.`
        : "the place stays empty: no other unit has the classification.") +
      (p.unconfirmed ? ` ${CHECK_BAND}` : ""),
    VOTE_INVALID: (p) =>
      `The votes for ${unitText(p.unit)} read «${p.shown}»: ${voteCountReason(p.reason, p.voters, p.ofValidVotes === true)}`,
    VOTE_DUPLICATE: (p) => `${unitText(p.unit)} has two rows of votes. Only the first counts.`,
    TIE_NEEDS_VOTE: (p) => {
      const ask =
        p.voting.needed === null
          ? `The threshold is more than ${percentText(p.voting.passShare)} of the valid votes, but the valid votes are not entered on «Họp bình xét», so the votes each unit needs are not known yet.`
          : p.votesGiven
            ? `The votes recorded do not settle it (each unit chosen needs ${votesNeeded(p.voting)} and more votes than the next unit).`
            : `The cluster votes, and the vote counts are recorded to settle it (each unit chosen needs ${votesNeeded(p.voting)}).`;
      return `Cluster «${clusterName(p.cluster)}»: ${p.units.map(unitText).join(", ")} have equal totals (${fp(p.total)}) for ${plural(p.places, "place")} as ${AWARD[p.award]}. ${ask}`;
    },
    TIE_BROKEN_BY_RULE: (p) => {
      // Names in the sentence, not codes: the codes stand beside the names at its start.
      const names = p.units.map((u) => (u.name === undefined || u.name === "" ? String(u.code) : u.name));
      const figures = names.map((_, i) => fp(p.values[i] ?? ZERO));
      const values = `${figures.slice(0, p.ahead).join("; ")} against ${figures.slice(p.ahead).join("; ")}`;
      return (
        `Cluster «${clusterName(p.cluster)}»: ${p.units.map(unitText).join(", ")} tie on ${fp(p.total)} points for the ${AWARD[p.award]} place. ` +
        `By the cluster's tie-break order, ${names.slice(0, p.ahead).join(", ")} ${p.ahead === 1 ? "is" : "are"} placed above ${names.slice(p.ahead).join(", ")} ` +
        `${tieBreakRule(p.rule, p.section)} (${values}).`
      );
    },
    WB_NOT_CLUSTER_WORKBOOK: () =>
      "This is not a cluster workbook — create one with «thidua mau» or the template button in the Thi Đua pane, or choose the right file.",
    WB_SHEET_MISSING: (p) =>
      `The sheet «${p.sheet}» was not found. It may have been renamed or deleted; name it «${p.sheet}» again.`,
    WB_UNIT_SHEET_MISSING: (p) =>
      `The scoring sheet of unit «${p.unit.name ?? p.unit.code}» (${p.unit.code}) was not found: it must be named after the unit's code, «${p.unit.code}».`,
    WB_HEADER_ROW_MISSING: (p) =>
      `The sheet «${p.sheet}» has no header row for its table (the columns ${p.expected.map((h) => `«${h}»`).join(", ")} are needed).`,
    WB_HEADER_MISSING: (p) =>
      `The sheet «${p.sheet}» lacks the column «${p.header}» in its header row ${p.row + 1}. The header may have been renamed; name it «${p.header}» again.`,
    WB_CONFIG_MISSING: (p) =>
      `The sheet «Cấu hình» lacks the row «${p.label}», or the row has no value in column B.`,
    WB_CONFIG_INVALID: (p) =>
      `The value «${p.shown}» of «${p.label}» is not valid: ${EXPECTED[p.expected]} is needed.`,
    WB_KIND_INVALID: (p) =>
      `The kind «${p.shown}» of criterion ${p.criterion} is not valid: choose «Chấm điểm», «Điểm thưởng» or «Điểm trừ».`,
    WB_MERGED_SCORE_CELLS: (p) =>
      `The cells ${rangeAddress(p.top, p.left, p.bottom, p.right)} are merged in the score area. Unmerge them (Merge & Center › Unmerge Cells) so each criterion has its own score cell.`,
    WB_FORMULA_ERROR: (p) =>
      `The cell shows the error ${p.shown} (a broken formula or reference). Fix the formula or type a value.`,
    WB_NUMBER_AS_TEXT: (p) =>
      `The score «${p.shown}» is stored as text: Thi Đua reads it, but Excel's own formulas (a total row, for one) skip text. Type it again as a number.`,
    WB_UNIT_SHEET_MAX_MISMATCH: (p) =>
      `The maximum of criterion ${p.criterion} on this sheet (${fp(p.sheetMax)}) differs from the «Tiêu chí» sheet's (${fp(p.criteriaMax)}); Thi Đua uses the «Tiêu chí» sheet's.`,
    WB_LEGACY_FONT: (p) =>
      `The sheet «${p.sheet}» has ${formatCount(p.cells)} cells typed in the ${LEGACY_ENCODING_LABEL[p.encoding]} legacy encoding (font ${p.font}): Thi Đua reads them as the screen shows them, but a computer without that font shows garbled text. Use «Chuyển mã» (or thidua chuyen-ma) to convert them to Unicode.`,
    WB_LEGACY_TEXT: (p) =>
      `The sheet «${p.sheet}» has ${formatCount(p.cells)} cells that look typed in the ${LEGACY_ENCODING_LABEL[p.encoding]} legacy encoding without its font (for example «${clip(p.before)}», probably «${clip(p.after)}»): Thi Đua reads them as stored. Use «Chuyển mã» (or thidua chuyen-ma) to convert them to Unicode.`,
    WB_TOO_MANY_ROWS: (p) =>
      `The sheet «${p.sheet}» uses rows up to ${formatCount(p.rows)}, past the ${formatCount(p.limit)} rows Thi Đua reads. Delete the extra rows at the end of the sheet (cells holding only spaces too) or move them to another sheet.`,
    WB_TOO_MANY_UNITS: (p) =>
      `The sheet «Đơn vị» lists more than ${formatCount(p.limit)} units, past what Thi Đua handles. Split it into several workbooks (one per block or cluster).`,
    WB_TOO_MANY_CRITERIA: (p) =>
      `The sheet «Tiêu chí» lists more than ${formatCount(p.limit)} criteria, past what Thi Đua handles. Look for extra rows in the criteria table.`,
    WB_SUBMISSION_CELL_INVALID: (p) =>
      p.shown === ""
        ? `A row of the «Đăng ký và nộp» sheet has no «${SUBMISSION_FIELD[p.field]}»: the row is not counted.`
        : `The «${SUBMISSION_FIELD[p.field]}» cell of the «Đăng ký và nộp» sheet says «${p.shown}», which cannot be read (${p.field === "date" ? "write a date as day/month/year" : p.field === "item" ? "choose an item from the list" : p.field === "outcome" ? "write «Đã nhận» or «Trả lại»" : "write a unit code"}): the row is not counted.`,
    WB_TEXT_TOO_LONG: (p) =>
      `The cell holds ${formatCount(p.length)} characters, past Excel's limit of ${formatCount(p.limit)} per cell. Shorten it.`,
    COLLECT_SHEET_MISSING: (p) => `The sheet «${p.sheet}» is missing.`,
    COLLECT_PERIOD_MISSING: () => "The «Kỳ thi đua» row of the «Cấu hình» sheet is empty.",
    COLLECT_UNIT_LIST_UNREADABLE: () =>
      "The header row («Mã», «Tên đơn vị») of the «Đơn vị» sheet was not found.",
  },
  exclusion: (e) => {
    switch (e.rule) {
      case "discipline":
        return `A key leader was disciplined with ${DISCIPLINE[e.level]} (a reprimand or more rules the unit out of awards).`;
      case "not-registered": {
        const parts: string[] = [];
        if (e.registered === false) parts.push("did not register");
        if (e.registered === null)
          parts.push("registration not recorded (an empty cell counts as not registered)");
        if (e.pactSigned === false) parts.push("did not sign the pact");
        if (e.pactSigned === null)
          parts.push("the pact's signing not recorded (an empty cell counts as not signed)");
        return `Did not register for emulation and sign the pact: ${parts.join("; ")}.`;
      }
      case "no-report": {
        const reports = [...(e.mid ? [REPORT.mid] : []), ...(e.end ? [REPORT.end] : [])];
        return `Did not send its ${reports.join(" and ")} (no date of sending).`;
      }
    }
  },
  exclusionShort: (e) => {
    switch (e.rule) {
      case "discipline":
        return `a key leader disciplined with ${DISCIPLINE[e.level]}`;
      case "not-registered":
        return "did not register and sign the pact";
      case "no-report": {
        const reports = [...(e.mid ? [REPORT.mid] : []), ...(e.end ? [REPORT.end] : [])];
        return `did not send its ${reports.join(" and ")}`;
      }
    }
  },
  awards: { leading: "Leading", excellent: "Excellent" },
  tieBreakRule: (rule, section) => tieBreakRule(rule, section),
  voteCountReason,
  votesNeeded,
  passedOverNote: (n) =>
    `Not proposed as ${AWARD[n.award]}: classified «${n.classification}», needs «${n.required}»` +
    (n.takenBy.length > 0 ? `; the place goes to ${n.takenBy.join(", ")}` : "; the place stays empty") +
    (n.unconfirmed ? ` (${CHECK_BAND_SHORT})` : "") +
    ".",
  tieBreakNote: (n) =>
    `${n.award === "leading" ? "Leading" : "Excellent"} place: tied on ${fp(n.total)} points with ${n.others.join(", ")}, ` +
    `placed ${n.ahead ? "above" : "below"} ${tieBreakRule(n.rule, n.section)} (${fp(n.value)} against ${n.otherValues.map(fp).join("; ")}).`,
  workbookErrors: {
    PRESET_UNKNOWN: (p) => `There is no preset «${p.id}». The presets are: ${p.known.join(", ")}.`,
    YEAR_INVALID: (p) => `The year ${p.year} is not valid.`,
    UNIT_CODE_MISSING: (p) => `Unit number ${p.index + 1} has no code.`,
    UNIT_CODE_NOT_SHEET_NAME: (p) =>
      `The unit code «${p.code}» cannot name a sheet: at most 31 characters, none of [ ] : * ? / \\, and no quote at either end.`,
    UNIT_CODE_RESERVED: (p) =>
      `The unit code «${p.code}» is the name of one of the workbook's sheets; choose another code.`,
    UNIT_CODE_DUPLICATE: (p) => `The unit code «${p.code}» is repeated.`,
    TEMPLATE_SHEETS_TAKEN: (p) =>
      `The workbook already has the sheets ${p.names.map((n) => `«${n}»`).join(", ")}. Create the cluster in a new workbook or rename those sheets.`,
    WORKBOOK_TOO_MANY_SHEETS: (p) =>
      `The workbook has ${formatCount(p.sheets)} sheets, past the limit of ${formatCount(p.limit)}. Move the sheets not used for the emulation to another workbook.`,
    WORKBOOK_TOO_LARGE: () => "Not done: the workbook is past what Thi Đua handles (see the errors below).",
    NOT_CLUSTER_WORKBOOK: () =>
      "This is not a cluster workbook — create one with «thidua mau» or the template button in the Thi Đua pane, or choose the right file.",
    WORKBOOK_UNREADABLE: () =>
      "The workbook cannot be read: the sheet «Cấu hình», «Tiêu chí» or «Đơn vị» is missing.",
    DOSSIER_INCOMPLETE: (p) =>
      `The award dossier is not ready: ${p.gaps.length} thing(s) to finish (${p.gaps.map((g) => en.dossierGap(g)).join(" ")}). Complete them, or make a draft («DỰ THẢO»).`,
    SUMMARY_BLOCKED: (p) =>
      `Not done: the workbook still has ${plural(p.errors, "error")}. Fix them and try again.`,
    ABORTED: () => "Cancelled.",
    VOTES_INVALID: (p) => `The votes for unit «${p.unit}» must be a whole number, not negative.`,
    APPRAISAL_UNIT_MISSING: (p) =>
      `The scoring sheet of unit «${p.unit}» was not found: it must be named after the unit's code.`,
    APPRAISAL_CRITERION_UNKNOWN: (p) =>
      `The sheet «${p.unit}» has no criterion «${p.criterion}» of the criteria table: it may have just been edited. Open the unit again.`,
    APPRAISAL_REFUSED: (p) => {
      const r = p.refusal;
      const why =
        r.kind === "reason-missing"
          ? "the appraised score differs from the self-score, so it needs a reason"
          : r.kind === "above-max"
            ? `the appraised score ${fp(r.value)} is above the maximum ${fp(r.max)}`
            : r.kind === "negative"
              ? `the appraised score ${fp(r.value)} cannot be negative`
              : `«${r.shown}» is not a number of points (e.g. 7.5)`;
      return `Sheet «${p.sheet}», cell ${p.cell} (criterion ${p.criterion}): ${why}. Nothing was written.`;
    },
    APPRAISAL_LOCKED: (p) =>
      `The appraisal is locked: the sheet «${p.sheet}» is protected, so its scores cannot be changed. To change them, unlock it (a reason is needed) and save again. Nothing was written.`,
    APPRAISAL_UNLOCK_REASON: () => "Unlocking the appraisal needs a reason. It is still locked.",
    ENTRY_UNIT_MISSING: (p) =>
      `The unit «${p.unit}» is not on the sheet «Đơn vị»: the sheet may have just been edited. Choose the unit again.`,
    ENTRY_DEPARTMENT_UNKNOWN: (p) =>
      `There is no department «${p.department}» on the sheet «Phân bổ điểm ban»: the sheet may have just been edited. Choose the unit again.`,
    ENTRY_REFUSED: (p) => `${problemText(en, p.problem)} Nothing was written.`,
    ENTRY_SUBMISSION_LATER: (p) =>
      `Sheet «${p.sheet}» has row ${p.row}, dated after ${p.day}, for this item, so ${p.day} cannot change what it says. Correct it on that sheet. Nothing was written.`,
    SELECTION_UNREADABLE: (p) =>
      `The selection («${p.address}») cannot be read. Select cells on one sheet again.`,
    ENCODING_NEEDS_SELECTION: () =>
      "Choose a source encoding only to convert selected cells: forcing one on the whole workbook would garble the Unicode text already there.",
    SHEET_MISSING: (p) =>
      `The sheet «${p.sheet}» to convert was not found: it may have just been renamed or deleted.`,
    COLLECT_BLOCKED: (p) =>
      `The cluster workbook still has ${plural(p.errors, "error")} in its configuration, criteria table or unit list, so the units' files cannot be split or merged yet.`,
    COLLECT_UNITS_UNKNOWN: (p) =>
      `No unit has the code ${p.codes.map((c) => `«${c}»`).join(", ")} in the unit list.`,
    COLLECT_NO_UNITS: () => "The unit list is empty: there is no unit to make a file for.",
    XLSX_EMPTY: () => "The file is empty.",
    XLSX_NOT_XLSX: () => "The file is not an Excel workbook (.xlsx).",
    XLSX_LEGACY_XLS: () =>
      "The file is in the old Excel format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).",
    XLSX_ENCRYPTED: () =>
      "The file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook) and try again.",
    XLSX_NOT_WORKBOOK: () => "This zip file is not an Excel workbook.",
    XLSX_TRUNCATED: () => "The file is damaged or was not downloaded whole (its end is missing).",
    XLSX_TOO_LARGE: (p) =>
      p.limit === undefined
        ? "The file is too large to open safely."
        : `The file is too large to open safely (the limit is ${p.limit} MB unzipped).`,
    XLSX_TOO_MANY_SHEETS: (p) =>
      `The workbook has too many sheets${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}. Move the sheets not used for the emulation to another workbook.`,
    XLSX_TOO_MANY_CELLS: (p) =>
      `The workbook has too many cells to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}. Delete extra rows and columns or move sheets to another workbook.`,
    XLSX_TOO_MANY_ROWS: (p) =>
      `The workbook has too many rows to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}. Delete the extra rows or move sheets to another workbook.`,
    XLSX_OTHER_FORMAT: (p) =>
      `The file is in ${OTHER_FORMAT[p.format ?? "csv"]} format, not .xlsx. Open it in Excel or LibreOffice and save it as .xlsx.`,
    XLSX_TOO_MANY_MERGES: (p) =>
      `The workbook has too many merged ranges to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}.`,
    XLSX_TOO_MANY_VALIDATIONS: (p) =>
      `The workbook has too many data-validation rules to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}.`,
    XLSX_TOO_MANY_STRINGS: (p) =>
      `The workbook has too many shared strings to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}.`,
    XLSX_TOO_MANY_ENTRIES: (p) =>
      `The file has too many parts to open safely${p.limit === undefined ? "" : ` (the limit is ${formatCount(p.limit)})`}.`,
    XLSX_UNREADABLE: (p) =>
      p.doctype === true
        ? `The Excel file cannot be read: part ${p.part ?? "?"} declares a DTD, which no Excel workbook has.`
        : p.part === undefined
          ? "The Excel file cannot be read: its content is damaged."
          : `The Excel file cannot be read: its content is damaged (part ${p.part}).`,
    WRITE_SHEET_MISSING: (p) =>
      `The sheet «${p.sheet}» to write was not found: it may have just been renamed or deleted. Try again.`,
    WRITE_BAD_RANGE: (p) => `Invalid cell range: «${p.range}».`,
    WRITE_SHEET_PASSWORD: (p) =>
      `The sheet «${p.sheet}» is protected with a password: unprotect it in Excel (Review › Unprotect Sheet), then try again. No sheet was unprotected.`,
    WRITE_CELL_LOCKED: (p) =>
      `The sheet «${p.sheet}» is protected: cell ${p.cell} is locked and cannot be written. If the appraisal was locked, unlock it in «4. Thẩm định» (with a reason), then try again. Nothing was written.`,
    WRITE_SHEET_TAKEN: (p) =>
      `The sheet «${p.sheet}» was not made by Thi Đua, so it is not overwritten. Rename it and try again.`,
  },
  refusals: {
    COLLECT_UNREADABLE: (p) => `The file cannot be opened: ${faultText(en, p.cause)}`,
    COLLECT_NOT_UNIT_FILE: (p) =>
      p.missingSheet === undefined
        ? "Not a self-scoring file made by Thi Đua (no valid «Thông tin tệp» sheet)."
        : `The file no longer has the scoring sheet «${p.missingSheet}».`,
    COLLECT_FORMAT_TOO_NEW: (p) =>
      `The file was made by a newer Thi Đua (format ${p.version}). Update Thi Đua and merge again.`,
    COLLECT_IDENTITY_EDITED: () =>
      "The identity on the «Thông tin tệp» sheet was edited, so it is not certain which unit the file belongs to.",
    COLLECT_OTHER_CLUSTER: (p) => `The file belongs to «${p.file}», not «${p.ours}».`,
    COLLECT_OTHER_PERIOD: (p) => `The file is for the period «${p.file}»; this workbook is for «${p.ours}».`,
    COLLECT_UNIT_UNKNOWN: (p) =>
      `The file carries the unit code «${p.code}», which is not in the cluster's unit list.`,
    COLLECT_LAYOUT_BROKEN: (p) =>
      `The file's sheet «${p.sheet}» has lost its header row («Mã», «Điểm tối đa», «Tự chấm»).`,
    COLLECT_CRITERIA_OUTDATED: (p) =>
      `The file was split from another criteria table: the cluster's table changed after the file was sent (table code in the file ${p.found}, the cluster's ${p.ours}). Split and send the unit a new file.`,
    COLLECT_CRITERIA_EDITED: () => "The criteria table in the file was edited against the cluster's:",
    COLLECT_SCORES_INVALID: (p) =>
      `${plural(p.count, "score cell is", "score cells are")} invalid, so nothing was taken from this file (fix them and send the whole file again):`,
    COLLECT_APPRAISED: (p) =>
      `The file changes the self-score of ${plural(p.count, "criterion", "criteria")} already appraised. Appraised scores are never overwritten, so nothing was taken from this file; to take it, clear those criteria's appraised scores first:`,
    COLLECT_DUPLICATE: (p) => {
      const unit = `${p.unit.code} (${p.unit.name})`;
      return "file" in p.earlier
        ? `${unit} sent twice: the file «${p.earlier.file}» was taken, and this one has other scores. Choose overwrite to take the later file.`
        : `${unit} sent scores on ${dateText(p.earlier.received)}; this file has other scores. Choose overwrite to take this file.`;
    },
    COLLECT_CLUSTER_SHEET_MISSING: (p) =>
      "unit" in p
        ? `The cluster workbook has no scoring sheet «${p.unit}» to write the scores into.`
        : `The cluster workbook's sheet «${p.sheet}» lacks the criterion rows ${p.rows.join(", ")}, so the scores cannot be written.`,
  },
  dossierGap: (g) => {
    switch (g.kind) {
      case "tie-open":
        return `«${g.cluster}»: ${g.places} ${g.award} place(s) await a vote between ${g.units.map((u) => `«${u}»`).join(", ")}.`;
      case "scores-missing":
        return `«${g.unit}» lacks scores for ${g.criteria} criteria.`;
      case "meeting-missing":
        return `The «Họp bình xét» sheet has no «${g.field}».`;
      case "summary-missing":
        return "No «Bảng tổng hợp» yet: make the summary first, so the dossier matches it.";
      case "summary-stale":
        return "«Bảng tổng hợp» is older than the data: make the summary again, so the dossier matches it.";
      case "document":
        return `${DOCUMENT_NAME[g.document]}: ${documentProblemText(en, g.problem)}`;
    }
  },
  documentProblems: {
    DOC_ISSUING_BODY_MISSING: () => "The document has no issuing body.",
    DOC_PLACE_MISSING: () => "The document has no place on its date line.",
    DOC_DATE_INVALID: (p) =>
      `The document's date (${"day" in p.date ? dateText(p.date) : p.date.year}) is not a valid date.`,
    DOC_NUMBER_INVALID: (p) => `The document number ${p.number} is not valid: it is a whole number from 1.`,
    DOC_SUBJECT_MISSING: () => "The document has no subject line.",
    DOC_ADDRESSEE_MISSING: () => "The document has no addressee («Kính gửi»).",
    DOC_RECIPIENTS_MISSING: () => "The document lacks recipients (besides «Lưu: VT»).",
    DOC_SIGNER_MISSING: (p) => `No signer's name under «${p.position}».`,
    DOC_TABLE_TOO_NARROW: (p) =>
      `A table in section ${p.section + 1} holds the word «${p.word}» (row ${p.row + 1}, column ${p.column + 1}), wider than its column: abbreviate it or split it.`,
  },
  refusalDetail: (d) => {
    switch (d.kind) {
      case "rowAdded":
        return `row «${d.code}» added (row ${d.row + 1})`;
      case "rowRemoved":
        return `row «${d.code}» missing`;
      case "rowMoved":
        return `row «${d.code}» (row ${d.row + 1}) moved: row «${d.expected}» belongs there`;
      case "maxEdited":
        return `the maximum of «${d.code}» (row ${d.row + 1}) is ${scoreShown(d.found) || "—"}; the cluster's table says ${fp(d.expected)}`;
      case "kindEdited":
        return `the kind of «${d.code}» (row ${d.row + 1}) is «${d.found}»; the cluster's table says «${KIND_LABEL[d.expected]}»`;
      case "notANumber":
        return `«${d.code}»: «${d.shown}» is not a number (${placeOf(d.at)})`;
      case "tooPrecise":
        return `«${d.code}»: the score «${d.shown}» has more than two decimals (${placeOf(d.at)})`;
      case "negative":
        return `«${d.code}»: the score ${fp(d.value)} is negative (${placeOf(d.at)})`;
      case "aboveMax":
        return `«${d.code}»: the score ${fp(d.value)} is above the maximum of ${fp(d.max)} (${placeOf(d.at)})`;
      case "onSection":
        return `«${d.code}» is a section, which is not scored directly (${placeOf(d.at)})`;
      case "appraised":
        return `«${d.code}»: self-score ${scoreShown(d.before) || "—"} → ${d.after === null ? "—" : fp(d.after)}, appraised ${scoreShown(d.appraised)}`;
      case "more":
        return `… and ${d.count} more`;
    }
  },
  remark: (r) => {
    switch (r.kind) {
      case "sameAsEarlier":
        return `Sent again, the same as «${r.file}»: nothing new.`;
      case "nothingNew":
        return `The unit sent its scores on ${dateText(r.received)}; this file brings nothing new.`;
      case "superseded":
        return `Replaced by the later file «${r.later}».`;
    }
  },
  receivedFrom: (from) =>
    from === "file"
      ? "the date the unit wrote in «Ngày chấm điểm» in the file"
      : "the day of the merge, as the file gives no «Ngày chấm điểm»",
  dateNotice: (n) => {
    switch (n.kind) {
      case "outsidePeriod":
        return `The received date ${dateText(n.date)} is outside the emulation period (${dateText(n.start)} – ${dateText(n.end)}): check «Ngày chấm điểm» in the file, or correct the received date on the units sheet after merging.`;
      case "unreadableDate":
        return `«Ngày chấm điểm» holds «${n.shown}», which is not a valid date (${placeOf(n.at)}): the day of the merge was recorded instead.`;
    }
  },
};
