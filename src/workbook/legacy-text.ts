/**
 * Text typed in legacy Vietnamese encodings (TCVN3 in the .Vn… fonts, VNI-Windows in the VNI-…
 * fonts) in the workbook's cells: finding it in sheets read with their fonts, and the cell edits that
 * convert it to Unicode. The reader uses it to read such cells as they look on screen; "Chuyển mã"
 * (the pane, `thidua chuyen-ma`) previews and writes the edits. The rules are the core's
 * (core/text/legacy.ts): a legacy font decides, otherwise only text detection is sure of.
 */
import { convertLegacyText, UNICODE_FONT, type LegacyEncoding } from "../core/text/legacy";
import { cellAddress, type RangePosition } from "./grid/address";
import { legacyFont } from "./grid/grid";
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
