/**
 * The workbook port over exceljs, for .xlsx files in Node (the `thidua` command) and in a plain
 * browser (the pane lazy-loads this module). It only moves 2-D blocks in and out; every decision
 * about what the cells mean is in src/workbook.
 */
import ExcelJS from "exceljs";
import type { CalendarDate, CellValue } from "../../core/model";
import { cellAddress, parseCellAddress, parseRange, rangeAddress } from "../../workbook/grid/address";
import { isWorkbookError, WorkbookError } from "../../workbook/errors";
import { displayFormula, fileFormula } from "../../workbook/formulas";
import type {
  BlockWrite,
  CellEdit,
  CellStyle,
  CellUpdate,
  CellWrite,
  DataValidationRule,
  PageSetup,
  ReadOptions,
  SheetInfo,
  SheetSnapshot,
  SheetWrite,
  EditableWorkbookPort,
} from "../../workbook/port";
import { wantsFonts } from "../../workbook/port";
import { xlsxTextCell } from "../../workbook/safe-text";
import {
  findSheet,
  generatedNamesFromMarker,
  MARKER_SHEET,
  markerSheetCells,
} from "../../workbook/sheet-names";
import { planSheetWrites, TEMP_SHEET_PREFIX } from "../../workbook/sheet-plan";
import { normalizeKey } from "../../core/text/normalize";
import { restoreFormulaValidations } from "./validations";
import { checkXlsxBytes, DEFAULT_XLSX_LIMITS, xlsxFault, type XlsxLimits } from "./guard";
import { scanXlsxContents } from "./scan";
import { sheetWords } from "../../messages/vi/documents";

const MM_PER_INCH = 25.4;

/** Parts of exceljs's worksheet that work but are missing from its typings. */
interface WorksheetInternals {
  orderNo: number;
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

export class XlsxWorkbook implements EditableWorkbookPort {
  private readonly workbook: ExcelJS.Workbook;
  private generated: Set<string>;

  private constructor(
    workbook: ExcelJS.Workbook,
    private readonly limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  ) {
    this.workbook = workbook;
    const marker = workbook.worksheets.find((ws) => ws.name === MARKER_SHEET);
    this.generated = new Set(marker ? generatedNamesFromMarker(sheetValues(marker)).map(keyOf) : []);
  }

  /** A new, empty workbook (no sheets yet). */
  static empty(): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Thi Đua";
    return new XlsxWorkbook(workbook);
  }

  /**
   * Opens an .xlsx file's bytes. Refuses with a WorkbookError (code, Vietnamese message) a file
   * that is not an .xlsx, is encrypted, truncated, or would inflate beyond `limits`.
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    checkXlsxBytes(bytes, limits);
    await scanXlsxContents(bytes, limits);
    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs's typings ask for a Node Buffer; it hands the bytes to JSZip, which takes a Uint8Array anywhere.
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      await restoreFormulaValidations(workbook, bytes);
      repairTableStyles(workbook);
      return new XlsxWorkbook(workbook, limits);
    } catch {
      throw xlsxFault("unreadable");
    }
  }

  /** Document properties (File › Info in Excel); fixed dates keep generated files stable. */
  setProperties(properties: { title?: string; description?: string; created?: Date; modified?: Date }): void {
    if (properties.title !== undefined) this.workbook.title = properties.title;
    if (properties.description !== undefined) this.workbook.description = properties.description;
    if (properties.created) this.workbook.created = properties.created;
    if (properties.modified) this.workbook.modified = properties.modified;
  }

  /** The workbook as .xlsx bytes (the marker of generated sheets included). */
  async toBuffer(): Promise<Uint8Array> {
    this.writeMarker();
    // Whoever opens the file recalculates every formula: the cached results are ours, not Excel's.
    this.workbook.calcProperties.fullCalcOnLoad = true;
    const out = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out);
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return Promise.resolve(
      this.userSheets().map((ws) => ({
        name: ws.name,
        visible: ws.state === "visible" || ws.state === undefined,
        generated: this.generated.has(keyOf(ws.name)),
      })),
    );
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<readonly SheetSnapshot[]> {
    const byKey = new Map<string, ExcelJS.Worksheet>();
    for (const ws of this.userSheets()) if (!byKey.has(sheetKey(ws.name))) byKey.set(sheetKey(ws.name), ws);
    const out: SheetSnapshot[] = [];
    const budget = { cells: this.limits.maxGridCells };
    try {
      for (const name of names) {
        const ws = byKey.get(sheetKey(name));
        if (ws && !out.some((s) => s.name === ws.name)) out.push(this.snapshot(ws, options, budget));
      }
    } catch (error) {
      return Promise.reject(isWorkbookError(error) ? error : xlsxFault("unreadable"));
    }
    return Promise.resolve(out);
  }

  /** Rewrites single cells in place: the text as a string (the Text format where risky) and the font. */
  writeCells(edits: readonly CellEdit[]): Promise<void> {
    const sheets = this.userSheets();
    const plans: { cell: ExcelJS.Cell; edit: CellEdit }[] = [];
    // Every target is checked before any cell changes: a refusal leaves the workbook as it was.
    for (const edit of edits) {
      const ws = findSheet(sheets, edit.sheet);
      if (!ws) return Promise.reject(new WorkbookError("WRITE_SHEET_MISSING", { sheet: edit.sheet }));
      const at = parseCellAddress(edit.address);
      if (!at) return Promise.reject(new WorkbookError("WRITE_BAD_RANGE", { range: edit.address }));
      plans.push({ cell: ws.getCell(at.row + 1, at.col + 1), edit });
    }
    for (const { cell, edit } of plans) {
      const text = xlsxTextCell(edit.text);
      cell.value = text.value;
      // A fresh style object: exceljs shares one between the cells of a style, and only this cell changes.
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (edit.fontName !== undefined) style.font = { ...(cell.style.font ?? {}), name: edit.fontName };
      if (text.numberFormat) style.numFmt = text.numberFormat;
      cell.style = style;
    }
    return Promise.resolve();
  }

  /**
   * Writes values into existing sheets (a merge's columns, arrival dates): null leaves a cell alone,
   * "" empties it, text stays text. Every sheet and address is checked before any cell changes.
   */
  updateCells(updates: readonly CellUpdate[]): Promise<void> {
    const sheets = this.userSheets();
    const plans: { ws: ExcelJS.Worksheet; row: number; col: number; update: CellUpdate }[] = [];
    for (const update of updates) {
      const ws = findSheet(sheets, update.sheet);
      if (!ws) return Promise.reject(new WorkbookError("WRITE_SHEET_MISSING", { sheet: update.sheet }));
      const at = parseCellAddress(update.at);
      if (!at) return Promise.reject(new WorkbookError("WRITE_BAD_RANGE", { range: update.at }));
      plans.push({ ws, row: at.row + 1, col: at.col + 1, update });
    }
    for (const { ws, row, col, update } of plans) {
      update.cells.forEach((values, r) =>
        values.forEach((value, c) => {
          if (value !== null) updateCell(ws.getCell(row + r, col + c), value, update.numberFormat);
        }),
      );
    }
    return Promise.resolve();
  }

  async writeSheets(sheets: readonly SheetWrite[]): Promise<void> {
    const order = this.workbook.worksheets.map((ws) => ws.name);
    const plan = planSheetWrites(
      { order, generated: order.filter((name) => this.generated.has(keyOf(name))) },
      sheets,
      (index) => `${TEMP_SHEET_PREFIX}${index + 1}`,
    );
    if (!plan.ok) throw new WorkbookError("WRITE_SHEET_TAKEN", { sheet: plan.taken });
    // Build every new sheet under its temporary name first; a failure removes them and leaves the old ones.
    const built: ExcelJS.Worksheet[] = [];
    try {
      for (const step of plan.sheets) {
        const ws = this.workbook.addWorksheet(step.temp);
        built.push(ws);
        await fillSheet(ws, step.sheet);
      }
    } catch (error) {
      for (const ws of built) this.workbook.removeWorksheet(ws.id);
      throw error;
    }
    plan.sheets.forEach((step, index) => {
      const ws = built[index];
      if (ws === undefined) return;
      const old = this.workbook.worksheets.find((w) => w.name === step.replaces);
      if (step.replaces !== undefined && old !== undefined) this.workbook.removeWorksheet(old.id);
      ws.name = step.sheet.name;
      this.moveTo(ws, step.position);
    });
    this.generated = new Set(plan.generatedAfter.map(keyOf));
  }

  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter(
      (ws) => ws.name !== MARKER_SHEET && !ws.name.startsWith(TEMP_SHEET_PREFIX),
    );
  }

  /** Puts `ws` at 0-based `position` in the workbook's order (exceljs orders sheets by orderNo). */
  private moveTo(ws: ExcelJS.Worksheet, position: number): void {
    const others = this.workbook.worksheets.filter((w) => w !== ws);
    others.splice(Math.min(position, others.length), 0, ws);
    others.forEach((w, i) => (internals(w).orderNo = i + 1));
  }

  private writeMarker(): void {
    const names = this.userSheets()
      .filter((ws) => this.generated.has(keyOf(ws.name)))
      .map((ws) => ws.name);
    const old = this.workbook.worksheets.find((ws) => ws.name === MARKER_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    if (names.length === 0) return;
    const ws = this.workbook.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
    markerSheetCells(names).forEach((row, r) =>
      row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = plain(v))),
    );
  }

  private snapshot(ws: ExcelJS.Worksheet, options: ReadOptions, budget: { cells: number }): SheetSnapshot {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] | undefined = options.formulas ? [] : undefined;
    const fonts: (string | null)[][] | undefined = wantsFonts(options, ws.name) ? [] : undefined;
    const grids = 1 + (formulas ? 1 : 0) + (fonts ? 1 : 0);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      // Blank cells between values are laid out too: a value far to the right or far down costs
      // memory, so the read stops at the limit instead of running out of it.
      budget.cells -= grids * (Math.max(0, r - values.length) + 1 + Math.max(0, row.cellCount));
      if (budget.cells < 0) throw xlsxFault("tooManyCells", this.limits.maxGridCells);
      const rowValues: CellValue[] = [];
      const rowFormulas: (string | null)[] = [];
      const rowFonts: (string | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        while (rowValues.length < c) rowValues.push(null);
        rowValues[c] = cellValueOf(cell);
        if (formulas) {
          while (rowFormulas.length < c) rowFormulas.push(null);
          const f = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
          rowFormulas[c] = f ? displayFormula(f) : null;
        }
        if (fonts) {
          while (rowFonts.length < c) rowFonts.push(null);
          rowFonts[c] = cell.font?.name ?? null;
        }
      });
      while (values.length < r) values.push([]);
      values[r] = rowValues;
      if (formulas) {
        while (formulas.length < r) formulas.push([]);
        formulas[r] = rowFormulas;
      }
      if (fonts) {
        while (fonts.length < r) fonts.push([]);
        fonts[r] = rowFonts;
      }
    });
    // exceljs's typings say getTables() gives pairs; it gives the tables, each wrapping its model.
    const tables = (ws.getTables() as unknown as { table?: { name?: string; tableRef?: string } }[]).map(
      (t) => ({
        name: t.table?.name ?? "",
        range: t.table?.tableRef ?? "",
      }),
    );
    return {
      name: ws.name,
      visible: ws.state === "visible" || ws.state === undefined,
      generated: this.generated.has(keyOf(ws.name)),
      values,
      ...(formulas ? { formulas } : {}),
      ...(fonts ? { fonts } : {}),
      merges: mergesOf(ws),
      tables: tables.filter((t) => t.range !== ""),
    };
  }
}

/**
 * LibreOffice saves tables without a style (no tableStyleInfo); exceljs reads that as no style and
 * then fails writing the file. Such a table gets an explicit "no style", which is what it had.
 */
function repairTableStyles(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    for (const entry of ws.getTables() as unknown as { table?: { style?: unknown } }[]) {
      if (entry.table && (entry.table.style === null || entry.table.style === undefined)) {
        entry.table.style = {
          theme: null,
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
      }
    }
  }
}

function keyOf(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** The key Excel compares sheet names by (the same as findSheet's). */
function sheetKey(name: string): string {
  return normalizeKey(name);
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  // exceljs keeps merges keyed by their master cell; the model lists them as "A1:B2".
  const merges = (ws.model as { merges?: string[] }).merges;
  return Array.isArray(merges) ? merges : [];
}

function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    rows[n - 1] = [cellValueOf(row.getCell(1)), cellValueOf(row.getCell(2))];
  });
  return Array.from(rows, (r) => r ?? []);
}

function calendarDateOf(d: Date): CalendarDate {
  // exceljs turns a serial into a Date at UTC midnight: read the UTC fields, never the local ones.
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function plainValueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : calendarDateOf(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[])
        .map((part) => (typeof part.text === "string" ? part.text : ""))
        .join("");
    }
    if ("formula" in o || "sharedFormula" in o) return plainValueOf(o.result);
    if (typeof o.text === "string") return o.text;
  }
  return null;
}

function cellValueOf(cell: ExcelJS.Cell): CellValue {
  // cell.value drops a formula's falsy result (0, "", FALSE); cell.result keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return plainValueOf(cell.result);
  return plainValueOf(cell.value);
}

/** Sets a formula's cached result even when falsy: exceljs's value setter drops 0, "" and FALSE. */
function setFormula(cell: ExcelJS.Cell, formula: string, result: number | string | undefined): void {
  cell.value = { formula, result };
  if (result === undefined) return;
  const inner = (cell as unknown as { _value?: { model?: { result?: unknown } } })._value;
  if (inner?.model) inner.model.result = result;
}

// ── Writing ───────────────────────────────────────────────────────────────────

function plain(v: CellWrite): ExcelJS.CellValue {
  if (v === null || typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return { formula: fileFormula(v.formula), result: v.result };
}

async function fillSheet(ws: ExcelJS.Worksheet, sheet: SheetWrite): Promise<void> {
  sheet.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const block of sheet.blocks) writeBlock(ws, block);
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  for (const range of sheet.merges ?? []) {
    const r = parseRange(range);
    if (!r) throw new WorkbookError("WRITE_BAD_RANGE", { range: range });
    ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  }
  for (const table of sheet.tables ?? []) addTable(ws, table);
  for (const rule of sheet.validations ?? []) addValidation(ws, rule);
  if (sheet.pageSetup) applyPageSetup(ws, sheet.pageSetup);
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
  }
  for (const range of sheet.unlocked ?? []) {
    forEachCell(range, (r, c) => (ws.getCell(r + 1, c + 1).protection = { locked: false }));
  }
  if (sheet.protect) {
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
}

function forEachCell(range: string, visit: (row: number, col: number) => void): void {
  const r = parseRange(range);
  if (!r) throw new WorkbookError("WRITE_BAD_RANGE", { range: range });
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(row, col);
}

function writeBlock(ws: ExcelJS.Worksheet, block: BlockWrite): void {
  const at = parseCellAddress(block.at);
  if (!at) throw new WorkbookError("WRITE_BAD_RANGE", { range: block.at });
  const style = block.style ? excelStyle(block.style) : undefined;
  block.cells.forEach((rowCells, r) => {
    const row = ws.getRow(at.row + r + 1);
    rowCells.forEach((value, c) => {
      const cell = row.getCell(at.col + c + 1);
      if (style) cell.style = style;
      if (typeof value === "string") {
        const text = xlsxTextCell(value);
        cell.value = text.value;
        // A fresh style object: exceljs shares the block's one, and the Text format is for this cell only.
        if (text.numberFormat) cell.style = { ...(style ?? {}), numFmt: text.numberFormat };
      } else if (value !== null && typeof value === "object") {
        setFormula(cell, fileFormula(value.formula), value.result);
      } else if (value !== null) {
        cell.value = value;
      }
    });
  });
}

/** One cell of an update: its value, and a number format only where one is given or the text needs it. */
function updateCell(
  cell: ExcelJS.Cell,
  value: Exclude<CellWrite, null>,
  numberFormat: string | undefined,
): void {
  let format = numberFormat;
  if (value === "") cell.value = null;
  else if (typeof value === "string") {
    const text = xlsxTextCell(value);
    cell.value = text.value;
    format = text.numberFormat ?? format;
  } else if (typeof value === "object") setFormula(cell, fileFormula(value.formula), value.result);
  else cell.value = value;
  // A fresh style object: exceljs shares one between cells, and only this cell's format changes.
  if (format !== undefined) cell.style = { ...cell.style, numFmt: format };
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.fontSize ? { size: style.fontSize } : {}),
    ...(style.fontName ? { name: style.fontName } : {}),
    ...(style.color ? { color: { argb: `FF${style.color}` } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(Object.keys(alignment).length ? { alignment } : {}),
    ...(style.border ? { border: { top: thin, bottom: thin, left: thin, right: thin } } : {}),
    ...(style.bottomBorder && !style.border ? { border: { bottom: thin } } : {}),
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } } }
      : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

function addTable(ws: ExcelJS.Worksheet, table: { name: string; range: string; headerRow: boolean }): void {
  const r = parseRange(table.range);
  if (!r) throw new WorkbookError("WRITE_BAD_RANGE", { range: table.range });
  const width = r.right - r.left + 1;
  const headerRow = r.top;
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = cellValueOf(ws.getCell(headerRow + 1, r.left + c + 1));
    const text = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
    let name = table.headerRow && text !== "" ? text : sheetWords.columnName(c + 1);
    // Excel refuses a table whose column names repeat (case-insensitively).
    for (let n = 2; names.some((other) => other.toLowerCase() === name.toLowerCase()); n++)
      name = `${text} ${n}`;
    names.push(name);
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = table.headerRow ? r.top + 1 : r.top; row <= r.bottom; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < width; c++) values.push(ws.getCell(row + 1, r.left + c + 1).value);
    rows.push(values);
  }
  // exceljs writes a broken table when it has no data row: keep one blank row.
  if (rows.length === 0) rows.push(names.map(() => null));
  ws.addTable({
    name: table.name,
    ref: cellAddress(r.top, r.left),
    headerRow: table.headerRow,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function addValidation(ws: ExcelJS.Worksheet, rule: DataValidationRule): void {
  const r = parseRange(rule.range);
  if (!r) throw new WorkbookError("WRITE_BAD_RANGE", { range: rule.range });
  const range = rangeAddress(r.top, r.left, r.bottom, r.right);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: sheetWords.validationTitle,
    error: rule.errorMessage,
  };
  const upper = rule.maxFormula ? rule.maxFormula.replace(/^=/, "") : rule.max;
  switch (rule.kind) {
    case "decimal":
    case "whole":
    case "date":
      internals(ws).dataValidations.add(range, {
        ...common,
        type: rule.kind,
        operator: upper === undefined ? "greaterThanOrEqual" : "between",
        formulae: upper === undefined ? [rule.min ?? 0] : [rule.min ?? 0, upper],
      });
      return;
    case "list":
      internals(ws).dataValidations.add(range, {
        ...common,
        type: "list",
        formulae: [`"${(rule.list ?? []).map((s) => s.replace(/"/g, '""')).join(",")}"`],
      });
  }
}

function applyPageSetup(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: setup.orientation,
    fitToPage: setup.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: {
      top: inches(setup.margins.top),
      bottom: inches(setup.margins.bottom),
      left: inches(setup.margins.left),
      right: inches(setup.margins.right),
      header: inches(Math.max(5, setup.margins.top / 2)),
      footer: inches(Math.max(5, setup.margins.bottom / 2)),
    },
    ...(setup.printArea ? { printArea: setup.printArea } : {}),
    ...(setup.printTitleRows ? { printTitlesRow: setup.printTitleRows } : {}),
  };
  if (setup.pageNumbers) {
    // An explicit empty first-page header: readers that ignore differentFirst without one print the number.
    ws.headerFooter = { differentFirst: true, oddHeader: '&C&"Times New Roman"&13&P', firstHeader: "&C" };
    ws.pageSetup.firstPageNumber = 1;
  }
}
