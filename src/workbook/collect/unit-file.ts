/**
 * A unit's self-scoring file: its scoring sheet (named by the unit's code; criteria and maxima
 * locked, score and note cells open and validated, the deadline and the table score shown) beside
 * the identity sheet (identity.ts); and a returned file read back, row by row as typed, with how its
 * rows differ from the cluster's criteria table.
 */
import { cellText } from "../../core/cell-text";
import { numberFromPoints, sumPoints, ZERO } from "../../core/decimal";
import type { CalendarDate, CellRef, CellValue, Points } from "../../core/model";
import { parseDate, parseScore } from "../../core/numbers";
import { normalizeKey } from "../../core/text/normalize";
import { templateText, unitFileText as F } from "../../messages/vi/documents";
import type { WorkbookFault } from "../errors";
import { cellAddress, rangeAddress } from "../grid/address";
import { Grid, criterionKeyOf } from "../grid/grid";
import { findHeader } from "../grid/header";
import type { BlockWrite, CellWrite, DataValidationRule, SheetSnapshot, SheetWrite } from "../port";
import { findSheet } from "../sheet-names";
import { KIND_LABELS, SECTION_LABEL, kindNamed } from "../sheets/criteria";
import { SCORE_COLUMNS } from "../sheets/unit-scores";
import {
  BODY,
  DEADLINE,
  HEADER,
  INPUT,
  INPUT_DATE,
  LINE,
  NOTE,
  SECTION,
  TITLE,
  portraitPage,
} from "../styles";
import type { ClusterState, ClusterUnit, CriterionLine } from "./cluster";
import { identitySheet, readIdentity, type UnitFileIdentity } from "./identity";
import { REFUSAL, refusal, typedScore, type Refusal, type RefusalDetail } from "./refusals";

/** The unit file's columns: the cluster's scoring sheet without the appraisal (a unit does not appraise itself). */
export const UNIT_FILE_COLUMNS = {
  code: SCORE_COLUMNS.code,
  text: SCORE_COLUMNS.text,
  kind: SCORE_COLUMNS.kind,
  max: SCORE_COLUMNS.max,
  self: SCORE_COLUMNS.self,
  note: SCORE_COLUMNS.note,
} as const;

/** Row (0-based) of the unit file's header: title, unit, deadline, the date scored, instructions above it. */
const FILE_HEADER_ROW = 5;
/** Row (0-based) of «Ngày chấm điểm»: its label right-aligned in the maximum column, the date in Tự chấm's. */
const FILLED_ROW = 3;
const MAX_COL = 3;
const SELF_COL = 4;
const NOTE_COL = 5;

// ── Writing ────────────────────────────────────────────────────────────────────

/** A score cell's points as typed (a deduction keeps its sign); null where it does not read as a number. */
export function parsedPoints(v: CellValue): Points | null {
  const p = parseScore(v);
  return p.kind === "number" ? p.points : null;
}

/** A score cell's value for writing: the number where it reads as one, else nothing. */
function scoreForWriting(v: CellValue): CellWrite {
  const p = parsedPoints(v);
  return p === null ? null : numberFromPoints(p);
}

function noteForWriting(v: CellValue): CellWrite {
  const t = cellText(v);
  return t === "" ? null : t;
}

/** Runs of consecutive rows (0-based), as [first, last] pairs. */
function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function scoreSheetOfUnitFile(state: ClusterState, unit: ClusterUnit): SheetWrite {
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[templateText.scoreTitle(state.period)]], style: TITLE },
    { at: "A2", cells: [[F.unitLine(unit.name, unit.code, unit.cluster)]], style: LINE },
    { at: "A3", cells: [[state.deadline ? F.deadline(state.deadline) : F.noDeadline]], style: DEADLINE },
    // The day the unit scored, typed by the unit: the arrival date the merge records (unit-file's filledOn).
    {
      at: cellAddress(FILLED_ROW, MAX_COL),
      cells: [[F.filledLabel]],
      style: { ...BODY, bold: true, horizontal: "right" },
    },
    { at: cellAddress(FILLED_ROW, SELF_COL), cells: [[null]], style: INPUT_DATE },
    { at: cellAddress(FILLED_ROW, NOTE_COL), cells: [[F.filledHint]], style: NOTE },
    { at: "A5", cells: [[F.instructions]], style: NOTE },
    {
      at: cellAddress(FILE_HEADER_ROW, 0),
      cells: [Object.values(UNIT_FILE_COLUMNS).map((c) => c.header)],
      style: HEADER,
    },
  ];
  const first = FILE_HEADER_ROW + 1;
  const leafRows: number[] = [];
  const validations: DataValidationRule[] = [
    {
      range: cellAddress(FILLED_ROW, SELF_COL),
      kind: "date",
      min: 1,
      errorMessage: templateText.validation.date,
    },
  ];
  let run: { start: number; max: Points } | null = null;
  const closeRun = (end: number): void => {
    if (run === null) return;
    validations.push({
      range: rangeAddress(run.start, SELF_COL, end, SELF_COL),
      kind: "decimal",
      min: 0,
      max: numberFromPoints(run.max),
      errorMessage: templateText.validation.score,
    });
    run = null;
  };
  state.lines.forEach((line, i) => {
    const row = first + i;
    const fixed: CellWrite[] = [line.code, line.text, line.leaf ? KIND_LABELS[line.kind] : SECTION_LABEL];
    fixed.push(numberFromPoints(line.max));
    blocks.push({ at: cellAddress(row, 0), cells: [fixed], style: line.leaf ? BODY : SECTION });
    if (!line.leaf) {
      blocks.push({ at: cellAddress(row, SELF_COL), cells: [[null, null]], style: SECTION });
      closeRun(row - 1);
      return;
    }
    // Prefilled with what the cluster holds, so a unit that scored in the shared workbook sees it.
    const sheetRow = unit.sheet?.rowOf.get(line.key);
    const self =
      unit.sheet && sheetRow !== undefined ? unit.sheet.grid.value(sheetRow, unit.sheet.selfCol) : null;
    const note =
      unit.sheet && sheetRow !== undefined ? unit.sheet.grid.value(sheetRow, unit.sheet.noteCol) : null;
    blocks.push({
      at: cellAddress(row, SELF_COL),
      cells: [[scoreForWriting(self), noteForWriting(note)]],
      style: INPUT,
    });
    leafRows.push(row);
    if (run !== null && run.max !== line.max) closeRun(row - 1);
    run ??= { start: row, max: line.max };
  });
  const last = first + Math.max(1, state.lines.length) - 1;
  closeRun(last);

  // The unit sees its table score; bonus and deduction rows are kept apart, as the summary does.
  const totalRow = last + 2;
  const scored = state.lines.filter((l) => l.leaf && l.kind === "scored");
  const prefilled = sumPoints(
    scored.map((l) => {
      const r = unit.sheet?.rowOf.get(l.key);
      const p =
        unit.sheet && r !== undefined ? parsedPoints(unit.sheet.grid.value(r, unit.sheet.selfCol)) : null;
      return p ?? ZERO;
    }),
  );
  const kindRange = rangeAddress(first, 2, last, 2);
  const selfRange = rangeAddress(first, SELF_COL, last, SELF_COL);
  blocks.push({ at: cellAddress(totalRow, 1), cells: [[F.total]], style: { ...BODY, bold: true } });
  blocks.push({
    at: cellAddress(totalRow, SELF_COL),
    cells: [
      [
        {
          formula: `=ROUND(SUMIF(${kindRange},"${KIND_LABELS.scored}",${selfRange}),2)`,
          result: numberFromPoints(prefilled),
        },
      ],
    ],
    style: { ...BODY, bold: true },
  });

  return {
    name: unit.code,
    generated: false,
    blocks,
    columnWidths: Object.values(UNIT_FILE_COLUMNS).map((c) => c.width),
    validations,
    unlocked: [
      cellAddress(FILLED_ROW, SELF_COL),
      ...runs(leafRows).map(([a, b]) => rangeAddress(a, SELF_COL, b, NOTE_COL)),
    ],
    protect: true,
    freeze: { rows: first, columns: 2 },
    pageSetup: portraitPage(`${first}:${first}`),
  };
}

/**
 * The sheets of one unit's self-scoring file: its scoring sheet (named by its code; criteria and
 * maxima locked, score and note cells open and validated, the deadline shown) and the identity sheet.
 */
export function unitFileSheets(state: ClusterState, unit: ClusterUnit, now: CalendarDate): SheetWrite[] {
  return [scoreSheetOfUnitFile(state, unit), identitySheet(state, unit, now)];
}

// ── Reading a returned file ───────────────────────────────────────────────────

/** One criterion row of a returned file, as typed. */
export interface UnitFileRow {
  readonly code: string;
  readonly key: string;
  /** Row (0-based) on the file's sheet. */
  readonly row: number;
  readonly kind: string;
  readonly max: CellValue;
  readonly self: CellValue;
  readonly note: CellValue;
}

/**
 * The date the unit wrote in «Ngày chấm điểm»: the day it scored, which the merge records as its
 * arrival. "none" for a file without the cell (made before it existed) or with the cell empty.
 */
export type FilledDate =
  | { readonly kind: "date"; readonly on: CalendarDate }
  | { readonly kind: "none" }
  | { readonly kind: "invalid"; readonly shown: string; readonly at: CellRef };

export interface UnitFile {
  readonly identity: UnitFileIdentity;
  readonly sheet: string;
  readonly selfCol: number;
  readonly rows: readonly UnitFileRow[];
  readonly filled: FilledDate;
}

export type UnitFileRead =
  { readonly ok: true; readonly file: UnitFile } | { readonly ok: false; readonly refusal: Refusal };

/** A returned file that could not even be opened (not an .xlsx, encrypted …): the reader's refusal. */
export function unreadableFile(cause: WorkbookFault): UnitFileRead {
  return { ok: false, refusal: refusal(REFUSAL.UNREADABLE, { cause }) };
}

/** Reads a returned self-scoring file's sheets: its identity, then its criterion rows as typed. */
export function decodeUnitFile(sheets: readonly SheetSnapshot[]): UnitFileRead {
  const fail = (why: Refusal): UnitFileRead => ({ ok: false, refusal: why });
  const identity = readIdentity(sheets);
  if ("code" in identity) return fail(identity);
  const sheet = findSheet(sheets, identity.unitCode);
  if (!sheet) return fail(refusal(REFUSAL.NOT_UNIT_FILE, { missingSheet: identity.unitCode }));
  const grid = new Grid(sheet);
  const header = findHeader(grid, UNIT_FILE_COLUMNS);
  const {
    code: codeCol,
    max: maxCol,
    self: selfCol,
  } = header?.columns ?? { code: null, max: null, self: null };
  if (!header || codeCol === null || maxCol === null || selfCol === null) {
    return fail(refusal(REFUSAL.LAYOUT_BROKEN, { sheet: sheet.name }));
  }
  const rows: UnitFileRow[] = [];
  for (let row = header.row + 1; row < grid.rowCount; row++) {
    const code = cellText(grid.value(row, codeCol));
    if (code === "") continue; // blank rows and the total row carry no code
    rows.push({
      code,
      key: criterionKeyOf(code),
      row,
      kind: cellText(grid.value(row, header.columns.kind)),
      max: grid.value(row, maxCol),
      self: grid.value(row, selfCol),
      note: grid.value(row, header.columns.note),
    });
  }
  return {
    ok: true,
    file: { identity, sheet: sheet.name, selfCol, rows, filled: filledDate(grid, header.row) },
  };
}

/**
 * «Ngày chấm điểm» above the header: the first cell right of its label that holds something (the
 * unit may have typed the date one cell off). Found by its label, so a file whose layout above the
 * header moved still reads.
 */
function filledDate(grid: Grid, headerRow: number): FilledDate {
  const label = labelKey(F.filledLabel);
  const hint = labelKey(F.filledHint);
  for (let row = 0; row < headerRow; row++) {
    const cells = grid.cells(row);
    const col = cells.findIndex((v) => labelKey(cellText(v)) === label);
    if (col < 0) continue;
    const right = cells.findIndex((v, i) => i > col && cellText(v) !== "");
    const value = right < 0 ? null : (cells[right] ?? null);
    if (value === null || labelKey(cellText(value)) === hint) return { kind: "none" };
    const date = parseDate(value);
    if (date === null) return { kind: "none" };
    return date === "invalid"
      ? { kind: "invalid", shown: cellText(value), at: grid.at(row, right) }
      : { kind: "date", on: date };
  }
  return { kind: "none" };
}

function labelKey(text: string): string {
  return normalizeKey(text).replace(/:$/u, "");
}

/**
 * How a file's criterion rows differ from the cluster's table: rows added, removed, out of order,
 * maxima or kinds edited (wording is free). Empty when the file scores against the same table.
 */
export function criteriaDifferences(
  lines: readonly CriterionLine[],
  rows: readonly UnitFileRow[],
): RefusalDetail[] {
  const out: RefusalDetail[] = [];
  const expected = new Map(lines.map((l) => [l.key, l]));
  const seen = new Set<string>();
  for (const r of rows) {
    if (!expected.has(r.key) || seen.has(r.key)) out.push({ kind: "rowAdded", code: r.code, row: r.row });
    seen.add(r.key);
  }
  for (const l of lines) if (!seen.has(l.key)) out.push({ kind: "rowRemoved", code: l.code });
  // Order: the rows both have, compared position by position; the first misplaced row is named.
  const common = rows.filter((r, i) => expected.has(r.key) && rows.findIndex((o) => o.key === r.key) === i);
  const commonKeys = new Set(common.map((r) => r.key));
  const order = lines.filter((l) => commonKeys.has(l.key));
  const misplaced = common.findIndex((r, i) => r.key !== order[i]?.key);
  if (misplaced >= 0) {
    const r = common[misplaced];
    if (r) out.push({ kind: "rowMoved", code: r.code, row: r.row, expected: order[misplaced]?.code ?? "" });
  }
  for (const r of common) {
    const l = expected.get(r.key);
    if (!l) continue;
    const max = parseScore(r.max);
    if (max.kind !== "number" || max.points !== l.max) {
      out.push({ kind: "maxEdited", code: l.code, row: r.row, found: typedScore(r.max), expected: l.max });
    }
    const kind = kindNamed(r.kind);
    const wanted = l.leaf ? l.kind : "section";
    if (kind !== wanted) {
      out.push({ kind: "kindEdited", code: l.code, row: r.row, found: r.kind, expected: wanted });
    }
  }
  return out;
}
