/**
 * A unit's departments' points (sheet «Điểm các ban») and its eligibility facts (registration, pact,
 * report dates, discipline, sheet «Đơn vị») entered in the pane: read with each department's cap for
 * the unit's type and the facts' consequence, checked by the core before anything is written, saved
 * in one write of cells with a «Nhật ký» row per changed cell.
 *
 * Each fact goes through `saveUnitFacts` alone, so where a fact is stored can move (a registration
 * sheet) without the pane changing. An older workbook lacking a department's column, a unit's row or
 * a fact's column gets it in free cells right of (or under) what is there: no typed cell is touched.
 */
import { allocationTableFrom, departmentPointsFor } from "../core/allocation";
import { isBlankCell } from "../core/cell-text";
import { toExcelSerial } from "../core/calendar";
import { formatPoints, numberFromPoints } from "../core/decimal";
import { eligibilityOf, type EligibilityResult } from "../core/eligibility";
import {
  unitCode,
  type CalendarDate,
  type CellValue,
  type Deadlines,
  type Points,
  type Problem,
  type UnitType,
} from "../core/model";
import { parseDate, parseScore, parseUnitType } from "../core/numbers";
import { unitFactsOf, type UnitFactCells } from "../core/unit-list";
import { normalizeKey } from "../core/text/normalize";
import { WorkbookError } from "./errors";
import { deadlinesInForce } from "./decode";
import { cellAddress } from "./grid/address";
import { Grid, keyOf } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { CellUpdate, CellWrite, EditableWorkbookPort, SheetSnapshot, WorkbookPort } from "./port";
import { SHEET, findSheet } from "./sheet-names";
import { writeWithLog, type ChangeAuthor, type ChangeRecord } from "./sheets/change-log";
import { readConfigSheet } from "./sheets/config";
import { DEPARTMENT_POINTS_COLUMNS } from "./sheets/department-points";
import { readDepartmentsSheet } from "./sheets/departments";
import { NO, YES } from "./sheets/table";
import { DISCIPLINE_LABELS, UNIT_COLUMNS } from "./sheets/units";
import { DATE_FORMAT } from "./styles";

export type UnitFact = keyof UnitFactCells;
export const UNIT_FACTS: readonly UnitFact[] = [
  "registered",
  "pactSigned",
  "midReport",
  "endReport",
  "discipline",
];
const FACT_COLUMN: Readonly<Record<UnitFact, keyof typeof UNIT_COLUMNS>> = {
  registered: "registered",
  pactSigned: "pactSigned",
  midReport: "midReport",
  endReport: "endReport",
  discipline: "discipline",
};
const DATE_FACTS: ReadonlySet<UnitFact> = new Set(["midReport", "endReport"]);

/** One department's points for the unit, as the pane shows them. */
export interface DepartmentField {
  readonly code: string;
  readonly name: string;
  /** The most it may give a unit of this type (the allocation table's, the core's). */
  readonly cap: Points;
  /** The cell's text as shown; "" is "not yet given", never zero. */
  readonly shown: string;
  /** The cell on «Điểm các ban», null where the unit's row or the department's column is not there yet. */
  readonly cell: string | null;
}

export interface UnitEntryRead {
  readonly units: readonly { readonly code: string; readonly name: string }[];
  readonly unit: { readonly code: string; readonly name: string; readonly type: UnitType };
  /** Empty where the cluster scores no departments. */
  readonly departments: readonly DepartmentField[];
  /** Each fact's cell as shown (a date as dd/mm/yyyy). */
  readonly facts: Readonly<Record<UnitFact, string>>;
  /** What the core decides of the facts as saved, on `asOf`. */
  readonly eligibility: EligibilityResult;
  readonly deadlines: Deadlines;
  readonly holidays: readonly CalendarDate[];
  readonly asOf: CalendarDate;
  /** The words the unit list offers for the yes/no facts and for discipline (its validation's lists). */
  readonly choices: { readonly yesNo: readonly string[]; readonly discipline: readonly string[] };
}

export interface EntrySaved {
  /** Cells changed; each has its row in «Nhật ký». */
  readonly changes: number;
  readonly entry: UnitEntryRead;
}

interface Read {
  readonly sheets: readonly SheetSnapshot[];
  readonly unitsGrid: Grid;
  readonly unitsHeader: NonNullable<ReturnType<typeof findHeader<keyof typeof UNIT_COLUMNS>>>;
  readonly unitRow: number;
  readonly units: UnitEntryRead["units"];
  readonly unit: UnitEntryRead["unit"];
  readonly deadlines: Deadlines;
  readonly holidays: readonly CalendarDate[];
  readonly table: ReturnType<typeof allocationTableFrom>["table"];
  readonly points: PointsPlace | null;
  readonly log: SheetSnapshot | undefined;
}

/** Where the unit's departments' points are on «Điểm các ban». */
interface PointsPlace {
  readonly grid: Grid;
  readonly headerRow: number;
  readonly unitCol: number;
  readonly nameCol: number | null;
  /** The unit's row, null when the sheet has none for it yet. */
  readonly row: number | null;
  /** Column by department code. */
  readonly columns: ReadonlyMap<string, number>;
  readonly free: number;
  readonly nextRow: number;
}

const text = (grid: Grid, row: number, col: number | null): string => grid.text(row, col).trim();

/** Points as the pane shows them: a number with the decimal comma, text as typed. */
function pointsShown(grid: Grid, row: number, col: number): string {
  const value = grid.value(row, col);
  if (typeof value !== "number") return text(grid, row, col);
  const parsed = parseScore(value);
  return parsed.kind === "number" ? formatPoints(parsed.points) : text(grid, row, col);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A fact's cell as the pane shows it: a date as dd/mm/yyyy, anything else as its text. */
function factShown(grid: Grid, row: number, col: number | null, fact: UnitFact): string {
  const value = grid.value(row, col);
  if (DATE_FACTS.has(fact) && typeof value === "number") {
    const date = parseDate(value);
    if (date !== null && date !== "invalid") return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
  }
  return text(grid, row, col);
}

async function readEntry(port: WorkbookPort, code: string | undefined): Promise<Read> {
  const infos = await port.listSheets();
  const wanted = [
    SHEET.config,
    SHEET.units,
    SHEET.departments,
    SHEET.departmentPoints,
    SHEET.changeLog,
    SHEET.plan,
  ];
  const names = infos
    .filter((s) => wanted.some((w) => normalizeKey(w) === normalizeKey(s.name)))
    .map((s) => s.name);
  const sheets = await port.readSheets(names);
  const unitsSheet = findSheet(sheets, SHEET.units);
  const configSheet = findSheet(sheets, SHEET.config);
  if (!unitsSheet || !configSheet) throw new WorkbookError("WORKBOOK_UNREADABLE", {});
  const ignored: Problem[] = [];
  const config = readConfigSheet(new Grid(configSheet), ignored);
  const unitsGrid = new Grid(unitsSheet);
  const unitsHeader = findHeader(unitsGrid, UNIT_COLUMNS);
  if (!unitsHeader || unitsHeader.columns.code === null) throw new WorkbookError("WORKBOOK_UNREADABLE", {});
  const codeCol = unitsHeader.columns.code;
  const rows = unitsGrid.dataRows(unitsHeader.row).filter((r) => text(unitsGrid, r, codeCol) !== "");
  const units = rows.map((r) => ({
    code: text(unitsGrid, r, codeCol),
    name: text(unitsGrid, r, unitsHeader.columns.name) || text(unitsGrid, r, codeCol),
  }));
  const index = code === undefined ? 0 : units.findIndex((u) => normalizeKey(u.code) === normalizeKey(code));
  const unitRow = rows[index];
  const found = units[index];
  if (unitRow === undefined || found === undefined) {
    throw new WorkbookError("ENTRY_UNIT_MISSING", { unit: code ?? "" });
  }
  const parsedType = parseUnitType(unitsGrid.value(unitRow, unitsHeader.columns.type));
  // The core's reading: a unit whose type is missing or unreadable is taken as direct.
  const type: UnitType = parsedType === "coordinating" ? "coordinating" : "direct";
  const departmentsSheet = findSheet(sheets, SHEET.departments);
  const table = allocationTableFrom(
    departmentsSheet ? readDepartmentsSheet(new Grid(departmentsSheet), ignored) : [],
  ).table;
  const log = findSheet(sheets, SHEET.changeLog);
  return {
    sheets,
    unitsGrid,
    unitsHeader,
    unitRow,
    units,
    unit: { ...found, type },
    // The deadlines in force, as the summary reads them: the plan's over «Cấu hình»'s.
    deadlines: deadlinesInForce(
      sheets,
      config.period ?? undefined,
      config.holidays,
      config.deadlines,
      config.deadlineCells,
    ).deadlines,
    holidays: config.holidays,
    table,
    points: pointsPlace(findSheet(sheets, SHEET.departmentPoints), found.code, table),
    log,
  };
}

function pointsPlace(
  sheet: SheetSnapshot | undefined,
  unit: string,
  table: Read["table"],
): PointsPlace | null {
  if (!sheet) return null;
  const grid = new Grid(sheet);
  const header = findHeader(grid, DEPARTMENT_POINTS_COLUMNS);
  if (!header || header.columns.unit === null) return null;
  const unitCol = header.columns.unit;
  const columns = new Map<string, number>();
  for (const other of header.others) {
    const entry = table.entries.find((e) => e.keys.includes(departmentKeyOf(other.header)));
    if (entry && !columns.has(entry.code)) columns.set(entry.code, other.col);
  }
  const row = grid.dataRows(header.row).find((r) => keyOf(text(grid, r, unitCol)) === keyOf(unit));
  return {
    grid,
    headerRow: header.row,
    unitCol,
    nameCol: header.columns.name,
    row: row ?? null,
    columns,
    free: header.free,
    nextRow: Math.max(grid.usedRows(), header.row + 1),
  };
}

/** The allocation's key of a header's text (core/allocation's departmentKey). */
function departmentKeyOf(header: string): string {
  return normalizeKey(header).replace(/\s*[-\u2010-\u2015]\s*/gu, "-");
}

function factCells(read: Read, typed: Partial<Record<UnitFact, string>> = {}): UnitFactCells {
  const cell = (fact: UnitFact): CellValue => {
    const t = typed[fact];
    if (t !== undefined) return t.trim() === "" ? null : t;
    return read.unitsGrid.value(read.unitRow, read.unitsHeader.columns[FACT_COLUMN[fact]]);
  };
  return {
    registered: cell("registered"),
    pactSigned: cell("pactSigned"),
    midReport: cell("midReport"),
    endReport: cell("endReport"),
    discipline: cell("discipline"),
  };
}

function entryOf(read: Read, asOf: CalendarDate): UnitEntryRead {
  const place = read.points;
  const departments: DepartmentField[] = read.table.entries.map((e) => {
    const col = place?.columns.get(e.code);
    const row = place?.row ?? null;
    return {
      code: e.code,
      name: e.name,
      cap: read.unit.type === "direct" ? e.direct : e.coordinating,
      shown: place && row !== null && col !== undefined ? pointsShown(place.grid, row, col) : "",
      cell: row !== null && col !== undefined ? cellAddress(row, col) : null,
    };
  });
  const facts = Object.fromEntries(
    UNIT_FACTS.map((f) => [
      f,
      factShown(read.unitsGrid, read.unitRow, read.unitsHeader.columns[FACT_COLUMN[f]], f),
    ]),
  ) as Record<UnitFact, string>;
  const { facts: parsed } = unitFactsOf(factCells(read), {
    code: unitCode(read.unit.code),
    name: read.unit.name,
  });
  return {
    units: read.units,
    unit: read.unit,
    departments: place === null ? [] : departments,
    facts,
    eligibility: eligibilityOf(parsed, read.deadlines, read.holidays, { asOf }),
    deadlines: read.deadlines,
    holidays: read.holidays,
    asOf,
    choices: { yesNo: [YES, NO], discipline: Object.values(DISCIPLINE_LABELS) },
  };
}

/** A unit's departments' points and facts as the workbook holds them (the first unit when absent). */
export async function readUnitEntry(
  port: WorkbookPort,
  unit: string | undefined,
  asOf: CalendarDate,
): Promise<UnitEntryRead> {
  return entryOf(await readEntry(port, unit), asOf);
}

/** What the user typed for one department: its code and the points as text ("" for not yet given). */
export interface DepartmentPointsTyped {
  readonly department: string;
  readonly points: string;
}

async function write(
  port: EditableWorkbookPort,
  read: Read,
  updates: CellUpdate[],
  records: readonly ChangeRecord[],
): Promise<void> {
  await writeWithLog(port, updates, records, read.log);
}

/**
 * Saves a unit's departments' points: each typed value checked by the core against the department's
 * allocation for the unit's type (departmentPointsFor); one refused refuses all, naming the cell, and
 * nothing is written. Otherwise the changed cells and their «Nhật ký» rows in one write of cells; an
 * empty field empties the cell ("not yet given", never zero).
 */
export async function saveDepartmentPoints(
  port: EditableWorkbookPort,
  unit: string,
  typed: readonly DepartmentPointsTyped[],
  author: ChangeAuthor,
  asOf: CalendarDate,
  reason = "",
): Promise<EntrySaved> {
  const read = await readEntry(port, unit);
  const place = read.points;
  if (place === null) throw new WorkbookError("SHEET_MISSING", { sheet: SHEET.departmentPoints });
  const sheet = place.grid.name;
  const updates: CellUpdate[] = [];
  const records: ChangeRecord[] = [];
  let free = place.free;
  const columns = new Map(place.columns);
  const row = place.row ?? place.nextRow;
  const label = { code: unitCode(read.unit.code), name: read.unit.name };
  for (const entry of typed) {
    const department = read.table.entries.find((e) => e.keys.includes(departmentKeyOf(entry.department)));
    if (!department) throw new WorkbookError("ENTRY_DEPARTMENT_UNKNOWN", { department: entry.department });
    const existing = columns.get(department.code);
    const col = existing ?? free;
    const cell = cellAddress(row, col);
    const value = entry.points.trim();
    const { problems } = departmentPointsFor(
      read.table,
      [{ department: department.code, points: value === "" ? null : value, at: { sheet, row, col } }],
      read.unit.type,
      label,
    );
    const problem = problems.find((p) => p.severity === "error");
    if (problem) throw new WorkbookError("ENTRY_REFUSED", { sheet, cell, problem });
    const old = place.row === null || !place.columns.has(department.code) ? null : place.grid.value(row, col);
    const parsed = parseScore(value === "" ? null : value);
    const written: CellWrite = parsed.kind === "number" ? numberFromPoints(parsed.points) : "";
    const same =
      written === ""
        ? isBlankCell(old)
        : typeof old === "number" && parseScore(old).kind === "number" && old === written;
    if (same) continue;
    if (existing === undefined) {
      free += 1;
      columns.set(department.code, col);
      updates.push({ sheet, at: cellAddress(place.headerRow, col), cells: [[department.name]] });
    }
    updates.push({ sheet, at: cell, cells: [[written]] });
    records.push({ ...author, sheet, cell, old, new: written, reason: reason.trim() });
  }
  if (records.length === 0) return { changes: 0, entry: entryOf(read, asOf) };
  if (place.row === null) {
    // The unit's row, under the sheet's last row: its code and name first.
    updates.unshift({ sheet, at: cellAddress(row, place.unitCol), cells: [[read.unit.code]] });
    if (place.nameCol !== null)
      updates.unshift({ sheet, at: cellAddress(row, place.nameCol), cells: [[read.unit.name]] });
  }
  await write(port, read, updates, records);
  return { changes: records.length, entry: await readUnitEntry(port, read.unit.code, asOf) };
}

/**
 * Saves a unit's eligibility facts (only those given): each read by the core as the unit list reads
 * it; an unreadable one refuses all, naming the cell, and nothing is written. Yes/no as «Có»/«Không»,
 * dates as dates, discipline as typed; an empty field empties the cell. The one way the pane writes
 * a fact, whichever sheet holds it.
 */
export async function saveUnitFacts(
  port: EditableWorkbookPort,
  unit: string,
  typed: Partial<Readonly<Record<UnitFact, string>>>,
  author: ChangeAuthor,
  asOf: CalendarDate,
  reason = "",
): Promise<EntrySaved> {
  const read = await readEntry(port, unit);
  const grid = read.unitsGrid;
  const sheet = grid.name;
  const header = read.unitsHeader;
  let free = header.free;
  const colOf = new Map<UnitFact, number>();
  const added: { col: number; header: string }[] = [];
  for (const fact of UNIT_FACTS) {
    const col = header.columns[FACT_COLUMN[fact]];
    if (col !== null) colOf.set(fact, col);
  }
  const column = (fact: UnitFact): number => {
    const found = colOf.get(fact);
    if (found !== undefined) return found;
    const col = free++;
    colOf.set(fact, col);
    added.push({ col, header: UNIT_COLUMNS[FACT_COLUMN[fact]].header });
    return col;
  };
  // A fact typed where the list has no column yet goes to a new column right of its header.
  for (const fact of UNIT_FACTS) if ((typed[fact] ?? "").trim() !== "") column(fact);
  const at = Object.fromEntries(
    [...colOf].map(([f, col]) => [f, { sheet, row: read.unitRow, col }] as const),
  );
  const { problems } = unitFactsOf(
    factCells(read, typed),
    { code: unitCode(read.unit.code), name: read.unit.name },
    at,
  );
  const problem = problems.find((p) => p.severity === "error");
  if (problem) {
    const where = problem.at ?? { sheet, row: read.unitRow, col: header.free };
    throw new WorkbookError("ENTRY_REFUSED", { sheet, cell: cellAddress(where.row, where.col), problem });
  }
  const updates: CellUpdate[] = [];
  const records: ChangeRecord[] = [];
  for (const fact of UNIT_FACTS) {
    const value = typed[fact];
    if (value === undefined) continue;
    const existing = header.columns[FACT_COLUMN[fact]];
    const before = existing === null ? "" : factShown(grid, read.unitRow, existing, fact);
    if (value.trim() === before) continue;
    const cell = cellAddress(read.unitRow, column(fact));
    const date = DATE_FACTS.has(fact) ? parseDate(value.trim() === "" ? null : value) : null;
    const written: CellWrite = date !== null && date !== "invalid" ? toExcelSerial(date) : value.trim();
    updates.push({
      sheet,
      at: cell,
      cells: [[written]],
      ...(typeof written === "number" ? { numberFormat: DATE_FORMAT } : {}),
    });
    const old = existing === null ? null : grid.value(read.unitRow, existing);
    records.push({ ...author, sheet, cell, old, new: written, reason: reason.trim() });
  }
  if (records.length === 0) return { changes: 0, entry: entryOf(read, asOf) };
  for (const { col, header: title } of added) {
    updates.unshift({ sheet, at: cellAddress(header.row, col), cells: [[title]] });
  }
  await write(port, read, updates, records);
  return { changes: records.length, entry: await readUnitEntry(port, read.unit.code, asOf) };
}
