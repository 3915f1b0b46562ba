/**
 * Each unit's score sums over the criteria table, in one pass over the score rows: the self and
 * counted (appraised, else self) sums of the scored criteria, bonus and deductions, per section, and
 * which criteria have a counted score — from which a unit is complete or not. What one row counts for
 * is the score rule's (score.ts); problems name each row that does not count.
 *
 * Speed: a block of 5,000 units × 200 criteria is a million score rows. Criterion codes are
 * normalised once per distinct spelling, sums live in typed arrays indexed by unit and criterion, and
 * plain numeric cells take a path that allocates nothing.
 */
import { cellText } from "./cell-text";
import { criteriaTable, criterionKey, tidyCriterionCode } from "./criteria";
import type { BlockInput, CellRef, CellValue, CriteriaTable, CriterionCode, Sourced } from "./model";
import { criterionCode } from "./model";
import { NOT_GIVEN } from "./numbers";
import { ProblemList, compareText } from "./problem-order";
import * as problem from "./problems";
import { INVALID_SCORE, countedOrFlag, scoreVerdict } from "./score";
import { clusterIndexOf, unitListOf, type UnitEntry, type UnitList } from "./unit-list";

const KIND_SCORED = 0;
const KIND_BONUS = 1;
const KIND_DEDUCTION = 2;

/** Leaf slot states: nothing yet, counted, present but empty, present but invalid. */
const SLOT_COUNTED = 1;
const SLOT_UNCOUNTED = 2;
/** A score was given but is invalid (above the maximum, not a number …): its own error says so, not "unscored". */
const SLOT_INVALID = 3;

/** resolveCriterion's answers for a code that is no leaf. */
const UNKNOWN = -1;
const PARENT = -2;
const BLANK = -3;

export interface ScoreSums {
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

/**
 * Sums every unit's score rows. Rows of units not in the list go to `list.strays`; problems for
 * unreadable, negative, above-maximum or duplicate scores and unknown criteria go to `problems`.
 */
export function scoreSums(
  input: BlockInput,
  table: CriteriaTable,
  list: UnitList,
  problems: ProblemList,
): ScoreSums {
  const { units, resolveUnit, strays } = list;
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
    const key = criterionKey(cellText(raw));
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

  /** Reports a self or appraised cell that does not count, with the score rule's reason. */
  const reportCell = (u: number, c: number, column: "self" | "appraised", cell: Sourced): void => {
    const unit = units[u]!;
    const leaf = table.leaves[c];
    if (leaf === undefined) return;
    const verdict = scoreVerdict(cell.value, leaf);
    if (verdict.kind === "unreadable") {
      problems.place(
        unit.key,
        c,
        problem.scoreNotANumber(unit, leaf.code, column, verdict.shown, verdict.reason, cell.at),
      );
    } else if (verdict.kind === "negative") {
      problems.place(unit.key, c, problem.scoreNegative(unit, leaf.code, column, verdict.value, cell.at));
    } else if (verdict.kind === "above-max") {
      problems.place(
        unit.key,
        c,
        problem.scoreAboveMax(unit, leaf.code, column, verdict.value, verdict.max, leaf.kind, cell.at),
      );
    }
  };

  // Local names: a bundler's CommonJS output reads imported bindings through getters, which
  // costs more than the rest of the loop.
  const counted = countedOrFlag;
  const notGiven = NOT_GIVEN;
  const invalid = INVALID_SCORE;
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
      const unit = units[u]!;
      if (c === BLANK) problems.place(unit.key, -1, problem.scoreCriterionMissing(unit, row.criterion.at));
      else oddCriteria.add(c, cellText(criterionRaw), unit, row.criterion.at);
      continue;
    }
    const slot = u * leafCount + c;
    if (slots[slot] !== 0) {
      const unit = units[u]!;
      problems.place(unit.key, c, problem.scoreDuplicate(unit, table.leaves[c]!.code, row.criterion.at));
      continue;
    }

    const max = leafMax[c]!;
    const kind = leafKind[c]!;
    const isDeduction = kind === KIND_DEDUCTION;
    // The score rule (score.ts): the appraised score where given replaces the self score.
    const self = counted(row.self.value, isDeduction, max);
    if (self === invalid) reportCell(u, c, "self", row.self);
    let points = self === invalid ? notGiven : self;
    let appraised = false;
    const a = row.appraised.value === null ? notGiven : counted(row.appraised.value, isDeduction, max);
    if (a !== notGiven) {
      if (a === invalid) {
        reportCell(u, c, "appraised", row.appraised);
        points = notGiven;
      } else {
        points = a;
        appraised = true;
      }
    }
    if (points === notGiven) {
      slots[slot] = self === invalid || a === invalid ? SLOT_INVALID : SLOT_UNCOUNTED;
      continue;
    }
    slots[slot] = SLOT_COUNTED;
    if (appraised) appraisedCount[u]!++;
    if (kind === KIND_SCORED) {
      tableSum[u]! += points;
      if (self !== invalid && self !== notGiven) selfSum[u]! += self;
      scoredCount[u]!++;
      sections[u * sectionCount + leafSection[c]!]! += points;
    } else if (kind === KIND_BONUS) {
      bonus[u]! += points;
    } else {
      deductions[u]! += points;
    }
  }
  oddCriteria.report(problems);
  return sums;
}

/**
 * Scored leaves without a counted score, in table order. `withInvalid` false leaves out those whose
 * score was given but is invalid (above the maximum, not a number …): each is its own error, so the
 * "not scored yet" warning does not name them again.
 */
export function missingCriteria(
  table: CriteriaTable,
  sums: ScoreSums,
  u: number,
  withInvalid = true,
): CriterionCode[] {
  const leafCount = table.leaves.length;
  const missing: CriterionCode[] = [];
  for (let c = 0; c < leafCount; c++) {
    const leaf = table.leaves[c]!;
    const slot = sums.slots[u * leafCount + c];
    if (leaf.kind === "scored" && slot !== SLOT_COUNTED && (withInvalid || slot !== SLOT_INVALID))
      missing.push(leaf.code);
  }
  return missing;
}

/** How many of the table's leaves are scored criteria: a unit with that many counted is complete. */
export function scoredLeafCount(table: CriteriaTable): number {
  return table.leaves.filter((l) => l.kind === "scored").length;
}

/** Each scored section's share of its maximum (a section with maximum 0 counts as full). */
export function sectionShares(table: CriteriaTable, sums: ScoreSums, u: number): number[] {
  const offset = u * table.sections.length;
  const shares: number[] = [];
  table.sections.forEach((section, s) => {
    if (section.kind !== "scored") return;
    shares.push(section.max > 0 ? sums.sections[offset + s]! / section.max : 1);
  });
  return shares;
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

  report(problems: ProblemList): void {
    for (const e of this.byKey.values()) {
      const units = [...e.units.values()].sort((a, b) => compareText(a.key, b.key));
      const code = criterionCode(e.code);
      const p =
        e.kind === PARENT
          ? problem.scoreOnParent(code, units, e.rows, e.at)
          : problem.criterionUnknown(code, units, e.rows, e.at);
      problems.place(units.length === 1 ? (units[0]?.key ?? "") : "", -1, p);
    }
  }
}

/** A unit's completeness as the summary judges it: its scored criteria with a counted score, of all. */
export interface UnitCompleteness {
  readonly scored: number;
  readonly total: number;
  /** The scored criteria without a counted score, in table order. */
  readonly missing: readonly CriterionCode[];
}

/**
 * Each unit's completeness by the score rule, keyed by the unit code's comparison key: what the
 * summary calls complete (every scored criterion counted; bonus and deduction rows left empty mean
 * none), for views that follow the scoring without summarising (the units' progress).
 *
 * @example completenessOf(input).get("dv01") // { scored: 11, total: 11, missing: [] }
 */
export function completenessOf(input: BlockInput): Map<string, UnitCompleteness> {
  const problems = new ProblemList();
  const { table } = criteriaTable(input.criteria, input.config);
  const list = unitListOf(input, clusterIndexOf(input.clusters, problems), false, problems);
  const sums = scoreSums(input, table, list, problems);
  const total = scoredLeafCount(table);
  const out = new Map<string, UnitCompleteness>();
  list.units.forEach((unit, u) => {
    out.set(unit.key, { scored: sums.scoredCount[u]!, total, missing: missingCriteria(table, sums, u) });
  });
  return out;
}
