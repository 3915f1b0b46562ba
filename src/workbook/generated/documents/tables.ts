/**
 * Tables of an administrative document: widths from shares, the shape of rows with merged cells,
 * and whether every word fits its column at the printed size — the format wraps text or turns the
 * page to landscape, it never shrinks the text or cuts a word.
 */
import { longestWordPt } from "./metrics";
import type { Alignment, TableBlock, TableCell, TableColumn } from "./model";
import { type Orientation, SIZES_PT, TABLE_CELL_PADDING_MM, mmToPt, textAreaWidthPt } from "./page";
import { tidy } from "./header";

/** A cell as a content builder gives it: its text, or the text with emphasis, alignment and spans. */
export type TableCellInput =
  | string
  | {
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly align?: Alignment;
      readonly colSpan?: number;
      readonly rowSpan?: number;
    };

export interface TableColumnInput {
  /** Relative width: any positive numbers, scaled to the table's width. */
  readonly share: number;
  readonly align?: Alignment;
}

export interface TableInput {
  readonly type: "table";
  readonly columns: readonly TableColumnInput[];
  /** Header rows, bold and centred unless a cell says otherwise; repeated on every page. */
  readonly header: readonly (readonly TableCellInput[])[];
  readonly rows: readonly (readonly TableCellInput[])[];
  /** Print the whole table on one page where it fits (a short table read as one: the minutes' ballots). */
  readonly keepTogether?: boolean;
}

/** A word wider than the column it must print in. */
export interface TableOverflow {
  /** Row index counting header rows first. */
  readonly row: number;
  readonly column: number;
  readonly word: string;
  readonly needPt: number;
  readonly havePt: number;
}

function cellFrom(input: TableCellInput, column: TableColumnInput | undefined, header: boolean): TableCell {
  const given = typeof input === "string" ? { text: input } : input;
  return {
    text: tidy(given.text),
    bold: given.bold ?? header,
    italic: given.italic ?? false,
    align: given.align ?? (header ? "center" : (column?.align ?? "left")),
    colSpan: Math.max(1, Math.trunc(given.colSpan ?? 1)),
    rowSpan: Math.max(1, Math.trunc(given.rowSpan ?? 1)),
  };
}

/**
 * Lays the rows out on the columns, leaving out columns that a cell above still spans, and checks
 * each row fills the columns exactly. A row that does not is a defect of the content builder.
 */
function shapeRows(
  rows: readonly (readonly TableCellInput[])[],
  columns: readonly TableColumnInput[],
  header: boolean,
): TableCell[][] {
  const coveredUntil = columns.map(() => -1); // last row index each column is spanned down to
  const shaped = rows.map((row, r) => {
    const cells: TableCell[] = [];
    let column = 0;
    const skipCovered = () => {
      while (column < columns.length && (coveredUntil[column] ?? -1) >= r) column += 1;
    };
    for (const input of row) {
      skipCovered();
      const cell = cellFrom(input, columns[column], header);
      if (column + cell.colSpan > columns.length) break;
      for (let c = column; c < column + cell.colSpan; c += 1) coveredUntil[c] = r + cell.rowSpan - 1;
      cells.push(cell);
      column += cell.colSpan;
    }
    skipCovered();
    const filled = coveredUntil.filter((until) => until >= r).length;
    if (filled !== columns.length || cells.length !== row.length) {
      throw new Error(
        `Table ${header ? "header " : ""}row ${r + 1} covers ${filled} of ${columns.length} columns with ${row.length} cells.`,
      );
    }
    return cells;
  });
  if (coveredUntil.some((until) => until >= rows.length)) {
    throw new Error(`A ${header ? "header" : "body"} cell spans rows past the last one.`);
  }
  return shaped;
}

/**
 * Builds a table for a section of the given width: shares become widths, header cells are bold
 * and centred, spans are checked.
 *
 * @example tableBlock({ type: "table", columns: [{ share: 1 }, { share: 3 }], header: [["STT", "Tên đơn vị"]], rows: [["1", "Công đoàn Ngân hàng A"]] }, 400).columns.map((c) => c.widthPt) // [100, 300]
 */
export function tableBlock(input: TableInput, widthPt: number): TableBlock {
  if (input.columns.length === 0) throw new Error("A table needs at least one column.");
  if (input.columns.some((c) => !(c.share > 0))) throw new Error("Column shares must be positive.");
  const total = input.columns.reduce((sum, c) => sum + c.share, 0);
  const columns: TableColumn[] = input.columns.map((c) => ({
    share: c.share / total,
    widthPt: (widthPt * c.share) / total,
    align: c.align ?? "left",
  }));
  return {
    type: "table",
    columns,
    headerRows: shapeRows(input.header, input.columns, true),
    bodyRows: shapeRows(input.rows, input.columns, false),
    sizePt: SIZES_PT.table,
    widthPt,
    cellPaddingPt: mmToPt(TABLE_CELL_PADDING_MM),
    keepLastRowsWithNext: 0,
    ...(input.keepTogether ? { keepTogether: true } : {}),
  };
}

/**
 * Every cell whose longest word is wider than its column (padding included) at the printed size:
 * such a word would be broken or cut, so the table needs landscape or other shares.
 *
 * @example tableOverflows(tableBlock({ type: "table", columns: [{ share: 1 }], header: [], rows: [["Xuất sắc"]] }, 20)).length // 1
 */
export function tableOverflows(table: TableBlock): TableOverflow[] {
  const found: TableOverflow[] = [];
  const rows = [...table.headerRows, ...table.bodyRows];
  const headerCount = table.headerRows.length;
  // Where each cell starts: columns still spanned from above are skipped, as when shaping.
  let coveredUntil = table.columns.map(() => -1);
  rows.forEach((row, r) => {
    if (r === headerCount) coveredUntil = table.columns.map(() => -1);
    let column = 0;
    for (const cell of row) {
      while (column < table.columns.length && (coveredUntil[column] ?? -1) >= r) column += 1;
      const havePt = table.columns
        .slice(column, column + cell.colSpan)
        .reduce((sum, c) => sum + c.widthPt, 0);
      for (let c = column; c < column + cell.colSpan; c += 1) coveredUntil[c] = r + cell.rowSpan - 1;
      const weight = cell.bold ? "bold" : "regular";
      for (const word of cell.text.split(/\s+/).filter((w) => w !== "")) {
        const needPt = longestWordPt(word, table.sizePt, weight) + 2 * table.cellPaddingPt;
        if (needPt > havePt + 0.01) found.push({ row: r, column, word, needPt, havePt });
      }
      column += cell.colSpan;
    }
  });
  return found;
}

/**
 * The orientation a table needs: portrait when every word fits its column there, else landscape.
 *
 * @example orientationForTable({ type: "table", columns: [{ share: 1 }], header: [], rows: [["1"]] }) === "portrait"
 */
export function orientationForTable(input: TableInput): Orientation {
  return tableOverflows(tableBlock(input, textAreaWidthPt("portrait"))).length === 0
    ? "portrait"
    : "landscape";
}

/** Rows kept together where a table meets a page break: with the header at the top, at the end. */
const ROWS_KEPT_TOGETHER = 2;

/**
 * Whether a row prints on the page of the row (or block) after it: every header row, so the
 * header never ends a page; the first body row, so at least two rows follow the header; the
 * second-to-last, so the last row is never alone on a page; and the last `keepLastRowsWithNext`
 * rows, which stay with the closing; in a table kept together, every row but the last. `row`
 * counts header rows first.
 *
 * @example rowKeepsWithNext(table, 0) === true // a header row
 */
export function rowKeepsWithNext(table: TableBlock, row: number): boolean {
  const headers = table.headerRows.length;
  if (row < headers) return true;
  const body = row - headers;
  const count = table.bodyRows.length;
  if (table.keepTogether && body < count - 1) return true;
  if (body < ROWS_KEPT_TOGETHER - 1 && body < count - 1) return true;
  if (body >= count - ROWS_KEPT_TOGETHER && body < count - 1) return true;
  return body >= count - table.keepLastRowsWithNext;
}
