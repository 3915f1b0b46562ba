/**
 * «Nhật ký»: the record of every change made through the pane — when, who (where the host says),
 * the sheet and cell, the old and the new value, the reason. Rows are only ever appended: the sheet
 * is the user's (never replaced by generating), created empty on the first change.
 */
import { cellText, isBlankCell } from "../../core/cell-text";
import type { CellValue } from "../../core/model";
import { normalizeKey } from "../../core/text/normalize";
import { cellAddress, parseCellAddress } from "../grid/address";
import { Grid } from "../grid/grid";
import { column, findHeader } from "../grid/header";
import type { CellEditPort, CellUpdate, CellWrite, SheetSnapshot, SheetWrite, WorkbookPort } from "../port";
import { SHEET, findSheet } from "../sheet-names";
import { HEADER, portraitPage } from "../styles";
import { TEMPLATE_HEADER_ROW, headers, titleBlocks, widths } from "./table";

export const CHANGE_LOG_COLUMNS = {
  when: column("Thời điểm", 18),
  who: column("Người sửa", 18, false),
  sheet: column("Trang", 14),
  cell: column("Ô", 7),
  old: column("Giá trị cũ", 16, false),
  new: column("Giá trị mới", 16, false),
  reason: column("Lý do", 40, false),
} as const;

/** One changed cell, as the log records it. */
export interface ChangeRecord {
  readonly when: string;
  readonly who: string;
  readonly sheet: string;
  /** A1-style. */
  readonly cell: string;
  readonly old: CellValue;
  readonly new: CellWrite;
  readonly reason: string;
}

/** The empty log, with its title and header, written once before its first row. */
export function changeLogSheet(): SheetWrite {
  const header = TEMPLATE_HEADER_ROW + 1;
  return {
    name: SHEET.changeLog,
    generated: false,
    blocks: [
      ...titleBlocks(
        "NHẬT KÝ THAY ĐỔI",
        "Mỗi thay đổi làm trong ngăn Thi Đua được ghi thêm một dòng; không sửa hay xóa các dòng đã ghi.",
      ),
      { at: `A${header}`, cells: [headers(CHANGE_LOG_COLUMNS)], style: HEADER },
    ],
    columnWidths: widths(CHANGE_LOG_COLUMNS),
    freeze: { rows: header, columns: 0 },
    pageSetup: portraitPage(`${header}:${header}`),
  };
}

/** The row (0-based) the next record goes to: under the last used row of the log, below its header. */
export function nextLogRow(log: SheetSnapshot | undefined): number {
  if (!log) return TEMPLATE_HEADER_ROW + 1;
  const grid = new Grid(log);
  const header = findHeader(grid, CHANGE_LOG_COLUMNS);
  return Math.max(grid.usedRows(), (header?.row ?? TEMPLATE_HEADER_ROW) + 1);
}

const shownOld = (value: CellValue): CellWrite =>
  value === null || typeof value === "string" || typeof value === "number" ? value : cellText(value);

/** The records as one block of cells under the log's last row. */
export function changeLogUpdate(records: readonly ChangeRecord[], firstRow: number): CellUpdate | null {
  if (records.length === 0) return null;
  return {
    sheet: SHEET.changeLog,
    at: cellAddress(firstRow, 0),
    cells: records.map((r) => [r.when, r.who, r.sheet, r.cell, shownOld(r.old) ?? "", r.new ?? "", r.reason]),
  };
}

// ── Writing a change with its records ──────────────────────────────────────────

/** Who makes a change and when, as the shell knows it ("" where the officer gave no name). */
export interface ChangeAuthor {
  readonly when: string;
  readonly who: string;
}

function same(old: CellValue, written: CellWrite): boolean {
  if (written === null) return true;
  if (typeof written === "object") return false;
  if (written === "") return isBlankCell(old);
  if (typeof written === "string") return typeof old === "string" && old.trim() === written.trim();
  return old === written;
}

/**
 * The records of `updates` against the sheets as they were: one per written cell whose value changes
 * (null cells are left alone and are not changes).
 */
export function changeRecords(
  before: readonly SheetSnapshot[],
  updates: readonly CellUpdate[],
  author: ChangeAuthor,
  reasonOf: (sheet: string) => string,
): ChangeRecord[] {
  const records: ChangeRecord[] = [];
  for (const update of updates) {
    const sheet = findSheet(before, update.sheet);
    const origin = parseCellAddress(update.at);
    if (origin === null) continue;
    update.cells.forEach((line, r) =>
      line.forEach((written, c) => {
        const row = origin.row + r;
        const col = origin.col + c;
        const old = sheet?.values[row]?.[col] ?? null;
        if (same(old, written)) return;
        records.push({
          ...author,
          sheet: sheet?.name ?? update.sheet,
          cell: cellAddress(row, col),
          old,
          new: written,
          reason: reasonOf(update.sheet),
        });
      }),
    );
  }
  return records;
}

/** The sheet names to read with the change's sheets so the log's next row is known. */
export function withLog(names: readonly string[]): string[] {
  return names.some((n) => normalizeKey(n) === normalizeKey(SHEET.changeLog))
    ? [...names]
    : [...names, SHEET.changeLog];
}

/**
 * Writes `updates` and the records' rows under the log's last row in one write of cells; a workbook
 * without «Nhật ký» gets it first (empty), so its rows can be written into it.
 */
export async function writeWithLog(
  port: WorkbookPort & Pick<CellEditPort, "updateCells">,
  updates: readonly CellUpdate[],
  records: readonly ChangeRecord[],
  log: SheetSnapshot | undefined,
): Promise<void> {
  const rows = changeLogUpdate(records, nextLogRow(log));
  if (updates.length === 0 && rows === null) return;
  if (rows && !log) await port.writeSheets([changeLogSheet()]);
  await port.updateCells(rows ? [...updates, rows] : updates);
}
