/**
 * A unit's departments' points (sheet «Điểm các ban») and its eligibility facts (registration, pact,
 * report dates, discipline, sheet «Đơn vị») entered in the pane: read with each department's cap for
 * the unit's type and the facts' consequence, checked by the core before anything is written, saved
 * in one write of cells with a «Nhật ký» row per changed cell.
 *
 * Each fact is shown as the core reads it for eligibility (unitFactsOf: the unit's rows in «Đăng ký
 * và nộp» first, the «Đơn vị» cell as the fallback), with the row that decided it. A registration,
 * pact or report saved where the workbook has «Đăng ký và nộp» is a new row there («Đã nhận», or
 * «Trả lại» when cleared), never an overwritten cell; discipline, and every fact of an older
 * workbook without that sheet, stay in «Đơn vị». An older workbook lacking a department's column, a
 * unit's row or a fact's column gets it in free cells right of (or under) what is there: no typed
 * cell is touched.
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
import {
  SUBMISSION_ITEM_OF,
  unitFactsOf,
  type DeliveryFact,
  type UnitFactCells,
  type UnitSubmissions,
} from "../core/unit-list";
import { submissionFacts, type SubmissionEntry } from "../core/submissions";
import type { ReportSent } from "../core/model";
import { normalizeKey } from "../core/text/normalize";
import { WorkbookError } from "./errors";
import { deadlinesInForce } from "./decode";
import { cellAddress, rangeAddress } from "./grid/address";
import { Grid, keyOf } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { CellUpdate, CellWrite, EditableWorkbookPort, SheetSnapshot, WorkbookPort } from "./port";
import { SHEET, findSheet } from "./sheet-names";
import { writeWithLog, type ChangeAuthor, type ChangeRecord } from "./sheets/change-log";
import { readConfigSheet } from "./sheets/config";
import { DEPARTMENT_POINTS_COLUMNS } from "./sheets/department-points";
import {
  SUBMISSION_ITEM_LABELS,
  SUBMISSION_OUTCOME_LABELS,
  readSubmissionsSheet,
  submissionAppends,
  type SubmissionRow,
  type SubmissionsRead,
} from "./sheets/submissions";
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
const DELIVERY_FACTS: readonly DeliveryFact[] = ["registered", "pactSigned", "midReport", "endReport"];
const isDelivery = (fact: UnitFact): fact is DeliveryFact => fact !== "discipline";

/** The note on a «Đăng ký và nộp» row the pane appends. */
export const PANE_NOTE = "nhập ở ngăn tác vụ";

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
  /**
   * Each fact as the core reads it for eligibility (a date as dd/mm/yyyy): from the unit's rows in
   * «Đăng ký và nộp» where it has one for the item («Có»/«Không», the delivery's day or ""), else
   * its «Đơn vị» cell as typed.
   */
  readonly facts: Readonly<Record<UnitFact, string>>;
  /** The facts read from «Đăng ký và nộp»: the sheet and the row (1-based) that decided each. */
  readonly from: Partial<Readonly<Record<UnitFact, { readonly sheet: string; readonly row: number }>>>;
  /** Where the pane saves a registration, pact or report: a row in «Đăng ký và nộp», else the «Đơn vị» cell. */
  readonly savesTo: "submissions" | "units";
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
  /** «Đăng ký và nộp» read; null where the workbook has no such sheet (or its header is not found). */
  readonly submissions: SubmissionsRead | null;
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
    if (date !== null && date !== "invalid") return dayShown(date);
  }
  return text(grid, row, col);
}

function dayShown(date: CalendarDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** The unit's entries as the core reads the delivery facts over them; undefined without the sheet. */
function submissionsOf(read: Read, extra: readonly SubmissionEntry[] = []): UnitSubmissions | undefined {
  if (read.submissions === null) return undefined;
  const submitted = submissionFacts([...read.submissions.entries, ...extra]).get(
    normalizeKey(read.unit.code),
  );
  return { ...(submitted && { submitted }), recorded: true };
}

async function readEntry(port: WorkbookPort, code: string | undefined): Promise<Read> {
  const infos = await port.listSheets();
  const wanted = [
    SHEET.config,
    SHEET.units,
    SHEET.departments,
    SHEET.departmentPoints,
    SHEET.changeLog,
    SHEET.submissions,
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
  const submissionsSheet = findSheet(sheets, SHEET.submissions);
  const submissions = submissionsSheet ? readSubmissionsSheet(new Grid(submissionsSheet), ignored) : null;
  return {
    submissions: submissions?.place ? submissions : null,
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
  const { facts: parsed, from: decided } = unitFactsOf(
    factCells(read),
    { code: unitCode(read.unit.code), name: read.unit.name },
    {},
    submissionsOf(read),
  );
  const from: Partial<Record<UnitFact, { sheet: string; row: number }>> = {};
  const facts = Object.fromEntries(
    UNIT_FACTS.map((f) => {
      const entry = isDelivery(f) ? decided[f] : undefined;
      if (entry === undefined || !isDelivery(f)) {
        return [f, factShown(read.unitsGrid, read.unitRow, read.unitsHeader.columns[FACT_COLUMN[f]], f)];
      }
      if (entry.at) from[f] = { sheet: entry.at.sheet, row: entry.at.row + 1 };
      if (DATE_FACTS.has(f)) return [f, entry.delivered ? dayShown(entry.on) : ""];
      return [f, entry.delivered ? YES : NO];
    }),
  ) as Record<UnitFact, string>;
  return {
    units: read.units,
    unit: read.unit,
    departments: place === null ? [] : departments,
    facts,
    from,
    savesTo: read.submissions === null ? "units" : "submissions",
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
 * it; an unreadable one refuses all, naming the cell, and nothing is written. The one way the pane
 * writes a fact, whichever sheet holds it:
 * - a registration, pact or report where the workbook has «Đăng ký và nộp»: a new row there (the
 *   unit, the item, the day — the report's date, today for a yes/no —, «Đã nhận», note "nhập ở ngăn
 *   tác vụ"); «Không» or an emptied date a «Trả lại» row dated today; a report's later day a «Trả
 *   lại» and an «Đã nhận» row on it (the rule takes the first delivery). Rows already there are
 *   never touched; a day the sheet's own later rows would overrule is refused (ENTRY_SUBMISSION_LATER);
 * - discipline, and every fact of a workbook without that sheet: its «Đơn vị» cell (yes/no as
 *   «Có»/«Không», dates as dates, discipline as typed; an empty field empties the cell).
 * All of it and its «Nhật ký» rows (one per cell or appended row) in one write.
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
  const place = read.submissions?.place ?? null;
  const toSheet = (fact: UnitFact): fact is DeliveryFact => place !== null && isDelivery(fact);
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
  for (const fact of UNIT_FACTS) if ((typed[fact] ?? "").trim() !== "" && !toSheet(fact)) column(fact);
  const at = Object.fromEntries(
    UNIT_FACTS.flatMap((f) => {
      if (toSheet(f) && place !== null && place.columns.date !== null) {
        return [[f, { sheet: place.sheet, row: place.nextRow, col: place.columns.date }] as const];
      }
      const col = colOf.get(f);
      return col === undefined ? [] : [[f, { sheet, row: read.unitRow, col }] as const];
    }),
  );
  const label = { code: unitCode(read.unit.code), name: read.unit.name };
  const { problems, facts: wanted } = unitFactsOf(factCells(read, typed), label, at);
  const problem = problems.find((p) => p.severity === "error");
  if (problem) {
    const where = problem.at ?? { sheet, row: read.unitRow, col: header.free };
    throw new WorkbookError("ENTRY_REFUSED", {
      sheet: where.sheet,
      cell: cellAddress(where.row, where.col),
      problem,
    });
  }
  const updates: CellUpdate[] = [];
  const records: ChangeRecord[] = [];
  // «Đăng ký và nộp»: the rows that make each typed fact what the core reads.
  const rows: SubmissionRow[] = [];
  if (place !== null) {
    const entries = (): SubmissionEntry[] =>
      rows.map((r) => ({ unit: label.code, item: r.item, on: r.on, outcome: r.outcome ?? "received" }));
    const readNow = () => unitFactsOf(factCells(read), label, {}, submissionsOf(read, entries()));
    for (const fact of DELIVERY_FACTS) {
      if (typed[fact] === undefined) continue;
      const want = wanted[fact];
      if (sameDelivery(readNow().facts[fact], want)) continue;
      // «Có» for a report: sent on a day nobody wrote down; the row is dated today.
      const matches = (): boolean => {
        const now = readNow().facts[fact];
        return want === "sent" ? now !== null && now !== false : sameDelivery(now, want);
      };
      const item = SUBMISSION_ITEM_OF[fact];
      const row = (on: CalendarDate, outcome: SubmissionEntry["outcome"]): SubmissionRow => ({
        unit: read.unit.code,
        name: read.unit.name,
        item,
        on,
        outcome,
        note: PANE_NOTE,
      });
      const on = typeof want === "object" && want !== null ? want : asOf;
      const delivers = want !== null && want !== false;
      const tries: SubmissionRow[][] = delivers
        ? [[row(on, "received")], [row(on, "returned"), row(on, "received")]]
        : [[row(asOf, "returned")]];
      let taken = false;
      for (const attempt of tries) {
        rows.push(...attempt);
        if (matches()) {
          taken = true;
          break;
        }
        rows.splice(rows.length - attempt.length, attempt.length);
      }
      if (!taken) {
        const decider = readNow().from[fact]?.at;
        throw new WorkbookError("ENTRY_SUBMISSION_LATER", {
          sheet: place.sheet,
          row: (decider?.row ?? place.nextRow) + 1,
          day: dayShown(on),
        });
      }
    }
    updates.push(...submissionAppends(place, rows));
    const cols = Object.values(place.columns).filter((c): c is number => c !== null);
    rows.forEach((r, i) => {
      const at = place.nextRow + i;
      records.push({
        ...author,
        sheet: place.sheet,
        cell: rangeAddress(at, Math.min(...cols), at, Math.max(...cols)),
        old: null,
        new: `${r.unit} · ${SUBMISSION_ITEM_LABELS[r.item]} · ${dayShown(r.on)} · ${SUBMISSION_OUTCOME_LABELS[r.outcome ?? "received"]}`,
        reason: reason.trim(),
      });
    });
  }
  for (const fact of UNIT_FACTS) {
    const value = typed[fact];
    if (value === undefined || toSheet(fact)) continue;
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

/** Whether two readings of a delivery fact say the same: done or not (an unreadable yes/no is not done), and on which day. */
function sameDelivery(a: boolean | null | ReportSent, b: boolean | null | ReportSent): boolean {
  const done = (x: typeof a): boolean => x !== null && x !== false;
  if (!done(a) || !done(b)) return done(a) === done(b);
  const day = (x: typeof a): string => (typeof x === "object" && x !== null ? dayShown(x) : String(x));
  return day(a) === day(b);
}
