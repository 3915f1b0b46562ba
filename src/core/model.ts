/**
 * The shapes the core takes in and gives back. Every layer (workbook codec,
 * custom functions, pane, command) speaks these types; only the core gives them meaning.
 *
 * Points are integer hundredths of a point (8.5 points = 850), so sums are exact
 * integers and 0.1 + 0.2 is 30, shown as 0.3. Convert at the edges with
 * `pointsFromNumber` / `numberFromPoints` (decimal.ts).
 */

declare const brand: unique symbol;
/** A value of T that the type checker keeps apart from other T's with another tag. */
export type Brand<T, Tag extends string> = T & { readonly [brand]: Tag };

/** Integer hundredths of a point. */
export type Points = Brand<number, "Points">;
/** A competition rank, 1 = first. */
export type Rank = Brand<number, "Rank">;
export type UnitCode = Brand<string, "UnitCode">;
export type CriterionCode = Brand<string, "CriterionCode">;
export type DepartmentCode = Brand<string, "DepartmentCode">;
export type ClusterCode = Brand<string, "ClusterCode">;

// Brand constructors: a plain string becomes a code only where the caller says which kind it is.
export const unitCode = (code: string): UnitCode => code as UnitCode;
export const criterionCode = (code: string): CriterionCode => code as CriterionCode;
export const departmentCode = (code: string): DepartmentCode => code as DepartmentCode;
export const clusterCode = (code: string): ClusterCode => code as ClusterCode;

/** A calendar date without time or zone, as the workbook means it. */
export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/**
 * Where a value came from, so a message can name the sheet and cell. Positions are numbers; the
 * address a user reads ("E12") is made where it is shown (the wording layer, the shells).
 */
export interface CellRef {
  readonly sheet: string;
  /** Row, 0-based (row 12 on screen is 11). */
  readonly row: number;
  /** Column, 0-based ("A" is 0, "E" is 4). */
  readonly col: number;
}

/** An Excel error value read from a cell (#REF!, #DIV/0! …). */
export interface CellError {
  readonly error: string;
}

/** What a cell can hold once an adapter has read it. Dates arrive as CalendarDate. */
export type CellValue = string | number | boolean | CalendarDate | CellError | null;

/** A raw cell value with its origin. */
export interface Sourced<T = CellValue> {
  readonly value: T;
  readonly at?: CellRef;
}

// ── Criteria ────────────────────────────────────────────────────────────────

export type CriterionKind = "scored" | "bonus" | "deduction";

/** One row of the criteria table as the user typed it (maxima still raw). */
export interface CriterionRow {
  /** "I", "I.1", "I.1.a" … the parent is found by dropping the last segment. */
  readonly code: Sourced<string>;
  readonly text: string;
  readonly max: Sourced;
  readonly kind: CriterionKind;
}

/** A criterion of the checked table (section, criterion or sub-criterion). */
export interface CriterionNode {
  /** Tidied code as shown: "I.1.a" (spaces around dots and a trailing dot removed). */
  readonly code: CriterionCode;
  /** Comparison key (normalizeKey of the code). */
  readonly key: string;
  readonly text: string;
  /** A leaf's own maximum; a parent's is the sum of its children. */
  readonly max: Points;
  readonly kind: CriterionKind;
  readonly parent: CriterionCode | null;
  /** 0 for a section. */
  readonly depth: number;
  /** Index in `leaves`, or -1 for a parent. */
  readonly leafIndex: number;
  readonly at?: CellRef;
}

/** A criterion that is scored directly (it has no children). */
export interface CriterionLeaf {
  readonly code: CriterionCode;
  readonly key: string;
  readonly text: string;
  readonly max: Points;
  readonly kind: CriterionKind;
  /** The top-level section it belongs to. */
  readonly section: CriterionCode;
  /** Index in `sections`. */
  readonly sectionIndex: number;
  readonly at?: CellRef;
}

export interface CriteriaSection {
  readonly code: CriterionCode;
  readonly text: string;
  readonly max: Points;
  readonly kind: CriterionKind;
  /** Indices in `leaves`. */
  readonly leaves: readonly number[];
}

/** The checked criteria tree, in table order (each parent before its children). */
export interface CriteriaTable {
  readonly nodes: readonly CriterionNode[];
  readonly leaves: readonly CriterionLeaf[];
  readonly sections: readonly CriteriaSection[];
  /** Sum of the scored leaves' maxima: must equal config.selfScoreMax. */
  readonly scoredMax: Points;
  readonly bonusMax: Points;
  readonly deductionMax: Points;
  /** A pure hash of codes, order, maxima and kinds: tells whether a returned unit file used this table. */
  readonly fingerprint: string;
}

// ── Units and their facts ─────────────────────────────────────────────────

export type UnitType = "direct" | "coordinating";

/** Discipline of a key leader, in rising severity (seed 001 §IV.3). */
export type DisciplineLevel = "none" | "reprimand" | "warning" | "demotion" | "dismissal" | "expulsion";

/**
 * What the unit list says of a report: the day it was sent; "sent" when it says only that it was
 * sent ("Có", "x", "Đã gửi"), so no lateness can be worked out; null when it was not sent or the
 * cell is empty.
 */
export type ReportSent = CalendarDate | "sent" | null;

export interface UnitRow {
  readonly code: Sourced<string>;
  readonly name: Sourced<string>;
  readonly cluster: Sourced<string>;
  readonly type: Sourced;
  /** Registered (đăng ký thi đua). */
  readonly registered: Sourced;
  /** Signed the pact (ký giao ước). */
  readonly pactSigned: Sourced;
  /** The day the mid-period report was sent, or a yes/no (see ReportSent). */
  readonly midReportDate: Sourced;
  /** The day the end-of-period report was sent, or a yes/no (see ReportSent). */
  readonly endReportDate: Sourced;
  readonly leaderDiscipline: Sourced;
}

/** One unit's scores for one criterion. */
export interface ScoreRow {
  readonly unit: Sourced<string>;
  readonly criterion: Sourced<string>;
  readonly self: Sourced;
  readonly appraised: Sourced;
}

export interface DepartmentRow {
  readonly code: Sourced<string>;
  readonly name: string;
  readonly direct: Sourced;
  readonly coordinating: Sourced;
  /** The standing committee's share is a bonus, not a department's score. */
  readonly isBonus?: boolean;
}

/** One department's allocation (seed 001 §III.2), checked. */
export interface AllocationEntry {
  readonly code: DepartmentCode;
  readonly name: string;
  /** Maximum for a directly managed unit (đơn vị trực tiếp). */
  readonly direct: Points;
  /** Maximum for a coordinating unit (đơn vị phối hợp); 0 = this department does not score it. */
  readonly coordinating: Points;
  readonly isBonus: boolean;
  /** Comparison keys the department is found by: its code, its name and any usual short names. */
  readonly keys: readonly string[];
}

export interface AllocationTable {
  readonly entries: readonly AllocationEntry[];
}

export interface DepartmentPointsRow {
  readonly unit: Sourced<string>;
  readonly department: Sourced<string>;
  readonly points: Sourced;
}

export interface VoteRow {
  readonly unit: Sourced<string>;
  readonly votes: Sourced;
}

// ── Configuration (all of it is workbook data; presets fill defaults) ───────

export interface ClassificationBand {
  /** The band's name as the workbook writes it, e.g. "Hoàn thành xuất sắc nhiệm vụ". */
  readonly label: string;
  /** Lowest total (inclusive) in points. */
  readonly minTotal: Points;
  /** Optional: every section must reach at least this share (0–1) of its maximum. */
  readonly minSectionShare?: number;
  /** True for a default no federation has confirmed: shown "to be checked" beside it. */
  readonly unconfirmed?: boolean;
}

export type TieBreakKey = "appraisedTotal" | "mainSection" | "fewerDeductions";

/**
 * What the vote threshold is a share of (DOMAIN.md: "more than half of the member units by default;
 * some councils use 80 % or 90 % of those voting"): the cluster's member units (tổng số thành viên),
 * or the valid ballots of those voting at the meeting (số phiếu hợp lệ, «Họp bình xét»).
 */
export type VoteBasis = "members" | "validVotes";

export interface VoteRule {
  /** A vote settles a tie when the winner has more than this share of the basis (0.5 = more than half). */
  readonly passShare: number;
  /** Absent: "members" (the rule of workbooks made before the basis was a setting). */
  readonly basis?: VoteBasis;
}

export interface Quota {
  readonly leading: number;
  readonly excellent: number;
}

export interface ClusterDefinition {
  readonly code: ClusterCode;
  readonly name: string;
  readonly quota: Quota;
  /** The block (khối thi đua) the cluster belongs to, where the federation groups clusters. */
  readonly block?: string;
}

export interface Deadlines {
  readonly registration?: CalendarDate;
  readonly pact?: CalendarDate;
  readonly midReport?: CalendarDate;
  readonly endReport?: CalendarDate;
  /** The self-score table; absent: with the year report (seed 000: "báo cáo năm và bảng tự chấm điểm … trước ngày 20/10"). */
  readonly selfScore?: CalendarDate;
  readonly summaryMeeting?: CalendarDate;
  /** e.g. 10 working days before the summary meeting (seed 001). */
  readonly draftWorkingDaysBeforeMeeting?: number;
  /** The cluster's result to the federation (seed 002: before 01/11). */
  readonly resultsToFederation?: CalendarDate;
}

export interface ScoringConfig {
  /** The self-scored table's maximum (90 in Kon Tum, 100 elsewhere). */
  readonly selfScoreMax: Points;
  /** The departments' share (10 in Kon Tum, 0 where there is none). */
  readonly departmentsMax: Points;
  readonly bands: readonly ClassificationBand[];
  readonly tieBreak: readonly TieBreakKey[];
  readonly voteRule: VoteRule;
  /**
   * The lowest classification band (its label) a unit needs for each award; absent: the top band
   * (DOMAIN.md: "an award needs the right classification", default the top band, to be checked).
   */
  readonly awardMinBand?: Partial<Readonly<Record<"leading" | "excellent", string>>>;
}

export interface Period {
  readonly label: string;
  readonly kind: "calendar-year" | "school-year";
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Everything the core needs to summarize a block (one or more clusters). */
export interface BlockInput {
  readonly name: string;
  readonly period: Period;
  readonly config: ScoringConfig;
  readonly clusters: readonly ClusterDefinition[];
  readonly criteria: readonly CriterionRow[];
  readonly units: readonly UnitRow[];
  readonly scores: readonly ScoreRow[];
  readonly departments: readonly DepartmentRow[];
  readonly departmentPoints: readonly DepartmentPointsRow[];
  readonly deadlines: Deadlines;
  readonly holidays: readonly CalendarDate[];
  readonly votes: readonly VoteRow[];
  /**
   * The entries of «Đăng ký và nộp» (core/submissions.ts), when the workbook has the sheet: an item
   * with an entry is read from them, the others from the unit list. Absent in older workbooks.
   */
  readonly submissions?: readonly SubmissionEntry[];
  /**
   * The valid ballots counted at the deliberation meeting («Họp bình xét»), the threshold's base
   * when the vote rule's basis is "validVotes" (null: not entered yet). Read only for that basis, so a
   * workbook voting on its members keeps its data stamp when the meeting is recorded.
   */
  readonly validBallots?: number | null;
  /**
   * The day the summary is drawn up (a draft before the deadlines). A report not sent yet whose
   * deadline has not passed by then is a warning, not an exclusion. Absent: every unsent report
   * excludes the unit.
   */
  readonly asOf?: CalendarDate;
}

// ── Diagnostics ─────────────────────────────────────────────────────────────

import type { DepartmentRef, Problem } from "./diagnostics";
import type { SubmissionEntry } from "./submissions";
export type { Problem, Severity } from "./diagnostics";

// ── Results ─────────────────────────────────────────────────────────────────

export type Award = "leading" | "excellent";

/**
 * Why a unit is not considered (seed 001 §IV.3), as data: the renderers word the reason.
 * - discipline: a key leader disciplined at `level` (reprimand or above);
 * - not-registered: it did not register or sign the pact (`null` = the cell was left empty);
 * - no-report: the reports not sent (`mid`, `end`: true for each one missing).
 */
export type Exclusion =
  | { readonly rule: "discipline"; readonly level: Exclude<DisciplineLevel, "none"> }
  | {
      readonly rule: "not-registered";
      readonly registered: boolean | null;
      readonly pactSigned: boolean | null;
    }
  | { readonly rule: "no-report"; readonly mid: boolean; readonly end: boolean };

/**
 * Where the cluster's tie-break chain placed a unit against units with the same total, at the
 * boundary of an award's places: the rule, the unit's figure and those of the units on the other side.
 */
export interface TieBreakNote {
  readonly award: Award;
  /** True for a unit placed inside the award's places. */
  readonly ahead: boolean;
  readonly total: Points;
  readonly rule: TieBreakKey;
  /** The unit's own figure for the rule (fewerDeductions: the points deducted). */
  readonly value: Points;
  /** The units on the other side of the boundary, with their figures, in the same order. */
  readonly others: readonly UnitCode[];
  readonly otherValues: readonly Points[];
  /** The main section's code, where the mainSection rule decided. */
  readonly section?: CriterionCode;
}

export interface UnitResult {
  readonly code: UnitCode;
  readonly name: string;
  readonly cluster: ClusterCode;
  readonly type: UnitType;
  readonly self: Points;
  /** Null where no criterion was appraised. */
  readonly appraised: Points | null;
  /** appraised − self over the appraised criteria (kept, never hidden). */
  readonly appraisalDifference: Points;
  /** The table's score after appraisal (appraised where present, else self). */
  readonly tableScore: Points;
  readonly bonus: Points;
  readonly deductions: Points;
  readonly departments: Points;
  readonly total: Points;
  /** Competition rank by total within the cluster, every unit included. */
  readonly rank: Rank;
  /** Rank among considered units only; null for excluded units. */
  readonly awardRank: Rank | null;
  readonly classification: string | null;
  /** False while a criterion is not scored or a department's points are missing: never counted as 0. */
  readonly complete: boolean;
  readonly missing: readonly CriterionCode[];
  /** Departments that owe the unit points and gave none (absent or empty: none). */
  readonly missingDepartments?: readonly DepartmentRef[];
  /** True for a unit that has no score at all (it sent nothing yet). */
  readonly noScores?: boolean;
  readonly considered: boolean;
  readonly exclusions: readonly Exclusion[];
  readonly award: Award | null;
  /**
   * Where the cluster's tie-break chain placed the unit against units with the same total (one per
   * boundary it was met at); empty otherwise.
   */
  readonly tieBreakNotes: readonly TieBreakNote[];
  /** Awards the unit's total reached but its classification did not (absent or empty: none). */
  readonly passedOver?: readonly PassedOver[];
}

/**
 * A unit passed over for an award because its classification is below the band the award needs:
 * the band it has, the band needed, and the units that took the place instead (lower totals; empty
 * where no unit qualified and the place stays empty).
 */
export interface PassedOver {
  readonly award: Award;
  readonly classification: string;
  readonly required: string;
  readonly takenBy: readonly UnitCode[];
  /** True where the required band is a default or an unconfirmed band: to be checked (kiểm tra lại). */
  readonly unconfirmed: boolean;
}

/** Equal totals straddling a quota boundary: the cluster votes. */
export interface Tie {
  readonly cluster: ClusterCode;
  readonly award: Award;
  /** Places left for this award among the tied units. */
  readonly places: number;
  readonly units: readonly UnitCode[];
  readonly total: Points;
  /** True when the given votes settled it (then the units' awards are set). */
  readonly settled: boolean;
}

/**
 * Equal totals straddling a quota boundary that the cluster's tie-break chain told apart, rather
 * than a vote: the result says who was placed above whom, by which rule, with each unit's figure.
 */
export interface TieBreakDecision {
  readonly cluster: ClusterCode;
  /** The award whose places the tied units competed for. */
  readonly award: Award;
  /**
   * The tied units this rule told apart, in the order the chain put them (they agree on every
   * earlier rule of the chain).
   */
  readonly units: readonly UnitCode[];
  /** How many of `units`, from the first, the rule placed above the others. */
  readonly ahead: number;
  readonly total: Points;
  /** The rule of the chain that decided. */
  readonly decidedBy: TieBreakKey;
  /**
   * Each unit's figure for that rule, in the order of `units` (fewerDeductions: the points
   * deducted); every unit ahead has a better figure than every unit below.
   */
  readonly values: readonly Points[];
}

/** The cluster's vote: who votes, what the threshold is a share of, and how many votes a winner needs. */
export interface Voting {
  /** The most votes a unit can have: the valid ballots where they are the basis and known, else the member units. */
  readonly voters: number;
  /**
   * The fewest votes that pass the cluster's threshold (more than passShare × base); null while the
   * base is unknown (the basis is the valid ballots and none are entered yet): never guessed.
   */
  readonly needed: number | null;
  /** The cluster's threshold: a winner needs more than this share of the base. */
  readonly passShare: number;
  readonly basis: VoteBasis;
  /** The cluster's member units (one vote each). */
  readonly members: number;
  /** The threshold's base: the member units, or the valid ballots (null: not entered yet). */
  readonly base: number | null;
}

export interface ClusterResult {
  readonly cluster: ClusterDefinition;
  /**
   * The cluster's vote, for settling its ties (the pane shows it beside the vote entry). Always set
   * by the core; optional so results built elsewhere (tests, older callers) stay valid.
   */
  readonly voting?: Voting;
  /**
   * True while some unit's data is missing (a score, a department's points, a unit that sent
   * nothing): the ranks and the proposal are provisional, not final. Absent: false.
   */
  readonly provisional?: boolean;
  readonly units: readonly UnitResult[];
  readonly ties: readonly Tie[];
  /** Where the tie-break chain decided an award between equal totals, in the order the boundaries were met. */
  readonly tieBreaks: readonly TieBreakDecision[];
}

export interface BlockSummary {
  readonly clusters: readonly ClusterResult[];
  readonly problems: readonly Problem[];
  /** True when any problem is an error: the summary must not be generated. */
  readonly blocked: boolean;
}
