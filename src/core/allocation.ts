/**
 * The departments' share of the total (seed 001 §III.2): each department of the provincial
 * federation scores each unit up to an allocated maximum that depends on whether the unit is
 * directly managed (trực tiếp) or a coordinating unit (phối hợp). The seed's table is the default;
 * a workbook's own table replaces it.
 */
import { cellText } from "./cell-text";
import { ZERO, formatPoints, pointsFromHundredths, pointsFromNumber } from "./decimal";
import type {
  AllocationEntry,
  AllocationTable,
  CellRef,
  CellValue,
  DepartmentCode,
  DepartmentPointsRow,
  DepartmentRow,
  Points,
  Problem,
  UnitType,
} from "./model";
import { departmentCode } from "./model";
import { NOT_GIVEN, parseScore, pointsOrFlag } from "./numbers";
import * as problem from "./problems";
import type { UnitLabel } from "./problems";
import type { ProblemList } from "./problem-order";
import type { UnitList } from "./unit-list";
import { normalizeKey, normalizeText } from "./text/normalize";

/**
 * The key departments are compared by: normalizeKey, with every dash (- – —) and the spaces around
 * it folded, so "Ban Tuyên giáo - Nữ công" finds "Ban Tuyên giáo – Nữ công".
 */
export function departmentKey(text: string): string {
  return normalizeKey(text).replace(/\s*[-\u2010-\u2015]\s*/gu, "-");
}

function entry(
  code: string,
  name: string,
  direct: number,
  coordinating: number,
  aliases: readonly string[] = [],
  isBonus = false,
): AllocationEntry {
  return {
    code: departmentCode(code),
    name,
    direct: pointsFromNumber(direct),
    coordinating: pointsFromNumber(coordinating),
    isBonus,
    keys: [...new Set([code, name, ...aliases].map(departmentKey))],
  };
}

/**
 * Seed 001 §III.2 (Kon Tum): 10 points for both kinds of unit. Aliases are the short names the
 * seed itself uses ("Ban TGNC", "Ủy Ban kiểm tra") and the old tone placement ("Uỷ").
 */
export const DEFAULT_ALLOCATION: AllocationTable = {
  entries: [
    entry("TC", "Ban Tổ chức", 1, 1.5),
    entry("TAICHINH", "Ban Tài chính", 1.5, 0, ["Ban TC-TC", "Tài chính"]),
    entry("TGNC", "Ban Tuyên giáo – Nữ công", 1, 2, ["Ban TGNC", "Ban Tuyên giáo và Nữ công"]),
    entry("CSPL", "Ban Chính sách – Pháp luật", 1.5, 2.5, ["Ban CSPL", "Ban Chính sách và Pháp luật"]),
    entry("UBKT", "Ủy ban Kiểm tra", 1, 0, ["Uỷ ban Kiểm tra", "Ủy ban Kiểm tra LĐLĐ tỉnh"]),
    entry("VP", "Văn phòng", 1, 1, ["Văn phòng LĐLĐ tỉnh"]),
    entry("TT", "Thường trực LĐLĐ tỉnh", 3, 3, ["Thường trực", "Thường trực LĐLĐ tỉnh (điểm thưởng)"], true),
  ],
};

/** No departments (clusters scored on their table alone). */
export const NO_ALLOCATION: AllocationTable = { entries: [] };

/**
 * A workbook's own allocation table.
 *
 * @example allocationTableFrom([{ code: { value: "TC" }, name: "Ban Tổ chức", direct: { value: 1 }, coordinating: { value: "1,5" } }])
 */
export function allocationTableFrom(rows: readonly DepartmentRow[]): {
  table: AllocationTable;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const entries: AllocationEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const rawCode = typeof row.code.value === "string" ? row.code.value : String(row.code.value ?? "");
    const name = normalizeText(row.name);
    const shownCode = normalizeText(rawCode);
    if (shownCode === "") {
      problems.push(problem.departmentCodeMissing(name, row.code.at));
      continue;
    }
    const code = departmentCode(shownCode);
    const keys = [...new Set([shownCode, name].filter((k) => k !== "").map(departmentKey))];
    if (keys.some((k) => seen.has(k))) {
      problems.push(problem.departmentDuplicate(code, name, row.code.at));
      continue;
    }
    for (const k of keys) seen.add(k);
    const label = name === "" ? shownCode : name;
    const value = (type: UnitType): Points =>
      allocationValue(code, label, type, row[type].value, row[type].at ?? row.code.at, problems);
    const direct = value("direct");
    const coordinating = value("coordinating");
    entries.push({ code, name: label, direct, coordinating, isBonus: row.isBonus === true, keys });
  }
  return { table: { entries }, problems };
}

function allocationValue(
  code: DepartmentCode,
  name: string,
  unitType: UnitType,
  value: CellValue,
  at: CellRef | undefined,
  problems: Problem[],
): Points {
  const parsed = parseScore(value);
  if (parsed.kind === "number" && parsed.points >= 0) return parsed.points;
  if (parsed.kind === "empty")
    problems.push(problem.allocationInvalid(code, name, unitType, "", "missing", at));
  else if (parsed.kind === "invalid") {
    problems.push(problem.allocationInvalid(code, name, unitType, parsed.shown, parsed.reason, at));
  } else
    problems.push(
      problem.allocationInvalid(code, name, unitType, formatPoints(parsed.points), "negative", at),
    );
  return ZERO;
}

/** Allocation totals per unit type (each should equal config.departmentsMax). */
export function allocationTotals(table: AllocationTable): { direct: Points; coordinating: Points } {
  let direct = 0;
  let coordinating = 0;
  for (const e of table.entries) {
    direct += e.direct;
    coordinating += e.coordinating;
  }
  return { direct: pointsFromHundredths(direct), coordinating: pointsFromHundredths(coordinating) };
}

/**
 * Finds departments by code, name or alias; remembers each raw text it has seen, so the summary
 * resolves thousands of rows with one normalisation per distinct spelling.
 */
export function departmentFinder(
  table: AllocationTable,
): (department: string) => AllocationEntry | undefined {
  const byKey = new Map<string, AllocationEntry>();
  for (const e of table.entries) for (const k of e.keys) if (!byKey.has(k)) byKey.set(k, e);
  const seen = new Map<string, AllocationEntry | null>();
  return (department) => {
    let found = seen.get(department);
    if (found === undefined) {
      found = byKey.get(departmentKey(department)) ?? null;
      seen.set(department, found);
    }
    return found ?? undefined;
  };
}

/**
 * The most a department may give a unit of this type; null when the department is unknown.
 *
 * @example allocationFor(DEFAULT_ALLOCATION, "Ban CSPL", "coordinating") === 250
 */
export function allocationFor(table: AllocationTable, department: string, type: UnitType): Points | null {
  const key = departmentKey(department);
  const found = table.entries.find((e) => e.keys.includes(key));
  if (found === undefined) return null;
  return type === "direct" ? found.direct : found.coordinating;
}

export interface DepartmentPointsEntry {
  readonly department: string;
  readonly points: CellValue;
  readonly at?: CellRef;
}

/** A problem with one of the entries, saying which: callers without cells (a custom function) name the row. */
export type DepartmentPointsProblem = Problem & {
  /** Index of the entry in the list passed in. */
  readonly index: number;
};

/**
 * A unit's points from the departments, each checked against its allocation for the unit's type.
 * An empty cell gives nothing; anything wrong is a problem, with the index of its entry, and counts
 * nothing.
 *
 * @example departmentPointsFor(DEFAULT_ALLOCATION, [{ department: "TC", points: "1,5" }], "direct")
 *   // → { points: 0, problems: [DEPARTMENT_ABOVE_ALLOCATION: 1,5 > 1, index 0] }
 */
export function departmentPointsFor(
  table: AllocationTable,
  entries: readonly DepartmentPointsEntry[],
  type: UnitType,
  unit?: UnitLabel,
): { points: Points; problems: DepartmentPointsProblem[] } {
  const find = departmentFinder(table);
  const problems: DepartmentPointsProblem[] = [];
  const found: Problem[] = [];
  const seen = new Set<AllocationEntry>();
  let points = 0;
  entries.forEach((e, index) => {
    points += departmentRowPoints(find, e.department, e.points, e.at, type, unit, seen, found);
    for (const p of found) problems.push({ ...p, index });
    found.length = 0;
  });
  return { points: pointsFromHundredths(points), problems };
}

/**
 * One row of a unit's departments' points: the points that count, or 0 with a problem appended.
 * `seen` holds the departments already given points for this unit (a second row is a duplicate);
 * an empty cell gives nothing and is not added. The summary calls this per row.
 */
export function departmentRowPoints(
  find: (department: string) => AllocationEntry | undefined,
  department: string,
  value: CellValue,
  at: CellRef | undefined,
  type: UnitType,
  unit: UnitLabel | undefined,
  seen: { has(entry: AllocationEntry): boolean; add(entry: AllocationEntry): unknown },
  problems: Problem[],
): number {
  const found = find(department);
  if (found === undefined) {
    problems.push(problem.departmentUnknown(unit, normalizeText(department), at));
    return 0;
  }
  const points = pointsOrFlag(value);
  if (points === NOT_GIVEN) return 0;
  if (seen.has(found)) {
    problems.push(problem.departmentPointsDuplicate(unit, found.code, found.name, at));
    return 0;
  }
  seen.add(found);
  if (Number.isNaN(points)) {
    const parsed = parseScore(value);
    const shown = parsed.kind === "invalid" ? parsed.shown : "";
    const reason = parsed.kind === "invalid" ? parsed.reason : "text";
    problems.push(problem.departmentPointsNotANumber(unit, found.code, found.name, shown, reason, at));
    return 0;
  }
  if (points < 0) {
    problems.push(
      problem.departmentPointsNegative(unit, found.code, found.name, pointsFromHundredths(points), at),
    );
    return 0;
  }
  const allocation = type === "direct" ? found.direct : found.coordinating;
  if (points > allocation) {
    problems.push(
      problem.departmentAboveAllocation(
        unit,
        found.code,
        found.name,
        pointsFromHundredths(points),
        allocation,
        type,
        at,
      ),
    );
    return 0;
  }
  return points;
}

/**
 * Every unit's points from the departments, from the block's rows: each checked against its
 * allocation for the unit's type (departmentRowPoints), one entry per department and unit. Rows of
 * units not in the list go to `list.strays`.
 */
export function departmentSums(
  rows: readonly DepartmentPointsRow[],
  allocation: AllocationTable,
  list: UnitList,
  problems: ProblemList,
): DepartmentSums {
  const { units, resolveUnit, strays } = list;
  const sums = new Float64Array(units.length);
  const find = departmentFinder(allocation);
  // Which departments already gave each unit points, as flags rather than a Set per unit.
  const entryIndex = new Map(allocation.entries.map((e, i) => [e, i] as const));
  const given = new Uint8Array(units.length * allocation.entries.length);
  let offset = 0;
  const seen = {
    has: (e: AllocationEntry): boolean => given[offset + entryIndex.get(e)!] === 1,
    add: (e: AllocationEntry): void => {
      given[offset + entryIndex.get(e)!] = 1;
    },
  };
  const found: Problem[] = [];
  let lastRaw: CellValue | undefined;
  let u = -1;
  for (const row of rows) {
    if (row.unit.value !== lastRaw) {
      lastRaw = row.unit.value;
      u = resolveUnit(lastRaw);
    }
    if (u < 0) {
      strays.add("departments", u, row.unit);
      continue;
    }
    const unit = units[u]!;
    offset = u * allocation.entries.length;
    const at = row.points.at ?? row.department.at;
    // The raw text: the finder remembers each spelling, so a million rows normalise a few names.
    const raw = row.department.value;
    sums[u]! += departmentRowPoints(
      find,
      typeof raw === "string" ? raw : cellText(raw),
      row.points.value,
      at,
      unit.type,
      unit,
      seen,
      found,
    );
    for (const p of found) problems.place(unit.key, -1, p);
    found.length = 0;
  }
  // Missing is never zero: a department that gives this unit's type points and gave none is named.
  const missing: (readonly AllocationEntry[])[] = units.map((unit, u) => {
    const owed = allocation.entries.filter(
      (e, i) =>
        (unit.type === "direct" ? e.direct : e.coordinating) > 0 &&
        given[u * allocation.entries.length + i] !== 1,
    );
    if (owed.length > 0) {
      problems.place(
        unit.key,
        -1,
        problem.departmentPointsMissing(
          unit,
          owed.map((e) => ({ code: e.code, name: e.name })),
        ),
      );
    }
    return owed;
  });
  return { sums, missing };
}

/** The departments' points per unit, and per unit the departments that owe it points and gave none. */
export interface DepartmentSums {
  readonly sums: Float64Array;
  readonly missing: readonly (readonly AllocationEntry[])[];
}
