/**
 * Diagnostics as data. A problem is `{ code, severity, params, at }`: the code comes from one closed
 * union (PROBLEM_SEVERITY's keys), the parameters are typed per code (points, dates, unit, criterion
 * and department references, counts, the text as typed) and `at` is the cell. No sentence lives here:
 * the Vietnamese and English renderers word every code, and the compiler checks that both do.
 *
 * The union also holds the year's plan's codes (`PLAN_…`, plan-problems.ts) and those the workbook
 * layer reports while reading sheets (`WB_…`) and before collecting (`COLLECT_…`): one union, so one
 * renderer table per language covers every problem a user can see, and the renderers depend on the
 * core alone for them.
 */
import type {
  Award,
  CalendarDate,
  CellRef,
  ClusterCode,
  CriterionCode,
  CriterionKind,
  DepartmentCode,
  Points,
  TieBreakKey,
  UnitCode,
  UnitType,
  Voting,
} from "./model";
import type { InvalidReason } from "./numbers";
import { PLAN_PROBLEM_SEVERITY, type PlanProblemCode, type PlanProblemParams } from "./plan-problems";
import type { LegacyEncoding } from "./text/legacy";
import type { SubmissionLateItem } from "./submissions";
import type { VoteCountReason } from "./votes";

export type Severity = "error" | "warning";

/** A unit as a diagnostic names it: its code, and its name where the unit list gives one. */
export interface UnitRef {
  readonly code: UnitCode;
  readonly name?: string;
}

/** A department as a diagnostic names it: its code and its name (the name is "" where none is typed). */
export interface DepartmentRef {
  readonly code: DepartmentCode;
  readonly name: string;
}

/** A cluster as a diagnostic names it (the name is "" where none is typed). */
export interface ClusterRef {
  readonly code: ClusterCode;
  readonly name: string;
}

/** The score columns of a unit's sheet. */
export type ScoreColumn = "self" | "appraised";
/** The sheets whose rows name a unit. */
export type RowSource = "scores" | "departments" | "votes" | "submissions";
/** The yes/no facts of the unit list. */
export type UnitFact = "registered" | "pactSigned";
/** The cells of a row of «Đăng ký và nộp» that must be read. */
export type SubmissionField = "unit" | "item" | "date" | "outcome";
/** The two reports of a period: mid-period (sơ kết) and end-of-period (tổng kết). */
export type ReportKind = "mid" | "end";
/** What a configuration value should have been. */
export type ConfigExpectation =
  "number" | "date" | "share" | "periodKind" | "tieBreak" | "wholeNumber" | "voteBasis";

/** The codes the core reports, with their parameters. */
export interface CoreProblemParams {
  // ── criteria table ──
  readonly CRITERIA_EMPTY: Record<string, never>;
  /** `text`: the row's wording, "" when the row is blank but for its maximum. */
  readonly CRITERION_CODE_MISSING: { readonly text: string };
  readonly CRITERION_CODE_INVALID: { readonly criterion: CriterionCode };
  readonly CRITERION_DUPLICATE: { readonly criterion: CriterionCode };
  readonly CRITERION_PARENT_MISSING: { readonly criterion: CriterionCode; readonly parent: string };
  readonly CRITERION_MAX_MISSING: { readonly criterion: CriterionCode };
  readonly CRITERION_MAX_INVALID: {
    readonly criterion: CriterionCode;
    readonly shown: string;
    readonly reason: InvalidReason | "negative";
  };
  /**
   * `sum`: the children of the parent's own kind; `outside`: the bonus and deduction children of a
   * scored parent, which its maximum leaves out (0 where there are none).
   */
  readonly CRITERION_PARENT_MAX_MISMATCH: {
    readonly criterion: CriterionCode;
    readonly typed: Points;
    readonly sum: Points;
    readonly outside: Points;
  };
  readonly CRITERION_KIND_MIXED: {
    readonly criterion: CriterionCode;
    readonly kind: CriterionKind;
    readonly parent: CriterionCode;
    readonly parentKind: CriterionKind;
  };
  readonly SCORED_MAX_MISMATCH: {
    readonly total: Points;
    readonly expected: Points;
    readonly sections: readonly { readonly code: CriterionCode; readonly max: Points }[];
  };
  // ── department allocation ──
  readonly DEPARTMENT_CODE_MISSING: { readonly name: string };
  readonly DEPARTMENT_DUPLICATE: { readonly department: DepartmentRef };
  readonly ALLOCATION_INVALID: {
    readonly department: DepartmentRef;
    readonly unitType: UnitType;
    readonly shown: string;
    readonly reason: InvalidReason | "negative" | "missing";
  };
  readonly ALLOCATION_TOTAL_MISMATCH: {
    readonly unitType: UnitType;
    readonly total: Points;
    readonly expected: Points;
  };
  // ── classification bands ──
  readonly BAND_LABEL_MISSING: { readonly min: Points };
  readonly BAND_MIN_INVALID: { readonly label: string; readonly shown: string };
  readonly BAND_SHARE_INVALID: { readonly label: string; readonly shown: string };
  readonly BAND_DUPLICATE: { readonly label: string; readonly other: string; readonly min: Points };
  readonly BANDS_NO_FLOOR: { readonly lowest: Points };
  // ── clusters ──
  readonly CLUSTERS_EMPTY: Record<string, never>;
  readonly CLUSTER_DUPLICATE: { readonly cluster: string };
  readonly CLUSTER_EMPTY: { readonly cluster: string };
  // ── units ──
  readonly UNIT_CODE_MISSING: { readonly name: string };
  readonly UNIT_DUPLICATE: { readonly unit: UnitRef };
  readonly UNIT_CLUSTER_MISSING: { readonly unit: UnitRef };
  readonly UNIT_CLUSTER_UNKNOWN: { readonly unit: UnitRef; readonly cluster: string };
  readonly UNIT_TYPE_INVALID: { readonly unit: UnitRef; readonly shown: string };
  readonly UNIT_TYPE_MISSING: { readonly unit: UnitRef };
  readonly UNIT_YES_NO_INVALID: { readonly unit: UnitRef; readonly fact: UnitFact; readonly shown: string };
  readonly UNIT_FACT_MISSING: { readonly unit: UnitRef; readonly fact: UnitFact };
  readonly UNIT_DATE_INVALID: { readonly unit: UnitRef; readonly report: ReportKind; readonly shown: string };
  readonly UNIT_DISCIPLINE_INVALID: { readonly unit: UnitRef; readonly shown: string };
  /** The unit sent no score at all: nothing to rank it by. */
  readonly UNIT_NO_SCORES: { readonly unit: UnitRef };
  /** No unit of the cluster has a score: it cannot be ranked. */
  readonly CLUSTER_NO_SCORES: { readonly cluster: ClusterRef };
  readonly UNIT_INCOMPLETE: { readonly unit: UnitRef; readonly missing: readonly CriterionCode[] };
  readonly REPORT_LATE: {
    readonly unit: UnitRef;
    readonly report: ReportKind;
    readonly days: number;
    readonly deadline: CalendarDate;
  };
  readonly REPORT_NOT_DUE: {
    readonly unit: UnitRef;
    readonly report: ReportKind;
    readonly deadline: CalendarDate;
  };
  /** A registration, pact or self-score file received after its deadline («Đăng ký và nộp»). */
  readonly SUBMISSION_LATE: {
    readonly unit: UnitRef;
    readonly item: SubmissionLateItem;
    readonly on: CalendarDate;
    readonly days: number;
    readonly deadline: CalendarDate;
  };
  // ── rows of scores, department points, votes ──
  readonly ROW_UNIT_MISSING: { readonly source: RowSource; readonly rows: number };
  readonly UNIT_UNKNOWN: { readonly unit: UnitRef; readonly source: RowSource; readonly rows: number };
  readonly SCORE_CRITERION_MISSING: { readonly unit: UnitRef };
  readonly CRITERION_UNKNOWN: {
    readonly criterion: CriterionCode;
    readonly units: readonly UnitRef[];
    readonly rows: number;
  };
  readonly SCORE_ON_PARENT: {
    readonly criterion: CriterionCode;
    readonly units: readonly UnitRef[];
    readonly rows: number;
  };
  readonly SCORE_DUPLICATE: { readonly unit: UnitRef; readonly criterion: CriterionCode };
  /** `unit` is absent where a table is checked on its own (a custom function). */
  readonly SCORE_NOT_A_NUMBER: {
    readonly unit?: UnitRef;
    readonly criterion: CriterionCode;
    readonly column: ScoreColumn;
    readonly shown: string;
    readonly reason: InvalidReason;
  };
  readonly SCORE_NEGATIVE: {
    readonly unit?: UnitRef;
    readonly criterion: CriterionCode;
    readonly column: ScoreColumn;
    readonly value: Points;
  };
  /** `value` is the size counted (a deduction typed as -2 is 2). */
  readonly SCORE_ABOVE_MAX: {
    readonly unit?: UnitRef;
    readonly criterion: CriterionCode;
    readonly column: ScoreColumn;
    readonly value: Points;
    readonly max: Points;
    readonly kind: CriterionKind;
  };
  // ── departments' points ──
  /** `department`: the text as typed, which names no department of the allocation. */
  readonly DEPARTMENT_UNKNOWN: { readonly unit?: UnitRef; readonly department: string };
  readonly DEPARTMENT_POINTS_NOT_A_NUMBER: {
    readonly unit?: UnitRef;
    readonly department: DepartmentRef;
    readonly shown: string;
    readonly reason: InvalidReason;
  };
  readonly DEPARTMENT_POINTS_NEGATIVE: {
    readonly unit?: UnitRef;
    readonly department: DepartmentRef;
    readonly value: Points;
  };
  readonly DEPARTMENT_ABOVE_ALLOCATION: {
    readonly unit?: UnitRef;
    readonly department: DepartmentRef;
    readonly value: Points;
    readonly allocation: Points;
    readonly unitType: UnitType;
  };
  /** Departments that give the unit's type points and gave this unit none: missing, not 0. */
  readonly DEPARTMENT_POINTS_MISSING: {
    readonly unit: UnitRef;
    readonly departments: readonly DepartmentRef[];
  };
  readonly DEPARTMENT_POINTS_DUPLICATE: { readonly unit?: UnitRef; readonly department: DepartmentRef };
  // ── awards and classification ──
  /** The award's band setting names no band of the classification: `fallback`, the top band, applies. */
  readonly AWARD_BAND_UNKNOWN: { readonly award: Award; readonly label: string; readonly fallback: string };
  /**
   * A unit whose total reached an award its classification did not: the band it has, the band the
   * award needs (`unconfirmed`: a default to be checked), the units given the place instead (lower
   * totals; empty: the place stays empty).
   */
  readonly AWARD_CLASSIFICATION_BELOW: {
    readonly cluster: ClusterRef;
    readonly unit: UnitRef;
    readonly award: Award;
    readonly classification: string;
    readonly required: string;
    readonly takenBy: readonly UnitRef[];
    readonly unconfirmed: boolean;
  };
  // ── votes and ties ──
  /** `voters`: the cluster's number of voters (its member units), the most a count can be. */
  readonly VOTE_INVALID: {
    readonly unit: UnitRef;
    readonly shown: string;
    readonly reason: VoteCountReason;
    readonly voters: number;
  };
  readonly VOTE_DUPLICATE: { readonly unit: UnitRef };
  readonly TIE_NEEDS_VOTE: {
    readonly cluster: ClusterRef;
    readonly award: Award;
    readonly units: readonly UnitRef[];
    readonly total: Points;
    readonly places: number;
    /** True when some of the tied units have vote counts, which did not settle it. */
    readonly votesGiven: boolean;
    /** The cluster's vote: voters, the votes a winner needs under its threshold, the threshold. */
    readonly voting: Voting;
  };
  /** The decision's units, ahead ones first, with their figures for the rule in the same order. */
  readonly TIE_BROKEN_BY_RULE: {
    readonly cluster: ClusterRef;
    readonly award: Award;
    readonly units: readonly UnitRef[];
    readonly ahead: number;
    readonly total: Points;
    readonly rule: TieBreakKey;
    readonly values: readonly Points[];
    /** The main section's code, for the mainSection rule. */
    readonly section?: CriterionCode;
  };
}

/**
 * The codes the workbook layer reports while reading the cluster's sheets and before collecting the
 * units' files, with their parameters.
 */
export interface WorkbookProblemParams {
  // ── found reading the workbook's sheets (src/workbook) ──
  /** A readable workbook with none of the cluster's sheets: another workbook, said once. */
  readonly WB_NOT_CLUSTER_WORKBOOK: Record<string, never>;
  readonly WB_SHEET_MISSING: { readonly sheet: string };
  readonly WB_UNIT_SHEET_MISSING: { readonly unit: UnitRef };
  /** `expected`: the table's required column headers. */
  readonly WB_HEADER_ROW_MISSING: { readonly sheet: string; readonly expected: readonly string[] };
  /** `row`: the header row, 0-based. */
  readonly WB_HEADER_MISSING: { readonly sheet: string; readonly header: string; readonly row: number };
  /** `label`: the configuration row or table title as the workbook writes it. */
  readonly WB_CONFIG_MISSING: { readonly label: string };
  readonly WB_CONFIG_INVALID: {
    readonly label: string;
    readonly shown: string;
    readonly expected: ConfigExpectation;
  };
  readonly WB_KIND_INVALID: { readonly criterion: string; readonly shown: string };
  /** The merged area, 0-based and inclusive. */
  readonly WB_MERGED_SCORE_CELLS: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
  readonly WB_FORMULA_ERROR: { readonly shown: string };
  readonly WB_NUMBER_AS_TEXT: { readonly shown: string };
  readonly WB_UNIT_SHEET_MAX_MISMATCH: {
    readonly criterion: string;
    readonly sheetMax: Points;
    readonly criteriaMax: Points;
  };
  readonly WB_LEGACY_FONT: {
    readonly sheet: string;
    readonly cells: number;
    readonly encoding: LegacyEncoding;
    readonly font: string;
  };
  readonly WB_LEGACY_TEXT: {
    readonly sheet: string;
    readonly cells: number;
    readonly encoding: LegacyEncoding;
    readonly before: string;
    readonly after: string;
  };
  readonly WB_TOO_MANY_ROWS: { readonly sheet: string; readonly rows: number; readonly limit: number };
  readonly WB_TOO_MANY_UNITS: { readonly limit: number };
  readonly WB_TOO_MANY_CRITERIA: { readonly limit: number };
  readonly WB_TEXT_TOO_LONG: { readonly length: number; readonly limit: number };
  /** A row of «Đăng ký và nộp» whose unit, item, date or outcome cannot be read: the row is left out. */
  readonly WB_SUBMISSION_CELL_INVALID: { readonly field: SubmissionField; readonly shown: string };

  // ── found before collecting the units' files (src/workbook/collect) ──
  readonly COLLECT_SHEET_MISSING: { readonly sheet: string };
  readonly COLLECT_PERIOD_MISSING: Record<string, never>;
  readonly COLLECT_UNIT_LIST_UNREADABLE: Record<string, never>;
}

/** Every problem code with its parameters: the core's, the year's plan's (plan-problems.ts) and the workbook reader's. */
export interface ProblemParams extends CoreProblemParams, PlanProblemParams, WorkbookProblemParams {}

export type CoreProblemCode = keyof CoreProblemParams;
export type WorkbookProblemCode = keyof WorkbookProblemParams;
export type { PlanProblemCode };
export type ProblemCode = keyof ProblemParams;

/** Every code's severity: an error blocks the summary, a warning does not. */
export const PROBLEM_SEVERITY: { readonly [C in ProblemCode]: Severity } = {
  ...PLAN_PROBLEM_SEVERITY,
  CRITERIA_EMPTY: "error",
  CRITERION_CODE_MISSING: "error",
  CRITERION_CODE_INVALID: "error",
  CRITERION_DUPLICATE: "error",
  CRITERION_PARENT_MISSING: "error",
  CRITERION_MAX_MISSING: "error",
  CRITERION_MAX_INVALID: "error",
  CRITERION_PARENT_MAX_MISMATCH: "error",
  CRITERION_KIND_MIXED: "error",
  SCORED_MAX_MISMATCH: "error",
  DEPARTMENT_CODE_MISSING: "error",
  DEPARTMENT_DUPLICATE: "error",
  ALLOCATION_INVALID: "error",
  ALLOCATION_TOTAL_MISMATCH: "error",
  BAND_LABEL_MISSING: "error",
  BAND_MIN_INVALID: "error",
  BAND_SHARE_INVALID: "error",
  BAND_DUPLICATE: "error",
  BANDS_NO_FLOOR: "warning",
  CLUSTERS_EMPTY: "error",
  CLUSTER_DUPLICATE: "error",
  CLUSTER_EMPTY: "warning",
  UNIT_CODE_MISSING: "error",
  UNIT_DUPLICATE: "error",
  UNIT_CLUSTER_MISSING: "error",
  UNIT_CLUSTER_UNKNOWN: "error",
  UNIT_TYPE_INVALID: "error",
  UNIT_TYPE_MISSING: "warning",
  UNIT_YES_NO_INVALID: "error",
  UNIT_FACT_MISSING: "warning",
  UNIT_DATE_INVALID: "error",
  UNIT_DISCIPLINE_INVALID: "error",
  UNIT_INCOMPLETE: "warning",
  REPORT_LATE: "warning",
  REPORT_NOT_DUE: "warning",
  SUBMISSION_LATE: "warning",
  ROW_UNIT_MISSING: "error",
  UNIT_UNKNOWN: "error",
  SCORE_CRITERION_MISSING: "error",
  CRITERION_UNKNOWN: "error",
  SCORE_ON_PARENT: "warning",
  SCORE_DUPLICATE: "error",
  SCORE_NOT_A_NUMBER: "error",
  SCORE_NEGATIVE: "error",
  SCORE_ABOVE_MAX: "error",
  DEPARTMENT_UNKNOWN: "error",
  DEPARTMENT_POINTS_NOT_A_NUMBER: "error",
  DEPARTMENT_POINTS_NEGATIVE: "error",
  DEPARTMENT_ABOVE_ALLOCATION: "error",
  DEPARTMENT_POINTS_DUPLICATE: "error",
  AWARD_BAND_UNKNOWN: "error",
  DEPARTMENT_POINTS_MISSING: "warning",
  UNIT_NO_SCORES: "warning",
  CLUSTER_NO_SCORES: "error",
  AWARD_CLASSIFICATION_BELOW: "warning",
  VOTE_INVALID: "error",
  VOTE_DUPLICATE: "error",
  TIE_NEEDS_VOTE: "warning",
  TIE_BROKEN_BY_RULE: "warning",
  WB_NOT_CLUSTER_WORKBOOK: "error",
  WB_SHEET_MISSING: "error",
  WB_UNIT_SHEET_MISSING: "error",
  WB_HEADER_ROW_MISSING: "error",
  WB_HEADER_MISSING: "error",
  WB_CONFIG_MISSING: "error",
  WB_CONFIG_INVALID: "error",
  WB_KIND_INVALID: "error",
  WB_MERGED_SCORE_CELLS: "error",
  WB_FORMULA_ERROR: "error",
  WB_NUMBER_AS_TEXT: "warning",
  WB_UNIT_SHEET_MAX_MISMATCH: "warning",
  WB_LEGACY_FONT: "warning",
  WB_LEGACY_TEXT: "warning",
  WB_TOO_MANY_ROWS: "error",
  WB_TOO_MANY_UNITS: "error",
  WB_TOO_MANY_CRITERIA: "error",
  WB_TEXT_TOO_LONG: "error",
  WB_SUBMISSION_CELL_INVALID: "error",
  COLLECT_SHEET_MISSING: "error",
  COLLECT_PERIOD_MISSING: "error",
  COLLECT_UNIT_LIST_UNREADABLE: "error",
};

export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as readonly ProblemCode[];

/** One problem of one code, its parameters typed by the code. */
export type ProblemOf<C extends ProblemCode> = {
  readonly code: C;
  readonly severity: Severity;
  readonly params: ProblemParams[C];
  readonly at?: CellRef;
  /**
   * The unit whose scoring sheet holds `at`, where the parameters name no unit (a formula error, a
   * header or a number typed as text on that sheet): the reader of the input sets it, so the problem
   * is listed under its unit.
   */
  readonly sheetUnit?: UnitCode;
};

/** A problem found in the input: any code, its parameters and the cell. `code` is stable (JSON output relies on it). */
export type Problem = { readonly [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

/**
 * The problem of a code, with its parameters and cell; the severity is the code's.
 *
 * @example problemOf("VOTE_DUPLICATE", { unit: { code: unitCode("DV01") } }, { sheet: "Bỏ phiếu", row: 4, col: 2 })
 */
export function problemOf<C extends ProblemCode>(
  code: C,
  params: ProblemParams[C],
  at?: CellRef,
): ProblemOf<C> {
  return at === undefined
    ? { code, severity: PROBLEM_SEVERITY[code], params }
    : { code, severity: PROBLEM_SEVERITY[code], params, at };
}

/** True when any problem blocks the summary. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** What a problem is about, where it names one unit, criterion or department. */
export interface ProblemSubject {
  readonly unit?: UnitCode;
  readonly criterion?: CriterionCode;
  readonly department?: DepartmentCode;
}

/**
 * The unit, criterion and department a problem is about: the pane groups by unit, the command's JSON
 * carries them. A problem about several units names none of them; one about several sections names
 * the section only when there is one.
 */
export function problemSubject(p: Problem): ProblemSubject {
  switch (p.code) {
    case "CRITERION_UNKNOWN":
    case "SCORE_ON_PARENT": {
      const only = p.params.units.length === 1 ? p.params.units[0]?.code : p.sheetUnit;
      return { ...(only !== undefined && { unit: only }), criterion: p.params.criterion };
    }
    case "SCORED_MAX_MISMATCH": {
      const only = p.params.sections.length === 1 ? p.params.sections[0] : undefined;
      return only === undefined ? {} : { criterion: only.code };
    }
    case "UNIT_INCOMPLETE": {
      const only = p.params.missing.length === 1 ? p.params.missing[0] : undefined;
      return { unit: p.params.unit.code, ...(only !== undefined && { criterion: only }) };
    }
    case "WB_UNIT_SHEET_MISSING":
      // A sheet is missing, not a fact of the unit: the pane lists it with the workbook's problems.
      return {};
    default: {
      // A read-only view of the parameters every code may carry under these names.
      const params = p.params as {
        readonly unit?: UnitRef | UnitCode;
        readonly criterion?: unknown;
        readonly department?: unknown;
      };
      const unit = (typeof params.unit === "string" ? params.unit : params.unit?.code) ?? p.sheetUnit;
      const criterion = typeof params.criterion === "string" ? params.criterion : undefined;
      const department =
        typeof params.department === "object" && params.department !== null
          ? (params.department as DepartmentRef).code
          : undefined;
      return {
        ...(unit !== undefined && { unit }),
        ...(criterion !== undefined &&
          !p.code.startsWith("WB_") && { criterion: criterion as CriterionCode }),
        ...(department !== undefined && { department }),
      };
    }
  }
}

/** The codes the core reports about the block (the plan's and the workbook layer's are apart). */
export const CORE_PROBLEM_CODES = PROBLEM_CODES.filter(
  (code): code is CoreProblemCode =>
    !code.startsWith("WB_") && !code.startsWith("COLLECT_") && !code.startsWith("PLAN_"),
);
