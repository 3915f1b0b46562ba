/**
 * Every problem the core can report: a stable code (tests, JSON output and the pane rely on it),
 * its severity (an error blocks the summary, a warning does not) and a builder that fills in the
 * unit, criterion or department, the cell, and the Vietnamese message from src/messages/problems.ts.
 */
import { tieBreakRuleText } from "../messages/awards";
import * as msg from "../messages/problems";
import type { KindName, NotANumberReason, RowSource, ScoreColumn } from "../messages/problems";
import { formatPoints } from "./decimal";
import type {
  Award,
  CalendarDate,
  CellRef,
  ClusterCode,
  CriterionCode,
  DepartmentCode,
  Points,
  Problem,
  Severity,
  TieBreakDecision,
  UnitCode,
  UnitType,
} from "./model";
import { clusterCode } from "./model";

export const PROBLEM_SEVERITY = {
  // criteria table
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
  // department allocation
  DEPARTMENT_CODE_MISSING: "error",
  DEPARTMENT_DUPLICATE: "error",
  ALLOCATION_INVALID: "error",
  ALLOCATION_TOTAL_MISMATCH: "error",
  // classification bands
  BAND_LABEL_MISSING: "error",
  BAND_MIN_INVALID: "error",
  BAND_SHARE_INVALID: "error",
  BAND_DUPLICATE: "error",
  BANDS_NO_FLOOR: "warning",
  // clusters
  CLUSTERS_EMPTY: "error",
  CLUSTER_DUPLICATE: "error",
  CLUSTER_EMPTY: "warning",
  // units
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
  // rows of scores, department points, votes
  ROW_UNIT_MISSING: "error",
  UNIT_UNKNOWN: "error",
  SCORE_CRITERION_MISSING: "error",
  CRITERION_UNKNOWN: "error",
  SCORE_ON_PARENT: "warning",
  SCORE_DUPLICATE: "error",
  SCORE_NOT_A_NUMBER: "error",
  SCORE_NEGATIVE: "error",
  SCORE_ABOVE_MAX: "error",
  // departments' points
  DEPARTMENT_UNKNOWN: "error",
  DEPARTMENT_POINTS_NOT_A_NUMBER: "error",
  DEPARTMENT_POINTS_NEGATIVE: "error",
  DEPARTMENT_ABOVE_ALLOCATION: "error",
  DEPARTMENT_POINTS_DUPLICATE: "error",
  // votes and ties
  VOTE_INVALID: "error",
  VOTE_DUPLICATE: "error",
  TIE_NEEDS_VOTE: "warning",
  TIE_BROKEN_BY_RULE: "warning",
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as readonly ProblemCode[];

/** True when any problem blocks the summary. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** A unit as messages name it: «name» (code), or the code alone. */
export interface UnitLabel {
  readonly code: UnitCode;
  readonly name?: string;
}

export function unitLabelText(unit: UnitLabel): string {
  return unit.name !== undefined && unit.name !== "" && unit.name !== unit.code
    ? `«${unit.name}» (${unit.code})`
    : String(unit.code);
}

const optionalLabel = (unit: UnitLabel | undefined): string | undefined =>
  unit === undefined ? undefined : unitLabelText(unit);

interface Where {
  readonly unit?: UnitCode;
  readonly criterion?: CriterionCode;
  readonly department?: DepartmentCode;
  readonly at?: CellRef;
}

function make(code: ProblemCode, message: string, where: Where = {}): Problem {
  const at = where.at;
  return {
    code,
    severity: PROBLEM_SEVERITY[code],
    message: at === undefined ? message : `${message} (${msg.cellPlace(at.sheet, at.address)})`,
    ...(where.unit !== undefined && { unit: where.unit }),
    ...(where.criterion !== undefined && { criterion: where.criterion }),
    ...(where.department !== undefined && { department: where.department }),
    ...(at !== undefined && { at }),
  };
}

const fp = (p: Points): string => formatPoints(p);
const dateText = (d: CalendarDate): string =>
  `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;

// ── Criteria table ──────────────────────────────────────────────────────────

export const criteriaEmpty = (): Problem => make("CRITERIA_EMPTY", msg.criteriaEmpty());

export const criterionCodeMissing = (text: string, at?: CellRef): Problem =>
  make("CRITERION_CODE_MISSING", msg.criterionCodeMissing({ text }), { at });

export const criterionCodeInvalid = (code: CriterionCode, at?: CellRef): Problem =>
  make("CRITERION_CODE_INVALID", msg.criterionCodeInvalid({ code }), { criterion: code, at });

export const criterionDuplicate = (code: CriterionCode, at?: CellRef): Problem =>
  make("CRITERION_DUPLICATE", msg.criterionDuplicate({ code }), { criterion: code, at });

export const criterionParentMissing = (code: CriterionCode, parent: string, at?: CellRef): Problem =>
  make("CRITERION_PARENT_MISSING", msg.criterionParentMissing({ code, parent }), { criterion: code, at });

export const criterionMaxMissing = (code: CriterionCode, at?: CellRef): Problem =>
  make("CRITERION_MAX_MISSING", msg.criterionMaxMissing({ code }), { criterion: code, at });

export const criterionMaxInvalid = (
  code: CriterionCode,
  shown: string,
  reason: NotANumberReason | "negative",
  at?: CellRef,
): Problem =>
  make("CRITERION_MAX_INVALID", msg.criterionMaxInvalid({ code, shown, reason }), { criterion: code, at });

export const criterionParentMaxMismatch = (
  code: CriterionCode,
  typed: Points,
  sum: Points,
  at?: CellRef,
): Problem =>
  make(
    "CRITERION_PARENT_MAX_MISMATCH",
    msg.criterionParentMaxMismatch({ code, typed: fp(typed), sum: fp(sum) }),
    {
      criterion: code,
      at,
    },
  );

export const criterionKindMixed = (
  code: CriterionCode,
  kind: KindName,
  parent: CriterionCode,
  parentKind: KindName,
  at?: CellRef,
): Problem =>
  make("CRITERION_KIND_MIXED", msg.criterionKindMixed({ code, kind, parent, parentKind }), {
    criterion: code,
    at,
  });

/** Names every scored section with its maximum, so the officer sees which one is off. */
export const scoredMaxMismatch = (
  total: Points,
  expected: Points,
  sections: readonly { code: CriterionCode; max: Points }[],
): Problem =>
  make(
    "SCORED_MAX_MISMATCH",
    msg.scoredMaxMismatch({
      total: fp(total),
      expected: fp(expected),
      sections: sections.map((s) => ({ code: s.code, max: fp(s.max) })),
    }),
    sections.length === 1 && sections[0] !== undefined ? { criterion: sections[0].code } : {},
  );

// ── Department allocation ───────────────────────────────────────────────────

export const departmentCodeMissing = (name: string, at?: CellRef): Problem =>
  make("DEPARTMENT_CODE_MISSING", msg.departmentCodeMissing({ name }), { at });

export const departmentDuplicate = (department: DepartmentCode, at?: CellRef): Problem =>
  make("DEPARTMENT_DUPLICATE", msg.departmentDuplicate({ department }), { department, at });

export const allocationInvalid = (
  department: DepartmentCode,
  name: string,
  unitType: UnitType,
  shown: string,
  reason: NotANumberReason | "negative" | "missing",
  at?: CellRef,
): Problem =>
  make("ALLOCATION_INVALID", msg.allocationInvalid({ department: name, unitType, shown, reason }), {
    department,
    at,
  });

export const allocationTotalMismatch = (unitType: UnitType, total: Points, expected: Points): Problem =>
  make(
    "ALLOCATION_TOTAL_MISMATCH",
    msg.allocationTotalMismatch({ unitType, total: fp(total), expected: fp(expected) }),
  );

// ── Classification bands ────────────────────────────────────────────────────

export const bandLabelMissing = (min: Points, at?: CellRef): Problem =>
  make("BAND_LABEL_MISSING", msg.bandLabelMissing({ min: fp(min) }), { at });

export const bandMinInvalid = (label: string, shown: string, at?: CellRef): Problem =>
  make("BAND_MIN_INVALID", msg.bandMinInvalid({ label, shown }), { at });

export const bandShareInvalid = (label: string, shown: string, at?: CellRef): Problem =>
  make("BAND_SHARE_INVALID", msg.bandShareInvalid({ label, shown }), { at });

export const bandDuplicate = (label: string, other: string, min: Points, at?: CellRef): Problem =>
  make("BAND_DUPLICATE", msg.bandDuplicate({ label, other, min: fp(min) }), { at });

export const bandsNoFloor = (lowest: Points): Problem =>
  make("BANDS_NO_FLOOR", msg.bandsNoFloor({ lowest: fp(lowest) }));

// ── Clusters ────────────────────────────────────────────────────────────────

export const clustersEmpty = (): Problem => make("CLUSTERS_EMPTY", msg.clustersEmpty());

export const clusterDuplicate = (cluster: string): Problem =>
  make("CLUSTER_DUPLICATE", msg.clusterDuplicate({ cluster }));

export const clusterEmpty = (cluster: string): Problem =>
  make("CLUSTER_EMPTY", msg.clusterEmpty({ cluster }));

// ── Units ───────────────────────────────────────────────────────────────────

export const unitCodeMissing = (name: string, at?: CellRef): Problem =>
  make("UNIT_CODE_MISSING", msg.unitCodeMissing({ name }), { at });

export const unitDuplicate = (unit: UnitLabel, at?: CellRef): Problem =>
  make("UNIT_DUPLICATE", msg.unitDuplicate({ unit: unitLabelText(unit) }), { unit: unit.code, at });

export const unitClusterMissing = (unit: UnitLabel, at?: CellRef): Problem =>
  make("UNIT_CLUSTER_MISSING", msg.unitClusterMissing({ unit: unitLabelText(unit) }), {
    unit: unit.code,
    at,
  });

export const unitClusterUnknown = (unit: UnitLabel, cluster: string, at?: CellRef): Problem =>
  make("UNIT_CLUSTER_UNKNOWN", msg.unitClusterUnknown({ unit: unitLabelText(unit), cluster }), {
    unit: unit.code,
    at,
  });

export const unitTypeInvalid = (unit: UnitLabel, shown: string, at?: CellRef): Problem =>
  make("UNIT_TYPE_INVALID", msg.unitTypeInvalid({ unit: unitLabelText(unit), shown }), {
    unit: unit.code,
    at,
  });

export const unitTypeMissing = (unit: UnitLabel, at?: CellRef): Problem =>
  make("UNIT_TYPE_MISSING", msg.unitTypeMissing({ unit: unitLabelText(unit) }), { unit: unit.code, at });

export const unitYesNoInvalid = (
  unit: UnitLabel,
  fact: "registered" | "pactSigned",
  shown: string,
  at?: CellRef,
): Problem =>
  make("UNIT_YES_NO_INVALID", msg.unitYesNoInvalid({ unit: unitLabelText(unit), fact, shown }), {
    unit: unit.code,
    at,
  });

export const unitFactMissing = (unit: UnitLabel, fact: "registered" | "pactSigned", at?: CellRef): Problem =>
  make("UNIT_FACT_MISSING", msg.unitFactMissing({ unit: unitLabelText(unit), fact }), {
    unit: unit.code,
    at,
  });

export const unitDateInvalid = (
  unit: UnitLabel,
  report: "mid" | "end",
  shown: string,
  at?: CellRef,
): Problem =>
  make("UNIT_DATE_INVALID", msg.unitDateInvalid({ unit: unitLabelText(unit), report, shown }), {
    unit: unit.code,
    at,
  });

export const unitDisciplineInvalid = (unit: UnitLabel, shown: string, at?: CellRef): Problem =>
  make("UNIT_DISCIPLINE_INVALID", msg.unitDisciplineInvalid({ unit: unitLabelText(unit), shown }), {
    unit: unit.code,
    at,
  });

export const unitIncomplete = (unit: UnitLabel, missing: readonly CriterionCode[]): Problem =>
  make("UNIT_INCOMPLETE", msg.unitIncomplete({ unit: unitLabelText(unit), missing }), {
    unit: unit.code,
    ...(missing.length === 1 && { criterion: missing[0] }),
  });

export const reportLate = (
  unit: UnitLabel,
  report: "mid" | "end",
  days: number,
  deadline: CalendarDate,
  at?: CellRef,
): Problem =>
  make(
    "REPORT_LATE",
    msg.reportLate({ unit: unitLabelText(unit), report, days, deadline: dateText(deadline) }),
    {
      unit: unit.code,
      at,
    },
  );

/** A report not sent yet, not excluded because its deadline is still ahead on the summary's date. */
export const reportNotDue = (
  unit: UnitLabel,
  report: "mid" | "end",
  deadline: CalendarDate,
  at?: CellRef,
): Problem =>
  make(
    "REPORT_NOT_DUE",
    msg.reportNotDue({ unit: unitLabelText(unit), report, deadline: dateText(deadline) }),
    {
      unit: unit.code,
      at,
    },
  );

// ── Rows of scores, department points and votes ─────────────────────────────

export const rowUnitMissing = (source: RowSource, rows: number, at?: CellRef): Problem =>
  make("ROW_UNIT_MISSING", msg.rowUnitMissing({ source, rows }), { at });

export const unitUnknown = (unit: UnitCode, source: RowSource, rows: number, at?: CellRef): Problem =>
  make("UNIT_UNKNOWN", msg.unitUnknown({ unit, source, rows }), { unit, at });

export const scoreCriterionMissing = (unit: UnitLabel, at?: CellRef): Problem =>
  make("SCORE_CRITERION_MISSING", msg.scoreCriterionMissing({ unit: unitLabelText(unit) }), {
    unit: unit.code,
    at,
  });

/** One problem per criterion code, however many units' rows carry it. */
export const criterionUnknown = (
  criterion: CriterionCode,
  units: readonly UnitLabel[],
  rows: number,
  at?: CellRef,
): Problem =>
  make("CRITERION_UNKNOWN", msg.criterionUnknown({ criterion, units: units.map(unitLabelText), rows }), {
    unit: units.length === 1 ? units[0]?.code : undefined,
    criterion,
    at,
  });

export const scoreOnParent = (
  criterion: CriterionCode,
  units: readonly UnitLabel[],
  rows: number,
  at?: CellRef,
): Problem =>
  make("SCORE_ON_PARENT", msg.scoreOnParent({ criterion, units: units.map(unitLabelText), rows }), {
    unit: units.length === 1 ? units[0]?.code : undefined,
    criterion,
    at,
  });

export const scoreDuplicate = (unit: UnitLabel, criterion: CriterionCode, at?: CellRef): Problem =>
  make("SCORE_DUPLICATE", msg.scoreDuplicate({ unit: unitLabelText(unit), criterion }), {
    unit: unit.code,
    criterion,
    at,
  });

export const scoreNotANumber = (
  unit: UnitLabel | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  shown: string,
  reason: NotANumberReason,
  at?: CellRef,
): Problem =>
  make(
    "SCORE_NOT_A_NUMBER",
    msg.scoreNotANumber({ unit: optionalLabel(unit), criterion, column, shown, reason }),
    {
      unit: unit?.code,
      criterion,
      at,
    },
  );

export const scoreNegative = (
  unit: UnitLabel | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  value: Points,
  at?: CellRef,
): Problem =>
  make(
    "SCORE_NEGATIVE",
    msg.scoreNegative({ unit: optionalLabel(unit), criterion, column, value: fp(value) }),
    {
      unit: unit?.code,
      criterion,
      at,
    },
  );

export const scoreAboveMax = (
  unit: UnitLabel | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  value: Points,
  max: Points,
  kind: KindName,
  at?: CellRef,
): Problem =>
  make(
    "SCORE_ABOVE_MAX",
    msg.scoreAboveMax({ unit: optionalLabel(unit), criterion, column, value: fp(value), max: fp(max), kind }),
    { unit: unit?.code, criterion, at },
  );

// ── Departments' points ─────────────────────────────────────────────────────

export const departmentUnknown = (unit: UnitLabel | undefined, department: string, at?: CellRef): Problem =>
  make("DEPARTMENT_UNKNOWN", msg.departmentUnknown({ unit: optionalLabel(unit), department }), {
    unit: unit?.code,
    at,
  });

export const departmentPointsNotANumber = (
  unit: UnitLabel | undefined,
  department: DepartmentCode,
  name: string,
  shown: string,
  reason: NotANumberReason,
  at?: CellRef,
): Problem =>
  make(
    "DEPARTMENT_POINTS_NOT_A_NUMBER",
    msg.departmentPointsNotANumber({ unit: optionalLabel(unit), department: name, shown, reason }),
    { unit: unit?.code, department, at },
  );

export const departmentPointsNegative = (
  unit: UnitLabel | undefined,
  department: DepartmentCode,
  name: string,
  value: Points,
  at?: CellRef,
): Problem =>
  make(
    "DEPARTMENT_POINTS_NEGATIVE",
    msg.departmentPointsNegative({ unit: optionalLabel(unit), department: name, value: fp(value) }),
    { unit: unit?.code, department, at },
  );

export const departmentAboveAllocation = (
  unit: UnitLabel | undefined,
  department: DepartmentCode,
  name: string,
  value: Points,
  allocation: Points,
  unitType: UnitType,
  at?: CellRef,
): Problem =>
  make(
    "DEPARTMENT_ABOVE_ALLOCATION",
    msg.departmentAboveAllocation({
      unit: optionalLabel(unit),
      department: name,
      value: fp(value),
      allocation: fp(allocation),
      unitType,
    }),
    { unit: unit?.code, department, at },
  );

export const departmentPointsDuplicate = (
  unit: UnitLabel | undefined,
  department: DepartmentCode,
  name: string,
  at?: CellRef,
): Problem =>
  make(
    "DEPARTMENT_POINTS_DUPLICATE",
    msg.departmentPointsDuplicate({ unit: optionalLabel(unit), department: name }),
    {
      unit: unit?.code,
      department,
      at,
    },
  );

// ── Votes and ties ──────────────────────────────────────────────────────────

export const voteInvalid = (unit: UnitLabel, shown: string, at?: CellRef): Problem =>
  make("VOTE_INVALID", msg.voteInvalid({ unit: unitLabelText(unit), shown }), { unit: unit.code, at });

export const voteDuplicate = (unit: UnitLabel, at?: CellRef): Problem =>
  make("VOTE_DUPLICATE", msg.voteDuplicate({ unit: unitLabelText(unit) }), { unit: unit.code, at });

export const tieNeedsVote = (
  cluster: { code: ClusterCode; name: string },
  award: Award,
  units: readonly UnitLabel[],
  total: Points,
  places: number,
  votesGiven: boolean,
): Problem =>
  make(
    "TIE_NEEDS_VOTE",
    msg.tieNeedsVote({
      cluster: cluster.name === "" ? clusterCode(cluster.code) : cluster.name,
      award,
      units: units.map(unitLabelText),
      total: fp(total),
      places,
      votesGiven,
    }),
  );

/**
 * Equal totals at a quota boundary that the tie-break chain decided. `units` are the decision's
 * units, named as the unit list does (same order); `section` is the main section's code, for the
 * mainSection rule.
 */
export const tieBrokenByRule = (
  cluster: { code: ClusterCode; name: string },
  decision: TieBreakDecision,
  units: readonly UnitLabel[],
  section?: string,
): Problem =>
  make(
    "TIE_BROKEN_BY_RULE",
    msg.tieBrokenByRule({
      cluster: cluster.name === "" ? clusterCode(cluster.code) : cluster.name,
      award: decision.award,
      units: units.map(unitLabelText),
      total: fp(decision.total),
      ahead: decision.units.slice(0, decision.ahead),
      behind: decision.units.slice(decision.ahead),
      rule: tieBreakRuleText(decision.decidedBy, section),
      values: decision.units.map((code, i) => `${code}: ${fp(decision.values[i]!)}`),
    }),
  );
