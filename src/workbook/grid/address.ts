/**
 * A1-style addresses, shared by the workbook layer, both adapters and where a user reads a cell.
 * Rows and columns are 0-based here; the text form is Excel's ("A1", "$B$3", "'Đơn vị 1'!C5", a
 * selection such as "'Đơn vị'!B2:C9,E:E").
 */

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0 for "A", 26 for "AA"; -1 when the text is not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" for row 4, column 2. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses "C5" or "$C$5"; null when it isn't a single cell. */
export function parseCellAddress(address: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m?.[1] || !m[2]) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || col < 0) return null;
  return { row, col };
}

/** Parses "B3:D5" (or a single cell); null when malformed. */
export function parseRange(range: string): RangePosition | null {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b] = bare.split(":");
  const start = a === undefined ? null : parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** "B3:D5" from 0-based corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** A sheet name as a formula needs it: always quoted, inner apostrophes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
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
