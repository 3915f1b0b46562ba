/**
 * Locking a published appraisal: every unit's scoring sheet is protected, its scored columns (the
 * criteria table, self score, appraised score, reason, evidence, explanation) locked and the other
 * columns (Ghi chú, the user's own) left editable; unlocking needs a reason. Both are recorded in
 * «Nhật ký», in the same operation as the (un)protection (SheetProtectionPort).
 *
 * The lock is sheet protection without a password: it keeps a published result from a slip, and the
 * appraisal step refuses to save into a locked sheet (appraisal.ts) with the sheet named.
 */
import { normalizeKey } from "../core/text/normalize";
import { APPRAISAL_COLUMNS, type ChangeAuthor } from "./appraisal";
import { clusterState, type ClusterUnit } from "./collect/cluster";
import { WorkbookError } from "./errors";
import { rangeAddress } from "./grid/address";
import type { Grid } from "./grid/grid";
import { findHeader } from "./grid/header";
import type { ProtectableWorkbookPort, SheetLock, SheetSnapshot, WorkbookPort } from "./port";
import { SHEET, findSheet } from "./sheet-names";
import { changeLogSheet, changeLogUpdate, nextLogRow, type ChangeRecord } from "./sheets/change-log";
import { SCORE_COLUMNS } from "./sheets/unit-scores";

/** What «Nhật ký» says of a lock and an unlock (the workbook's text is Vietnamese). */
export const LOCK_WORDS = {
  open: "Mở (sửa được)",
  locked: "Đã khóa",
  lockReason: "Khóa kết quả thẩm định đã công bố",
} as const;

/** The lock as the pane shows it: which scoring sheets are protected, which are not. */
export interface AppraisalLockState {
  readonly locked: readonly string[];
  readonly open: readonly string[];
}

export interface LockChanged {
  /** The scoring sheets whose protection changed (each has its row in «Nhật ký»). */
  readonly sheets: readonly string[];
  readonly state: AppraisalLockState;
}

interface Read {
  readonly units: readonly { readonly unit: ClusterUnit; readonly snapshot: SheetSnapshot }[];
  readonly logRow: number;
  readonly hasLog: boolean;
}

async function readUnits(port: WorkbookPort): Promise<Read> {
  const infos = await port.listSheets();
  const base = [SHEET.config, SHEET.criteria, SHEET.units];
  const names = infos.filter((s) => !s.generated).map((s) => s.name);
  const sheets = await port.readSheets(names, { protection: true });
  if (base.some((name) => !findSheet(sheets, name))) {
    throw new WorkbookError("WORKBOOK_UNREADABLE", {}, clusterState(sheets).blocking);
  }
  const state = clusterState(sheets);
  const units = state.units.flatMap((unit) => {
    const snapshot = unit.sheet ? findSheet(sheets, unit.sheet.name) : undefined;
    return snapshot ? [{ unit, snapshot }] : [];
  });
  if (units.length === 0) throw new WorkbookError("APPRAISAL_UNIT_MISSING", { unit: "" });
  const log = findSheet(sheets, SHEET.changeLog);
  return { units, logRow: nextLogRow(log), hasLog: log !== undefined };
}

function stateOf(read: Read): AppraisalLockState {
  return {
    locked: read.units.filter((u) => u.snapshot.protected === true).map((u) => u.snapshot.name),
    open: read.units.filter((u) => u.snapshot.protected !== true).map((u) => u.snapshot.name),
  };
}

/** Runs of consecutive columns, as [first, last]. */
function runs(cols: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === col - 1) last[1] = col;
    else out.push([col, col]);
  }
  return out;
}

/**
 * The lock of one scoring sheet: the table's own columns locked from its header row down, every
 * other column of the used width (Ghi chú, a user's column) left editable under the header.
 */
export function unitSheetLock(grid: Grid): SheetLock {
  const specs = { ...SCORE_COLUMNS, ...APPRAISAL_COLUMNS };
  const header = findHeader(grid, specs);
  const headerRow = header?.row ?? 0;
  const lastRow = Math.max(headerRow, grid.usedRows() - 1);
  let width = header?.free ?? 0;
  for (let row = 0; row <= lastRow; row++) width = Math.max(width, grid.cells(row).length);
  const scored = new Set(
    (Object.keys(specs) as (keyof typeof specs)[])
      .filter((key) => key !== "note")
      .map((key) => header?.columns[key] ?? null)
      .filter((col): col is number => col !== null),
  );
  const all = Array.from({ length: width }, (_, col) => col);
  const locked = runs(all.filter((col) => scored.has(col))).map(([left, right]) =>
    rangeAddress(headerRow, left, lastRow, right),
  );
  const editable =
    lastRow > headerRow
      ? runs(all.filter((col) => !scored.has(col))).map(([left, right]) =>
          rangeAddress(headerRow + 1, left, lastRow, right),
        )
      : [];
  return { sheet: grid.name, locked, editable };
}

/** Which scoring sheets are locked. */
export async function readLockState(port: WorkbookPort): Promise<AppraisalLockState> {
  return stateOf(await readUnits(port));
}

async function apply(
  port: ProtectableWorkbookPort,
  read: Read,
  sheets: readonly string[],
  lock: readonly SheetLock[],
  records: readonly ChangeRecord[],
): Promise<LockChanged> {
  if (sheets.length === 0) return { sheets, state: stateOf(read) };
  // The log is created once, empty, before its first rows (as appraisal.ts does).
  if (!read.hasLog) await port.writeSheets([changeLogSheet()]);
  const log = changeLogUpdate(records, read.logRow);
  await port.changeProtection({
    lock,
    unlock: lock.length === 0 ? sheets : [],
    updates: log ? [log] : [],
  });
  return { sheets, state: await readLockState(port) };
}

/**
 * Locks every scoring sheet not yet protected, each recorded in «Nhật ký» with `reason` (the fixed
 * sentence where none is given). Sheets already protected stay as they are.
 */
export async function lockAppraisal(
  port: ProtectableWorkbookPort,
  author: ChangeAuthor,
  reason = "",
): Promise<LockChanged> {
  const read = await readUnits(port);
  const open = read.units.filter((u) => u.snapshot.protected !== true);
  const locks = open.map((u) => unitSheetLock(u.unit.sheet!.grid));
  const why = reason.trim() === "" ? LOCK_WORDS.lockReason : reason.trim();
  const records = locks.map((lock): ChangeRecord => ({
    ...author,
    sheet: lock.sheet,
    cell: lock.locked.join(" "),
    old: LOCK_WORDS.open,
    new: LOCK_WORDS.locked,
    reason: why,
  }));
  return apply(
    port,
    read,
    locks.map((l) => l.sheet),
    locks,
    records,
  );
}

/**
 * Unlocks every locked scoring sheet; refused without a reason (nothing changes). Each sheet gets
 * its row in «Nhật ký» with the reason.
 */
export async function unlockAppraisal(
  port: ProtectableWorkbookPort,
  author: ChangeAuthor,
  reason: string,
): Promise<LockChanged> {
  const why = reason.trim();
  if (why === "") throw new WorkbookError("APPRAISAL_UNLOCK_REASON", {});
  const read = await readUnits(port);
  const locked = read.units.filter((u) => u.snapshot.protected === true).map((u) => u.snapshot.name);
  const records = locked.map((sheet): ChangeRecord => ({
    ...author,
    sheet,
    cell: "",
    old: LOCK_WORDS.locked,
    new: LOCK_WORDS.open,
    reason: why,
  }));
  return apply(port, read, locked, [], records);
}

/** True when `name` is among the locked sheets (names compared as Excel does). */
export function isLocked(state: AppraisalLockState, name: string): boolean {
  return state.locked.some((sheet) => normalizeKey(sheet) === normalizeKey(name));
}
