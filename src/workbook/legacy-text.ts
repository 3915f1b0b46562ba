/**
 * Text typed in legacy Vietnamese encodings (TCVN3 in the .Vn… fonts, VNI-Windows in the VNI-…
 * fonts) in the workbook's cells: finding it in sheets read with their fonts, and the cell edits that
 * convert it to Unicode. The reader uses it to read such cells as they look on screen; "Chuyển mã"
 * (the pane, `thidua chuyen-ma`) previews and writes the edits. The rules are the core's
 * (core/text/legacy.ts): a legacy font decides, otherwise only text detection is sure of.
 */
import { convertLegacyText, encodingFromFont, UNICODE_FONT, type LegacyEncoding } from "../core/text/legacy";
import { cellAddress, columnIndex, type RangePosition } from "./grid/address";
import type { CellEdit, SheetSnapshot } from "./port";

/** A cell whose text converts. */
export interface LegacyCell {
  readonly sheet: string;
  /** A1-style. */
  readonly address: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly before: string;
  readonly after: string;
  readonly encoding: LegacyEncoding;
  /** The legacy font the cell is shown in; null when the text alone told the encoding. */
  readonly font: string | null;
}

export interface LegacyFindOptions {
  /** Only cells inside these areas (see `parseScope`); every cell when absent. */
  readonly areas?: readonly RangePosition[];
  /** Reads every text cell in this encoding: the user says so, detection and fonts are not asked. */
  readonly encoding?: LegacyEncoding;
}

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

function inside(areas: readonly RangePosition[] | undefined, row: number, col: number): boolean {
  return (
    areas === undefined ||
    areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)
  );
}

/**
 * The cells of a sheet whose text converts: by their legacy font, else by detection (or in the
 * encoding asked). Formula cells are skipped (their text is computed); so is text that would not change.
 *
 * @example legacyCellsOf(sheetReadWithFonts) // [{ address: "B5", before: "C«ng ®oµn", after: "Công đoàn", … }]
 */
export function legacyCellsOf(sheet: SheetSnapshot, options: LegacyFindOptions = {}): LegacyCell[] {
  const found: LegacyCell[] = [];
  sheet.values.forEach((cells, row) => {
    cells.forEach((value, col) => {
      if (typeof value !== "string" || value.trim() === "") return;
      if (sheet.formulas?.[row]?.[col]) return;
      if (!inside(options.areas, row, col)) return;
      const font = sheet.fonts?.[row]?.[col] ?? null;
      const byFont = legacyFont(font) !== null;
      const conversion = convertLegacyText(value, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        font,
      });
      if (!conversion.changed || conversion.encoding === null) return;
      found.push({
        sheet: sheet.name,
        address: cellAddress(row, col),
        row,
        col,
        before: value,
        after: conversion.text,
        encoding: conversion.encoding,
        font: byFont ? font : null,
      });
    });
  });
  return found;
}

/** The edits that write the converted cells: the Unicode text in a Unicode font. */
export function legacyEdits(cells: readonly LegacyCell[]): CellEdit[] {
  return cells.map((c) => ({ sheet: c.sheet, address: c.address, text: c.after, fontName: UNICODE_FONT }));
}

export interface LegacyCount {
  readonly sheet: string;
  readonly encoding: LegacyEncoding;
  readonly cells: number;
}

/** How many cells per sheet and encoding, in the order first met. */
export function legacyCounts(cells: readonly LegacyCell[]): LegacyCount[] {
  const counts = new Map<string, { sheet: string; encoding: LegacyEncoding; cells: number }>();
  for (const c of cells) {
    const key = `${c.sheet}\u0000${c.encoding}`;
    const entry = counts.get(key) ?? { sheet: c.sheet, encoding: c.encoding, cells: 0 };
    entry.cells += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** "C", "12", "C12" → row and column bounds (an open side is unbounded). */
function bound(text: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/u.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : columnIndex(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]) - 1;
  if (col !== null && col < 0) return null;
  if (row !== null && row < 0) return null;
  return { row, col };
}

/**
 * A selection as Excel gives it ("'Đơn vị'!B2:C9", "A:A", "3:5", "A1,C3:D4") → its sheet and areas.
 * Null when it cannot be read. Whole rows and columns are open-ended.
 *
 * @example parseScope("'Đơn vị'!B5:B9") // { sheet: "Đơn vị", areas: [{ top: 4, left: 1, bottom: 8, right: 1 }] }
 */
export function parseScope(address: string): { sheet: string | null; areas: RangePosition[] } | null {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let rest = address;
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/gu, "'") : raw;
    rest = address.slice(bang + 1);
  }
  const areas: RangePosition[] = [];
  for (const part of rest.split(",")) {
    const [a = "", b = a] = part.split(":");
    const start = bound(a);
    const end = bound(b);
    if (start === null || end === null) return null;
    // "A" alone is not an area, "A:C" and "3:5" are; "A1:C5" too.
    if ((start.row === null) !== (end.row === null) || (start.col === null) !== (end.col === null))
      return null;
    if (!part.includes(":") && (start.row === null || start.col === null)) return null;
    const top = start.row ?? 0;
    const bottom = end.row ?? Number.MAX_SAFE_INTEGER;
    const left = start.col ?? 0;
    const right = end.col ?? Number.MAX_SAFE_INTEGER;
    areas.push({
      top: Math.min(top, bottom),
      bottom: Math.max(top, bottom),
      left: Math.min(left, right),
      right: Math.max(left, right),
    });
  }
  return areas.length === 0 ? null : { sheet, areas };
}
