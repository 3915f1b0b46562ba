/**
 * The problems the core reports, built as data (diagnostics.ts): each builder names its code's
 * parameters, so a call site reads as what it found. No wording here: the renderers (vi, en) word them.
 */
import type {
  ClusterRef,
  DepartmentRef,
  ProblemOf,
  ReportKind,
  RowSource,
  ScoreColumn,
  UnitFact,
  UnitRef,
} from "./diagnostics";
import { problemOf } from "./diagnostics";
import type {
  Award,
  CalendarDate,
  CellRef,
  ClusterCode,
  CriterionCode,
  CriterionKind,
  DepartmentCode,
  Points,
  TieBreakDecision,
  UnitType,
  Voting,
} from "./model";
import type { InvalidReason } from "./numbers";
import type { VoteCountReason } from "./votes";
import type { SubmissionLate } from "./submissions";

/** A unit as the core's problems name it (kept under its older name for the core's callers). */
export type UnitLabel = UnitRef;

/** The unit as a problem carries it: its code, and its name where it differs from the code. */
const unitRef = (unit: UnitRef): UnitRef =>
  unit.name !== undefined && unit.name !== "" && unit.name !== unit.code
    ? { code: unit.code, name: unit.name }
    : { code: unit.code };

const optionalUnit = (unit: UnitRef | undefined): { unit?: UnitRef } =>
  unit === undefined ? {} : { unit: unitRef(unit) };

const department = (code: DepartmentCode, name: string): DepartmentRef => ({ code, name });

// ── Criteria table ──────────────────────────────────────────────────────────

export const criteriaEmpty = (): ProblemOf<"CRITERIA_EMPTY"> => problemOf("CRITERIA_EMPTY", {});

export const criterionCodeMissing = (text: string, at?: CellRef): ProblemOf<"CRITERION_CODE_MISSING"> =>
  problemOf("CRITERION_CODE_MISSING", { text }, at);

export const criterionCodeInvalid = (
  criterion: CriterionCode,
  at?: CellRef,
): ProblemOf<"CRITERION_CODE_INVALID"> => problemOf("CRITERION_CODE_INVALID", { criterion }, at);

export const criterionDuplicate = (
  criterion: CriterionCode,
  at?: CellRef,
): ProblemOf<"CRITERION_DUPLICATE"> => problemOf("CRITERION_DUPLICATE", { criterion }, at);

export const criterionParentMissing = (
  criterion: CriterionCode,
  parent: string,
  at?: CellRef,
): ProblemOf<"CRITERION_PARENT_MISSING"> => problemOf("CRITERION_PARENT_MISSING", { criterion, parent }, at);

export const criterionMaxMissing = (
  criterion: CriterionCode,
  at?: CellRef,
): ProblemOf<"CRITERION_MAX_MISSING"> => problemOf("CRITERION_MAX_MISSING", { criterion }, at);

export const criterionMaxInvalid = (
  criterion: CriterionCode,
  shown: string,
  reason: InvalidReason | "negative",
  at?: CellRef,
): ProblemOf<"CRITERION_MAX_INVALID"> => problemOf("CRITERION_MAX_INVALID", { criterion, shown, reason }, at);

export const criterionParentMaxMismatch = (
  criterion: CriterionCode,
  typed: Points,
  sum: Points,
  outside: Points,
  at?: CellRef,
): ProblemOf<"CRITERION_PARENT_MAX_MISMATCH"> =>
  problemOf("CRITERION_PARENT_MAX_MISMATCH", { criterion, typed, sum, outside }, at);

export const criterionKindMixed = (
  criterion: CriterionCode,
  kind: CriterionKind,
  parent: CriterionCode,
  parentKind: CriterionKind,
  at?: CellRef,
): ProblemOf<"CRITERION_KIND_MIXED"> =>
  problemOf("CRITERION_KIND_MIXED", { criterion, kind, parent, parentKind }, at);

/** Names every scored section with its maximum, so the officer sees which one is off. */
export const scoredMaxMismatch = (
  total: Points,
  expected: Points,
  sections: readonly { code: CriterionCode; max: Points }[],
): ProblemOf<"SCORED_MAX_MISMATCH"> =>
  problemOf("SCORED_MAX_MISMATCH", {
    total,
    expected,
    sections: sections.map((s) => ({ code: s.code, max: s.max })),
  });

// ── Department allocation ───────────────────────────────────────────────────

export const departmentCodeMissing = (name: string, at?: CellRef): ProblemOf<"DEPARTMENT_CODE_MISSING"> =>
  problemOf("DEPARTMENT_CODE_MISSING", { name }, at);

export const departmentDuplicate = (
  code: DepartmentCode,
  name: string,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_DUPLICATE"> =>
  problemOf("DEPARTMENT_DUPLICATE", { department: department(code, name) }, at);

export const allocationInvalid = (
  code: DepartmentCode,
  name: string,
  unitType: UnitType,
  shown: string,
  reason: InvalidReason | "negative" | "missing",
  at?: CellRef,
): ProblemOf<"ALLOCATION_INVALID"> =>
  problemOf("ALLOCATION_INVALID", { department: department(code, name), unitType, shown, reason }, at);

export const allocationTotalMismatch = (
  unitType: UnitType,
  total: Points,
  expected: Points,
): ProblemOf<"ALLOCATION_TOTAL_MISMATCH"> =>
  problemOf("ALLOCATION_TOTAL_MISMATCH", { unitType, total, expected });

// ── Classification bands ────────────────────────────────────────────────────

export const bandLabelMissing = (min: Points, at?: CellRef): ProblemOf<"BAND_LABEL_MISSING"> =>
  problemOf("BAND_LABEL_MISSING", { min }, at);

export const bandMinInvalid = (label: string, shown: string, at?: CellRef): ProblemOf<"BAND_MIN_INVALID"> =>
  problemOf("BAND_MIN_INVALID", { label, shown }, at);

export const bandShareInvalid = (
  label: string,
  shown: string,
  at?: CellRef,
): ProblemOf<"BAND_SHARE_INVALID"> => problemOf("BAND_SHARE_INVALID", { label, shown }, at);

export const bandDuplicate = (
  label: string,
  other: string,
  min: Points,
  at?: CellRef,
): ProblemOf<"BAND_DUPLICATE"> => problemOf("BAND_DUPLICATE", { label, other, min }, at);

export const bandsNoFloor = (lowest: Points): ProblemOf<"BANDS_NO_FLOOR"> =>
  problemOf("BANDS_NO_FLOOR", { lowest });

// ── Clusters ────────────────────────────────────────────────────────────────

export const clustersEmpty = (): ProblemOf<"CLUSTERS_EMPTY"> => problemOf("CLUSTERS_EMPTY", {});

export const clusterDuplicate = (cluster: string): ProblemOf<"CLUSTER_DUPLICATE"> =>
  problemOf("CLUSTER_DUPLICATE", { cluster });

export const clusterEmpty = (cluster: string): ProblemOf<"CLUSTER_EMPTY"> =>
  problemOf("CLUSTER_EMPTY", { cluster });

// ── Units ───────────────────────────────────────────────────────────────────

export const unitCodeMissing = (name: string, at?: CellRef): ProblemOf<"UNIT_CODE_MISSING"> =>
  problemOf("UNIT_CODE_MISSING", { name }, at);

export const unitDuplicate = (unit: UnitRef, at?: CellRef): ProblemOf<"UNIT_DUPLICATE"> =>
  problemOf("UNIT_DUPLICATE", { unit: unitRef(unit) }, at);

export const unitClusterMissing = (unit: UnitRef, at?: CellRef): ProblemOf<"UNIT_CLUSTER_MISSING"> =>
  problemOf("UNIT_CLUSTER_MISSING", { unit: unitRef(unit) }, at);

export const unitClusterUnknown = (
  unit: UnitRef,
  cluster: string,
  at?: CellRef,
): ProblemOf<"UNIT_CLUSTER_UNKNOWN"> =>
  problemOf("UNIT_CLUSTER_UNKNOWN", { unit: unitRef(unit), cluster }, at);

export const unitTypeInvalid = (unit: UnitRef, shown: string, at?: CellRef): ProblemOf<"UNIT_TYPE_INVALID"> =>
  problemOf("UNIT_TYPE_INVALID", { unit: unitRef(unit), shown }, at);

export const unitTypeMissing = (unit: UnitRef, at?: CellRef): ProblemOf<"UNIT_TYPE_MISSING"> =>
  problemOf("UNIT_TYPE_MISSING", { unit: unitRef(unit) }, at);

export const unitYesNoInvalid = (
  unit: UnitRef,
  fact: UnitFact,
  shown: string,
  at?: CellRef,
): ProblemOf<"UNIT_YES_NO_INVALID"> =>
  problemOf("UNIT_YES_NO_INVALID", { unit: unitRef(unit), fact, shown }, at);

export const unitFactMissing = (
  unit: UnitRef,
  fact: UnitFact,
  at?: CellRef,
): ProblemOf<"UNIT_FACT_MISSING"> => problemOf("UNIT_FACT_MISSING", { unit: unitRef(unit), fact }, at);

export const unitDateInvalid = (
  unit: UnitRef,
  report: ReportKind,
  shown: string,
  at?: CellRef,
): ProblemOf<"UNIT_DATE_INVALID"> =>
  problemOf("UNIT_DATE_INVALID", { unit: unitRef(unit), report, shown }, at);

export const unitDisciplineInvalid = (
  unit: UnitRef,
  shown: string,
  at?: CellRef,
): ProblemOf<"UNIT_DISCIPLINE_INVALID"> =>
  problemOf("UNIT_DISCIPLINE_INVALID", { unit: unitRef(unit), shown }, at);

export const unitIncomplete = (
  unit: UnitRef,
  missing: readonly CriterionCode[],
): ProblemOf<"UNIT_INCOMPLETE"> => problemOf("UNIT_INCOMPLETE", { unit: unitRef(unit), missing });

export const reportLate = (
  unit: UnitRef,
  report: ReportKind,
  days: number,
  deadline: CalendarDate,
  at?: CellRef,
): ProblemOf<"REPORT_LATE"> => problemOf("REPORT_LATE", { unit: unitRef(unit), report, days, deadline }, at);

/** A report not sent yet, not excluded because its deadline is still ahead on the summary's date. */
export const reportNotDue = (
  unit: UnitRef,
  report: ReportKind,
  deadline: CalendarDate,
  at?: CellRef,
): ProblemOf<"REPORT_NOT_DUE"> => problemOf("REPORT_NOT_DUE", { unit: unitRef(unit), report, deadline }, at);

/** A registration, pact or self-score file received after its deadline. */
export const submissionLate = (unit: UnitRef, late: SubmissionLate): ProblemOf<"SUBMISSION_LATE"> =>
  problemOf(
    "SUBMISSION_LATE",
    { unit: unitRef(unit), item: late.item, on: late.on, days: late.daysLate, deadline: late.deadline },
    late.at,
  );

// ── Rows of scores, department points and votes ─────────────────────────────

export const rowUnitMissing = (
  source: RowSource,
  rows: number,
  at?: CellRef,
): ProblemOf<"ROW_UNIT_MISSING"> => problemOf("ROW_UNIT_MISSING", { source, rows }, at);

export const unitUnknown = (
  unit: UnitRef,
  source: RowSource,
  rows: number,
  at?: CellRef,
): ProblemOf<"UNIT_UNKNOWN"> => problemOf("UNIT_UNKNOWN", { unit: { code: unit.code }, source, rows }, at);

export const scoreCriterionMissing = (unit: UnitRef, at?: CellRef): ProblemOf<"SCORE_CRITERION_MISSING"> =>
  problemOf("SCORE_CRITERION_MISSING", { unit: unitRef(unit) }, at);

/** One problem per criterion code, however many units' rows carry it. */
export const criterionUnknown = (
  criterion: CriterionCode,
  units: readonly UnitRef[],
  rows: number,
  at?: CellRef,
): ProblemOf<"CRITERION_UNKNOWN"> =>
  problemOf("CRITERION_UNKNOWN", { criterion, units: units.map(unitRef), rows }, at);

export const scoreOnParent = (
  criterion: CriterionCode,
  units: readonly UnitRef[],
  rows: number,
  at?: CellRef,
): ProblemOf<"SCORE_ON_PARENT"> =>
  problemOf("SCORE_ON_PARENT", { criterion, units: units.map(unitRef), rows }, at);

export const scoreDuplicate = (
  unit: UnitRef,
  criterion: CriterionCode,
  at?: CellRef,
): ProblemOf<"SCORE_DUPLICATE"> => problemOf("SCORE_DUPLICATE", { unit: unitRef(unit), criterion }, at);

export const scoreNotANumber = (
  unit: UnitRef | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  shown: string,
  reason: InvalidReason,
  at?: CellRef,
): ProblemOf<"SCORE_NOT_A_NUMBER"> =>
  problemOf("SCORE_NOT_A_NUMBER", { ...optionalUnit(unit), criterion, column, shown, reason }, at);

export const scoreNegative = (
  unit: UnitRef | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  value: Points,
  at?: CellRef,
): ProblemOf<"SCORE_NEGATIVE"> =>
  problemOf("SCORE_NEGATIVE", { ...optionalUnit(unit), criterion, column, value }, at);

export const scoreAboveMax = (
  unit: UnitRef | undefined,
  criterion: CriterionCode,
  column: ScoreColumn,
  value: Points,
  max: Points,
  kind: CriterionKind,
  at?: CellRef,
): ProblemOf<"SCORE_ABOVE_MAX"> =>
  problemOf("SCORE_ABOVE_MAX", { ...optionalUnit(unit), criterion, column, value, max, kind }, at);

// ── Departments' points ─────────────────────────────────────────────────────

export const departmentUnknown = (
  unit: UnitRef | undefined,
  typed: string,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_UNKNOWN"> =>
  problemOf("DEPARTMENT_UNKNOWN", { ...optionalUnit(unit), department: typed }, at);

export const departmentPointsNotANumber = (
  unit: UnitRef | undefined,
  code: DepartmentCode,
  name: string,
  shown: string,
  reason: InvalidReason,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_POINTS_NOT_A_NUMBER"> =>
  problemOf(
    "DEPARTMENT_POINTS_NOT_A_NUMBER",
    { ...optionalUnit(unit), department: department(code, name), shown, reason },
    at,
  );

export const departmentPointsNegative = (
  unit: UnitRef | undefined,
  code: DepartmentCode,
  name: string,
  value: Points,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_POINTS_NEGATIVE"> =>
  problemOf(
    "DEPARTMENT_POINTS_NEGATIVE",
    { ...optionalUnit(unit), department: department(code, name), value },
    at,
  );

export const departmentAboveAllocation = (
  unit: UnitRef | undefined,
  code: DepartmentCode,
  name: string,
  value: Points,
  allocation: Points,
  unitType: UnitType,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_ABOVE_ALLOCATION"> =>
  problemOf(
    "DEPARTMENT_ABOVE_ALLOCATION",
    { ...optionalUnit(unit), department: department(code, name), value, allocation, unitType },
    at,
  );

export const departmentPointsDuplicate = (
  unit: UnitRef | undefined,
  code: DepartmentCode,
  name: string,
  at?: CellRef,
): ProblemOf<"DEPARTMENT_POINTS_DUPLICATE"> =>
  problemOf("DEPARTMENT_POINTS_DUPLICATE", { ...optionalUnit(unit), department: department(code, name) }, at);

// ── Missing data ────────────────────────────────────────────────────────────

export const departmentPointsMissing = (
  unit: UnitRef,
  departments: readonly DepartmentRef[],
): ProblemOf<"DEPARTMENT_POINTS_MISSING"> =>
  problemOf("DEPARTMENT_POINTS_MISSING", { unit: unitRef(unit), departments });

export const unitNoScores = (unit: UnitRef): ProblemOf<"UNIT_NO_SCORES"> =>
  problemOf("UNIT_NO_SCORES", { unit: unitRef(unit) });

export const clusterNoScores = (cluster: {
  code: ClusterCode;
  name: string;
}): ProblemOf<"CLUSTER_NO_SCORES"> =>
  problemOf("CLUSTER_NO_SCORES", { cluster: { code: cluster.code, name: cluster.name } });

// ── Awards and classification ───────────────────────────────────────────────

export const awardBandUnknown = (
  award: Award,
  label: string,
  fallback: string,
): ProblemOf<"AWARD_BAND_UNKNOWN"> => problemOf("AWARD_BAND_UNKNOWN", { award, label, fallback });

export const awardClassificationBelow = (
  cluster: { code: ClusterCode; name: string },
  unit: UnitRef,
  award: Award,
  classification: string,
  required: string,
  takenBy: readonly UnitRef[],
  unconfirmed: boolean,
): ProblemOf<"AWARD_CLASSIFICATION_BELOW"> =>
  problemOf("AWARD_CLASSIFICATION_BELOW", {
    cluster: { code: cluster.code, name: cluster.name },
    unit: unitRef(unit),
    award,
    classification,
    required,
    takenBy: takenBy.map(unitRef),
    unconfirmed,
  });

// ── Votes and ties ──────────────────────────────────────────────────────────

/** `voters`: the cluster's number of voters, the most a count can be. */
export const voteInvalid = (
  unit: UnitRef,
  shown: string,
  reason: VoteCountReason,
  voters: number,
  at?: CellRef,
): ProblemOf<"VOTE_INVALID"> => problemOf("VOTE_INVALID", { unit: unitRef(unit), shown, reason, voters }, at);

export const voteDuplicate = (unit: UnitRef, at?: CellRef): ProblemOf<"VOTE_DUPLICATE"> =>
  problemOf("VOTE_DUPLICATE", { unit: unitRef(unit) }, at);

const clusterRef = (cluster: { code: ClusterCode; name: string }): ClusterRef => ({
  code: cluster.code,
  name: cluster.name,
});

export const tieNeedsVote = (
  cluster: { code: ClusterCode; name: string },
  award: Award,
  units: readonly UnitRef[],
  total: Points,
  places: number,
  votesGiven: boolean,
  voting: Voting,
): ProblemOf<"TIE_NEEDS_VOTE"> =>
  problemOf("TIE_NEEDS_VOTE", {
    cluster: clusterRef(cluster),
    award,
    units: units.map(unitRef),
    total,
    places,
    votesGiven,
    voting: { ...voting },
  });

/**
 * Equal totals at a quota boundary that the tie-break chain decided. `units` are the decision's
 * units, named as the unit list does (same order); `section` is the main section's code, for the
 * mainSection rule.
 */
export const tieBrokenByRule = (
  cluster: { code: ClusterCode; name: string },
  decision: TieBreakDecision,
  units: readonly UnitRef[],
  section?: CriterionCode,
): ProblemOf<"TIE_BROKEN_BY_RULE"> =>
  problemOf("TIE_BROKEN_BY_RULE", {
    cluster: clusterRef(cluster),
    award: decision.award,
    units: units.map(unitRef),
    ahead: decision.ahead,
    total: decision.total,
    rule: decision.decidedBy,
    values: decision.values,
    ...(section !== undefined && { section }),
  });
