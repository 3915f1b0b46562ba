/**
 * Reads the cluster workbook's grids into the core's BlockInput, keeping the cell of every value so
 * a problem can name its sheet and cell. Only the workbook's structure is judged here (missing
 * sheets, renamed headers, merged score cells, error values); what the values mean is the core's.
 * Headers and configuration labels are found by name, so moved columns and inserted rows still read.
 */
import { cellText, isBlankCell } from "../core/cell-text";
import { bandsFrom } from "../core/classification";
import { criterionKey } from "../core/criteria";
import { numberFromPoints } from "../core/decimal";
import type {
  BlockInput,
  CalendarDate,
  CellRef,
  CellValue,
  ClassificationBand,
  ClusterDefinition,
  CriterionKind,
  CriterionRow,
  Deadlines,
  DepartmentPointsRow,
  DepartmentRow,
  Period,
  Points,
  Problem,
  ScoreRow,
  ScoringConfig,
  Sourced,
  TieBreakKey,
  UnitRow,
  VoteRow,
} from "../core/model";
import { clusterCode } from "../core/model";
import { isCellError, parseDate, parseScore, parseWholeNumber, parseYesNo } from "../core/numbers";
import { normalizeKey, normalizeText } from "../core/text/normalize";
import { problemOf } from "../core/diagnostics";
import type { ConfigExpectation } from "../core/diagnostics";
import { unitCode } from "../core/model";
import { cellAddress, parseRange } from "./a1";
import {
  BANDS_TABLE,
  CLUSTER_TABLE,
  CONFIG_KEYS,
  CRITERIA_COLUMNS,
  DEPARTMENT_COLUMNS,
  DEPARTMENT_POINTS_COLUMNS,
  HEADER_SEARCH_ROWS,
  HOLIDAYS_TABLE,
  KIND_LABELS,
  PERIOD_KIND_LABELS,
  RECIPIENTS_TABLE,
  SCORE_COLUMNS,
  SECTION_LABEL,
  SHEET,
  TIE_BREAK_LABELS,
  UNIT_COLUMNS,
  VOTE_COLUMNS,
  type ColumnSpec,
} from "./layout";
import { legacyCellsOf, legacyFont, textAsShown } from "./legacy-text";
import { WORKBOOK_LIMITS } from "./limits";
import type { SheetSnapshot } from "./port";
import { existingGeneratedSheet, findSheet } from "./sheet-names";

/** Stable codes of the structural problems (JSON output and tests rely on them). */
export const DECODE_PROBLEM = {
  SHEET_MISSING: "WB_SHEET_MISSING",
  UNIT_SHEET_MISSING: "WB_UNIT_SHEET_MISSING",
  HEADER_ROW_MISSING: "WB_HEADER_ROW_MISSING",
  HEADER_MISSING: "WB_HEADER_MISSING",
  CONFIG_MISSING: "WB_CONFIG_MISSING",
  CONFIG_INVALID: "WB_CONFIG_INVALID",
  KIND_INVALID: "WB_KIND_INVALID",
  MERGED_SCORE_CELLS: "WB_MERGED_SCORE_CELLS",
  FORMULA_ERROR: "WB_FORMULA_ERROR",
  NUMBER_AS_TEXT: "WB_NUMBER_AS_TEXT",
  UNIT_SHEET_MAX_MISMATCH: "WB_UNIT_SHEET_MAX_MISMATCH",
  LEGACY_FONT: "WB_LEGACY_FONT",
  LEGACY_TEXT: "WB_LEGACY_TEXT",
  TOO_MANY_ROWS: "WB_TOO_MANY_ROWS",
  TOO_MANY_UNITS: "WB_TOO_MANY_UNITS",
  TOO_MANY_CRITERIA: "WB_TOO_MANY_CRITERIA",
  TEXT_TOO_LONG: "WB_TEXT_TOO_LONG",
} as const;

/** Problems that stop the reading: past a limit (src/workbook/limits.ts), nothing is computed. */
export const LIMIT_PROBLEMS: ReadonlySet<string> = new Set([
  DECODE_PROBLEM.TOO_MANY_ROWS,
  DECODE_PROBLEM.TOO_MANY_UNITS,
  DECODE_PROBLEM.TOO_MANY_CRITERIA,
  DECODE_PROBLEM.TEXT_TOO_LONG,
]);

/**
 * The sheets whose text the reader takes as it looks on screen, converting cells shown in a legacy
 * font (.Vn…, VNI-…): their fonts are read. The unit sheets hold codes and numbers and are not.
 */
export const FONT_SHEETS: readonly string[] = [
  SHEET.config,
  SHEET.criteria,
  SHEET.units,
  SHEET.departments,
  SHEET.departmentPoints,
  SHEET.votes,
];

/** Settings the printed documents use (not part of the core's input). */
export interface DocumentSettings {
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  readonly documentNumber: string;
  readonly signerOnBehalf: string;
  readonly signerTitle: string;
  readonly signer: string;
  readonly filingCode: string;
  readonly recipients: readonly string[];
  /** Head and deputy unit per cluster code, as typed. */
  readonly officers: ReadonlyMap<string, { readonly head: string; readonly deputy: string }>;
}

/** Where a unit's scores are, so the summary's formulas can point at them. */
export interface ScoreSheetLayout {
  readonly sheet: string;
  readonly selfCol: number;
  readonly appraisedCol: number;
  /** Row (0-based) of each criterion code as typed on the sheet, by criterion key. */
  readonly rowOfCriterion: ReadonlyMap<string, number>;
  /** Rows whose self or appraised cell holds something. */
  readonly filledRows: ReadonlySet<number>;
}

/** Where the departments' points are: one row per unit, one column per department. */
export interface DepartmentPointsLayout {
  readonly sheet: string;
  readonly columns: readonly number[];
  /** Row (0-based) by normalised unit code. */
  readonly rowOfUnit: ReadonlyMap<string, number>;
}

export interface WorkbookLayout {
  /** By normalised unit code. */
  readonly scoreSheets: ReadonlyMap<string, ScoreSheetLayout>;
  readonly departmentPoints: DepartmentPointsLayout | null;
}

export interface DecodedWorkbook {
  readonly input: BlockInput;
  readonly problems: Problem[];
  /** A sheet, the units, the criteria or a cell's text is past its limit: the input is partial, nothing may be computed. */
  readonly exceedsLimits: boolean;
  readonly document: DocumentSettings;
  readonly layout: WorkbookLayout;
}

// ── Grid helpers ────────────────────────────────────────────────────────────

class Grid {
  /** Cells shown in a legacy font, as they look on screen (converted once). */
  private readonly shown = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {}

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.values.length;
  }

  /** The cell's value; text in a legacy font is read as the font shows it (legacy-text.ts). */
  value(row: number, col: number): CellValue {
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

  ref(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, address: cellAddress(row, col) };
  }

  sourced(row: number, col: number | null): Sourced {
    if (col === null) return { value: null };
    return { value: this.value(row, col), at: this.ref(row, col) };
  }

  /** Text of a cell (cellText: numbers as typed, e.g. a numeric code); "" when empty or an error value (reported apart). */
  text(row: number, col: number | null): string {
    if (col === null) return "";
    const v = this.value(row, col);
    return isCellError(v) ? "" : cellText(v);
  }

  sourcedText(row: number, col: number | null): Sourced<string> {
    if (col === null) return { value: "" };
    return { value: this.text(row, col), at: this.ref(row, col) };
  }

  isBlankRow(row: number): boolean {
    return (this.sheet.values[row] ?? []).every(isBlankCell);
  }
}

/** Normalised keys, memoised: a 500-sheet workbook repeats the same few headers and codes. */
const keyCache = new Map<string, string>();

function keyOf(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const specKeys = new WeakMap<ColumnSpec, ReadonlySet<string>>();

function keysOfSpec(spec: ColumnSpec): ReadonlySet<string> {
  let keys = specKeys.get(spec);
  if (!keys) {
    keys = new Set([spec.header, ...(spec.aliases ?? [])].map(keyOf));
    specKeys.set(spec, keys);
  }
  return keys;
}

function matchesColumn(cell: CellValue, spec: ColumnSpec): boolean {
  return typeof cell === "string" && keysOfSpec(spec).has(keyOf(cell));
}

const criterionKeys = new Map<string, string>();

/** The core's criterion key, memoised per spelling. */
function criterionKeyOf(code: string): string {
  let key = criterionKeys.get(code);
  if (key === undefined) {
    key = criterionKey(code);
    if (criterionKeys.size > 50_000) criterionKeys.clear();
    criterionKeys.set(code, key);
  }
  return key;
}

interface HeaderMatch<K extends string> {
  readonly row: number;
  readonly columns: Readonly<Record<K, number | null>>;
  /** Columns not among the specs: (col, header text). */
  readonly others: readonly { readonly col: number; readonly header: string }[];
}

/**
 * Finds a table's header row by its column names: the row (from `from`, within the search window)
 * matching the most of them, at least two (or the only one). Problems name a missing required column.
 */
function findHeader<K extends string>(
  grid: Grid,
  specs: Readonly<Record<K, ColumnSpec>>,
  problems: Problem[],
  from = 0,
  to = Math.min(grid.rowCount, from + HEADER_SEARCH_ROWS),
): HeaderMatch<K> | null {
  const keys = Object.keys(specs) as K[];
  let best: { row: number; count: number } | null = null;
  for (let row = from; row < to; row++) {
    const cells = grid.cells(row);
    const count = keys.filter((k) => cells.some((c) => matchesColumn(c, specs[k]))).length;
    if (count > (best?.count ?? 0)) best = { row, count };
  }
  const needed = Math.min(2, keys.length);
  if (!best || best.count < needed) {
    problems.push(
      problemOf("WB_HEADER_ROW_MISSING", {
        sheet: grid.name,
        expected: keys.filter((k) => specs[k].required).map((k) => specs[k].header),
      }),
    );
    return null;
  }
  const cells = grid.cells(best.row);
  const columns = {} as Record<K, number | null>;
  for (const k of keys) {
    const col = cells.findIndex((c) => matchesColumn(c, specs[k]));
    columns[k] = col >= 0 ? col : null;
    if (col < 0 && specs[k].required) {
      problems.push(
        problemOf(
          "WB_HEADER_MISSING",
          { sheet: grid.name, header: specs[k].header, row: best.row },
          grid.ref(best.row, 0),
        ),
      );
    }
  }
  const used = new Set(Object.values<number | null>(columns).filter((c): c is number => c !== null));
  const others = cells
    .map((c, col) => ({ col, header: typeof c === "string" ? normalizeText(c) : "" }))
    .filter((o) => o.header !== "" && !used.has(o.col));
  return { row: best.row, columns, others };
}

/** Error values (#REF!, #DIV/0! …) in the cells that will be read: each is a problem at its cell. */
function reportErrors(
  grid: Grid,
  rows: readonly number[],
  cols: readonly (number | null)[],
  problems: Problem[],
): void {
  for (const row of rows) {
    for (const col of cols) {
      if (col === null) continue;
      const v = grid.value(row, col);
      if (isCellError(v))
        problems.push(problemOf("WB_FORMULA_ERROR", { shown: v.error }, grid.ref(row, col)));
    }
  }
}

/** Data rows under a header: every non-blank row up to `end` (blank rows are skipped, not an end). */
function dataRows(grid: Grid, headerRow: number, end = grid.rowCount): number[] {
  const rows: number[] = [];
  for (let row = headerRow + 1; row < end; row++) if (!grid.isBlankRow(row)) rows.push(row);
  return rows;
}

// ── Configuration ────────────────────────────────────────────────────────────

interface ConfigReader {
  raw(key: keyof typeof CONFIG_KEYS): Sourced;
  text(key: keyof typeof CONFIG_KEYS): string;
}

function configReader(grid: Grid): ConfigReader {
  const rowOf = new Map<string, number>();
  for (let row = 0; row < grid.rowCount; row++) {
    const label = grid.value(row, 0);
    if (typeof label === "string" && !rowOf.has(keyOf(label))) rowOf.set(keyOf(label), row);
  }
  const find = (key: keyof typeof CONFIG_KEYS): number | undefined => rowOf.get(keyOf(CONFIG_KEYS[key]));
  return {
    raw(key) {
      const row = find(key);
      return row === undefined ? { value: null } : grid.sourced(row, 1);
    },
    text(key) {
      const row = find(key);
      return row === undefined ? "" : grid.text(row, 1);
    },
  };
}

function readConfig(
  grid: Grid,
  problems: Problem[],
): {
  name: string;
  period: Period | null;
  selfScoreMax: Points | null;
  departmentsMax: Points;
  tieBreak: TieBreakKey[];
  passShare: number;
  deadlines: Deadlines;
  document: Omit<DocumentSettings, "recipients" | "officers">;
} {
  const c = configReader(grid);
  const invalid = (key: keyof typeof CONFIG_KEYS, expected: ConfigExpectation): void => {
    const raw = c.raw(key);
    problems.push(
      problemOf(
        "WB_CONFIG_INVALID",
        { label: CONFIG_KEYS[key], shown: cellText(raw.value), expected },
        raw.at,
      ),
    );
  };
  const missing = (key: keyof typeof CONFIG_KEYS): void => {
    problems.push(problemOf("WB_CONFIG_MISSING", { label: CONFIG_KEYS[key] }, c.raw(key).at));
  };
  const errorAt = (key: keyof typeof CONFIG_KEYS): boolean => {
    const raw = c.raw(key);
    if (!isCellError(raw.value)) return false;
    problems.push(problemOf("WB_FORMULA_ERROR", { shown: raw.value.error }, raw.at));
    return true;
  };
  const date = (key: keyof typeof CONFIG_KEYS, required: boolean): CalendarDate | undefined => {
    if (errorAt(key)) return undefined;
    const d = parseDate(c.raw(key).value);
    if (d === "invalid") invalid(key, "date");
    else if (d === null && required) missing(key);
    return d === null || d === "invalid" ? undefined : d;
  };
  const points = (key: keyof typeof CONFIG_KEYS, required: boolean): Points | null => {
    if (errorAt(key)) return null;
    const p = parseScore(c.raw(key).value);
    if (p.kind === "number" && p.points >= 0) return p.points;
    if (p.kind === "empty") {
      if (required) missing(key);
    } else invalid(key, "number");
    return null;
  };

  const label = c.text("periodLabel");
  const kindText = keyOf(c.text("periodKind"));
  const kind = kindText === keyOf(PERIOD_KIND_LABELS["school-year"]) ? "school-year" : "calendar-year";
  if (kindText !== "" && kindText !== keyOf(PERIOD_KIND_LABELS["calendar-year"]) && kind !== "school-year") {
    invalid("periodKind", "periodKind");
  }
  const start = date("periodStart", true);
  const end = date("periodEnd", true);
  if (label === "") missing("periodLabel");
  const period: Period | null = start && end ? { label, kind, start, end } : null;

  const selfScoreMax = points("selfScoreMax", true);
  const departmentsMax = points("departmentsMax", false) ?? (0 as Points);

  const tieBreak: TieBreakKey[] = [];
  const tieText = c.text("tieBreak");
  if (tieText !== "") {
    for (const part of tieText.split(/[;,\n]/)) {
      if (part.trim() === "") continue;
      const found = (Object.keys(TIE_BREAK_LABELS) as TieBreakKey[]).find(
        (k) => keyOf(TIE_BREAK_LABELS[k]) === keyOf(part),
      );
      if (found) {
        if (!tieBreak.includes(found)) tieBreak.push(found);
      } else {
        invalid("tieBreak", "tieBreak");
        break;
      }
    }
  }

  let passShare = 0.5;
  const shareRaw = c.raw("passShare").value;
  if (
    !errorAt("passShare") &&
    shareRaw !== null &&
    !(typeof shareRaw === "string" && shareRaw.trim() === "")
  ) {
    const p = typeof shareRaw === "string" ? parseScore(shareRaw.replace("%", "")) : null;
    const n =
      typeof shareRaw === "number" ? shareRaw : p?.kind === "number" ? numberFromPoints(p.points) : NaN;
    // "50%" read as text, 50 typed without the format, or 0.5 with it: all mean one half.
    const share = typeof shareRaw === "string" && shareRaw.includes("%") ? n / 100 : n > 1 ? n / 100 : n;
    if (Number.isFinite(share) && share >= 0 && share < 1) passShare = share;
    else invalid("passShare", "share");
  }

  const draftDays = parseWholeNumber(c.raw("draftDays").value);
  const draftWorkingDaysBeforeMeeting = typeof draftDays === "number" ? draftDays : undefined;
  if (draftDays === "invalid") invalid("draftDays", "wholeNumber");

  const deadlines: Deadlines = {
    ...optional("registration", date("registration", false)),
    ...optional("pact", date("pact", false)),
    ...optional("midReport", date("midReport", false)),
    ...optional("endReport", date("endReport", false)),
    ...optional("summaryMeeting", date("summaryMeeting", false)),
    ...optional("draftWorkingDaysBeforeMeeting", draftWorkingDaysBeforeMeeting),
  };

  return {
    name: c.text("blockName"),
    period,
    selfScoreMax,
    departmentsMax,
    tieBreak,
    passShare,
    deadlines,
    document: {
      parentBody: c.text("parentBody"),
      issuingBody: c.text("issuingBody"),
      place: c.text("place"),
      documentNumber: c.text("documentNumber"),
      signerOnBehalf: c.text("signerOnBehalf"),
      signerTitle: c.text("signerTitle"),
      signer: c.text("signer"),
      filingCode: c.text("filingCode"),
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The small tables of "Cấu hình", each ending where the next one's title begins. */
function configTables(grid: Grid, problems: Problem[]) {
  const specs = [CLUSTER_TABLE, BANDS_TABLE, HOLIDAYS_TABLE, RECIPIENTS_TABLE] as const;
  const titleKeys = new Set(specs.map((s) => keyOf(s.title)));
  const headerRowOf = (columns: Record<string, ColumnSpec>): number => {
    const first = Object.values(columns)[0];
    for (let row = 0; row < grid.rowCount; row++) {
      if (first && matchesColumn(grid.value(row, 0), first)) return row;
    }
    return -1;
  };
  const endOf = (headerRow: number): number => {
    for (let row = headerRow + 1; row < grid.rowCount; row++) {
      const a = grid.value(row, 0);
      if (typeof a === "string" && titleKeys.has(keyOf(a))) return row;
      if (specs.some((s) => Object.values(s.columns)[0] && matchesColumn(a, Object.values(s.columns)[0]!)))
        return row;
    }
    return grid.rowCount;
  };
  const read = <K extends string>(spec: { title: string; columns: Readonly<Record<K, ColumnSpec>> }) => {
    const at = headerRowOf(spec.columns);
    if (at < 0) return null;
    const header = findHeader(grid, spec.columns, problems, at, at + 1);
    if (!header) return null;
    return { header, rows: dataRows(grid, header.row, endOf(header.row)) };
  };
  return {
    clusters: read(CLUSTER_TABLE),
    bands: read(BANDS_TABLE),
    holidays: read(HOLIDAYS_TABLE),
    recipients: read(RECIPIENTS_TABLE),
  };
}

// ── Limits and legacy text ─────────────────────────────────────────────────────

/** The last row holding something, + 1 (a formatted but empty tail does not count). */
function usedRows(grid: Grid): number {
  let rows = grid.rowCount;
  while (rows > 0 && grid.isBlankRow(rows - 1)) rows -= 1;
  return rows;
}

/** A sheet the product reads: rows and each cell's text within WORKBOOK_LIMITS, else a problem. */
function sheetWithinLimits(grid: Grid, problems: Problem[]): boolean {
  const rows = usedRows(grid);
  if (rows > WORKBOOK_LIMITS.rowsPerSheet) {
    problems.push(
      problemOf(
        "WB_TOO_MANY_ROWS",
        { sheet: grid.name, rows, limit: WORKBOOK_LIMITS.rowsPerSheet },
        grid.ref(WORKBOOK_LIMITS.rowsPerSheet, 0),
      ),
    );
    return false;
  }
  let ok = true;
  for (let row = 0; row < rows; row++) {
    const cells = grid.sheet.values[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (typeof v === "string" && v.length > WORKBOOK_LIMITS.cellText) {
        problems.push(
          problemOf(
            "WB_TEXT_TOO_LONG",
            { length: v.length, limit: WORKBOOK_LIMITS.cellText },
            grid.ref(row, col),
          ),
        );
        ok = false;
      }
    }
  }
  return ok;
}

/**
 * One warning per sheet with legacy text: cells in a legacy font (read as shown, but only machines
 * with that font show them right), and cells whose text looks legacy without the font (read as
 * stored). Both point at the first such cell and suggest "Chuyển mã".
 */
function legacyTextWarnings(sheets: readonly SheetSnapshot[]): Problem[] {
  const warnings: Problem[] = [];
  for (const name of FONT_SHEETS) {
    const snapshot = findSheet(sheets, name);
    if (!snapshot) continue;
    const cells = legacyCellsOf(snapshot);
    const byFont = cells.filter((c) => c.font !== null);
    const detected = cells.filter((c) => c.font === null);
    const first = byFont[0];
    if (first) {
      warnings.push(
        problemOf(
          "WB_LEGACY_FONT",
          { sheet: snapshot.name, cells: byFont.length, encoding: first.encoding, font: first.font ?? "" },
          { sheet: snapshot.name, address: first.address },
        ),
      );
    }
    const guess = detected[0];
    if (guess) {
      warnings.push(
        problemOf(
          "WB_LEGACY_TEXT",
          {
            sheet: snapshot.name,
            cells: detected.length,
            encoding: guess.encoding,
            before: guess.before,
            after: guess.after,
          },
          { sheet: snapshot.name, address: guess.address },
        ),
      );
    }
  }
  return warnings;
}

// ── The whole workbook ───────────────────────────────────────────────────────

/**
 * Decodes the workbook's sheets. Missing parts become problems and empty parts of the input, so
 * the core can still report everything else it finds.
 */
export function decodeWorkbook(sheets: readonly SheetSnapshot[]): DecodedWorkbook {
  const problems: Problem[] = [];
  let exceedsLimits = false;
  const withinLimits = (grid: Grid): boolean => {
    const ok = sheetWithinLimits(grid, problems);
    if (!ok) exceedsLimits = true;
    return ok;
  };
  const sheet = (name: string, required: boolean): Grid | null => {
    const found = findSheet(sheets, name);
    if (!found) {
      if (required) problems.push(problemOf("WB_SHEET_MISSING", { sheet: name }));
      return null;
    }
    const grid = new Grid(found);
    withinLimits(grid);
    return grid;
  };

  // Cấu hình
  const configGrid = sheet(SHEET.config, true);
  const config = configGrid ? readConfig(configGrid, problems) : null;
  const tables = configGrid ? configTables(configGrid, problems) : null;

  if (configGrid && !tables?.clusters) {
    problems.push(problemOf("WB_CONFIG_MISSING", { label: CLUSTER_TABLE.title }));
  }
  const clusters: ClusterDefinition[] = [];
  const officers = new Map<string, { head: string; deputy: string }>();
  if (configGrid && tables?.clusters) {
    const { header, rows } = tables.clusters;
    const col = header.columns;
    reportErrors(configGrid, rows, Object.values(col), problems);
    for (const row of rows) {
      const code = configGrid.text(row, col.code) || configGrid.text(row, col.name);
      const name = configGrid.text(row, col.name) || code;
      const quota = (c: number | null): number => {
        const parsed = c === null ? null : parseWholeNumber(configGrid.value(row, c));
        const n = typeof parsed === "number" ? parsed : null;
        if (n === null && c !== null) {
          problems.push(
            problemOf(
              "WB_CONFIG_INVALID",
              {
                label: configGrid.text(header.row, c),
                shown: cellText(configGrid.value(row, c)),
                expected: "wholeNumber",
              },
              configGrid.ref(row, c),
            ),
          );
        }
        return n ?? 0;
      };
      clusters.push({
        code: clusterCode(code),
        name,
        quota: { leading: quota(col.leading), excellent: quota(col.excellent) },
      });
      officers.set(keyOf(code), {
        head: configGrid.text(row, col.head),
        deputy: configGrid.text(row, col.deputy),
      });
    }
  }

  let bands: ClassificationBand[] = [];
  if (configGrid && tables?.bands) {
    const { header, rows } = tables.bands;
    const col = header.columns;
    reportErrors(configGrid, rows, Object.values(col), problems);
    const result = bandsFrom(
      rows.map((row) => ({
        label: configGrid.value(row, col.label ?? 0),
        min: col.min === null ? null : configGrid.value(row, col.min),
        ...(col.minSectionShare === null
          ? {}
          : { minSectionShare: configGrid.value(row, col.minSectionShare) }),
        at: configGrid.ref(row, col.min ?? 0),
      })),
    );
    bands = result.bands;
    problems.push(...result.problems);
  }

  const holidays: CalendarDate[] = [];
  if (configGrid && tables?.holidays) {
    const { header, rows } = tables.holidays;
    const dateCol = header.columns.date;
    for (const row of rows) {
      if (dateCol === null) break;
      const raw = configGrid.value(row, dateCol);
      if (isCellError(raw)) {
        problems.push(problemOf("WB_FORMULA_ERROR", { shown: raw.error }, configGrid.ref(row, dateCol)));
        continue;
      }
      const d = parseDate(raw);
      if (d === "invalid") {
        problems.push(
          problemOf(
            "WB_CONFIG_INVALID",
            { label: HOLIDAYS_TABLE.columns.date.header, shown: cellText(raw), expected: "date" },
            configGrid.ref(row, dateCol),
          ),
        );
      } else if (d !== null) holidays.push(d);
    }
  }
  const recipients: string[] = [];
  if (configGrid && tables?.recipients) {
    const col = tables.recipients.header.columns.recipient;
    for (const row of tables.recipients.rows) {
      const text = configGrid.text(row, col);
      if (text !== "") recipients.push(text);
    }
  }

  // Tiêu chí
  const criteria: CriterionRow[] = [];
  const criteriaGrid = sheet(SHEET.criteria, true);
  const criteriaMax = new Map<string, CellValue>();
  if (criteriaGrid) {
    const header = findHeader(criteriaGrid, CRITERIA_COLUMNS, problems);
    if (header) {
      const col = header.columns;
      const rows = dataRows(criteriaGrid, header.row);
      reportErrors(criteriaGrid, rows, [col.code, col.text, col.kind], problems);
      for (const row of rows) {
        const kindText = criteriaGrid.text(row, col.kind);
        const kind = kindOf(kindText);
        const code = criteriaGrid.sourcedText(row, col.code);
        if (kind === null) {
          problems.push(
            problemOf(
              "WB_KIND_INVALID",
              { criterion: code.value, shown: kindText },
              criteriaGrid.ref(row, col.kind ?? 0),
            ),
          );
        }
        const max = criteriaGrid.sourced(row, col.max);
        criteria.push({ code, text: criteriaGrid.text(row, col.text), max, kind: kind ?? "scored" });
        criteriaMax.set(criterionKeyOf(code.value), max.value);
      }
      const past = criteria[WORKBOOK_LIMITS.criteria];
      if (past) {
        exceedsLimits = true;
        problems.push(problemOf("WB_TOO_MANY_CRITERIA", { limit: WORKBOOK_LIMITS.criteria }, past.code.at));
      }
    }
  }

  // Đơn vị
  const units: UnitRow[] = [];
  const unitRows: number[] = [];
  let unitCodeCol: number | null = null;
  const unitsGrid = sheet(SHEET.units, true);
  if (unitsGrid) {
    const header = findHeader(unitsGrid, UNIT_COLUMNS, problems);
    if (header) {
      const col = header.columns;
      const rows = dataRows(unitsGrid, header.row);
      unitRows.push(...rows);
      unitCodeCol = col.code;
      reportErrors(unitsGrid, rows, [col.code, col.name, col.cluster, col.type], problems);
      for (const row of rows) {
        units.push({
          code: unitsGrid.sourcedText(row, col.code),
          name: unitsGrid.sourcedText(row, col.name),
          cluster: unitsGrid.sourcedText(row, col.cluster),
          type: unitsGrid.sourced(row, col.type),
          registered: unitsGrid.sourced(row, col.registered),
          pactSigned: unitsGrid.sourced(row, col.pactSigned),
          midReportDate: unitsGrid.sourced(row, col.midReport),
          endReportDate: unitsGrid.sourced(row, col.endReport),
          leaderDiscipline: unitsGrid.sourced(row, col.discipline),
        });
      }
      const past = units[WORKBOOK_LIMITS.units];
      if (past) {
        exceedsLimits = true;
        problems.push(problemOf("WB_TOO_MANY_UNITS", { limit: WORKBOOK_LIMITS.units }, past.code.at));
      }
    }
  }

  // Phân bổ điểm ban (needed only where the departments score)
  const departments: DepartmentRow[] = [];
  const departmentsNeeded = (config?.departmentsMax ?? 0) > 0;
  const departmentsGrid = sheet(SHEET.departments, departmentsNeeded);
  if (departmentsGrid) {
    const header = findHeader(departmentsGrid, DEPARTMENT_COLUMNS, problems);
    if (header) {
      const col = header.columns;
      const rows = dataRows(departmentsGrid, header.row);
      reportErrors(departmentsGrid, rows, [col.code, col.name, col.isBonus], problems);
      for (const row of rows) {
        departments.push({
          code: departmentsGrid.sourcedText(row, col.code),
          name: departmentsGrid.text(row, col.name),
          direct: departmentsGrid.sourced(row, col.direct),
          coordinating: departmentsGrid.sourced(row, col.coordinating),
          isBonus: col.isBonus !== null && parseYesNo(departmentsGrid.value(row, col.isBonus)) === true,
        });
      }
    }
  }

  // Điểm các ban: one row per unit, one column per department
  const departmentPoints: DepartmentPointsRow[] = [];
  let departmentLayout: DepartmentPointsLayout | null = null;
  const pointsGrid = sheet(SHEET.departmentPoints, departmentsNeeded && departments.length > 0);
  if (pointsGrid) {
    const header = findHeader(pointsGrid, DEPARTMENT_POINTS_COLUMNS, problems);
    if (header && header.columns.unit !== null) {
      const unitCol = header.columns.unit;
      // A column the user added for a row total is not a department.
      const columns = header.others.filter((o) => !/^(tổng|cộng)/u.test(keyOf(o.header)));
      const rowOfUnit = new Map<string, number>();
      departmentLayout = { sheet: pointsGrid.name, columns: columns.map((o) => o.col), rowOfUnit };
      const rows = dataRows(pointsGrid, header.row);
      reportErrors(pointsGrid, rows, [unitCol, ...columns.map((o) => o.col)], problems);
      for (const row of rows) {
        const unit = pointsGrid.sourcedText(row, unitCol);
        if (unit.value === "") continue;
        if (!rowOfUnit.has(keyOf(unit.value))) rowOfUnit.set(keyOf(unit.value), row);
        for (const other of columns) {
          const points = pointsGrid.sourced(row, other.col);
          if (isBlankCell(points.value)) continue;
          departmentPoints.push({
            unit,
            department: { value: other.header, at: pointsGrid.ref(header.row, other.col) },
            points,
          });
        }
      }
    }
  }

  // One scoring sheet per unit, named after its code
  const scores: ScoreRow[] = [];
  const scoreSheets = new Map<string, ScoreSheetLayout>();
  const sheetByKey = new Map<string, SheetSnapshot>();
  for (const s of sheets) if (!sheetByKey.has(keyOf(s.name))) sheetByKey.set(keyOf(s.name), s);
  // Past the units' limit the scoring sheets are not read: the refusal says why, once.
  const scoredUnits = units.length > WORKBOOK_LIMITS.units ? [] : units;
  for (const [index, unit] of scoredUnits.entries()) {
    const code = unit.code.value;
    if (code === "") continue;
    // A code typed in a legacy font is read converted; its sheet keeps the name as typed.
    const typed = unitsGrid?.rawText(unitRows[index] ?? -1, unitCodeCol) ?? "";
    const found = sheetByKey.get(keyOf(code)) ?? (typed === "" ? undefined : sheetByKey.get(keyOf(typed)));
    if (!found) {
      problems.push(
        problemOf(
          "WB_UNIT_SHEET_MISSING",
          { unit: { code: unitCode(code), name: unit.name.value || code } },
          unit.code.at,
        ),
      );
      continue;
    }
    if (scoreSheets.has(keyOf(code))) continue; // a duplicated unit code: the core reports it
    const grid = new Grid(found);
    if (!withinLimits(grid)) continue;
    const layout = readScoreSheet(grid, unit.code, criteriaMax, scores, problems);
    if (layout) scoreSheets.set(keyOf(code), layout);
  }

  // Bỏ phiếu (optional): the product's own votes sheet, or one the user made
  const votes: VoteRow[] = [];
  const votesInfo = existingGeneratedSheet(SHEET.votes, sheets);
  const votesSheet = votesInfo ? findSheet(sheets, votesInfo.name) : undefined;
  if (votesSheet) {
    const grid = new Grid(votesSheet);
    const header = findHeader(grid, VOTE_COLUMNS, problems);
    if (header) {
      const col = header.columns;
      for (const row of dataRows(grid, header.row)) {
        const unit = grid.sourcedText(row, col.unit);
        const count = grid.sourced(row, col.votes);
        if (unit.value === "" && count.value === null) continue;
        if (count.value === null) continue; // a listed unit without votes yet
        votes.push({ unit, votes: count });
      }
    }
  }

  const scoringConfig: ScoringConfig = {
    selfScoreMax: config?.selfScoreMax ?? (0 as Points),
    departmentsMax: config?.departmentsMax ?? (0 as Points),
    bands,
    tieBreak: config?.tieBreak ?? [],
    voteRule: { passShare: config?.passShare ?? 0.5 },
  };
  const emptyDate: CalendarDate = { year: 1900, month: 1, day: 1 };
  const input: BlockInput = {
    name: config?.name ?? "",
    period: config?.period ?? { label: "", kind: "calendar-year", start: emptyDate, end: emptyDate },
    config: scoringConfig,
    clusters,
    criteria,
    units,
    scores,
    departments,
    departmentPoints,
    deadlines: config?.deadlines ?? {},
    holidays,
    votes,
  };
  problems.push(...legacyTextWarnings(sheets));
  return {
    input,
    problems,
    exceedsLimits,
    document: {
      parentBody: config?.document.parentBody ?? "",
      issuingBody: config?.document.issuingBody ?? "",
      place: config?.document.place ?? "",
      documentNumber: config?.document.documentNumber ?? "",
      signerOnBehalf: config?.document.signerOnBehalf ?? "",
      signerTitle: config?.document.signerTitle ?? "",
      signer: config?.document.signer ?? "",
      filingCode: config?.document.filingCode ?? "",
      recipients,
      officers,
    },
    layout: { scoreSheets, departmentPoints: departmentLayout },
  };
}

/** "Chấm điểm" → scored; empty → scored; unknown → null. */
function kindOf(text: string): CriterionKind | null {
  const key = keyOf(text);
  if (key === "") return "scored";
  for (const [kind, label] of Object.entries(KIND_LABELS) as [CriterionKind, string][]) {
    if (keyOf(label) === key) return kind;
  }
  if (key === keyOf(SECTION_LABEL)) return "scored";
  if (["thưởng", "cộng", "điểm cộng", "bonus"].includes(key)) return "bonus";
  if (["trừ", "deduction"].includes(key)) return "deduction";
  return null;
}

function readScoreSheet(
  grid: Grid,
  unit: Sourced<string>,
  criteriaMax: ReadonlyMap<string, CellValue>,
  scores: ScoreRow[],
  problems: Problem[],
): ScoreSheetLayout | null {
  const header = findHeader(grid, SCORE_COLUMNS, problems);
  if (!header) return null;
  const col = header.columns;
  if (col.code === null || col.self === null || col.appraised === null) return null;
  const rows = dataRows(grid, header.row);

  // A merge over score cells hides a criterion's own cell: refuse it rather than guess.
  const first = header.row + 1;
  const last = Math.max(first, grid.rowCount - 1);
  for (const merge of grid.sheet.merges) {
    const r = parseRange(merge);
    if (!r || r.bottom < first || r.top > last) continue;
    const scoreCols = [col.code, col.self, col.appraised, col.max].filter((c): c is number => c !== null);
    if (scoreCols.some((c) => c >= r.left && c <= r.right)) {
      problems.push(
        problemOf(
          "WB_MERGED_SCORE_CELLS",
          { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
          grid.ref(r.top, r.left),
        ),
      );
    }
  }

  reportErrors(grid, rows, [col.code, col.self, col.appraised], problems);
  const rowOfCriterion = new Map<string, number>();
  const filledRows = new Set<number>();
  for (const row of rows) {
    const code = grid.sourcedText(row, col.code);
    const self = grid.sourced(row, col.self);
    const appraised = grid.sourced(row, col.appraised);
    if (!isBlankCell(self.value) || !isBlankCell(appraised.value)) filledRows.add(row);
    if (code.value !== "") {
      const key = criterionKeyOf(code.value);
      if (!rowOfCriterion.has(key)) rowOfCriterion.set(key, row);
    }
    // Rows with no score at all (sections, criteria not scored yet) are not score rows: the core
    // finds unscored criteria from the table itself.
    if (isBlankCell(self.value) && isBlankCell(appraised.value)) continue;
    for (const cell of [self, appraised]) {
      if (
        typeof cell.value === "string" &&
        cell.value.trim() !== "" &&
        parseScore(cell.value).kind === "number"
      ) {
        problems.push(problemOf("WB_NUMBER_AS_TEXT", { shown: cell.value.trim() }, cell.at));
      }
    }
    if (col.max !== null && code.value !== "") {
      const typed = parseScore(grid.value(row, col.max));
      const expected = parseScore(criteriaMax.get(criterionKeyOf(code.value)) ?? null);
      if (typed.kind === "number" && expected.kind === "number" && typed.points !== expected.points) {
        problems.push(
          problemOf(
            "WB_UNIT_SHEET_MAX_MISMATCH",
            { criterion: code.value, sheetMax: typed.points, criteriaMax: expected.points },
            grid.ref(row, col.max),
          ),
        );
      }
    }
    scores.push({ unit, criterion: code, self, appraised });
  }
  return { sheet: grid.name, selfCol: col.self, appraisedCol: col.appraised, rowOfCriterion, filledRows };
}
