/**
 * The unit list, checked: each unit's code, name, cluster, type and eligibility facts, read once;
 * problems for rows that cannot stand (no code, a duplicate, an unknown cluster, an unreadable fact);
 * and the resolution of the unit named by a row of scores, departments' points or votes, which the
 * summary does for a million rows (one normalisation per distinct spelling). Rows naming no unit, or
 * one the list lacks, are gathered into one problem per code and sheet (StrayRows).
 */
import { cellText } from "./cell-text";
import type { EligibilityFacts, EligibilityResult } from "./eligibility";
import type {
  BlockInput,
  CellRef,
  CellValue,
  ClusterDefinition,
  DisciplineLevel,
  Problem,
  ReportSent,
  Sourced,
  UnitCode,
  UnitRow,
  UnitType,
} from "./model";
import { unitCode } from "./model";
import { parseDiscipline, parseReportCell, parseUnitType, parseYesNo } from "./numbers";
import { ProblemList } from "./problem-order";
import * as problem from "./problems";
import type { UnitLabel } from "./problems";
import type { RowSource, UnitFact } from "./diagnostics";
import { isBlankCell } from "./cell-text";
import { normalizeKey, normalizeText } from "./text/normalize";
import {
  submissionFacts,
  type SubmissionFact,
  type SubmissionFacts,
  type SubmissionItem,
} from "./submissions";

/** A checked unit from the unit list. It names itself in problems (it is a UnitLabel). */
export interface UnitEntry extends UnitLabel {
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
  /**
   * The unit's entries in «Đăng ký và nộp», per item (submissions.ts); an item with an entry is
   * read from there, the others from the unit list's cells.
   */
  readonly submitted?: Partial<Readonly<Record<SubmissionItem, SubmissionFact>>>;
}

/** Eligibility facts, one shared object per distinct combination, each with its eligibility once worked out. */
export interface InternedFacts {
  readonly facts: EligibilityFacts;
  eligibility?: EligibilityResult;
}

/** resolveUnit's answers for a row whose unit is not in the list, or not named. */
export const UNKNOWN_UNIT = -1;
export const BLANK_UNIT = -3;

/** The checked unit list and how rows find their unit in it. */
export interface UnitList {
  readonly units: readonly UnitEntry[];
  /** Comparison key of a code → index in `units`. */
  readonly byKey: ReadonlyMap<string, number>;
  /** A row's raw unit cell → index in `units`, or UNKNOWN_UNIT / BLANK_UNIT. */
  readonly resolveUnit: (raw: CellValue) => number;
  /** The rows naming no unit, or one the list lacks. */
  readonly strays: StrayRows;
}

/**
 * Reads the unit list. `usesDepartments`: the departments score, so a missing unit type is worth a
 * warning (the unit is taken as direct).
 *
 * @example const { units, resolveUnit } = unitListOf(input, clusterIndexOf(input.clusters, list), true, list);
 */
export function unitListOf(
  input: BlockInput,
  clusterIndex: Map<string, number>,
  usesDepartments: boolean,
  problems: ProblemList,
): UnitList {
  const units: UnitEntry[] = [];
  const byKey = new Map<string, number>();
  const parsers: FactParsers = {
    unitType: remembered(parseUnitType),
    yesNo: remembered(parseYesNo),
    report: remembered(parseReportCell),
    discipline: remembered(parseDiscipline),
    facts: new FactsTable(),
  };
  const submitted = input.submissions ? submissionFacts(input.submissions) : undefined;
  for (const row of input.units) {
    const unit = unitEntryOf(
      row,
      input.clusters,
      clusterIndex,
      usesDepartments,
      byKey,
      parsers,
      problems,
      submitted,
    );
    if (unit === null) continue;
    byKey.set(unit.key, units.length);
    units.push(unit);
  }
  const cache = new Map<CellValue, number>();
  // Score rows usually spell a code as the unit list does: those need no normalising at all.
  units.forEach((unit, u) => {
    if (!cache.has(unit.row.code.value)) cache.set(unit.row.code.value, u);
  });
  const resolveUnit = (raw: CellValue): number => {
    let found = cache.get(raw);
    if (found === undefined) {
      const key = normalizeKey(cellText(raw));
      found = key === "" ? BLANK_UNIT : (byKey.get(key) ?? UNKNOWN_UNIT);
      cache.set(raw, found);
    }
    return found;
  };
  const strays = new StrayRows();
  for (const entry of input.submissions ?? []) {
    const found = resolveUnit(entry.unit);
    if (found < 0) strays.add("submissions", found, { value: entry.unit, ...(entry.at && { at: entry.at }) });
  }
  return { units, byKey, resolveUnit, strays };
}

/** Cluster code and name keys → index; problems for no cluster and for a cluster declared twice. */
export function clusterIndexOf(
  clusters: readonly ClusterDefinition[],
  problems: ProblemList,
): Map<string, number> {
  if (clusters.length === 0) problems.first(problem.clustersEmpty());
  const index = new Map<string, number>();
  clusters.forEach((cluster, i) => {
    const keys = [...new Set([normalizeKey(cluster.code), normalizeKey(cluster.name)])].filter(
      (k) => k !== "",
    );
    if (keys.some((k) => index.has(k)))
      problems.first(problem.clusterDuplicate(cluster.name || cluster.code));
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
  problems: ProblemList,
  submissions?: SubmissionFacts,
): UnitEntry | null {
  const codeText = cellText(row.code.value);
  const nameText = cellText(row.name.value);
  if (codeText === "") {
    problems.place("", -1, problem.unitCodeMissing(nameText, row.code.at));
    return null;
  }
  const code = unitCode(codeText);
  const key = normalizeKey(codeText);
  const label: UnitLabel = { code, name: nameText === "" ? codeText : nameText };
  if (seen.has(key)) {
    problems.place(key, -1, problem.unitDuplicate(label, row.code.at));
    return null;
  }

  const clusterText = typeof row.cluster.value === "string" ? row.cluster.value : cellText(row.cluster.value);
  let cluster = clusterIndex.get(clusterText) ?? -1;
  if (cluster < 0) {
    const shown = normalizeText(clusterText);
    if (shown === "") {
      if (clusters.length === 1) cluster = 0;
      else if (clusters.length > 1)
        problems.place(key, -1, problem.unitClusterMissing(label, row.cluster.at));
    } else {
      cluster = clusterIndex.get(normalizeKey(shown)) ?? -1;
      if (cluster < 0) problems.place(key, -1, problem.unitClusterUnknown(label, shown, row.cluster.at));
      // Remember the spelling: the next unit of this cluster skips normalisation.
      else clusterIndex.set(clusterText, cluster);
    }
  }

  let type: UnitType = "direct";
  const parsedType = parse.unitType(row.type.value);
  if (parsedType === "invalid") {
    problems.place(key, -1, problem.unitTypeInvalid(label, cellText(row.type.value), row.type.at));
  } else if (parsedType === null) {
    if (usesDepartments) problems.place(key, -1, problem.unitTypeMissing(label, row.type.at));
  } else type = parsedType;

  const { registered, pactSigned, midReport, endReport } = deliveryFacts(
    {
      registered: row.registered,
      pactSigned: row.pactSigned,
      midReport: row.midReportDate,
      endReport: row.endReportDate,
    },
    {
      ...(submissions?.get(key) && { submitted: submissions.get(key) }),
      recorded: submissions !== undefined,
    },
    parse,
    label,
    key,
    problems,
  ).facts;
  const submitted = submissions?.get(key);
  let discipline = parse.discipline(row.leaderDiscipline.value);
  if (discipline === "invalid") {
    const shown = cellText(row.leaderDiscipline.value);
    problems.place(key, -1, problem.unitDisciplineInvalid(label, shown, row.leaderDiscipline.at));
    discipline = "none";
  }
  const facts = parse.facts.intern(registered, pactSigned, midReport, endReport, discipline);
  return {
    code,
    name: label.name ?? codeText,
    key,
    cluster,
    type,
    facts,
    row,
    ...(submitted && { submitted }),
  };
}

/** The facts a unit delivers to the cluster, and the «Đăng ký và nộp» item each is read from. */
export type DeliveryFact = "registered" | "pactSigned" | "midReport" | "endReport";
export const SUBMISSION_ITEM_OF: Readonly<Record<DeliveryFact, SubmissionItem>> = {
  registered: "registration",
  pactSigned: "pact",
  midReport: "mid-report",
  endReport: "year-report",
};

/** A unit's entries in «Đăng ký và nộp», as the delivery facts are read over them. */
export interface UnitSubmissions {
  /** The unit's facts per item that has an entry (submissionFacts(...).get(key)). */
  readonly submitted?: Partial<Readonly<Record<SubmissionItem, SubmissionFact>>>;
  /** The workbook has «Đăng ký và nộp»: an empty yes/no cell of the unit list then says "not delivered". */
  readonly recorded: boolean;
}

/**
 * The rule, once, for the summary, the plan and the pane: an item with an entry in «Đăng ký và nộp»
 * is read from there (the entry that decided it is `from`); else from the unit list's cell, which
 * counts as not delivered when empty and the workbook has the sheet.
 */
function deliveryFacts(
  cells: Readonly<Record<DeliveryFact, Sourced>>,
  submissions: UnitSubmissions | undefined,
  parse: FactParsers,
  label: UnitLabel,
  key: string,
  problems: ProblemList,
): {
  facts: Pick<EligibilityFacts, DeliveryFact>;
  from: Partial<Record<DeliveryFact, SubmissionFact>>;
} {
  const from: Partial<Record<DeliveryFact, SubmissionFact>> = {};
  const entryOf = (fact: DeliveryFact): SubmissionFact | undefined => {
    const entry = submissions?.submitted?.[SUBMISSION_ITEM_OF[fact]];
    if (entry) from[fact] = entry;
    return entry;
  };
  const yesNo = (fact: "registered" | "pactSigned"): boolean | null => {
    const entry = entryOf(fact);
    if (entry) return entry.delivered;
    if (submissions?.recorded && isBlankCell(cells[fact].value)) return false;
    return yesNoFact(cells[fact], fact, parse, label, key, problems);
  };
  const report = (fact: "midReport" | "endReport"): ReportSent => {
    const entry = entryOf(fact);
    if (entry) return entry.delivered ? entry.on : null;
    return reportFact(cells[fact], fact === "midReport" ? "mid" : "end", parse, label, key, problems);
  };
  return {
    facts: {
      registered: yesNo("registered"),
      pactSigned: yesNo("pactSigned"),
      midReport: report("midReport"),
      endReport: report("endReport"),
    },
    from,
  };
}

function yesNoFact(
  cell: Sourced,
  fact: UnitFact,
  parse: FactParsers,
  label: UnitLabel,
  key: string,
  problems: ProblemList,
): boolean | null {
  const parsed = parse.yesNo(cell.value);
  if (parsed === "invalid") {
    problems.place(key, -1, problem.unitYesNoInvalid(label, fact, cellText(cell.value), cell.at));
    return null;
  }
  if (parsed === null) problems.place(key, -1, problem.unitFactMissing(label, fact, cell.at));
  return parsed;
}

function reportFact(
  cell: Sourced,
  report: "mid" | "end",
  parse: FactParsers,
  label: UnitLabel,
  key: string,
  problems: ProblemList,
): ReportSent {
  const parsed = parse.report(cell.value);
  if (parsed === "invalid") {
    problems.place(key, -1, problem.unitDateInvalid(label, report, cellText(cell.value), cell.at));
    return null;
  }
  return parsed;
}

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

const DISCIPLINES: readonly DisciplineLevel[] = [
  "none",
  "reprimand",
  "warning",
  "demotion",
  "dismissal",
  "expulsion",
];

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

/** Rows whose unit is blank or not in the unit list, gathered into one problem per code and sheet. */
export class StrayRows {
  private readonly blank = new Map<RowSource, { rows: number; at?: CellRef }>();
  private readonly unknown = new Map<
    string,
    { source: RowSource; code: string; rows: number; at?: CellRef }
  >();

  /** A row of `source` whose unit resolved to `found` (UNKNOWN_UNIT or BLANK_UNIT). */
  add(source: RowSource, found: number, cell: Sourced<string>): void {
    if (found === BLANK_UNIT) {
      const entry = this.blank.get(source);
      if (entry === undefined) this.blank.set(source, { rows: 1, at: cell.at });
      else entry.rows++;
      return;
    }
    const code = cellText(cell.value);
    const key = `${source}\u0000${normalizeKey(code)}`;
    const entry = this.unknown.get(key);
    if (entry === undefined) this.unknown.set(key, { source, code, rows: 1, at: cell.at });
    else entry.rows++;
  }

  /** One problem per sheet for rows naming no unit, one per code and sheet for unknown units. */
  report(problems: ProblemList): void {
    for (const [source, e] of this.blank)
      problems.place("", -1, problem.rowUnitMissing(source, e.rows, e.at));
    for (const e of this.unknown.values()) {
      problems.place(
        normalizeKey(e.code),
        -1,
        problem.unitUnknown({ code: unitCode(e.code) }, e.source, e.rows, e.at),
      );
    }
  }
}

/** A unit's eligibility facts as typed: the five cells of its row in the unit list. */
export interface UnitFactCells {
  readonly registered: CellValue;
  readonly pactSigned: CellValue;
  readonly midReport: CellValue;
  readonly endReport: CellValue;
  readonly discipline: CellValue;
}

/**
 * One unit's facts read from its cells as the unit list reads them (unitListOf): an unreadable cell
 * is a problem and counts as not done (a report not sent, no discipline); an empty yes/no cell is a
 * warning. The pane checks what is typed with this before it is written, and words the consequence
 * from eligibilityOf of the facts.
 *
 * @example unitFactsOf({ registered: "Có", pactSigned: "x", midReport: null, endReport: null, discipline: null }, { code: unitCode("DV01") })
 *   // facts.pactSigned null, problems: UNIT_YES_NO_INVALID (pactSigned)
 */
export function unitFactsOf(
  cells: UnitFactCells,
  unit: UnitLabel,
  at: Partial<Readonly<Record<keyof UnitFactCells, CellRef>>> = {},
  submissions?: UnitSubmissions,
): {
  readonly facts: EligibilityFacts;
  readonly problems: Problem[];
  /** The facts read from «Đăng ký và nộp», each with the entry that decided it. */
  readonly from: Partial<Readonly<Record<DeliveryFact, SubmissionFact>>>;
} {
  const list = new ProblemList();
  const parse: FactParsers = {
    unitType: parseUnitType,
    yesNo: parseYesNo,
    report: parseReportCell,
    discipline: parseDiscipline,
    facts: new FactsTable(),
  };
  const key = normalizeKey(unit.code);
  const sourced = (fact: keyof UnitFactCells): Sourced =>
    at[fact] === undefined ? { value: cells[fact] } : { value: cells[fact], at: at[fact] };
  const delivered = deliveryFacts(
    {
      registered: sourced("registered"),
      pactSigned: sourced("pactSigned"),
      midReport: sourced("midReport"),
      endReport: sourced("endReport"),
    },
    submissions,
    parse,
    unit,
    key,
    list,
  );
  const problems = list.sorted();
  let discipline = parseDiscipline(cells.discipline);
  if (discipline === "invalid") {
    problems.push(problem.unitDisciplineInvalid(unit, cellText(cells.discipline), at.discipline));
    discipline = "none";
  }
  return { facts: { ...delivered.facts, discipline }, problems, from: delivered.from };
}
