/**
 * Thẩm định in the pane: a unit's criteria with its self score, the appraised score, the reason for
 * a change, the evidence (minh chứng) and the unit's explanation (giải trình); saved into the unit's
 * own scoring sheet and recorded in «Nhật ký», in one write of cells.
 *
 * The unit's sheet gets the three text columns on the first save where it lacks them (an old
 * workbook): their headers go into the first free cells right of its header row, so no cell a user
 * typed is touched. The rules are the core's (core/appraisal.ts); this module reads and writes.
 */
import {
  appraisalDifference,
  appraisalTotals,
  checkAppraisal,
  countedScore,
  type AppraisalTotals,
} from "../core/appraisal";
import { isBlankCell } from "../core/cell-text";
import { numberFromPoints } from "../core/decimal";
import type { CellValue, CriterionKind, Points } from "../core/model";
import { normalizeKey } from "../core/text/normalize";
import { clusterState, type ClusterUnit } from "./collect/cluster";
import { WorkbookError } from "./errors";
import { cellAddress } from "./grid/address";
import type { Grid } from "./grid/grid";
import { column, findHeader } from "./grid/header";
import type { CellUpdate, CellWrite, EditableWorkbookPort, WorkbookPort } from "./port";
import { SHEET, findSheet } from "./sheet-names";
import { changeLogSheet, changeLogUpdate, nextLogRow, type ChangeRecord } from "./sheets/change-log";
import { SCORE_COLUMNS } from "./sheets/unit-scores";

/** The appraisal's text columns on a unit's scoring sheet, added on the first save where missing. */
export const APPRAISAL_COLUMNS = {
  reason: column("Lý do thẩm định", 30, false, ["Lý do điều chỉnh", "Lý do"]),
  evidence: column("Minh chứng", 30, false, ["Tài liệu minh chứng"]),
  explanation: column("Giải trình", 30, false, ["Giải trình của đơn vị"]),
} as const;

type TextField = keyof typeof APPRAISAL_COLUMNS;
const TEXT_FIELDS: readonly TextField[] = ["reason", "evidence", "explanation"];

/** One criterion of the unit's table as the step shows it. */
export interface AppraisalRow {
  readonly code: string;
  readonly text: string;
  readonly kind: CriterionKind;
  readonly max: Points;
  /** Scored directly (no sub-criteria): only these take scores. */
  readonly leaf: boolean;
  /** The self score as it counts (null: empty or not counting), and as typed. */
  readonly self: Points | null;
  readonly selfShown: string;
  readonly appraised: Points | null;
  readonly appraisedShown: string;
  /** appraised − self where both are given (a deduction's sign turned: core/appraisal.ts). */
  readonly difference: Points | null;
  readonly reason: string;
  readonly evidence: string;
  readonly explanation: string;
  /** The appraised score's cell on the unit's sheet ("F7"), null where the criterion has no row there. */
  readonly cell: string | null;
}

export interface UnitAppraisal {
  readonly units: readonly { readonly code: string; readonly name: string }[];
  readonly unit: { readonly code: string; readonly name: string };
  readonly sheet: string;
  readonly rows: readonly AppraisalRow[];
  readonly totals: AppraisalTotals;
  /** The unit's sheet is protected: the appraisal was locked (appraisal-lock.ts); saving is refused. */
  readonly locked: boolean;
}

/** What the user typed for one criterion; every field as text, as typed. */
export interface AppraisalEntry {
  readonly criterion: string;
  readonly appraised: string;
  readonly reason: string;
  readonly evidence: string;
  readonly explanation: string;
}

/** Who saves and when, as the shell knows it (Office's user where it tells; "" otherwise). */
export interface ChangeAuthor {
  readonly when: string;
  readonly who: string;
}

interface Read {
  readonly units: readonly ClusterUnit[];
  readonly unit: ClusterUnit;
  readonly grid: Grid;
  readonly lines: ReturnType<typeof clusterState>["lines"];
  readonly textCols: Readonly<Record<TextField, number | null>>;
  readonly headerRow: number;
  readonly free: number;
  readonly logRow: number;
  readonly hasLog: boolean;
  readonly locked: boolean;
}

const shown = (grid: Grid, row: number, col: number | null): string => grid.rawText(row, col).trim();

async function readUnit(port: WorkbookPort, code: string | undefined): Promise<Read> {
  const infos = await port.listSheets();
  const base = [SHEET.config, SHEET.criteria, SHEET.units, SHEET.changeLog];
  const names = infos
    .filter((s) => !s.generated)
    .map((s) => s.name)
    .filter(
      (name) =>
        base.some((b) => normalizeKey(b) === normalizeKey(name)) ||
        code === undefined ||
        normalizeKey(name) === normalizeKey(code),
    );
  const sheets = await port.readSheets(names, { protection: true });
  const state = clusterState(sheets);
  if (
    !findSheet(sheets, SHEET.config) ||
    !findSheet(sheets, SHEET.criteria) ||
    !findSheet(sheets, SHEET.units)
  ) {
    throw new WorkbookError("WORKBOOK_UNREADABLE", {}, state.blocking);
  }
  // The units whose scoring sheet exists (only the one asked for was read).
  const sheetNames = new Set(infos.filter((s) => !s.generated).map((s) => normalizeKey(s.name)));
  const withSheets = state.units.filter((u) => sheetNames.has(normalizeKey(u.code)));
  const unit = (
    code === undefined ? withSheets : withSheets.filter((u) => normalizeKey(u.code) === normalizeKey(code))
  ).find((u) => u.sheet !== null);
  if (!unit?.sheet) throw new WorkbookError("APPRAISAL_UNIT_MISSING", { unit: code ?? "" });
  const grid = unit.sheet.grid;
  const header = findHeader(grid, { ...SCORE_COLUMNS, ...APPRAISAL_COLUMNS });
  const log = findSheet(sheets, SHEET.changeLog);
  return {
    units: withSheets,
    unit,
    grid,
    lines: state.lines,
    textCols: {
      reason: header?.columns.reason ?? null,
      evidence: header?.columns.evidence ?? null,
      explanation: header?.columns.explanation ?? null,
    },
    headerRow: header?.row ?? 0,
    free: header?.free ?? grid.cells(0).length,
    logRow: nextLogRow(log),
    hasLog: log !== undefined,
    locked: findSheet(sheets, grid.name)?.protected === true,
  };
}

function rowsOf(read: Read): AppraisalRow[] {
  const sheet = read.unit.sheet;
  return read.lines.map((line) => {
    const row = sheet?.rowOf.get(line.key);
    const at = (col: number | null): CellValue =>
      row === undefined || col === null ? null : read.grid.value(row, col);
    const criterion = { max: line.max, kind: line.kind };
    const selfValue = at(sheet?.selfCol ?? null);
    const appraisedValue = at(sheet?.appraisedCol ?? null);
    const self = line.leaf ? countedScore(selfValue, criterion) : null;
    const appraised = line.leaf ? countedScore(appraisedValue, criterion) : null;
    const text = (field: TextField): string =>
      row === undefined ? "" : shown(read.grid, row, read.textCols[field]);
    return {
      code: line.code,
      text: line.text,
      kind: line.kind,
      max: line.max,
      leaf: line.leaf,
      self,
      selfShown: row === undefined ? "" : shown(read.grid, row, sheet?.selfCol ?? null),
      appraised,
      appraisedShown: row === undefined ? "" : shown(read.grid, row, sheet?.appraisedCol ?? null),
      difference: appraisalDifference(line.kind, self, appraised),
      reason: text("reason"),
      evidence: text("evidence"),
      explanation: text("explanation"),
      cell: row === undefined || !sheet ? null : cellAddress(row, sheet.appraisedCol),
    };
  });
}

function appraisalOf(read: Read): UnitAppraisal {
  const rows = rowsOf(read);
  return {
    units: read.units.map((u) => ({ code: u.code, name: u.name })),
    unit: { code: read.unit.code, name: read.unit.name },
    sheet: read.grid.name,
    rows,
    totals: appraisalTotals(rows.filter((r) => r.leaf)),
    locked: read.locked,
  };
}

/** A unit's appraisal as its sheet holds it (the first unit with a sheet when `unit` is absent). */
export async function readAppraisal(port: WorkbookPort, unit?: string): Promise<UnitAppraisal> {
  return appraisalOf(await readUnit(port, unit));
}

export interface AppraisalSaved {
  /** Cells changed (scores and texts); each has its row in «Nhật ký». */
  readonly changes: number;
  readonly appraisal: UnitAppraisal;
}

/**
 * Saves what the user typed for some criteria of one unit: refused whole (nothing written) when one
 * entry breaks a rule, with the sheet, cell and criterion named; otherwise the changed cells and their
 * records in «Nhật ký» in one write. Entries that change nothing write nothing.
 */
export async function saveAppraisal(
  port: EditableWorkbookPort,
  unit: string,
  entries: readonly AppraisalEntry[],
  author: ChangeAuthor,
): Promise<AppraisalSaved> {
  const read = await readUnit(port, unit);
  const sheet = read.unit.sheet;
  if (!sheet) throw new WorkbookError("APPRAISAL_UNIT_MISSING", { unit });
  // Excel would refuse the write inside its batch; the user gets the reason, with the sheet named.
  if (read.locked) throw new WorkbookError("APPRAISAL_LOCKED", { sheet: read.grid.name });
  const lineOf = new Map(read.lines.map((l) => [normalizeKey(l.code), l]));
  const updates: CellUpdate[] = [];
  const records: ChangeRecord[] = [];
  // Columns the sheet lacks go right of its header row, in order.
  let free = read.free;
  const textCols = { ...read.textCols };
  const addedHeaders: { col: number; header: string }[] = [];
  const colOf = (field: TextField): number => {
    const existing = textCols[field];
    if (existing !== null) return existing;
    const col = free++;
    textCols[field] = col;
    addedHeaders.push({ col, header: APPRAISAL_COLUMNS[field].header });
    return col;
  };

  for (const entry of entries) {
    const line = lineOf.get(normalizeKey(entry.criterion));
    const row = line ? sheet.rowOf.get(line.key) : undefined;
    if (!line || !line.leaf || row === undefined) {
      throw new WorkbookError("APPRAISAL_CRITERION_UNKNOWN", {
        unit: read.unit.code,
        criterion: entry.criterion,
      });
    }
    const cell = cellAddress(row, sheet.appraisedCol);
    const check = checkAppraisal(
      { max: line.max, kind: line.kind },
      read.grid.value(row, sheet.selfCol),
      entry.appraised,
      entry.reason,
    );
    if (!check.ok) {
      throw new WorkbookError("APPRAISAL_REFUSED", {
        sheet: read.grid.name,
        cell,
        criterion: line.code,
        refusal: check.refusal,
      });
    }
    const reason = entry.reason.trim();
    const oldScore = read.grid.value(row, sheet.appraisedCol);
    const oldPoints = countedScore(oldScore, { max: line.max, kind: line.kind });
    const scoreChanged =
      check.appraised === null
        ? !isBlankCell(oldScore)
        : oldPoints !== check.appraised || typeof oldScore !== "number";
    if (scoreChanged) {
      const written: CellWrite = check.appraised === null ? "" : numberFromPoints(check.appraised);
      updates.push({ sheet: read.grid.name, at: cell, cells: [[written]] });
      records.push({ ...author, sheet: read.grid.name, cell, old: oldScore, new: written, reason });
    }
    for (const field of TEXT_FIELDS) {
      const typed = entry[field].trim();
      const before = read.textCols[field] === null ? "" : shown(read.grid, row, read.textCols[field]);
      if (typed === before) continue;
      const at = cellAddress(row, colOf(field));
      updates.push({ sheet: read.grid.name, at, cells: [[typed]] });
      records.push({
        ...author,
        sheet: read.grid.name,
        cell: at,
        old: before,
        new: typed,
        reason: field === "reason" ? "" : reason,
      });
    }
  }
  if (records.length === 0) return { changes: 0, appraisal: appraisalOf(read) };
  for (const { col, header } of addedHeaders) {
    updates.push({ sheet: read.grid.name, at: cellAddress(read.headerRow, col), cells: [[header]] });
  }
  const log = changeLogUpdate(records, read.logRow);
  if (log) updates.push(log);
  // The log is created once, empty, before its first rows: a sheet the cells can then be written into.
  if (!read.hasLog) await port.writeSheets([changeLogSheet()]);
  await port.updateCells(updates);
  return { changes: records.length, appraisal: await readAppraisal(port, read.unit.code) };
}
