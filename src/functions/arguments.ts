/**
 * Argument shaping for the custom functions, pure so it runs without Excel.
 *
 * How Excel calls a custom function (custom-functions-parameter-options.md, and the runtime in
 * @microsoft/office-js, which appends `invocationContext` to the values it received): one value per
 * declared parameter — a scalar for a single cell or a literal, a 2-D array for a range, null for an
 * optional argument left out — then an invocation object as the LAST argument, which the functions
 * ignore; a `repeating` parameter gets ONE array holding each argument typed for it.
 *
 * A blank cell arrives as null (Excel on the web), "" — or 0 (Excel on Windows and Mac, for a single
 * cell; in ranges on the web too): office-js issues #4702, #1951 and #5262. A 0 cannot be told from a
 * typed 0, so each parameter reads its cells with a `Reading` that says what a 0 means to it.
 * An error cell (where Excel passes it on) is an object with a "#…" code. Everything here turns that
 * into the core's CellValue and a position to name in messages, and back into the 2-D array a spilled
 * result needs. No rule lives here: reading a cell's meaning is the core's (numbers.ts).
 */
import type { CellValue, Points } from "../core/model";
import { cellText, isBlankCell } from "../core/cell-text";
import { parseScore, parseWholeNumber } from "../core/numbers";
import { text } from "./text";

/** Which Excel error a failure shows; Excel shows the message only for #VALUE! and #N/A. */
export type FailureCode = "invalidValue" | "notAvailable" | "invalidNumber";

/** A result the function cannot give, as the error Excel should show in the cell. */
export class FunctionFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionFailure";
  }
}

export const invalidValue = (message: string): FunctionFailure =>
  new FunctionFailure("invalidValue", message);
export const notAvailable = (message: string): FunctionFailure =>
  new FunctionFailure("notAvailable", message);
/** #NUM! carries no message in Excel, so none is kept. */
export const invalidNumber = (): FunctionFailure => new FunctionFailure("invalidNumber", "");

/** An argument as the core reads it: its cells row by row, with the shape to name positions and spill back. */
export interface Cells {
  readonly values: readonly CellValue[];
  readonly rows: number;
  readonly columns: number;
  /** Passed as one value (a scalar or a 1 × 1 range): messages then name no row. */
  readonly single: boolean;
}

/**
 * What a 0 in a parameter's cells means, since Excel on Windows and Mac passes a blank cell as 0
 * (office-js #4702, #1951, #5262):
 * - "number": a figure where 0 is a real value (a score, a maximum, a vote count, a quota);
 * - "text": a word, flag, code, name or date — a number 0 there can only be a blank cell;
 * - "total": a unit's total — 0 is read as not scored, like a blank (a scored unit never totals 0).
 */
export type Reading = "number" | "text" | "total";

/** True for an optional argument the user left out. */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || arg === null;
}

/** One value as the core's CellValue. Blank is null; an Excel error becomes a CellError. */
export function cellValue(raw: unknown, reading: Reading = "number"): CellValue {
  if (raw === undefined || raw === null || raw === "") return null;
  if (raw === 0 && reading !== "number") return null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : { error: "#NUM!" };
  const code = errorCode(raw);
  // Rich values (entities, images) are not scores or names: read them as an error cell.
  return { error: code ?? "#VALUE!" };
}

function errorCode(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null || !("code" in raw)) return null;
  const code = raw.code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** The cells of an argument, a scalar or a range alike. */
export function cellsOf(arg: unknown, reading: Reading = "number"): Cells {
  if (!Array.isArray(arg)) return { values: [cellValue(arg, reading)], rows: 1, columns: 1, single: true };
  const grid = arg as unknown[];
  const rows = grid.length;
  const columns = grid.reduce<number>(
    (widest, row) => Math.max(widest, Array.isArray(row) ? row.length : 1),
    0,
  );
  const values: CellValue[] = new Array<CellValue>(rows * columns);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < columns; c++) {
      values[r * columns + c] = cellValue(
        Array.isArray(row) ? (row as unknown[])[c] : c === 0 ? row : null,
        reading,
      );
    }
  }
  return { values, rows, columns, single: rows * columns === 1 };
}

/** True when the argument is one value: a scalar or a 1 × 1 range. */
export function isSingle(arg: unknown): boolean {
  // From the shape alone: the single-value form of XEPHANG asks this of a whole column on every call.
  if (!Array.isArray(arg)) return true;
  const rows = arg as unknown[];
  if (rows.length !== 1) return false;
  const row: unknown = rows[0];
  return !Array.isArray(row) || row.length === 1;
}

/** The one value of an argument that must be a single cell. */
export function singleValue(arg: unknown, parameter: string, reading: Reading = "number"): CellValue {
  const cells = cellsOf(arg, reading);
  if (!cells.single) {
    throw invalidValue(text().singleValueExpected({ parameter, rows: cells.rows, columns: cells.columns }));
  }
  return cells.values[0] ?? null;
}

/** "Dòng 3" for the i-th cell of a range, null for a single value (nothing to point at). */
export function placeOf(cells: Cells, index: number): string | null {
  return cells.single ? null : text().position({ index, rows: cells.rows, columns: cells.columns });
}

/** Two ranges read side by side must have as many cells. */
export function requireSameLength(first: Cells, firstName: string, second: Cells, secondName: string): void {
  if (first.values.length !== second.values.length) {
    throw invalidValue(
      text().sizesDiffer({
        first: firstName,
        firstCount: first.values.length,
        second: secondName,
        secondCount: second.values.length,
      }),
    );
  }
}

/** The rows of a table argument (department allocation, bands), as many columns as it has. */
export function rowsOf(arg: unknown): CellValue[][] {
  const cells = cellsOf(arg);
  const rows: CellValue[][] = [];
  for (let r = 0; r < cells.rows; r++)
    rows.push(cells.values.slice(r * cells.columns, (r + 1) * cells.columns));
  return rows;
}

/** A value read as a number, read again as text: a 0 there is a blank cell (see `Reading`). */
export function asText(value: CellValue): CellValue {
  return value === 0 ? null : value;
}

/** True for a value that is blank, or a 0 that may be Excel's blank (see `Reading`). */
export function isBlankOrZero(value: CellValue): boolean {
  return value === 0 || isBlankCell(value);
}

/** True when every cell of a table row is blank (a row of zeros is a blank row as Excel passes it). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlankOrZero);
}

/**
 * Points of one cell, null when blank; anything that is not a number of points (text, error, date,
 * more than 2 decimals) fails with a message naming where it is.
 */
export function pointsAt(value: CellValue, place: string | null, what?: string): Points | null {
  const parsed = parseScore(value);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "number") return parsed.points;
  throw invalidValue(
    text().at(place, text().notANumber({ shown: parsed.shown, reason: parsed.reason, what })),
  );
}

/** A whole number ≥ 0 given as an optional argument (a quota), or the default when omitted or blank. */
export function countArg(arg: unknown, parameter: string, fallback: number): number {
  // The core's whole-number reading, as for a quota typed in the workbook ("2", " 2 ", "2,0").
  const n = parseWholeNumber(singleValue(arg, parameter));
  if (n === null) return fallback;
  if (n === "invalid") throw invalidNumber();
  return n;
}

/** A result in the shape of the range it came from, so a column spills as a column and a row as a row. */
export function spill<T>(values: readonly T[], like: Pick<Cells, "rows" | "columns">): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < like.rows; r++) out.push(values.slice(r * like.columns, (r + 1) * like.columns));
  return out;
}

/** A cell's value as the user would recognise it in a message: the core's cell text. */
export function shown(value: CellValue): string {
  return cellText(value);
}

/**
 * A table's rows without blank lines and without a heading row: when the first row's figure column
 * holds words ("Trực tiếp", "Điểm từ"), the user selected the headings with the data.
 */
export function dataRows(arg: unknown, figureColumn: number): CellValue[][] {
  const rows = rowsOf(arg).filter((row) => !isBlankRow(row));
  const first = rows[0];
  if (first !== undefined) {
    const figure = parseScore(first[figureColumn] ?? null);
    if (figure.kind === "invalid" && figure.reason === "text") rows.shift();
  }
  return rows;
}

/** A table argument must have at least this many columns. */
export function requireColumns(arg: unknown, count: number, parameter: string, columns: string): void {
  const found = cellsOf(arg).columns;
  if (found < count) throw invalidValue(text().columnsExpected({ parameter, columns, found }));
}

/** Text of a name or code cell (a code may be typed as a number). */
export function textOf(value: CellValue): string {
  return cellText(value);
}

/** A copy of a range argument's values, to recognise the same range on a later call. */
export function snapshot(arg: unknown): unknown[][] {
  if (!Array.isArray(arg)) return [[arg]];
  return (arg as unknown[]).map((row): unknown[] => (Array.isArray(row) ? [...(row as unknown[])] : [row]));
}

/** True when an argument holds exactly the values of a snapshot (same shape, same cells). */
export function sameValues(saved: readonly (readonly unknown[])[], arg: unknown): boolean {
  if (!Array.isArray(arg) || arg.length !== saved.length) return false;
  for (let r = 0; r < saved.length; r++) {
    const row: unknown = arg[r];
    const kept = saved[r]!;
    if (!Array.isArray(row) || row.length !== kept.length) return false;
    for (let c = 0; c < kept.length; c++) if (row[c] !== kept[c]) return false;
  }
  return true;
}
