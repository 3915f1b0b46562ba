/**
 * «Nhật ký»: the record of every change made through the pane — when, who (where the host says),
 * the sheet and cell, the old and the new value, the reason. Rows are only ever appended: the sheet
 * is the user's (never replaced by generating), created empty on the first change.
 */
import { cellText } from "../../core/cell-text";
import type { CellValue } from "../../core/model";
import { cellAddress } from "../grid/address";
import { Grid } from "../grid/grid";
import { column, findHeader } from "../grid/header";
import type { CellUpdate, CellWrite, SheetSnapshot, SheetWrite } from "../port";
import { SHEET } from "../sheet-names";
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
