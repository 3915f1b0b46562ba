/**
 * The block summary: checks everything the workbook holds, totals each unit, classifies, ranks per
 * cluster, applies the exclusion rules and proposes awards within each cluster's quota.
 *
 * A summary with errors is still computed as far as it can be (`blocked` tells the caller not to
 * issue it). Only valid cells count: an unreadable, negative or out-of-range score is reported and
 * leaves its criterion unscored, so the unit is incomplete and never proposed for an award.
 *
 * The result does not depend on the order of rows: units are listed by rank then code, problems
 * by unit, criterion and cell.
 *
 * Speed: a block of 5,000 units × 200 criteria is a million score rows. Codes are normalised once
 * per distinct spelling (Maps from the raw text), sums live in typed arrays indexed by unit and
 * criterion, and plain numeric cells take a path that allocates nothing.
 */
import {
  NO_ALLOCATION,
  DEFAULT_ALLOCATION,
  allocationTableFrom,
  allocationTotals,
  departmentFinder,
  departmentRowPoints,
} from "./allocation";
import { awardsForCluster, tieBreakValue, type AwardCandidate, type AwardOutcome } from "./awards";
import { holidaySet } from "./calendar";
import { classify } from "./classification";
import { criteriaTable, criterionKey, tidyCriterionCode } from "./criteria";
import { eligibilityOf, type EligibilityFacts, type EligibilityResult } from "./eligibility";
import type {
  AllocationEntry,
  AllocationTable,
  BlockInput,
  BlockSummary,
  CellRef,
  CellValue,
  ClusterDefinition,
  ClusterResult,
  CriteriaTable,
  CriterionCode,
  DisciplineLevel,
  Points,
  Problem,
  Rank,
  ReportSent,
  Sourced,
  UnitCode,
  TieBreakNote,
  UnitResult,
  UnitRow,
  UnitType,
} from "./model";
import { criterionCode, unitCode } from "./model";
import {
  NOT_GIVEN,
  parseDiscipline,
  parseReportCell,
  parseScore,
  parseUnitType,
  parseYesNo,
  pointsOrFlag,
} from "./numbers";
import * as problem from "./problems";
import { hasErrors, problemSubject } from "./diagnostics";
import type { UnitLabel } from "./problems";
import { rankingFromTotals } from "./ranking";
import { SCORE_NEGATIVE, checkScore, grandTotal, unitTotals } from "./totals";
import { normalizeKey, normalizeText } from "./text/normalize";
import { vietnameseCompare } from "./text/collation";

/** A checked unit from the unit list. It names itself in problems (it is a UnitLabel). */
interface UnitEntry extends UnitLabel {
  readonly code: UnitCode;
  readonly name: string;
  /** Comparison key of the code. */
  readonly key: string;
  /** Index in input.clusters, or -1 when it could not be placed. */
  readonly cluster: number;
  readonly type: UnitType;
  /** Shared by every unit with the same facts, so eligibility is worked out once per combination. */
  readonly facts: InternedFacts;
  readonly row: UnitRow;
}

/** A problem with what it is sorted by, so the list does not depend on row order. */
interface Placed {
  readonly unitKey: string;
  readonly criterion: number;
  readonly problem: Problem;
}

const KIND_SCORED = 0;
const KIND_BONUS = 1;
const KIND_DEDUCTION = 2;

/** Leaf slot states: nothing yet, counted, present but not counted (empty or invalid). */
const SLOT_COUNTED = 1;
const SLOT_UNCOUNTED = 2;

/** Sort position of a unit's summary problems, after those about single criteria. */
const AFTER_SCORES = Number.MAX_SAFE_INTEGER;

const UNKNOWN = -1;
const PARENT = -2;
const BLANK = -3;

/**
 * Summarises a block (one cluster or several).
 *
 * @example
 * const summary = summarizeBlock(input);
 * if (summary.blocked) showProblems(summary.problems.filter((p) => p.severity === "error"));
 * for (const c of summary.clusters) c.units.map((u) => [u.rank, u.name, u.total, u.award]);
 */
export function summarizeBlock(input: BlockInput): BlockSummary {
  const head: Problem[] = [];
  const placed: Placed[] = [];
  const place = (unitKey: string, criterion: number, p: Problem): void => {
    placed.push({ unitKey, criterion, problem: p });
  };

  // ── Criteria, allocation, clusters ───────────────────────────────────────
  const criteria = criteriaTable(input.criteria, input.config);
  head.push(...criteria.problems);
  const table = criteria.table;
  const allocation = allocationOf(input, head);
  const clusters = input.clusters;
  const clusterIndex = clusterIndexOf(clusters, head);

  // ── Units ───────────────────────────────────────────────────────────────
  const usesDepartments = allocation.entries.length > 0;
  const units: UnitEntry[] = [];
  const unitByKey = new Map<string, number>();
  const parsers: FactParsers = {
    unitType: remembered(parseUnitType),
    yesNo: remembered(parseYesNo),
    report: remembered(parseReportCell),
    discipline: remembered(parseDiscipline),
    facts: new FactsTable(),
  };
  for (const row of input.units) {
    const unit = unitEntryOf(row, clusters, clusterIndex, usesDepartments, unitByKey, parsers, place);
    if (unit === null) continue;
    unitByKey.set(unit.key, units.length);
    units.push(unit);
  }
  const unitCount = units.length;

  /** Raw unit text → unit index, or UNKNOWN / BLANK; normalised once per spelling. */
  const unitCache = new Map<CellValue, number>();
  // Score rows usually spell a code as the unit list does: those need no normalising at all.
  units.forEach((unit, u) => {
    if (!unitCache.has(unit.row.code.value)) unitCache.set(unit.row.code.value, u);
  });
  const resolveUnit = (raw: CellValue): number => {
    let found = unitCache.get(raw);
    if (found === undefined) {
      const key = normalizeKey(textOf(raw));
      found = key === "" ? BLANK : (unitByKey.get(key) ?? UNKNOWN);
      unitCache.set(raw, found);
    }
    return found;
  };
  const strays = new StrayRows();

  // ── Scores ──────────────────────────────────────────────────────────────
  const sums = scoreSums(input, table, units, resolveUnit, strays, place);

  // ── Departments' points ───────────────────────────────────────────────────
  const departments = new Float64Array(unitCount);
  if (input.departmentPoints.length > 0) {
    const find = departmentFinder(allocation);
    // Which departments already gave each unit points, as flags rather than a Set per unit.
    const entryIndex = new Map(allocation.entries.map((e, i) => [e, i] as const));
    const given = new Uint8Array(unitCount * allocation.entries.length);
    let offset = 0;
    const seen = {
      has: (e: AllocationEntry): boolean => given[offset + (entryIndex.get(e) as number)] === 1,
      add: (e: AllocationEntry): void => {
        given[offset + (entryIndex.get(e) as number)] = 1;
      },
    };
    const found: Problem[] = [];
    let lastRaw: CellValue | undefined;
    let u = UNKNOWN;
    for (const row of input.departmentPoints) {
      if (row.unit.value !== lastRaw) {
        lastRaw = row.unit.value;
        u = resolveUnit(lastRaw);
      }
      if (u < 0) {
        strays.add("departments", u, row.unit);
        continue;
      }
      const unit = units[u] as UnitEntry;
      offset = u * allocation.entries.length;
      const at = row.points.at ?? row.department.at;
      const department = textOf(row.department.value);
      departments[u]! += departmentRowPoints(
        find,
        department,
        row.points.value,
        at,
        unit.type,
        unit,
        seen,
        found,
      );
      if (found.length > 0) {
        for (const p of found) place(unit.key, -1, p);
        found.length = 0;
      }
    }
  }

  // ── Votes ───────────────────────────────────────────────────────────────
  const votes = votesOf(input, units, clusters, resolveUnit, strays, place);
  for (const p of strays.problems()) place(p.unitKey, -1, p.problem);

  // ── Each unit: completeness, eligibility, classification ────────────────
  // Kept in flat arrays until each unit's row is built once, per cluster: objects that lived
  // through the whole summary would all be promoted by the garbage collector.
  const scoredLeafCount = table.leaves.filter((l) => l.kind === "scored").length;
  const sectionCount = table.sections.length;
  const needShares = input.config.bands.some((b) => b.minSectionShare !== undefined);
  const mainSection = table.sections.findIndex((s) => s.kind === "scored");
  const tieBreakKeys = input.config.tieBreak;
  const grand = new Float64Array(unitCount);
  const complete = new Uint8Array(unitCount);
  const missingOf: (readonly CriterionCode[] | undefined)[] = [];
  const classificationOf: (string | null)[] = new Array<string | null>(unitCount).fill(null);
  const asOf = input.asOf === undefined ? {} : { asOf: input.asOf };
  const holidays = holidaySet(input.holidays);
  for (let u = 0; u < unitCount; u++) {
    const unit = units[u] as UnitEntry;
    const total = grandTotal(
      sums.table[u] as number,
      sums.bonus[u] as number,
      sums.deductions[u] as number,
      departments[u] as number,
    );
    grand[u] = total;
    const isComplete = sums.scoredCount[u] === scoredLeafCount;
    complete[u] = isComplete ? 1 : 0;
    if (!isComplete) {
      const missing = missingCriteria(table, sums.slots, u);
      missingOf[u] = missing;
      // After the unit's score problems, which explain most of what is missing.
      place(unit.key, AFTER_SCORES, problem.unitIncomplete(unit, missing));
    }

    const interned = unit.facts;
    interned.eligibility ??= eligibilityOf(interned.facts, input.deadlines, holidays, asOf);
    for (const late of interned.eligibility.late) {
      const at = late.report === "mid" ? unit.row.midReportDate.at : unit.row.endReportDate.at;
      place(unit.key, -1, problem.reportLate(unit, late.report, late.daysLate, late.deadline, at));
    }
    for (const pending of interned.eligibility.pending) {
      const at = pending.report === "mid" ? unit.row.midReportDate.at : unit.row.endReportDate.at;
      place(unit.key, -1, problem.reportNotDue(unit, pending.report, pending.deadline, at));
    }

    if (isComplete) {
      const shares = needShares ? sectionShares(table, sums.sections, u * sectionCount) : undefined;
      const label = classify(total, input.config.bands, shares);
      classificationOf[u] = label === "" ? null : label;
    }
  }

  // ── Per cluster: rank and awards ────────────────────────────────────────
  const members: number[][] = clusters.map(() => []);
  for (let u = 0; u < unitCount; u++) {
    const c = (units[u] as UnitEntry).cluster;
    if (c >= 0) (members[c] as number[]).push(u);
  }
  const tail: Problem[] = [];
  const results: ClusterResult[] = clusters.map((cluster, c) => {
    const inCluster = members[c] as number[];
    const n = inCluster.length;
    if (n === 0) tail.push(problem.clusterEmpty(cluster.name || cluster.code));
    const totals: Points[] = new Array<Points>(n);
    const awardTotals: (Points | null)[] = new Array<Points | null>(n);
    const candidates: AwardCandidate[] = new Array<AwardCandidate>(n);
    for (let i = 0; i < n; i++) {
      const u = inCluster[i] as number;
      const unit = units[u] as UnitEntry;
      const total = grand[u] as Points;
      const considered = (unit.facts.eligibility as EligibilityResult).considered;
      const isComplete = complete[u] === 1;
      const tieBreak: number[] = new Array<number>(tieBreakKeys.length);
      for (let k = 0; k < tieBreakKeys.length; k++) {
        const key = tieBreakKeys[k]!;
        const figure =
          key === "appraisedTotal"
            ? (sums.table[u] as number)
            : key === "mainSection"
              ? mainSection < 0
                ? 0
                : (sums.sections[u * sectionCount + mainSection] as number)
              : (sums.deductions[u] as number);
        tieBreak[k] = tieBreakValue(key, figure as Points);
      }
      totals[i] = total;
      awardTotals[i] = considered && isComplete ? total : null;
      candidates[i] = {
        unit: unit.code,
        total,
        considered,
        complete: isComplete,
        tieBreak,
        votes: votes[u] ?? null,
      };
    }
    const ranks = rankingFromTotals(totals);
    const awardRanks = rankingFromTotals(awardTotals);
    const outcome = awardsForCluster(cluster, candidates, input.config.voteRule, n, tieBreakKeys);
    const notes = tieBreakNotes(outcome, table.sections[mainSection]?.code);
    const clusterRows: UnitResult[] = new Array<UnitResult>(n);
    for (let i = 0; i < n; i++) {
      const u = inCluster[i] as number;
      const unit = units[u] as UnitEntry;
      const eligibility = unit.facts.eligibility as EligibilityResult;
      const t = unitTotals({
        self: sums.self[u] as number,
        table: sums.table[u] as number,
        bonus: sums.bonus[u] as number,
        deductions: sums.deductions[u] as number,
        departments: departments[u] as number,
        appraisedCount: sums.appraisedCount[u] as number,
      });
      clusterRows[i] = {
        code: unit.code,
        name: unit.name,
        cluster: cluster.code,
        type: unit.type,
        self: t.self,
        appraised: t.appraised,
        appraisalDifference: t.appraisalDifference,
        tableScore: t.tableScore,
        bonus: t.bonus,
        deductions: t.deductions,
        departments: t.departments,
        total: t.total,
        rank: ranks[i] ?? (1 as Rank),
        awardRank: awardRanks[i] ?? null,
        classification: classificationOf[u] ?? null,
        complete: complete[u] === 1,
        missing: missingOf[u] ?? NONE,
        considered: eligibility.considered,
        exclusions: eligibility.exclusions,
        award: outcome.awards.get(unit.code) ?? null,
        tieBreakNotes: notes.get(unit.code) ?? NO_NOTES,
      };
    }
    // Equal ranks read in Vietnamese name order (issue 6), the code settling equal names.
    clusterRows.sort(
      (a, b) => a.rank - b.rank || vietnameseCompare(a.name, b.name) || compareText(a.code, b.code),
    );
    for (const tie of outcome.ties) {
      if (tie.settled) continue;
      const tied = tie.units.map((code) => units[unitByKey.get(normalizeKey(code)) ?? -1] ?? { code });
      const votesGiven = tie.units.some(
        (code) => votes[unitByKey.get(normalizeKey(code)) ?? -1] !== undefined,
      );
      tail.push(problem.tieNeedsVote(cluster, tie.award, tied, tie.total, tie.places, votesGiven));
    }
    for (const decision of outcome.tieBreaks) {
      const tied = decision.units.map((code) => units[unitByKey.get(normalizeKey(code)) ?? -1] ?? { code });
      tail.push(problem.tieBrokenByRule(cluster, decision, tied, table.sections[mainSection]?.code));
    }
    return { cluster, units: clusterRows, ties: outcome.ties, tieBreaks: outcome.tieBreaks };
  });

  placed.sort(comparePlaced);
  const problems = [...head, ...placed.map((p) => p.problem), ...tail];
  return { clusters: results, problems, blocked: hasErrors(problems) };
}

const NONE: readonly CriterionCode[] = [];
const NO_NOTES: readonly TieBreakNote[] = [];

// ── Steps ───────────────────────────────────────────────────────────────────

/** The workbook's allocation table, else the seed's when the config gives the departments points. */
function allocationOf(input: BlockInput, problems: Problem[]): AllocationTable {
  let table: AllocationTable;
  if (input.departments.length > 0) {
    const own = allocationTableFrom(input.departments);
    problems.push(...own.problems);
    table = own.table;
  } else {
    table = input.config.departmentsMax > 0 ? DEFAULT_ALLOCATION : NO_ALLOCATION;
  }
  if (table.entries.length > 0) {
    const totals = allocationTotals(table);
    for (const type of ["direct", "coordinating"] as const) {
      if (totals[type] !== input.config.departmentsMax) {
        problems.push(problem.allocationTotalMismatch(type, totals[type], input.config.departmentsMax));
      }
    }
  }
  return table;
}

/** Cluster code and name keys → index. */
function clusterIndexOf(clusters: readonly ClusterDefinition[], problems: Problem[]): Map<string, number> {
  if (clusters.length === 0) problems.push(problem.clustersEmpty());
  const index = new Map<string, number>();
  clusters.forEach((cluster, i) => {
    const keys = [...new Set([normalizeKey(cluster.code), normalizeKey(cluster.name)])].filter(
      (k) => k !== "",
    );
    if (keys.some((k) => index.has(k))) problems.push(problem.clusterDuplicate(cluster.name || cluster.code));
    for (const k of keys) if (!index.has(k)) index.set(k, i);
  });
  return index;
}

interface FactParsers {
  readonly unitType: typeof parseUnitType;
  readonly yesNo: typeof parseYesNo;
  readonly report: typeof parseReportCell;
  readonly discipline: typeof parseDiscipline;
  readonly facts: FactsTable;
}

function unitEntryOf(
  row: UnitRow,
  clusters: readonly ClusterDefinition[],
  clusterIndex: Map<string, number>,
  usesDepartments: boolean,
  seen: ReadonlyMap<string, number>,
  parse: FactParsers,
  place: (unitKey: string, criterion: number, p: Problem) => void,
): UnitEntry | null {
  const codeText = normalizeText(textOf(row.code.value));
  const nameText = normalizeText(textOf(row.name.value));
  if (codeText === "") {
    place("", -1, problem.unitCodeMissing(nameText, row.code.at));
    return null;
  }
  const code = unitCode(codeText);
  const key = normalizeKey(codeText);
  const label: UnitLabel = { code, name: nameText === "" ? codeText : nameText };
  if (seen.has(key)) {
    place(key, -1, problem.unitDuplicate(label, row.code.at));
    return null;
  }

  const clusterText = textOf(row.cluster.value);
  let cluster = clusterIndex.get(clusterText) ?? -1;
  if (cluster < 0) {
    const shown = normalizeText(clusterText);
    if (shown === "") {
      if (clusters.length === 1) cluster = 0;
      else if (clusters.length > 1) place(key, -1, problem.unitClusterMissing(label, row.cluster.at));
    } else {
      cluster = clusterIndex.get(normalizeKey(shown)) ?? -1;
      if (cluster < 0) place(key, -1, problem.unitClusterUnknown(label, shown, row.cluster.at));
      // Remember the spelling: the next unit of this cluster skips normalisation.
      else clusterIndex.set(clusterText, cluster);
    }
  }

  let type: UnitType = "direct";
  const parsedType = parse.unitType(row.type.value);
  if (parsedType === "invalid") {
    place(key, -1, problem.unitTypeInvalid(label, shownOf(row.type.value), row.type.at));
  } else if (parsedType === null) {
    if (usesDepartments) place(key, -1, problem.unitTypeMissing(label, row.type.at));
  } else type = parsedType;

  const registered = yesNoFact(row.registered, "registered", parse, label, key, place);
  const pactSigned = yesNoFact(row.pactSigned, "pactSigned", parse, label, key, place);
  const midReport = reportFact(row.midReportDate, "mid", parse, label, key, place);
  const endReport = reportFact(row.endReportDate, "end", parse, label, key, place);
  let discipline = parse.discipline(row.leaderDiscipline.value);
  if (discipline === "invalid") {
    const shown = shownOf(row.leaderDiscipline.value);
    place(key, -1, problem.unitDisciplineInvalid(label, shown, row.leaderDiscipline.at));
    discipline = "none";
  }
  const facts = parse.facts.intern(registered, pactSigned, midReport, endReport, discipline);
  return { code, name: label.name ?? codeText, key, cluster, type, facts, row };
}

function yesNoFact(
  cell: Sourced,
  fact: "registered" | "pactSigned",
  parse: FactParsers,
  label: UnitLabel,
  key: string,
  place: (unitKey: string, criterion: number, p: Problem) => void,
): boolean | null {
  const parsed = parse.yesNo(cell.value);
  if (parsed === "invalid") {
    place(key, -1, problem.unitYesNoInvalid(label, fact, shownOf(cell.value), cell.at));
    return null;
  }
  if (parsed === null) place(key, -1, problem.unitFactMissing(label, fact, cell.at));
  return parsed;
}

function reportFact(
  cell: Sourced,
  report: "mid" | "end",
  parse: FactParsers,
  label: UnitLabel,
  key: string,
  place: (unitKey: string, criterion: number, p: Problem) => void,
): ReportSent {
  const parsed = parse.report(cell.value);
  if (parsed === "invalid") {
    place(key, -1, problem.unitDateInvalid(label, report, shownOf(cell.value), cell.at));
    return null;
  }
  return parsed;
}

/** Eligibility facts, one shared object per distinct combination, each with its eligibility. */
interface InternedFacts {
  readonly facts: EligibilityFacts;
  eligibility?: EligibilityResult;
}

class FactsTable {
  private readonly dates = new Map<string, number>();
  private readonly byKey = new Map<number, InternedFacts>();

  intern(
    registered: boolean | null,
    pactSigned: boolean | null,
    midReport: ReportSent,
    endReport: ReportSent,
    discipline: DisciplineLevel,
  ): InternedFacts {
    const three = (b: boolean | null): number => (b === null ? 0 : b ? 1 : 2);
    const small = (three(registered) * 3 + three(pactSigned)) * 8 + DISCIPLINES.indexOf(discipline);
    const key = (small * 1_000_003 + this.dateId(midReport)) * 1_000_003 + this.dateId(endReport);
    let found = this.byKey.get(key);
    if (found === undefined) {
      found = { facts: { registered, pactSigned, midReport, endReport, discipline } };
      this.byKey.set(key, found);
    }
    return found;
  }

  /** 0 = not sent, 1 = sent without a date, then one id per distinct date. */
  private dateId(d: ReportSent): number {
    if (d === null) return 0;
    if (d === "sent") return 1;
    const text = `${d.year}-${d.month}-${d.day}`;
    let id = this.dates.get(text);
    if (id === undefined) {
      id = this.dates.size + 2;
      this.dates.set(text, id);
    }
    return id;
  }
}

const DISCIPLINES: readonly DisciplineLevel[] = [
  "none",
  "reprimand",
  "warning",
  "demotion",
  "dismissal",
  "expulsion",
];

interface ScoreSums {
  /** Per unit: self scores of the scored leaves. */
  readonly self: Float64Array;
  /** Per unit: the counted (appraised, else self) scores of the scored leaves. */
  readonly table: Float64Array;
  readonly bonus: Float64Array;
  readonly deductions: Float64Array;
  readonly appraisedCount: Int32Array;
  /** Per unit: how many scored leaves have a counted score. */
  readonly scoredCount: Int32Array;
  /** Per unit × section: counted scores. */
  readonly sections: Float64Array;
  /** Per unit × leaf: SLOT_COUNTED, SLOT_UNCOUNTED or 0. */
  readonly slots: Uint8Array;
}

/** The hot loop: one pass over the score rows, no allocation for a plain numeric cell. */
function scoreSums(
  input: BlockInput,
  table: CriteriaTable,
  units: readonly UnitEntry[],
  resolveUnit: (raw: CellValue) => number,
  strays: StrayRows,
  place: (unitKey: string, criterion: number, p: Problem) => void,
): ScoreSums {
  const unitCount = units.length;
  const leafCount = table.leaves.length;
  const sectionCount = table.sections.length;
  const leafMax = new Float64Array(leafCount);
  const leafKind = new Uint8Array(leafCount);
  const leafSection = new Int32Array(leafCount);
  table.leaves.forEach((leaf, i) => {
    leafMax[i] = leaf.max;
    leafKind[i] = leaf.kind === "scored" ? KIND_SCORED : leaf.kind === "bonus" ? KIND_BONUS : KIND_DEDUCTION;
    leafSection[i] = leaf.sectionIndex;
  });
  const nodeByKey = new Map(table.nodes.map((n, i) => [n.key, i] as const));
  const criterionCache = new Map<CellValue, number>();
  const resolveCriterion = (raw: CellValue): number => {
    const key = criterionKey(textOf(raw));
    if (key === "") return BLANK;
    const node = table.nodes[nodeByKey.get(key) ?? -1];
    if (node === undefined) return UNKNOWN;
    return node.leafIndex >= 0 ? node.leafIndex : PARENT;
  };
  const oddCriteria = new OddCriteria();

  const sums: ScoreSums = {
    self: new Float64Array(unitCount),
    table: new Float64Array(unitCount),
    bonus: new Float64Array(unitCount),
    deductions: new Float64Array(unitCount),
    appraisedCount: new Int32Array(unitCount),
    scoredCount: new Int32Array(unitCount),
    sections: new Float64Array(unitCount * sectionCount),
    slots: new Uint8Array(unitCount * leafCount),
  };
  const {
    self: selfSum,
    table: tableSum,
    bonus,
    deductions,
    appraisedCount,
    scoredCount,
    sections,
    slots,
  } = sums;

  /** Reports a self or appraised cell that does not count; returns nothing. */
  const reportCell = (
    u: number,
    c: number,
    column: "self" | "appraised",
    cell: Sourced,
    points: number,
  ): void => {
    const unit = units[u] as UnitEntry;
    const leaf = table.leaves[c];
    if (leaf === undefined) return;
    if (Number.isNaN(points)) {
      const parsed = parseScore(cell.value);
      const shown = parsed.kind === "invalid" ? parsed.shown : shownOf(cell.value);
      const reason = parsed.kind === "invalid" ? parsed.reason : "text";
      place(unit.key, c, problem.scoreNotANumber(unit, leaf.code, column, shown, reason, cell.at));
      return;
    }
    const counted = leaf.kind === "deduction" && points < 0 ? -points : points;
    if (checkScore(counted, leaf.max) === SCORE_NEGATIVE) {
      place(unit.key, c, problem.scoreNegative(unit, leaf.code, column, points as Points, cell.at));
    } else {
      place(
        unit.key,
        c,
        problem.scoreAboveMax(unit, leaf.code, column, counted as Points, leaf.max, leaf.kind, cell.at),
      );
    }
  };

  // Local names: a bundler's CommonJS output reads imported bindings through getters, which
  // costs more than the rest of the loop.
  const readPoints = pointsOrFlag;
  const notGiven = NOT_GIVEN;
  const scores = input.scores;
  let lastUnitRaw: CellValue | undefined;
  let lastUnit = UNKNOWN;
  // Rows usually follow the table's order: guess the next leaf and confirm with the raw text.
  // Undefined until seen: no cell value equals it, not even a blank one.
  const leafRaw: (CellValue | undefined)[] = new Array<CellValue | undefined>(leafCount).fill(undefined);
  let lastLeaf = -1;
  for (let i = 0; i < scores.length; i++) {
    const row = scores[i]!;
    const unitRaw = row.unit.value;
    if (unitRaw !== lastUnitRaw) {
      lastUnit = resolveUnit(unitRaw);
      lastUnitRaw = unitRaw;
    }
    const u = lastUnit;
    if (u < 0) {
      strays.add("scores", u, row.unit);
      continue;
    }
    const criterionRaw = row.criterion.value;
    let c = lastLeaf + 1;
    if (c >= leafCount || criterionRaw !== leafRaw[c]) {
      let found = criterionCache.get(criterionRaw);
      if (found === undefined) {
        found = resolveCriterion(criterionRaw);
        criterionCache.set(criterionRaw, found);
      }
      c = found;
      if (c >= 0) leafRaw[c] = criterionRaw;
    }
    lastLeaf = c;
    if (c < 0) {
      const unit = units[u] as UnitEntry;
      if (c === BLANK) place(unit.key, -1, problem.scoreCriterionMissing(unit, row.criterion.at));
      else oddCriteria.add(c, textOf(criterionRaw), unit, row.criterion.at);
      continue;
    }
    const slot = u * leafCount + c;
    if (slots[slot] !== 0) {
      const unit = units[u] as UnitEntry;
      place(unit.key, c, problem.scoreDuplicate(unit, table.leaves[c]!.code, row.criterion.at));
      continue;
    }

    const max = leafMax[c]!;
    const kind = leafKind[c]!;
    // Self score: NOT_GIVEN, UNREADABLE (NaN) or points; `selfOk` when it may count.
    let self = readPoints(row.self.value);
    let selfOk = false;
    if (self !== notGiven) {
      if (kind === KIND_DEDUCTION && self < 0) self = -self;
      selfOk = self >= 0 && self <= max;
      if (!selfOk) reportCell(u, c, "self", row.self, pointsOrFlag(row.self.value));
    }
    let counted = notGiven;
    let countedOk = selfOk;
    let appraised = false;
    const appraisedCell = row.appraised.value;
    if (appraisedCell === null) {
      if (selfOk) counted = self;
    } else {
      let a = readPoints(appraisedCell);
      if (a !== notGiven) {
        if (kind === KIND_DEDUCTION && a < 0) a = -a;
        countedOk = a >= 0 && a <= max;
        if (countedOk) {
          counted = a;
          appraised = true;
        } else reportCell(u, c, "appraised", row.appraised, pointsOrFlag(appraisedCell));
      } else if (selfOk) counted = self;
    }
    if (!countedOk || counted === notGiven) {
      slots[slot] = SLOT_UNCOUNTED;
      continue;
    }
    slots[slot] = SLOT_COUNTED;
    if (appraised) appraisedCount[u]!++;
    if (kind === KIND_SCORED) {
      tableSum[u]! += counted;
      if (selfOk) selfSum[u]! += self;
      scoredCount[u]!++;
      sections[u * sectionCount + leafSection[c]!]! += counted;
    } else if (kind === KIND_BONUS) {
      bonus[u]! += counted;
    } else {
      deductions[u]! += counted;
    }
  }
  for (const p of oddCriteria.problems()) place(p.unitKey, p.criterion, p.problem);
  return sums;
}

/** Unknown and parent criterion codes in the scores, one problem per code. */
class OddCriteria {
  private readonly byKey = new Map<
    string,
    { kind: number; code: string; units: Map<string, UnitEntry>; rows: number; at?: CellRef }
  >();

  add(kind: number, raw: string, unit: UnitEntry, at: CellRef | undefined): void {
    const key = criterionKey(raw);
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      entry = { kind, code: tidyCriterionCode(raw), units: new Map(), rows: 0, at };
      this.byKey.set(key, entry);
    }
    entry.rows++;
    entry.units.set(unit.key, unit);
  }

  problems(): Placed[] {
    return [...this.byKey.values()].map((e) => {
      const units = [...e.units.values()].sort((a, b) => compareText(a.key, b.key));
      const code = criterionCode(e.code);
      const p =
        e.kind === PARENT
          ? problem.scoreOnParent(code, units, e.rows, e.at)
          : problem.criterionUnknown(code, units, e.rows, e.at);
      return {
        unitKey: units.length === 1 ? (units[0]?.key ?? "") : "",
        criterion: -1,
        problem: p,
      };
    });
  }
}

/** Rows whose unit is blank or not in the unit list, gathered into one problem per code and sheet. */
class StrayRows {
  private readonly blank = new Map<"scores" | "departments" | "votes", { rows: number; at?: CellRef }>();
  private readonly unknown = new Map<
    string,
    { source: "scores" | "departments" | "votes"; code: string; rows: number; at?: CellRef }
  >();

  add(source: "scores" | "departments" | "votes", kind: number, cell: Sourced<string>): void {
    if (kind === BLANK) {
      const entry = this.blank.get(source);
      if (entry === undefined) this.blank.set(source, { rows: 1, at: cell.at });
      else entry.rows++;
      return;
    }
    const code = normalizeText(textOf(cell.value));
    const key = `${source}\u0000${normalizeKey(code)}`;
    const entry = this.unknown.get(key);
    if (entry === undefined) this.unknown.set(key, { source, code, rows: 1, at: cell.at });
    else entry.rows++;
  }

  problems(): Placed[] {
    const out: Placed[] = [];
    for (const [source, e] of this.blank) {
      out.push({ unitKey: "", criterion: -1, problem: problem.rowUnitMissing(source, e.rows, e.at) });
    }
    for (const e of this.unknown.values()) {
      out.push({
        unitKey: normalizeKey(e.code),
        criterion: -1,
        problem: problem.unitUnknown({ code: unitCode(e.code) }, e.source, e.rows, e.at),
      });
    }
    return out;
  }
}

/** Vote counts per unit index; invalid or duplicate rows are reported. */
function votesOf(
  input: BlockInput,
  units: readonly UnitEntry[],
  clusters: readonly ClusterDefinition[],
  resolveUnit: (raw: CellValue) => number,
  strays: StrayRows,
  place: (unitKey: string, criterion: number, p: Problem) => void,
): (number | undefined)[] {
  const votes: (number | undefined)[] = [];
  if (input.votes.length === 0) return votes;
  const memberCount = new Array<number>(clusters.length).fill(0);
  for (const unit of units) if (unit.cluster >= 0) memberCount[unit.cluster]!++;
  const seen = new Set<number>();
  for (const row of input.votes) {
    const u = resolveUnit(row.unit.value);
    if (u < 0) {
      strays.add("votes", u, row.unit);
      continue;
    }
    const unit = units[u] as UnitEntry;
    const parsed = parseScore(row.votes.value);
    if (parsed.kind === "empty") continue;
    if (seen.has(u)) {
      place(unit.key, -1, problem.voteDuplicate(unit, row.votes.at));
      continue;
    }
    seen.add(u);
    const count = parsed.kind === "number" && parsed.points % 100 === 0 ? parsed.points / 100 : -1;
    const limit = unit.cluster >= 0 ? (memberCount[unit.cluster] as number) : Number.POSITIVE_INFINITY;
    if (count < 0 || count > limit) {
      place(unit.key, -1, problem.voteInvalid(unit, shownOf(row.votes.value), row.votes.at));
      continue;
    }
    votes[u] = count;
  }
  return votes;
}

/**
 * Each unit's notes where the tie-break chain placed it against units with the same total: what it
 * was compared with, by which rule, and the figures. A unit met at both boundaries gets both.
 */
function tieBreakNotes(
  outcome: AwardOutcome,
  section: CriterionCode | undefined,
): Map<UnitCode, TieBreakNote[]> {
  const notes = new Map<UnitCode, TieBreakNote[]>();
  for (const d of outcome.tieBreaks) {
    d.units.forEach((code, i) => {
      const ahead = i < d.ahead;
      const note: TieBreakNote = {
        award: d.award,
        ahead,
        total: d.total,
        rule: d.decidedBy,
        value: d.values[i]!,
        others: ahead ? d.units.slice(d.ahead) : d.units.slice(0, d.ahead),
        otherValues: ahead ? d.values.slice(d.ahead) : d.values.slice(0, d.ahead),
        ...(d.decidedBy === "mainSection" && section !== undefined && { section }),
      };
      notes.set(code, [...(notes.get(code) ?? []), note]);
    });
  }
  return notes;
}

/** Scored leaves without a counted score, in table order. */
function missingCriteria(table: CriteriaTable, slots: Uint8Array, u: number): CriterionCode[] {
  const leafCount = table.leaves.length;
  const missing: CriterionCode[] = [];
  for (let c = 0; c < leafCount; c++) {
    const leaf = table.leaves[c]!;
    if (leaf.kind === "scored" && slots[u * leafCount + c] !== SLOT_COUNTED) missing.push(leaf.code);
  }
  return missing;
}

/** Each scored section's share of its maximum (a section with maximum 0 counts as full). */
function sectionShares(table: CriteriaTable, sections: Float64Array, offset: number): number[] {
  const shares: number[] = [];
  table.sections.forEach((section, s) => {
    if (section.kind !== "scored") return;
    shares.push(section.max > 0 ? (sections[offset + s] as number) / section.max : 1);
  });
  return shares;
}

// ── Small helpers ────────────────────────────────────────────────────────────

/** Remembers a parser's answer for each distinct text (unit lists repeat "Có", dates, types). */
function remembered<T>(parse: (value: CellValue) => T): (value: CellValue) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (typeof value !== "string") return parse(value);
    if (seen.has(value)) return seen.get(value) as T;
    const result = parse(value);
    seen.set(value, result);
    return result;
  };
}

function textOf(value: CellValue | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return value === null || value === undefined ? "" : shownOf(value);
}

function shownOf(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") {
    return "error" in value
      ? value.error
      : `${String(value.day).padStart(2, "0")}/${String(value.month).padStart(2, "0")}/${value.year}`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** Code-point order: deterministic, independent of locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePlaced(a: Placed, b: Placed): number {
  return (
    compareText(a.unitKey, b.unitKey) ||
    a.criterion - b.criterion ||
    compareText(a.problem.code, b.problem.code) ||
    compareText(problemSubject(a.problem).department ?? "", problemSubject(b.problem).department ?? "") ||
    compareText(a.problem.at?.sheet ?? "", b.problem.at?.sheet ?? "") ||
    compareAddress(a.problem.at?.address ?? "", b.problem.at?.address ?? "") ||
    compareText(JSON.stringify(a.problem.params), JSON.stringify(b.problem.params))
  );
}

/** "B9" before "B10": column letters, then row number. */
function compareAddress(a: string, b: string): number {
  const pa = /^([A-Z]*)(\d*)$/i.exec(a);
  const pb = /^([A-Z]*)(\d*)$/i.exec(b);
  if (pa === null || pb === null) return compareText(a, b);
  const colA = pa[1] ?? "";
  const colB = pb[1] ?? "";
  return colA.length - colB.length || compareText(colA, colB) || Number(pa[2] ?? 0) - Number(pb[2] ?? 0);
}
