/**
 * A sheet as every reader of the workbook sees it: its cells by 0-based row and column, text in a
 * legacy font read as the font shows it (legacy-text.ts), each value with the cell it came from.
 * Positions stay numbers; an address is made only where a user reads it.
 */
import { cellText, isBlankCell } from "../../core/cell-text";
import { criterionKey } from "../../core/criteria";
import { problemOf } from "../../core/diagnostics";
import type { CellRef, CellValue, Problem, Sourced } from "../../core/model";
import { isCellError } from "../../core/numbers";
import { normalizeKey, normalizeText } from "../../core/text/normalize";
import { convertLegacyText, encodingFromFont } from "../../core/text/legacy";
import type { SheetSnapshot } from "../port";

export class Grid {
  /** Cells shown in a legacy font, as they look on screen (converted once). */
  private readonly shown = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {}

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.values.length;
  }

  /** The cell's value (null for no column); text in a legacy font is read as the font shows it. */
  value(row: number, col: number | null): CellValue {
    if (col === null) return null;
    const v = this.sheet.values[row]?.[col] ?? null;
    if (typeof v !== "string" || this.sheet.fonts === undefined) return v;
    const font = this.sheet.fonts[row]?.[col];
    if (legacyFont(font) === null) return v;
    const key = row * 20_000 + col;
    let text = this.shown.get(key);
    if (text === undefined) {
      text = textAsShown(v, font);
      this.shown.set(key, text);
    }
    return text;
  }

  /** A row's cells as `value` reads them. */
  cells(row: number): CellValue[] {
    const raw = this.sheet.values[row] ?? [];
    return this.sheet.fonts === undefined ? [...raw] : raw.map((_, col) => this.value(row, col));
  }

  /** The cell's text exactly as stored (a unit code is also looked for as the sheet name it was typed as). */
  rawText(row: number, col: number | null): string {
    if (col === null) return "";
    const v = this.sheet.values[row]?.[col] ?? null;
    return typeof v === "string" ? normalizeText(v) : "";
  }

  at(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, row, col };
  }

  sourced(row: number, col: number | null): Sourced {
    if (col === null) return { value: null };
    return { value: this.value(row, col), at: this.at(row, col) };
  }

  /** Text of a cell (cellText: numbers as typed, e.g. a numeric code); "" when empty or an error value (reported apart). */
  text(row: number, col: number | null): string {
    if (col === null) return "";
    const v = this.value(row, col);
    return isCellError(v) ? "" : cellText(v);
  }

  sourcedText(row: number, col: number | null): Sourced<string> {
    if (col === null) return { value: "" };
    return { value: this.text(row, col), at: this.at(row, col) };
  }

  isBlankRow(row: number): boolean {
    return (this.sheet.values[row] ?? []).every(isBlankCell);
  }

  /** The last row holding something, + 1 (a formatted but empty tail does not count). */
  usedRows(): number {
    let rows = this.rowCount;
    while (rows > 0 && this.isBlankRow(rows - 1)) rows -= 1;
    return rows;
  }

  /** Data rows under a header: every non-blank row up to `end` (blank rows are skipped, not an end). */
  dataRows(headerRow: number, end = this.rowCount): number[] {
    const rows: number[] = [];
    for (let row = headerRow + 1; row < end; row++) if (!this.isBlankRow(row)) rows.push(row);
    return rows;
  }
}

/** Error values (#REF!, #DIV/0! …) in the cells that will be read: each is a problem at its cell. */
export function reportErrors(
  grid: Grid,
  rows: readonly number[],
  cols: readonly (number | null)[],
  problems: Problem[],
): void {
  for (const row of rows) {
    for (const col of cols) {
      if (col === null) continue;
      const v = grid.value(row, col);
      if (isCellError(v)) problems.push(problemOf("WB_FORMULA_ERROR", { shown: v.error }, grid.at(row, col)));
    }
  }
}

/** Normalised keys, memoised: a 500-sheet workbook repeats the same few headers and codes. */
const keyCache = new Map<string, string>();

/** normalizeKey, memoised per spelling. */
export function keyOf(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const criterionKeys = new Map<string, string>();

/** The core's criterion key, memoised per spelling. */
export function criterionKeyOf(code: string): string {
  let key = criterionKeys.get(code);
  if (key === undefined) {
    key = criterionKey(code);
    if (criterionKeys.size > 50_000) criterionKeys.clear();
    criterionKeys.set(code, key);
  }
  return key;
}

// ── Legacy fonts ─────────────────────────────────────────────────────────────────

const fontEncodings = new Map<string, ReturnType<typeof encodingFromFont>>();

/** The legacy encoding of a font name, memoised (a workbook uses a handful of fonts). */
export function legacyFont(font: string | null | undefined): ReturnType<typeof encodingFromFont> {
  if (font === null || font === undefined || font === "") return null;
  let found = fontEncodings.get(font);
  if (found === undefined) {
    found = encodingFromFont(font);
    if (fontEncodings.size > 1000) fontEncodings.clear();
    fontEncodings.set(font, found);
  }
  return found;
}

/** The text of a cell shown in `font`, converted when the font is a legacy one; else the text itself. */
export function textAsShown(text: string, font: string | null | undefined): string {
  return legacyFont(font) === null ? text : convertLegacyText(text, { font }).text;
}
