/**
 * Finding a table by its column names: the one place a header row is looked for. Names are compared
 * normalised (case, accents' encoding, spaces), with the other spellings a column accepts, so a
 * moved column or rows inserted above a table still read.
 */
import { isBlankCell } from "../../core/cell-text";
import { problemOf } from "../../core/diagnostics";
import type { CellValue, Problem } from "../../core/model";
import { normalizeText } from "../../core/text/normalize";
import { keyOf, type Grid } from "./grid";

/** A column of a table: its header as written, and other spellings accepted when reading. */
export interface ColumnSpec {
  readonly header: string;
  readonly aliases?: readonly string[];
  /** Column width in characters. */
  readonly width: number;
  readonly required: boolean;
}

export function column(
  header: string,
  width: number,
  required = true,
  aliases: readonly string[] = [],
): ColumnSpec {
  return { header, width, required, aliases };
}

/** Rows from the top (or from where a table may begin) that are searched for its header. */
export const HEADER_SEARCH_ROWS = 30;

const specKeys = new WeakMap<ColumnSpec, ReadonlySet<string>>();

function keysOfSpec(spec: ColumnSpec): ReadonlySet<string> {
  let keys = specKeys.get(spec);
  if (!keys) {
    keys = new Set([spec.header, ...(spec.aliases ?? [])].map(keyOf));
    specKeys.set(spec, keys);
  }
  return keys;
}

/** Whether a cell names the column (its header or one of its other spellings). */
export function matchesColumn(cell: CellValue, spec: ColumnSpec): boolean {
  return typeof cell === "string" && keysOfSpec(spec).has(keyOf(cell));
}

export interface HeaderMatch<K extends string> {
  readonly row: number;
  readonly columns: Readonly<Record<K, number | null>>;
  /** Columns not among the specs: (col, header text). */
  readonly others: readonly { readonly col: number; readonly header: string }[];
  /** The first column right of the header's last filled cell. */
  readonly free: number;
}

/**
 * A table's header row: among rows `from` to `to`, the one naming the most of its columns, at least
 * two (or the only one); null when none does.
 */
export function findHeader<K extends string>(
  grid: Grid,
  specs: Readonly<Record<K, ColumnSpec>>,
  from = 0,
  to = Math.min(grid.rowCount, from + HEADER_SEARCH_ROWS),
): HeaderMatch<K> | null {
  const keys = Object.keys(specs) as K[];
  const spellings = keys.map((k) => keysOfSpec(specs[k]));
  let best: { row: number; count: number } | null = null;
  for (let row = from; row < to; row++) {
    // Each cell's key once per row (not once per column looked for): 500 sheets × 30 rows add up.
    const cellKeys: string[] = [];
    for (const c of grid.cells(row)) if (typeof c === "string") cellKeys.push(keyOf(c));
    let count = 0;
    for (const names of spellings) if (cellKeys.some((key) => names.has(key))) count++;
    if (count > (best?.count ?? 0)) best = { row, count };
    // A row naming every column cannot be beaten: a later row must name strictly more.
    if (count === keys.length) break;
  }
  if (!best || best.count < Math.min(2, keys.length)) return null;
  const cells = grid.cells(best.row);
  const columns = {} as Record<K, number | null>;
  for (const k of keys) {
    const col = cells.findIndex((c) => matchesColumn(c, specs[k]));
    columns[k] = col >= 0 ? col : null;
  }
  const used = new Set(Object.values<number | null>(columns).filter((c): c is number => c !== null));
  const others = cells
    .map((c, col) => ({ col, header: typeof c === "string" ? normalizeText(c) : "" }))
    .filter((o) => o.header !== "" && !used.has(o.col));
  let free = cells.length;
  while (free > 0 && isBlankCell(cells[free - 1] ?? null)) free--;
  return { row: best.row, columns, others, free };
}

/**
 * The header as the check reads it: `findHeader`, with a problem for a table whose header row is not
 * found and for each required column it lacks.
 */
export function readHeader<K extends string>(
  grid: Grid,
  specs: Readonly<Record<K, ColumnSpec>>,
  problems: Problem[],
  from = 0,
  to = Math.min(grid.rowCount, from + HEADER_SEARCH_ROWS),
): HeaderMatch<K> | null {
  const keys = Object.keys(specs) as K[];
  const match = findHeader(grid, specs, from, to);
  if (!match) {
    problems.push(
      problemOf("WB_HEADER_ROW_MISSING", {
        sheet: grid.name,
        expected: keys.filter((k) => specs[k].required).map((k) => specs[k].header),
      }),
    );
    return null;
  }
  for (const k of keys) {
    if (match.columns[k] === null && specs[k].required) {
      problems.push(
        problemOf(
          "WB_HEADER_MISSING",
          { sheet: grid.name, header: specs[k].header, row: match.row },
          grid.at(match.row, 0),
        ),
      );
    }
  }
  return match;
}
