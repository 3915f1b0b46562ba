/**
 * One instance of every diagnostic the product can show, typed by its code: the records are mapped
 * types over the closed unions, so a new code without a sample here does not compile. Names and
 * texts are plain ASCII, so what a test finds Vietnamese in a rendering is the product's own wording.
 */
import type { ProblemCode, ProblemParams } from "../../src/core/diagnostics";
import { problemOf } from "../../src/core/diagnostics";
import {
  clusterCode,
  criterionCode,
  departmentCode,
  unitCode,
  type Exclusion,
  type Problem,
  type TieBreakNote,
} from "../../src/core/model";
import { pointsFromNumber as pts } from "../../src/core/decimal";
import { planTaskId } from "../../src/core/plan";
import type { DocumentProblem } from "../../src/workbook/generated/documents/problems";
import type { RefusalCode, RefusalDetail, RefusalParams, Remark } from "../../src/workbook/collect/refusals";
import type { WorkbookErrorCode, WorkbookErrorParams, WorkbookFault } from "../../src/workbook/errors";
import { cellAt } from "../support/cells";

const unit = { code: unitCode("U01"), name: "Union A" };
const other = { code: unitCode("U02"), name: "Union B" };
const criterion = criterionCode("I.1");
const department = { code: departmentCode("TC"), name: "Board A" };
const cluster = { code: clusterCode("C1"), name: "Cluster One" };
const day = { year: 2024, month: 10, day: 20 };
const at = cellAt("Sheet1", "E12");

const task = planTaskId("3");

export const PROBLEM_SAMPLES: { readonly [C in ProblemCode]: ProblemParams[C] } = {
  PLAN_YEAR_INVALID: { year: 99999 },
  PLAN_DEADLINE_DIFFERS: {
    deadline: "endReport",
    task,
    plan: day,
    config: { year: 2024, month: 10, day: 30 },
    planAt: at,
    configAt: cellAt("Sheet2", "B12"),
  },
  PLAN_TASK_DUPLICATE: { task },
  PLAN_OWNER_MISSING: { task },
  PLAN_DATE_INVALID: { task, field: "end", day: 31, month: 4, year: 2025 },
  PLAN_OFFSET_INVALID: { task, field: "start", count: -2 },
  PLAN_REFERENCE_MISSING: { task, field: "dataAsOf", reference: planTaskId("9a") },
  PLAN_REFERENCE_CYCLE: { tasks: [task, planTaskId("4"), task] },
  PLAN_REFERENCE_UNRESOLVED: { task, field: "start", reference: planTaskId("2") },
  PLAN_END_BEFORE_START: { task, start: { year: 2025, month: 5, day: 2 }, end: day },
  PLAN_CELL_INVALID: { task, field: "end", shown: "31/4" },
  PLAN_DEADLINE_MISSING: { task },
  PLAN_DELIVERY_TASK_UNKNOWN: { task: planTaskId("99"), unit: unitCode("U01") },
  PLAN_DELIVERY_NOT_OWED: { task, unit: unitCode("U01") },
  CRITERIA_EMPTY: {},
  CRITERION_CODE_MISSING: { text: "Meetings held" },
  CRITERION_CODE_INVALID: { criterion: criterionCode("I..1") },
  CRITERION_DUPLICATE: { criterion },
  CRITERION_PARENT_MISSING: { criterion: criterionCode("II.1"), parent: "II" },
  CRITERION_MAX_MISSING: { criterion },
  CRITERION_MAX_INVALID: { criterion, shown: "ten", reason: "text" },
  CRITERION_PARENT_MAX_MISMATCH: { criterion, typed: pts(80), sum: pts(90), outside: pts(0) },
  CRITERION_KIND_MIXED: { criterion, kind: "scored", parent: criterionCode("IV"), parentKind: "bonus" },
  SCORED_MAX_MISMATCH: {
    total: pts(85),
    expected: pts(90),
    sections: [{ code: criterionCode("I"), max: pts(85) }],
  },
  DEPARTMENT_CODE_MISSING: { name: "Board A" },
  DEPARTMENT_DUPLICATE: { department },
  ALLOCATION_INVALID: { department, unitType: "direct", shown: "one", reason: "text" },
  ALLOCATION_TOTAL_MISMATCH: { unitType: "coordinating", total: pts(9), expected: pts(10) },
  BAND_LABEL_MISSING: { min: pts(90) },
  BAND_MIN_INVALID: { label: "Band A", shown: "seventy" },
  BAND_SHARE_INVALID: { label: "Band A", shown: "two thirds" },
  BAND_DUPLICATE: { label: "Band A", other: "Band B", min: pts(50) },
  BANDS_NO_FLOOR: { lowest: pts(70) },
  CLUSTERS_EMPTY: {},
  CLUSTER_DUPLICATE: { cluster: "Cluster One" },
  CLUSTER_EMPTY: { cluster: "Cluster One" },
  UNIT_CODE_MISSING: { name: "Union A" },
  UNIT_DUPLICATE: { unit },
  UNIT_CLUSTER_MISSING: { unit },
  UNIT_CLUSTER_UNKNOWN: { unit, cluster: "Cluster Nine" },
  UNIT_TYPE_INVALID: { unit, shown: "mixed" },
  UNIT_TYPE_MISSING: { unit },
  UNIT_YES_NO_INVALID: { unit, fact: "registered", shown: "maybe" },
  UNIT_FACT_MISSING: { unit, fact: "pactSigned" },
  UNIT_DATE_INVALID: { unit, report: "mid", shown: "31/02/2024" },
  UNIT_DISCIPLINE_INVALID: { unit, shown: "fine" },
  UNIT_INCOMPLETE: { unit, missing: [criterion, criterionCode("II.3")] },
  REPORT_LATE: { unit, report: "end", days: 3, deadline: day },
  REPORT_NOT_DUE: { unit, report: "end", deadline: day },
  SUBMISSION_LATE: { unit, item: "registration", on: day, days: 4, deadline: day },
  ROW_UNIT_MISSING: { source: "scores", rows: 2 },
  UNIT_UNKNOWN: { unit: { code: unitCode("U99") }, source: "votes", rows: 3 },
  SCORE_CRITERION_MISSING: { unit },
  CRITERION_UNKNOWN: { criterion: criterionCode("IX.9"), units: [unit, other], rows: 4 },
  SCORE_ON_PARENT: { criterion: criterionCode("II"), units: [unit], rows: 1 },
  SCORE_DUPLICATE: { unit, criterion },
  SCORE_NOT_A_NUMBER: { unit, criterion, column: "self", shown: "eight", reason: "text" },
  SCORE_NEGATIVE: { unit, criterion, column: "appraised", value: pts(-1) },
  SCORE_ABOVE_MAX: { unit, criterion, column: "self", value: pts(10.5), max: pts(10), kind: "scored" },
  DEPARTMENT_UNKNOWN: { unit, department: "Board Z" },
  DEPARTMENT_POINTS_NOT_A_NUMBER: { unit, department, shown: "#VALUE!", reason: "error" },
  DEPARTMENT_POINTS_NEGATIVE: { unit, department, value: pts(-1) },
  DEPARTMENT_ABOVE_ALLOCATION: { unit, department, value: pts(1.5), allocation: pts(1), unitType: "direct" },
  DEPARTMENT_POINTS_DUPLICATE: { unit, department },
  DEPARTMENT_POINTS_MISSING: { unit, departments: [department] },
  UNIT_NO_SCORES: { unit },
  CLUSTER_NO_SCORES: { cluster },
  AWARD_BAND_UNKNOWN: { award: "excellent", label: "Tốt", fallback: "Hoàn thành xuất sắc nhiệm vụ" },
  AWARD_CLASSIFICATION_BELOW: {
    cluster,
    unit,
    award: "excellent",
    classification: "Hoàn thành tốt nhiệm vụ",
    required: "Hoàn thành xuất sắc nhiệm vụ",
    takenBy: [other],
    unconfirmed: true,
  },
  VOTE_INVALID: { unit, shown: "50", reason: "aboveVoters", voters: 12 },
  VOTE_DUPLICATE: { unit },
  TIE_NEEDS_VOTE: {
    cluster,
    award: "leading",
    units: [unit, other],
    total: pts(92.5),
    places: 1,
    votesGiven: true,
    voting: { voters: 12, needed: 7, passShare: 0.5, basis: "members", members: 12, base: 12 },
  },
  TIE_BROKEN_BY_RULE: {
    cluster,
    award: "excellent",
    units: [unit, other],
    ahead: 1,
    total: pts(89.25),
    rule: "mainSection",
    values: [pts(35), pts(32)],
    section: criterionCode("I"),
  },
  WB_NOT_CLUSTER_WORKBOOK: {},
  WB_SHEET_MISSING: { sheet: "Sheet1" },
  WB_UNIT_SHEET_MISSING: { unit },
  WB_HEADER_ROW_MISSING: { sheet: "Sheet1", expected: ["Code", "Name"] },
  WB_HEADER_MISSING: { sheet: "Sheet1", header: "Self", row: 2 },
  WB_CONFIG_MISSING: { label: "Period" },
  WB_CONFIG_INVALID: { label: "Period", shown: "someday", expected: "date" },
  WB_KIND_INVALID: { criterion: "I.1", shown: "extra" },
  WB_MERGED_SCORE_CELLS: { top: 4, left: 3, bottom: 5, right: 4 },
  WB_FORMULA_ERROR: { shown: "#REF!" },
  WB_NUMBER_AS_TEXT: { shown: "8.5" },
  WB_UNIT_SHEET_MAX_MISMATCH: { criterion: "I.1", sheetMax: pts(6.5), criteriaMax: pts(5) },
  WB_LEGACY_FONT: { sheet: "Sheet1", cells: 4, encoding: "tcvn3", font: ".VnTime" },
  WB_LEGACY_TEXT: { sheet: "Sheet1", cells: 1, encoding: "vni", before: "abc", after: "abd" },
  WB_TOO_MANY_ROWS: { sheet: "Sheet1", rows: 250001, limit: 200000 },
  WB_TOO_MANY_UNITS: { limit: 5000 },
  WB_TOO_MANY_CRITERIA: { limit: 1000 },
  WB_TEXT_TOO_LONG: { length: 40000, limit: 32767 },
  WB_SUBMISSION_CELL_INVALID: { field: "date", shown: "31/02/2024" },
  COLLECT_SHEET_MISSING: { sheet: "Sheet1" },
  COLLECT_PERIOD_MISSING: {},
  COLLECT_UNIT_LIST_UNREADABLE: {},
};

/** Every problem code once, with its sample and a cell. */
export function everyProblem(): Problem[] {
  return (Object.keys(PROBLEM_SAMPLES) as ProblemCode[]).map((code) => sample(code));
}

function sample<C extends ProblemCode>(code: C): Problem {
  return problemOf(code, PROBLEM_SAMPLES[code], at) as Problem;
}

export const FAULT_SAMPLES: { readonly [C in WorkbookErrorCode]: WorkbookErrorParams[C] } = {
  PRESET_UNKNOWN: { id: "nope", known: ["kon-tum", "thu-duc-1"] },
  YEAR_INVALID: { year: 99999 },
  UNIT_CODE_MISSING: { index: 2 },
  UNIT_CODE_NOT_SHEET_NAME: { code: "U/1" },
  UNIT_CODE_RESERVED: { code: "Sheet1" },
  UNIT_CODE_DUPLICATE: { code: "U01" },
  TEMPLATE_SHEETS_TAKEN: { names: ["Sheet1", "Sheet2"] },
  WORKBOOK_TOO_MANY_SHEETS: { sheets: 2101, limit: 2100 },
  WORKBOOK_TOO_LARGE: {},
  WORKBOOK_UNREADABLE: {},
  NOT_CLUSTER_WORKBOOK: {},
  SUMMARY_BLOCKED: { errors: 2 },
  ABORTED: {},
  VOTES_INVALID: { unit: "U01" },
  DOSSIER_INCOMPLETE: {
    gaps: [
      {
        kind: "tie-open",
        cluster: "Cụm 1",
        award: "excellent",
        places: 1,
        units: ["Công đoàn A", "Công đoàn B"],
      },
      { kind: "scores-missing", unit: "Công đoàn C", criteria: 3 },
      { kind: "meeting-missing", field: "Ngày họp" },
      { kind: "summary-missing" },
      { kind: "summary-stale" },
      { kind: "document", document: "TTr", problem: { code: "DOC_SIGNER_MISSING", position: "CỤM TRƯỞNG" } },
    ],
  },
  APPRAISAL_UNIT_MISSING: { unit: "U01" },
  APPRAISAL_CRITERION_UNKNOWN: { unit: "U01", criterion: "I.1.a" },
  APPRAISAL_REFUSED: { sheet: "U01", cell: "F7", criterion: "I.1.a", refusal: { kind: "reason-missing" } },
  APPRAISAL_LOCKED: { sheet: "U01" },
  APPRAISAL_UNLOCK_REASON: {},
  ENTRY_UNIT_MISSING: { unit: "U01" },
  ENTRY_DEPARTMENT_UNKNOWN: { department: "Ban Kinh tế" },
  ENTRY_REFUSED: { sheet: "Điểm các ban", cell: "C5", problem: sample("DEPARTMENT_ABOVE_ALLOCATION") },
  ENTRY_SUBMISSION_LATER: { sheet: "Đăng ký và nộp", row: 9, day: "15/06/2024" },
  SELECTION_UNREADABLE: { address: "Sheet1!B5:" },
  ENCODING_NEEDS_SELECTION: {},
  SHEET_MISSING: { sheet: "Sheet1" },
  COLLECT_BLOCKED: { errors: 1 },
  COLLECT_UNITS_UNKNOWN: { codes: ["U09"] },
  COLLECT_NO_UNITS: {},
  XLSX_EMPTY: {},
  XLSX_NOT_XLSX: {},
  XLSX_LEGACY_XLS: {},
  XLSX_ENCRYPTED: {},
  XLSX_NOT_WORKBOOK: {},
  XLSX_TRUNCATED: {},
  XLSX_TOO_LARGE: { limit: 200 },
  XLSX_TOO_MANY_SHEETS: { limit: 2100 },
  XLSX_TOO_MANY_CELLS: { limit: 5000000 },
  XLSX_TOO_MANY_ROWS: {},
  XLSX_OTHER_FORMAT: { format: "ods" },
  XLSX_TOO_MANY_MERGES: { limit: 200000 },
  XLSX_TOO_MANY_VALIDATIONS: { limit: 50000 },
  XLSX_TOO_MANY_STRINGS: { limit: 3500000 },
  XLSX_TOO_MANY_ENTRIES: { limit: 10000 },
  XLSX_UNREADABLE: { part: "xl/worksheets/sheet1.xml", doctype: true },
  WRITE_SHEET_MISSING: { sheet: "Sheet1" },
  WRITE_BAD_RANGE: { range: "A0:B" },
  WRITE_SHEET_PASSWORD: { sheet: "U01" },
  WRITE_CELL_LOCKED: { sheet: "U01", cell: "F7" },
  WRITE_SHEET_TAKEN: { sheet: "Sheet1" },
};

export function everyFault(): WorkbookFault[] {
  return (Object.keys(FAULT_SAMPLES) as WorkbookErrorCode[]).map((code) => faultOf(code));
}

function faultOf<C extends WorkbookErrorCode>(code: C): WorkbookFault {
  return { code, params: FAULT_SAMPLES[code] } as WorkbookFault;
}

export const REFUSAL_SAMPLES: { readonly [C in RefusalCode]: RefusalParams[C] } = {
  COLLECT_UNREADABLE: { cause: { code: "XLSX_ENCRYPTED", params: {} } },
  COLLECT_NOT_UNIT_FILE: { missingSheet: "U01" },
  COLLECT_FORMAT_TOO_NEW: { version: 2 },
  COLLECT_IDENTITY_EDITED: {},
  COLLECT_OTHER_CLUSTER: { file: "Cluster Two", ours: "Cluster One" },
  COLLECT_OTHER_PERIOD: { file: "2023", ours: "2024" },
  COLLECT_UNIT_UNKNOWN: { code: "U09" },
  COLLECT_LAYOUT_BROKEN: { sheet: "U01" },
  COLLECT_CRITERIA_OUTDATED: { found: "abc123", ours: "def456" },
  COLLECT_CRITERIA_EDITED: {},
  COLLECT_SCORES_INVALID: { count: 3 },
  COLLECT_APPRAISED: { count: 1 },
  COLLECT_DUPLICATE: { unit: { code: "U01", name: "Union A" }, earlier: { received: day } },
  COLLECT_CLUSTER_SHEET_MISSING: { sheet: "U01", rows: ["I.4"] },
};

export const DETAIL_SAMPLES: readonly RefusalDetail[] = [
  { kind: "rowAdded", code: "I.9", row: 7 },
  { kind: "rowRemoved", code: "I.2" },
  { kind: "rowMoved", code: "I.2", row: 6, expected: "I.1" },
  { kind: "maxEdited", code: "I.3", row: 8, found: "6.5", expected: pts(5) },
  { kind: "kindEdited", code: "I.3", row: 8, found: "extra", expected: "bonus" },
  { kind: "notANumber", code: "I.1", shown: "eight", at },
  { kind: "tooPrecise", code: "I.1", shown: "8.555", at },
  { kind: "negative", code: "I.1", value: pts(-2), at },
  { kind: "aboveMax", code: "I.1", value: pts(12), max: pts(10), at },
  { kind: "onSection", code: "I", at },
  { kind: "appraised", code: "I.1", before: "2", after: pts(2.5), appraised: "1.5" },
  { kind: "more", count: 4 },
];

export const REMARK_SAMPLES: readonly Remark[] = [
  { kind: "sameAsEarlier", file: "a.xlsx" },
  { kind: "nothingNew", received: day },
  { kind: "superseded", later: "b.xlsx" },
];

export const EXCLUSION_SAMPLES: readonly Exclusion[] = [
  { rule: "discipline", level: "reprimand" },
  { rule: "discipline", level: "expulsion" },
  { rule: "not-registered", registered: false, pactSigned: null },
  { rule: "not-registered", registered: null, pactSigned: false },
  { rule: "no-report", mid: true, end: true },
];

export const NOTE_SAMPLES: readonly TieBreakNote[] = [
  {
    award: "leading",
    ahead: true,
    total: pts(89.25),
    rule: "appraisedTotal",
    value: pts(80.25),
    others: [unitCode("U02")],
    otherValues: [pts(77.75)],
  },
  {
    award: "excellent",
    ahead: false,
    total: pts(94.5),
    rule: "mainSection",
    value: pts(32),
    others: [unitCode("U01")],
    otherValues: [pts(35)],
    section: criterionCode("I"),
  },
  {
    award: "excellent",
    ahead: true,
    total: pts(90),
    rule: "fewerDeductions",
    value: pts(0),
    others: [unitCode("U03")],
    otherValues: [pts(1)],
  },
];

/** One of every document problem, by code (a mapped record: a new code needs a sample). */
export const DOCUMENT_PROBLEM_SAMPLES: {
  readonly [C in DocumentProblem["code"]]: Extract<DocumentProblem, { code: C }>;
} = {
  DOC_ISSUING_BODY_MISSING: { code: "DOC_ISSUING_BODY_MISSING" },
  DOC_PLACE_MISSING: { code: "DOC_PLACE_MISSING" },
  DOC_DATE_INVALID: { code: "DOC_DATE_INVALID", date: { year: 2024, month: 2, day: 30 } },
  DOC_NUMBER_INVALID: { code: "DOC_NUMBER_INVALID", number: 0 },
  DOC_SUBJECT_MISSING: { code: "DOC_SUBJECT_MISSING" },
  DOC_ADDRESSEE_MISSING: { code: "DOC_ADDRESSEE_MISSING" },
  DOC_RECIPIENTS_MISSING: { code: "DOC_RECIPIENTS_MISSING" },
  DOC_SIGNER_MISSING: { code: "DOC_SIGNER_MISSING", position: "HEAD" },
  DOC_TABLE_TOO_NARROW: {
    code: "DOC_TABLE_TOO_NARROW",
    section: 0,
    block: 2,
    row: 3,
    column: 1,
    word: "Supercalifragilistic",
  },
};
