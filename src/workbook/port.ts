/**
 * The workbook port: the few operations the product needs from a workbook.
 * Use cases take a WorkbookPort as an argument; adapters (Office.js, .xlsx) implement it.
 * Adapters move whole 2-D blocks: one read per operation, a few block writes, never a call per cell.
 */
import type { CellValue } from "../core/model";
import { normalizeKey } from "../core/text/normalize";

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /** True when the product generated this sheet (a marker kept in the workbook itself). */
  readonly generated: boolean;
}

/** A sheet's used range as read in one go, from A1. */
export interface SheetSnapshot {
  readonly name: string;
  readonly visible: boolean;
  readonly generated: boolean;
  /** values[row][col], from A1; rows may be ragged, missing cells are null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ("=SUM(A1:A3)") where a cell holds one, else null; same shape as values. Only when asked. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Font name per cell where asked (for legacy-encoding detection); same shape as values. */
  readonly fonts?: readonly (readonly (string | null)[])[];
  /** Merged ranges, A1-style ("B3:D3"). */
  readonly merges: readonly string[];
  /** Excel tables (ListObjects) on the sheet. */
  readonly tables: readonly { readonly name: string; readonly range: string }[];
  /** True when the sheet is protected; present only when ReadOptions.protection asked it. */
  readonly protected?: boolean;
}

export interface ReadOptions {
  readonly formulas?: boolean;
  /**
   * Font names per cell: for every sheet read (true), or only for the sheets named (fonts cost a
   * large payload in Office.js, so the reader asks them only where legacy text matters).
   */
  readonly fonts?: boolean | readonly string[];
  /** Whether each sheet read is protected (SheetSnapshot.protected): asked only where it matters. */
  readonly protection?: boolean;
}

/** True when `options` asks the fonts of the sheet `name` (names compared as Excel does). */
export function wantsFonts(options: ReadOptions, name: string): boolean {
  const fonts = options.fonts;
  if (fonts === true) return true;
  return typeof fonts === "object" && fonts.some((wanted) => normalizeKey(wanted) === normalizeKey(name));
}

/** A formula to write; `result` is the cached value where the writer knows it. */
export interface FormulaCell {
  readonly formula: string;
  readonly result?: number | string;
}

/**
 * A cell to write. Strings are always written as text, never as formulas, even when they start
 * with "=", "+", "-" or "@" (see safe-text.ts); only FormulaCell writes a formula.
 */
export type CellWrite = string | number | boolean | null | FormulaCell;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly fill?: string;
  readonly numberFormat?: string;
  /** Font colour, hex "RRGGBB" (default black). */
  readonly color?: string;
  /** A thin rule under the cells only (the short line under a document's header lines). */
  readonly bottomBorder?: boolean;
}

/** A rectangular block written at once. */
export interface BlockWrite {
  /** Top-left cell, A1-style. */
  readonly at: string;
  readonly cells: readonly (readonly CellWrite[])[];
  /** One style for the whole block (headers, number columns …). */
  readonly style?: CellStyle;
}

export interface DataValidationRule {
  /** Range, A1-style. */
  readonly range: string;
  readonly kind: "decimal" | "whole" | "list" | "date";
  readonly min?: number;
  readonly max?: number;
  /**
   * Upper bound as a formula relative to the range's top-left cell ("=$D5": each row's own maximum),
   * used instead of `max`. The product's sheets do not use it: exceljs 4.4 reads such a bound back as
   * NaN, so it would not survive the .xlsx adapter opening and saving a file (the adapter restores it
   * from the file's XML when it meets one, see adapters/xlsx/validations.ts).
   */
  readonly maxFormula?: string;
  /** For lists: the allowed entries. */
  readonly list?: readonly string[];
  /** Vietnamese message Excel shows on a wrong entry. */
  readonly errorMessage: string;
}

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  readonly fitToWidth: boolean;
  /** Margins in millimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  readonly printArea?: string;
  /** Rows repeated on each printed page, e.g. "5:6". */
  readonly printTitleRows?: string;
  /** Page numbers centred in the top margin, none on the first page (Vietnamese administrative format). */
  readonly pageNumbers?: boolean;
}

/** A whole sheet the product writes. */
export interface SheetWrite {
  readonly name: string;
  readonly blocks: readonly BlockWrite[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Row heights in points, for rows Excel does not fit itself (wrapped text in merged cells). Rows are 1-based. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly merges?: readonly string[];
  readonly tables?: readonly { readonly name: string; readonly range: string; readonly headerRow: boolean }[];
  readonly validations?: readonly DataValidationRule[];
  readonly pageSetup?: PageSetup;
  /** Rows/columns frozen at the top/left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Cells that stay editable when the sheet is protected; the rest is locked. */
  readonly unlocked?: readonly string[];
  readonly protect?: boolean;
  /** Marked as the product's own: regenerating may replace it, nothing else is ever replaced. */
  readonly generated: boolean;
  /** Where a new sheet goes: before this sheet when it exists, else at the end. A replaced sheet keeps its place. */
  readonly before?: string;
}

/**
 * One cell's text rewritten in place, in any sheet (the user's too): the legacy-text conversion.
 * The text is written as text, never as a formula (safe-text.ts); `fontName` replaces the cell's font.
 */
export interface CellEdit {
  readonly sheet: string;
  /** A1-style, one cell. */
  readonly address: string;
  readonly text: string;
  readonly fontName?: string;
}

/**
 * Values written into existing cells of an existing sheet (the user's own too): a merge's Tự chấm and
 * Ghi chú columns and arrival dates. Formats, validation, tables and formulas elsewhere stay as they are.
 */
export interface CellUpdate {
  readonly sheet: string;
  /** Top-left cell, A1-style. */
  readonly at: string;
  /**
   * null leaves a cell as it is; "" empties it; strings are always text, never formulas (safe-text.ts);
   * numbers stay numbers.
   */
  readonly cells: readonly (readonly CellWrite[])[];
  /** A number format for the written (non-null) cells (dates), else the cells keep theirs. */
  readonly numberFormat?: string;
}

export interface WorkbookPort {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** One batched read of the named sheets (missing names are simply absent from the result). */
  readSheets(names: readonly string[], options?: ReadOptions): Promise<readonly SheetSnapshot[]>;
  /**
   * Writes the sheets as one operation: each is built under a temporary name, then swapped in
   * for the generated sheet of the same name (sheet-plan.ts). A failure leaves the previous sheets
   * in place. Never replaces a sheet that is not `generated`: callers pick a free name first
   * (sheet-names.ts).
   */
  writeSheets(sheets: readonly SheetWrite[]): Promise<void>;
}

/**
 * Writing into cells of sheets that exist, the user's own included: the use cases that must not
 * replace a sheet (a merge, the legacy-text conversion) take this port as well. Both adapters
 * implement it.
 */
export interface CellEditPort {
  /** Rewrites single cells' text (and font) in place as one operation: the legacy-text conversion. */
  writeCells(edits: readonly CellEdit[]): Promise<void>;
  /**
   * Writes values into existing sheets as one operation (one request in Excel): a unit sheet cannot
   * be replaced without breaking the formulas that point at it. Every sheet named must exist:
   * otherwise a WorkbookError naming it, and nothing is written.
   */
  updateCells(updates: readonly CellUpdate[]): Promise<void>;
}

/** A workbook the use cases can both replace generated sheets in and edit cells of. */
export type EditableWorkbookPort = WorkbookPort & CellEditPort;

/**
 * A sheet to protect: every cell locked except the `editable` ranges, and the `locked` ranges locked
 * even where a user had unlocked them. A sheet already protected is left as it is (Excel refuses to
 * protect it again, and its protection may carry a user's password).
 */
export interface SheetLock {
  readonly sheet: string;
  /** Ranges, A1-style, left editable on the protected sheet. */
  readonly editable: readonly string[];
  /** Ranges, A1-style, made locked (the scored columns). */
  readonly locked: readonly string[];
}

/**
 * Protecting and unprotecting existing sheets, with the cells that record it, as one operation:
 * sheets are unprotected first, then the cells written, then sheets protected. Protection is no
 * password: it keeps a published result from a slip, not from someone determined.
 */
export interface ProtectionChange {
  readonly lock: readonly SheetLock[];
  readonly unlock: readonly string[];
  /** Cells written in the same operation (the «Nhật ký» rows); their sheets must not be protected. */
  readonly updates: readonly CellUpdate[];
}

export interface SheetProtectionPort {
  /**
   * Applies the change as one operation. Every sheet named must exist: otherwise a WorkbookError
   * naming it, and nothing changes. Excel has no undo for (un)protecting a sheet.
   */
  changeProtection(change: ProtectionChange): Promise<void>;
}

/** A workbook whose sheets the appraisal lock can protect. */
export type ProtectableWorkbookPort = EditableWorkbookPort & SheetProtectionPort;
