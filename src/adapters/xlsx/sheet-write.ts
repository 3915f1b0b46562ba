/**
 * A sheet the product generates, as a worksheet part (and its table parts): cells with their styles,
 * column widths, row heights, merges, tables whose header cells equal their column names, data
 * validations each over its own range (never re-grouped, so none overlaps another), page setup, frozen
 * panes and protection. Elements follow the schema's order (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet).
 */
import {
  cellAddress,
  columnLetter,
  parseCellAddress,
  parseRange,
  rangeAddress,
} from "../../workbook/grid/address";
import { WorkbookError } from "../../workbook/errors";
import { fileFormula } from "../../workbook/formulas";
import type { CellWrite, DataValidationRule, PageSetup, SheetWrite } from "../../workbook/port";
import { xlsxTextCell } from "../../workbook/safe-text";
import { sheetWords } from "../../messages/vi/documents";
import type { StyleBook, WrittenStyle } from "./styles";
import { escapeXml } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MM_PER_INCH = 25.4;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A table to write as its own part. */
export interface TableToWrite {
  readonly name: string;
  readonly ref: string;
  readonly headerRow: boolean;
  readonly columns: readonly string[];
}

export interface BuiltSheet {
  /** The worksheet part, with `tablePart` relationship ids rIdT1, rIdT2 … in table order. */
  readonly xml: string;
  readonly tables: readonly TableToWrite[];
  /** Defined names the sheet needs (print area, print titles), as "name" → formula text. */
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

interface Cell {
  value: Exclude<CellWrite, null> | null;
  style: number;
}

function badRange(range: string): never {
  throw new WorkbookError("WRITE_BAD_RANGE", { range });
}

function number(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

function cellXml(ref: string, cell: Cell, styles: StyleBook): string {
  const s = cell.style ? ` s="${cell.style}"` : "";
  const v = cell.value;
  if (v === null) return `<c r="${ref}"${s}/>`;
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${number(v)}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") {
    if (v === "") return `<c r="${ref}"${s}/>`;
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  }
  void styles;
  const f = `<f>${escapeXml(fileFormula(v.formula))}</f>`;
  if (v.result === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof v.result === "number") return `<c r="${ref}"${s}>${f}<v>${number(v.result)}</v></c>`;
  return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(v.result)}</v></c>`;
}

/** The sheet name as a formula writes it ('Bảng tổng hợp'!). */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

function validationXml(rule: DataValidationRule): string {
  const r = parseRange(rule.range) ?? badRange(rule.range);
  const sqref = rangeAddress(r.top, r.left, r.bottom, r.right);
  const common =
    `allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(sheetWords.validationTitle)}"` +
    ` error="${escapeXml(rule.errorMessage)}" sqref="${sqref}"`;
  if (rule.kind === "list") {
    const list = `"${(rule.list ?? []).map((s) => s.replace(/"/gu, '""')).join(",")}"`;
    return `<dataValidation type="list" ${common}><formula1>${escapeXml(list)}</formula1></dataValidation>`;
  }
  const upper = rule.maxFormula ? rule.maxFormula.replace(/^=/u, "") : rule.max;
  const lower = number(rule.min ?? 0);
  if (upper === undefined)
    return `<dataValidation type="${rule.kind}" operator="greaterThanOrEqual" ${common}><formula1>${lower}</formula1></dataValidation>`;
  const up = typeof upper === "number" ? number(upper) : escapeXml(upper);
  return `<dataValidation type="${rule.kind}" operator="between" ${common}><formula1>${lower}</formula1><formula2>${up}</formula2></dataValidation>`;
}

function pageXml(setup: PageSetup): string {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  const m = setup.margins;
  const margins =
    `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}"` +
    ` header="${inches(Math.max(5, m.top / 2))}" footer="${inches(Math.max(5, m.bottom / 2))}"/>`;
  const page =
    `<pageSetup paperSize="9" orientation="${setup.orientation}"${setup.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}` +
    `${setup.pageNumbers ? ' firstPageNumber="1" useFirstPageNumber="1"' : ""}/>`;
  // An explicit blank first-page header: readers that ignore differentFirst without one print the
  // number. A centre section holding a space, not an empty one: openpyxl cannot parse "&C" alone
  // and drops the header with a warning.
  const header = setup.pageNumbers
    ? `<headerFooter differentFirst="1"><oddHeader>${escapeXml('&C&"Times New Roman"&13&P')}</oddHeader><firstHeader>${escapeXml("&C ")}</firstHeader></headerFooter>`
    : "";
  return margins + page + header;
}

/** Builds the worksheet part of a generated sheet. `name` is the sheet's final name (for its defined names). */
export function buildSheet(sheet: SheetWrite, name: string, styles: StyleBook): BuiltSheet {
  const grid = new Map<number, Map<number, Cell>>();
  const at = (row: number, col: number): Cell => {
    let line = grid.get(row);
    if (!line) grid.set(row, (line = new Map<number, Cell>()));
    let cell = line.get(col);
    if (!cell) line.set(col, (cell = { value: null, style: 0 }));
    return cell;
  };
  for (const block of sheet.blocks) {
    const start = parseCellAddress(block.at) ?? badRange(block.at);
    const style: WrittenStyle | undefined = block.style;
    const blockStyle = style ? styles.cellFormat(style) : 0;
    block.cells.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const cell = at(start.row + r, start.col + c);
        if (style) cell.style = blockStyle;
        if (typeof value === "string") {
          const text = xlsxTextCell(value);
          cell.value = text.value;
          if (text.numberFormat)
            cell.style = styles.cellFormat({ ...(style ?? {}), numberFormat: text.numberFormat });
        } else if (value !== null) cell.value = value;
      }),
    );
  }
  // Cells left editable on a protected sheet: their own format, unlocked.
  if (sheet.unlocked?.length) {
    const unlockedOf = new Map<number, number>();
    for (const range of sheet.unlocked) {
      const r = parseRange(range) ?? badRange(range);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const cell = at(row, col);
          let unlocked = unlockedOf.get(cell.style);
          if (unlocked === undefined) {
            unlocked = styles.unlocked(cell.style);
            unlockedOf.set(cell.style, unlocked);
          }
          cell.style = unlocked;
        }
    }
  }

  const tables: TableToWrite[] = [];
  for (const table of sheet.tables ?? []) {
    const r = parseRange(table.range) ?? badRange(table.range);
    const bottom = table.headerRow ? Math.max(r.bottom, r.top + 1) : r.bottom;
    const columns: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const v = table.headerRow ? grid.get(r.top)?.get(c)?.value : null;
      const text = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
      let column = text !== "" ? text : sheetWords.columnName(c - r.left + 1);
      // Excel refuses a table whose column names repeat (case-insensitively).
      for (let n = 2; columns.some((o) => o.toLowerCase() === column.toLowerCase()); n++)
        column = `${text || sheetWords.columnName(c - r.left + 1)} ${n}`;
      columns.push(column);
      // The header cell holds the column's name exactly, or Excel repairs the table on opening.
      if (table.headerRow) at(r.top, c).value = column;
    }
    tables.push({
      name: table.name,
      ref: rangeAddress(r.top, r.left, bottom, r.right),
      headerRow: table.headerRow,
      columns,
    });
  }

  const rowHeights = new Map((sheet.rowHeights ?? []).map((h) => [h.row - 1, h.height]));
  let maxRow = -1;
  let maxCol = -1;
  const rows = [...new Set([...grid.keys(), ...rowHeights.keys()])].sort((a, b) => a - b);
  const rowXml: string[] = [];
  for (const row of rows) {
    const line = grid.get(row);
    const cols = line ? [...line.keys()].sort((a, b) => a - b) : [];
    const height = rowHeights.get(row);
    const cells = cols.map((col) => {
      maxCol = Math.max(maxCol, col);
      return cellXml(`${columnLetter(col)}${row + 1}`, line!.get(col)!, styles);
    });
    maxRow = Math.max(maxRow, row);
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    rowXml.push(
      cells.length ? `<row r="${row + 1}"${ht}>${cells.join("")}</row>` : `<row r="${row + 1}"${ht}/>`,
    );
  }

  const parts: string[] = [XML_HEAD, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (sheet.pageSetup?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${maxRow < 0 ? "A1" : rangeAddress(0, 0, maxRow, Math.max(0, maxCol))}"/>`);
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    const pane =
      freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${freeze.columns ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}` +
        ` topLeftCell="${cellAddress(freeze.rows, freeze.columns)}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths?.length) {
    parts.push(
      `<cols>${sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`,
    );
  }
  parts.push(rowXml.length ? `<sheetData>${rowXml.join("")}</sheetData>` : "<sheetData/>");
  if (sheet.protect) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/>');
  if (sheet.merges?.length) {
    const merges = sheet.merges.map((m) => {
      const r = parseRange(m) ?? badRange(m);
      return `<mergeCell ref="${rangeAddress(r.top, r.left, r.bottom, r.right)}"/>`;
    });
    parts.push(`<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`);
  }
  if (sheet.validations?.length) {
    parts.push(
      `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join("")}</dataValidations>`,
    );
  }
  if (sheet.pageSetup) parts.push(pageXml(sheet.pageSetup));
  if (tables.length) {
    parts.push(
      `<tableParts count="${tables.length}">${tables.map((_, i) => `<tablePart r:id="rIdT${i + 1}"/>`).join("")}</tableParts>`,
    );
  }
  parts.push("</worksheet>");

  const names: { name: string; formula: string }[] = [];
  if (sheet.pageSetup?.printArea) {
    const r = parseRange(sheet.pageSetup.printArea) ?? badRange(sheet.pageSetup.printArea);
    names.push({
      name: "_xlnm.Print_Area",
      formula: `${quotedSheet(name)}!${cellAddress(r.top, r.left, true)}:${cellAddress(r.bottom, r.right, true)}`,
    });
  }
  if (sheet.pageSetup?.printTitleRows) {
    const m =
      /^\$?(\d+):\$?(\d+)$/u.exec(sheet.pageSetup.printTitleRows) ?? badRange(sheet.pageSetup.printTitleRows);
    names.push({ name: "_xlnm.Print_Titles", formula: `${quotedSheet(name)}!$${m[1]}:$${m[2]}` });
  }
  return { xml: parts.join(""), tables, names };
}

/** A table part (ECMA-376 Part 1, 18.5.1.2). */
export function tableXml(table: TableToWrite, id: number, name: string): string {
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("");
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${table.ref}"` +
    `${table.headerRow ? "" : ' headerRowCount="0"'}>` +
    `${table.headerRow ? `<autoFilter ref="${table.ref}"/>` : ""}` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/** The marker sheet's worksheet part (sheet-names.ts: its cells; the sheet itself is very hidden). */
export function markerXml(rows: readonly (readonly CellWrite[])[]): string {
  const cells = rows
    .map((row, r) => {
      const xml = row
        .map((v, c) => {
          const ref = `${columnLetter(c)}${r + 1}`;
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === "string")
            return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
          return "";
        })
        .join("");
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${cells}</sheetData></worksheet>`;
}
