/**
 * Collecting the units' self-scores in files: the self-scoring workbook sent to each unit (its
 * scoring sheet, protected but for the score and note cells, and an identity the merge checks), a
 * returned file read back, the merge plan (what each file brings, what is refused and why, the
 * cells to write) and each unit's progress in a shared workbook. Pure: the use cases
 * (collect-usecases.ts) read and write through the port.
 */
import { nextWorkingDay, compareDates, daysBetween, toExcelSerial } from "../core/calendar";
import { cellText, isBlankCell } from "../core/cell-text";
import { criteriaTable, criterionKey } from "../core/criteria";
import { scoreVerdict } from "../core/score";
import { completenessOf } from "../core/score-sums";
import { numberFromPoints } from "../core/decimal";
import type {
  CalendarDate,
  CellRef,
  CellValue,
  CriterionKind,
  Points,
  Problem,
  Severity,
} from "../core/model";
import { parseDate, parseScore } from "../core/numbers";
import { normalizeKey } from "../core/text/normalize";
import { problemOf, problemSubject } from "../core/diagnostics";
import { unitFileText as F, templateText } from "../messages/vi/documents";
import { cellAddress, parseCellAddress, rangeAddress } from "./a1";
import { decodeWorkbook, type DecodedWorkbook } from "./decode";
import {
  HEADER_SEARCH_ROWS,
  KIND_LABELS,
  SCORE_COLUMNS,
  SECTION_LABEL,
  SHEET,
  UNIT_COLUMNS,
  type ColumnSpec,
} from "./layout";
import type {
  BlockWrite,
  CellStyle,
  CellUpdate,
  CellWrite,
  DataValidationRule,
  SheetSnapshot,
  SheetWrite,
} from "./port";
import type { WorkbookFault } from "./errors";
import { findSheet } from "./sheet-names";
import { FONT } from "./template";

// ── The unit file's layout ────────────────────────────────────────────────────

/** Raised when the file layout changes in a way an older Thi Đua could not read. */
export const UNIT_FILE_VERSION = 1;
/** The sheet holding the identity; its name says what it is to the unit. */
export const UNIT_FILE_INFO_SHEET = "Thông tin tệp";
/** The first identity value: what kind of file this is. */
export const UNIT_FILE_MARK = "Tệp tự chấm điểm — Thi Đua";

/** Labels of the identity rows (column A of the info sheet), read back by name. */
export const IDENTITY_LABELS = {
  mark: "Loại tệp",
  version: "Phiên bản định dạng",
  block: "Khối / cụm thi đua",
  period: "Kỳ thi đua",
  cluster: "Cụm",
  unitCode: "Mã đơn vị",
  unitName: "Tên đơn vị",
  fingerprint: "Mã bảng tiêu chí",
  rows: "Số dòng tiêu chí",
  deadline: "Hạn gửi điểm",
  created: "Ngày tạo tệp",
  check: "Mã kiểm tra",
} as const;

/** The unit file's columns: the cluster's scoring sheet without the appraisal (a unit does not appraise itself). */
export const UNIT_FILE_COLUMNS = {
  code: SCORE_COLUMNS.code,
  text: SCORE_COLUMNS.text,
  kind: SCORE_COLUMNS.kind,
  max: SCORE_COLUMNS.max,
  self: SCORE_COLUMNS.self,
  note: SCORE_COLUMNS.note,
} as const;

/** Row (0-based) of the unit file's header: title, unit, deadline, instructions above it. */
const FILE_HEADER_ROW = 4;
const SELF_COL = 4;
const NOTE_COL = 5;
const DATE_FORMAT = "dd/mm/yyyy";
const INPUT_FILL = "FFF2CC";

const TITLE: CellStyle = { bold: true, fontSize: 14, fontName: FONT };
const LINE: CellStyle = { bold: true, fontSize: 12, fontName: FONT };
const DEADLINE: CellStyle = { bold: true, fontSize: 12, fontName: FONT, color: "C00000" };
const NOTE: CellStyle = { italic: true, fontSize: 10, fontName: FONT, color: "595959" };
const HEADER: CellStyle = {
  bold: true,
  fontName: FONT,
  fill: "D9E1F2",
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "middle",
};
const BODY: CellStyle = { fontName: FONT, border: true, vertical: "top", wrap: true };
const SECTION: CellStyle = { ...BODY, bold: true };
const INPUT: CellStyle = { ...BODY, fill: INPUT_FILL };

// ── Reading headers by name ───────────────────────────────────────────────────

type Grid = readonly (readonly CellValue[])[];

function valueAt(values: Grid, row: number, col: number | null): CellValue {
  return col === null ? null : (values[row]?.[col] ?? null);
}

function matches(cell: CellValue, spec: ColumnSpec): boolean {
  if (typeof cell !== "string") return false;
  const key = normalizeKey(cell);
  return [spec.header, ...(spec.aliases ?? [])].some((h) => normalizeKey(h) === key);
}

interface Header<K extends string> {
  readonly row: number;
  readonly cols: Readonly<Record<K, number | null>>;
  /** The first column right of the header's last filled cell. */
  readonly free: number;
}

/** The header row among the first rows: the one matching the most column names (two at least). */
function findHeader<K extends string>(
  values: Grid,
  specs: Readonly<Record<K, ColumnSpec>>,
): Header<K> | null {
  const keys = Object.keys(specs) as K[];
  let best: { row: number; count: number } | null = null;
  for (let row = 0; row < Math.min(values.length, HEADER_SEARCH_ROWS); row++) {
    const cells = values[row] ?? [];
    const count = keys.filter((k) => cells.some((c) => matches(c, specs[k]))).length;
    if (count > (best?.count ?? 0)) best = { row, count };
  }
  if (best === null || best.count < 2) return null;
  const cells = values[best.row] ?? [];
  const cols = {} as Record<K, number | null>;
  for (const k of keys) {
    const col = cells.findIndex((c) => matches(c, specs[k]));
    cols[k] = col >= 0 ? col : null;
  }
  let free = cells.length;
  while (free > 0 && isBlankCell(cells[free - 1] ?? null)) free--;
  return { row: best.row, cols, free };
}

// ── The cluster, as the split and the merge need it ──────────────────────────

/** One row of the checked criteria table, in table order. */
export interface CriterionLine {
  readonly code: string;
  readonly key: string;
  readonly text: string;
  readonly max: Points;
  readonly kind: CriterionKind;
  /** Scored directly (no sub-criteria). */
  readonly leaf: boolean;
}

/** A unit's scoring sheet in the cluster workbook. */
export interface UnitSheet {
  readonly name: string;
  readonly selfCol: number;
  readonly appraisedCol: number;
  readonly noteCol: number | null;
  /** Row (0-based) of each criterion, by criterion key. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly values: Grid;
}

export interface ClusterUnit {
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly cluster: string;
  /** Row (0-based) of the unit in "Đơn vị". */
  readonly row: number | null;
  /** When its scores arrived ("Ngày nhận điểm"), null when not recorded. */
  readonly received: CalendarDate | null;
  readonly sheet: UnitSheet | null;
}

export interface ClusterState {
  readonly blockName: string;
  readonly period: string;
  /** The self-scores' deadline: the end-of-period report's (seed 000: report and self-score table together). */
  readonly deadline: CalendarDate | null;
  /** The deadline moved to the next working day when it falls on a day off (as the core does for reports). */
  readonly dueBy: CalendarDate | null;
  readonly lines: readonly CriterionLine[];
  readonly fingerprint: string;
  readonly units: readonly ClusterUnit[];
  readonly unitList: {
    readonly sheet: string;
    readonly headerRow: number;
    readonly receivedCol: number | null;
    readonly freeCol: number;
  } | null;
  /** Errors that stop a split or a merge: missing sheets, an unreadable unit list, a broken criteria table. */
  readonly blocking: readonly Problem[];
  readonly decoded: DecodedWorkbook;
}

/**
 * The cluster workbook read for collecting: the checked criteria table and its fingerprint (the
 * core's), the units with their rows, arrival dates and scoring sheets, and the self-scores' deadline.
 */
export function clusterState(sheets: readonly SheetSnapshot[]): ClusterState {
  const decoded = decodeWorkbook(sheets);
  const { input } = decoded;
  const blocking: Problem[] = [];
  for (const name of [SHEET.config, SHEET.criteria, SHEET.units]) {
    if (!findSheet(sheets, name)) blocking.push(problemOf("COLLECT_SHEET_MISSING", { sheet: name }));
  }
  if (findSheet(sheets, SHEET.config) && input.period.label === "") {
    blocking.push(problemOf("COLLECT_PERIOD_MISSING", {}));
  }
  const { table, problems } = criteriaTable(input.criteria, input.config);
  if (findSheet(sheets, SHEET.criteria)) blocking.push(...problems.filter((p) => p.severity === "error"));

  const unitsSheet = findSheet(sheets, SHEET.units);
  const unitHeader = unitsSheet ? findHeader(unitsSheet.values, UNIT_COLUMNS) : null;
  if (unitsSheet && unitHeader === null) {
    blocking.push(problemOf("COLLECT_UNIT_LIST_UNREADABLE", {}));
  }
  const receivedCol = unitHeader?.cols.received ?? null;

  const units: ClusterUnit[] = [];
  for (const unit of input.units) {
    const code = unit.code.value;
    if (code === "") continue;
    const at = unit.code.at ? parseCellAddress(unit.code.at.address) : null;
    const row = at?.row ?? null;
    const receivedRaw = unitsSheet && row !== null ? valueAt(unitsSheet.values, row, receivedCol) : null;
    const received = parseDate(receivedRaw);
    const layout = decoded.layout.scoreSheets.get(normalizeKey(code));
    const snapshot = layout ? findSheet(sheets, layout.sheet) : undefined;
    let sheet: UnitSheet | null = null;
    if (layout && snapshot) {
      const header = findHeader(snapshot.values, SCORE_COLUMNS);
      sheet = {
        name: layout.sheet,
        selfCol: layout.selfCol,
        appraisedCol: layout.appraisedCol,
        noteCol: header?.cols.note ?? null,
        rowOf: layout.rowOfCriterion,
        values: snapshot.values,
      };
    }
    units.push({
      code,
      key: normalizeKey(code),
      name: unit.name.value || code,
      cluster: unit.cluster.value,
      row,
      received: received === "invalid" ? null : received,
      sheet,
    });
  }

  const deadline = input.deadlines.endReport ?? null;
  return {
    blockName: input.name,
    period: input.period.label,
    deadline,
    dueBy: deadline ? nextWorkingDay(deadline, input.holidays) : null,
    lines: table.nodes.map((n) => ({
      code: n.code,
      key: n.key,
      text: n.text,
      max: n.max,
      kind: n.kind,
      leaf: n.leafIndex >= 0,
    })),
    fingerprint: table.fingerprint,
    units,
    unitList:
      unitsSheet && unitHeader
        ? { sheet: unitsSheet.name, headerRow: unitHeader.row, receivedCol, freeCol: unitHeader.free }
        : null,
    blocking,
    decoded,
  };
}

// ── The identity ───────────────────────────────────────────────────────────────

export interface UnitFileIdentity {
  readonly version: number;
  readonly block: string;
  readonly period: string;
  readonly cluster: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly fingerprint: string;
  readonly rows: number;
  readonly deadline: CalendarDate | null;
  readonly created: CalendarDate | null;
  readonly check: string;
}

/**
 * A check over the fields the merge trusts, so an edited identity is noticed. Not a signature: the
 * sheet is protected without a password, and this only catches a slip, not a forgery.
 */
export function identityCheck(
  id: Pick<UnitFileIdentity, "version" | "block" | "period" | "unitCode" | "fingerprint">,
): string {
  const text = [
    String(id.version),
    normalizeKey(id.block),
    normalizeKey(id.period),
    normalizeKey(id.unitCode),
    id.fingerprint.toLowerCase(),
  ].join("\u0001");
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return hex(h1) + hex(h2);
}

// ── The unit file ──────────────────────────────────────────────────────────────

/** Characters Windows refuses in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/iu;
const MAX_FILE_BASE = 100;

/**
 * "<code> - <name>.xlsx", safe on Windows, macOS and Linux: forbidden characters become spaces,
 * trailing dots and spaces go, device names get an underscore. Vietnamese letters are kept (NFC):
 * every current system and mail client handles them, and the unit recognises its own name.
 *
 * @example unitFileName("DV01", "Công đoàn Ngân hàng: CN Kon Tum") === "DV01 - Công đoàn Ngân hàng CN Kon Tum.xlsx"
 */
export function unitFileName(code: string, name: string): string {
  const clean = (s: string): string =>
    s
      .normalize("NFC")
      .replace(FILE_NAME_FORBIDDEN, " ")
      .replace(/\s+/gu, " ")
      .trim()
      .replace(/[. ]+$/u, "");
  const parts = [clean(code), clean(name)].filter((p) => p !== "");
  const unique = parts.length === 2 && normalizeKey(parts[0] ?? "") === normalizeKey(parts[1] ?? "");
  let base = (unique ? [parts[0] ?? ""] : parts).join(" - ");
  if (base.length > MAX_FILE_BASE) base = base.slice(0, MAX_FILE_BASE).replace(/[. ]+$/u, "");
  if (base === "") base = "don-vi";
  if (WINDOWS_RESERVED.test(base)) base = `${base}_`;
  return `${base}.xlsx`;
}

/** Names made unique case-insensitively ("A.xlsx", "A (2).xlsx"), as a Windows folder needs. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : "";
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A score cell's points as typed (a deduction keeps its sign); null where it does not read as a number. */
function parsedPoints(v: CellValue): Points | null {
  const p = parseScore(v);
  return p.kind === "number" ? p.points : null;
}

/** A score cell as it is shown back: its points where it reads as a number, else its text ("" when empty). */
function typedScore(v: CellValue): Points | string {
  const p = parseScore(v);
  return p.kind === "number" ? p.points : p.kind === "empty" ? "" : p.shown;
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
    { at: "A4", cells: [[F.instructions]], style: NOTE },
    {
      at: cellAddress(FILE_HEADER_ROW, 0),
      cells: [Object.values(UNIT_FILE_COLUMNS).map((c) => c.header)],
      style: HEADER,
    },
  ];
  const first = FILE_HEADER_ROW + 1;
  const leafRows: number[] = [];
  const validations: DataValidationRule[] = [];
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
      unit.sheet && sheetRow !== undefined ? valueAt(unit.sheet.values, sheetRow, unit.sheet.selfCol) : null;
    const note =
      unit.sheet && sheetRow !== undefined ? valueAt(unit.sheet.values, sheetRow, unit.sheet.noteCol) : null;
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
  const prefilled = scored.reduce((sum, l) => {
    const r = unit.sheet?.rowOf.get(l.key);
    const p =
      unit.sheet && r !== undefined ? parseScore(valueAt(unit.sheet.values, r, unit.sheet.selfCol)) : null;
    return sum + (p?.kind === "number" ? p.points : 0);
  }, 0);
  const kindRange = rangeAddress(first, 2, last, 2);
  const selfRange = rangeAddress(first, SELF_COL, last, SELF_COL);
  blocks.push({ at: cellAddress(totalRow, 1), cells: [[F.total]], style: { ...BODY, bold: true } });
  blocks.push({
    at: cellAddress(totalRow, SELF_COL),
    cells: [
      [
        {
          formula: `=ROUND(SUMIF(${kindRange},"${KIND_LABELS.scored}",${selfRange}),2)`,
          result: numberFromPoints(prefilled as Points),
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
    unlocked: runs(leafRows).map(([a, b]) => rangeAddress(a, SELF_COL, b, NOTE_COL)),
    protect: true,
    freeze: { rows: first, columns: 2 },
    pageSetup: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: `${first}:${first}`,
    },
  };
}

function infoSheetOfUnitFile(state: ClusterState, unit: ClusterUnit, now: CalendarDate): SheetWrite {
  const identity = {
    version: UNIT_FILE_VERSION,
    block: state.blockName,
    period: state.period,
    unitCode: unit.code,
    fingerprint: state.fingerprint,
  };
  const date = (d: CalendarDate | null): CellWrite => (d ? toExcelSerial(d) : null);
  const rows: [string, CellWrite, boolean][] = [
    [IDENTITY_LABELS.mark, UNIT_FILE_MARK, false],
    [IDENTITY_LABELS.version, UNIT_FILE_VERSION, false],
    [IDENTITY_LABELS.block, state.blockName, false],
    [IDENTITY_LABELS.period, state.period, false],
    [IDENTITY_LABELS.cluster, unit.cluster, false],
    [IDENTITY_LABELS.unitCode, unit.code, false],
    [IDENTITY_LABELS.unitName, unit.name, false],
    [IDENTITY_LABELS.fingerprint, state.fingerprint, false],
    [IDENTITY_LABELS.rows, state.lines.length, false],
    [IDENTITY_LABELS.deadline, date(state.deadline), true],
    [IDENTITY_LABELS.created, date(now), true],
    [IDENTITY_LABELS.check, identityCheck(identity), false],
  ];
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[F.infoTitle]], style: TITLE },
    { at: "A2", cells: [[F.infoNote]], style: NOTE },
    { at: "A3", cells: [[...F.infoHeaders]], style: HEADER },
  ];
  rows.forEach(([label, value, isDate], i) => {
    blocks.push({ at: cellAddress(3 + i, 0), cells: [[label]], style: { ...BODY, bold: true } });
    blocks.push({
      at: cellAddress(3 + i, 1),
      cells: [[value]],
      style: isDate
        ? { ...BODY, numberFormat: DATE_FORMAT, horizontal: "left" }
        : { ...BODY, horizontal: "left" },
    });
  });
  F.howTo.forEach((line, i) => {
    blocks.push({
      at: cellAddress(4 + rows.length + i, 0),
      cells: [[line]],
      style: i === 0 ? LINE : { fontName: FONT },
    });
  });
  return { name: UNIT_FILE_INFO_SHEET, generated: false, blocks, columnWidths: [24, 60], protect: true };
}

/**
 * The sheets of one unit's self-scoring file: its scoring sheet (named by its code; criteria and
 * maxima locked, score and note cells open and validated, the deadline shown) and the identity sheet.
 */
export function unitFileSheets(state: ClusterState, unit: ClusterUnit, now: CalendarDate): SheetWrite[] {
  return [scoreSheetOfUnitFile(state, unit), infoSheetOfUnitFile(state, unit, now)];
}

// ── A returned file ──────────────────────────────────────────────────────────

/** Stable codes of the refusals (the command's output and the tests rely on them). */
export const REFUSAL = {
  UNREADABLE: "COLLECT_UNREADABLE",
  NOT_UNIT_FILE: "COLLECT_NOT_UNIT_FILE",
  FORMAT_TOO_NEW: "COLLECT_FORMAT_TOO_NEW",
  IDENTITY_EDITED: "COLLECT_IDENTITY_EDITED",
  OTHER_CLUSTER: "COLLECT_OTHER_CLUSTER",
  OTHER_PERIOD: "COLLECT_OTHER_PERIOD",
  UNIT_UNKNOWN: "COLLECT_UNIT_UNKNOWN",
  LAYOUT_BROKEN: "COLLECT_LAYOUT_BROKEN",
  CRITERIA_OUTDATED: "COLLECT_CRITERIA_OUTDATED",
  CRITERIA_EDITED: "COLLECT_CRITERIA_EDITED",
  SCORES_INVALID: "COLLECT_SCORES_INVALID",
  APPRAISED: "COLLECT_APPRAISED",
  DUPLICATE: "COLLECT_DUPLICATE",
  CLUSTER_SHEET_MISSING: "COLLECT_CLUSTER_SHEET_MISSING",
} as const;

export type RefusalCode = (typeof REFUSAL)[keyof typeof REFUSAL];

/** A unit as a refusal names it. */
export interface RefusalUnit {
  readonly code: string;
  readonly name: string;
}

/** Every refusal's parameters. */
export interface RefusalParams {
  /** The file could not be opened: the reader's own refusal. */
  readonly COLLECT_UNREADABLE: { readonly cause: WorkbookFault };
  /** No valid identity sheet; or the identity names a unit whose scoring sheet the file lacks. */
  readonly COLLECT_NOT_UNIT_FILE: { readonly missingSheet?: string };
  readonly COLLECT_FORMAT_TOO_NEW: { readonly version: number };
  readonly COLLECT_IDENTITY_EDITED: Record<string, never>;
  readonly COLLECT_OTHER_CLUSTER: { readonly file: string; readonly ours: string };
  readonly COLLECT_OTHER_PERIOD: { readonly file: string; readonly ours: string };
  readonly COLLECT_UNIT_UNKNOWN: { readonly code: string };
  readonly COLLECT_LAYOUT_BROKEN: { readonly sheet: string };
  readonly COLLECT_CRITERIA_OUTDATED: { readonly found: string; readonly ours: string };
  readonly COLLECT_CRITERIA_EDITED: Record<string, never>;
  /** `count`: how many cells are invalid (the details name at most MAX_DETAILS). */
  readonly COLLECT_SCORES_INVALID: { readonly count: number };
  readonly COLLECT_APPRAISED: { readonly count: number };
  /** The unit sent before: an earlier file of this run, or scores already received on a day. */
  readonly COLLECT_DUPLICATE: {
    readonly unit: RefusalUnit;
    readonly earlier: { readonly file: string } | { readonly received: CalendarDate };
  };
  /** The cluster lacks the unit's scoring sheet, or rows of it. */
  readonly COLLECT_CLUSTER_SHEET_MISSING:
    { readonly unit: string } | { readonly sheet: string; readonly rows: readonly string[] };
}

/** One line under a refusal: a row, cell or criterion concerned. Rows are 0-based. */
export type RefusalDetail =
  | { readonly kind: "rowAdded"; readonly code: string; readonly row: number }
  | { readonly kind: "rowRemoved"; readonly code: string }
  | { readonly kind: "rowMoved"; readonly code: string; readonly row: number; readonly expected: string }
  | {
      readonly kind: "maxEdited";
      readonly code: string;
      readonly row: number;
      /** The maximum as the file holds it: its points, else its text ("" when empty). */
      readonly found: Points | string;
      readonly expected: Points;
    }
  | {
      readonly kind: "kindEdited";
      readonly code: string;
      readonly row: number;
      /** The «Loại» cell as typed. */
      readonly found: string;
      readonly expected: CriterionKind | "section";
    }
  | { readonly kind: "notANumber"; readonly code: string; readonly shown: string; readonly at: CellRef }
  | { readonly kind: "tooPrecise"; readonly code: string; readonly shown: string; readonly at: CellRef }
  | { readonly kind: "negative"; readonly code: string; readonly value: Points; readonly at: CellRef }
  | {
      readonly kind: "aboveMax";
      readonly code: string;
      readonly value: Points;
      readonly max: Points;
      readonly at: CellRef;
    }
  | { readonly kind: "onSection"; readonly code: string; readonly at: CellRef }
  | {
      readonly kind: "appraised";
      readonly code: string;
      /** The cluster's self-score (its points, else its text; "" when empty), the file's, and the appraised score. */
      readonly before: Points | string;
      readonly after: Points | null;
      readonly appraised: Points | string;
    }
  /** The details past MAX_DETAILS, counted. */
  | { readonly kind: "more"; readonly count: number };

/** Why nothing was taken from a file: a code, its parameters and the lines concerned. */
export type Refusal = {
  readonly [C in RefusalCode]: {
    readonly code: C;
    readonly params: RefusalParams[C];
    readonly details: readonly RefusalDetail[];
  };
}[RefusalCode];

/** Why a file that is not refused is not merged either. */
export type Remark =
  | { readonly kind: "sameAsEarlier"; readonly file: string }
  | { readonly kind: "nothingNew"; readonly received: CalendarDate }
  | { readonly kind: "superseded"; readonly later: string };

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

export interface UnitFile {
  readonly identity: UnitFileIdentity;
  readonly sheet: string;
  readonly selfCol: number;
  readonly rows: readonly UnitFileRow[];
}

export type UnitFileRead =
  { readonly ok: true; readonly file: UnitFile } | { readonly ok: false; readonly refusal: Refusal };

function refusal<C extends RefusalCode>(
  code: C,
  params: RefusalParams[C],
  details: readonly RefusalDetail[] = [],
): Refusal {
  // A mapped union member per code: the compiler cannot relate a generic C to it, the arguments are typed.
  return { code, params, details } as Refusal;
}

/** A returned file that could not even be opened (not an .xlsx, encrypted …): the reader's refusal. */
export function unreadableFile(cause: WorkbookFault): UnitFileRead {
  return { ok: false, refusal: refusal(REFUSAL.UNREADABLE, { cause }) };
}

/** Reads a returned self-scoring file's sheets: its identity, then its criterion rows as typed. */
export function decodeUnitFile(sheets: readonly SheetSnapshot[]): UnitFileRead {
  const fail = (why: Refusal): UnitFileRead => ({ ok: false, refusal: why });
  const info = findSheet(sheets, UNIT_FILE_INFO_SHEET);
  if (!info) return fail(refusal(REFUSAL.NOT_UNIT_FILE, {}));
  const byLabel = new Map<string, CellValue>();
  for (const row of info.values) {
    const label = row[0] ?? null;
    if (typeof label === "string" && !byLabel.has(normalizeKey(label)))
      byLabel.set(normalizeKey(label), row[1] ?? null);
  }
  const raw = (key: keyof typeof IDENTITY_LABELS): CellValue =>
    byLabel.get(normalizeKey(IDENTITY_LABELS[key])) ?? null;
  const text = (key: keyof typeof IDENTITY_LABELS): string => cellText(raw(key));
  if (normalizeKey(text("mark")) !== normalizeKey(UNIT_FILE_MARK))
    return fail(refusal(REFUSAL.NOT_UNIT_FILE, {}));
  const versionValue = raw("version");
  const version = typeof versionValue === "number" ? versionValue : Number(cellText(versionValue));
  if (!Number.isInteger(version) || version < 1) return fail(refusal(REFUSAL.IDENTITY_EDITED, {}));
  if (version > UNIT_FILE_VERSION) return fail(refusal(REFUSAL.FORMAT_TOO_NEW, { version }));
  const dateOf = (key: keyof typeof IDENTITY_LABELS): CalendarDate | null => {
    const d = parseDate(raw(key));
    return d === "invalid" ? null : d;
  };
  const identity: UnitFileIdentity = {
    version,
    block: text("block"),
    period: text("period"),
    cluster: text("cluster"),
    unitCode: text("unitCode"),
    unitName: text("unitName"),
    fingerprint: text("fingerprint"),
    rows: Number(cellText(raw("rows"))) || 0,
    deadline: dateOf("deadline"),
    created: dateOf("created"),
    check: text("check").toLowerCase(),
  };
  if (identity.unitCode === "" || identityCheck(identity) !== identity.check) {
    return fail(refusal(REFUSAL.IDENTITY_EDITED, {}));
  }
  const sheet = findSheet(sheets, identity.unitCode);
  if (!sheet) return fail(refusal(REFUSAL.NOT_UNIT_FILE, { missingSheet: identity.unitCode }));
  const header = findHeader(sheet.values, UNIT_FILE_COLUMNS);
  const { code: codeCol, max: maxCol, self: selfCol } = header?.cols ?? { code: null, max: null, self: null };
  if (!header || codeCol === null || maxCol === null || selfCol === null) {
    return fail(refusal(REFUSAL.LAYOUT_BROKEN, { sheet: sheet.name }));
  }
  const rows: UnitFileRow[] = [];
  for (let row = header.row + 1; row < sheet.values.length; row++) {
    const code = cellText(valueAt(sheet.values, row, codeCol));
    if (code === "") continue; // blank rows and the total row carry no code
    rows.push({
      code,
      key: criterionKey(code),
      row,
      kind: cellText(valueAt(sheet.values, row, header.cols.kind)),
      max: valueAt(sheet.values, row, maxCol),
      self: valueAt(sheet.values, row, selfCol),
      note: valueAt(sheet.values, row, header.cols.note),
    });
  }
  return { ok: true, file: { identity, sheet: sheet.name, selfCol, rows } };
}

// ── The criteria, row by row ─────────────────────────────────────────────────

/** Most differences named in one refusal; the rest are counted. */
const MAX_DETAILS = 12;

/** The kind a file row's «Loại» cell names; sections say "Mục". */
function kindNamed(text: string): CriterionKind | "section" | null {
  const key = normalizeKey(text);
  if (key === normalizeKey(SECTION_LABEL)) return "section";
  if (key === "") return "scored";
  for (const [kind, label] of Object.entries(KIND_LABELS) as [CriterionKind, string][]) {
    if (normalizeKey(label) === key) return kind;
  }
  return null;
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

function capped(details: readonly RefusalDetail[]): RefusalDetail[] {
  return details.length <= MAX_DETAILS
    ? [...details]
    : [...details.slice(0, MAX_DETAILS), { kind: "more", count: details.length - MAX_DETAILS }];
}

// ── The merge plan ────────────────────────────────────────────────────────────

/** A written-back value: the CellUpdate a merge sends (defined with the port). */
export type { CellUpdate };

export interface ReturnedUnitFile {
  /** The file's name as the user knows it. */
  readonly name: string;
  /** When it came (its modification time, milliseconds): orders the files of one unit. */
  readonly receivedAt: number;
  /** The day recorded as the scores' arrival. */
  readonly receivedOn: CalendarDate;
  readonly read: UnitFileRead;
}

export interface MergeOptions {
  /** Take the later file when a unit sent twice (`--ghi-de`). */
  readonly overwrite: boolean;
}

export interface ScoreChange {
  readonly criterion: string;
  readonly kind: "new" | "changed" | "cleared";
  /** The cluster's self-score before; null when empty or unreadable (then its text is `beforeShown`). */
  readonly before: Points | null;
  readonly after: Points | null;
  /** The text of an unreadable previous score; "" otherwise. */
  readonly beforeShown: string;
}

export type FileOutcome = "merge" | "unchanged" | "superseded" | "refused";

export interface FilePlan {
  readonly file: string;
  readonly outcome: FileOutcome;
  readonly unit: { readonly code: string; readonly name: string } | null;
  readonly changes: readonly ScoreChange[];
  readonly counts: {
    readonly new: number;
    readonly changed: number;
    readonly cleared: number;
    readonly notes: number;
    readonly same: number;
  };
  readonly receivedOn: CalendarDate;
  /** The arrival date already recorded for the unit, if any. */
  readonly previouslyReceived: CalendarDate | null;
  readonly refusal: Refusal | null;
  /** Why a file that is not refused is not merged either (sent twice, nothing new, replaced). */
  readonly remark: Remark | null;
}

export interface MergePlan {
  readonly files: readonly FilePlan[];
  readonly updates: readonly CellUpdate[];
  /** Units whose scores the merge writes. */
  readonly merged: number;
  readonly refused: number;
  /** Equal for two plans that write the same cells and say the same of every file. */
  readonly signature: string;
}

interface Candidate {
  readonly index: number;
  readonly file: ReturnedUnitFile;
  readonly unit: ClusterUnit;
  readonly sheet: UnitSheet;
  /** Each leaf's self-score in the file, by key. */
  readonly scores: ReadonlyMap<string, Points | null>;
  readonly notes: ReadonlyMap<string, string>;
  readonly changes: readonly ScoreChange[];
  readonly notesChanged: number;
  readonly same: number;
  /** The file's scores and notes as one string: two files with the same content send the same. */
  readonly content: string;
}

const NO_COUNTS = { new: 0, changed: 0, cleared: 0, notes: 0, same: 0 };

function refusedPlan(file: ReturnedUnitFile, unit: ClusterUnit | null, why: Refusal): FilePlan {
  return {
    file: file.name,
    outcome: "refused",
    unit: unit ? { code: unit.code, name: unit.name } : null,
    changes: [],
    counts: NO_COUNTS,
    receivedOn: file.receivedOn,
    previouslyReceived: unit?.received ?? null,
    refusal: why,
    remark: null,
  };
}

function candidatePlan(
  c: Candidate,
  outcome: FileOutcome,
  remark: Remark | null,
  why: Refusal | null = null,
): FilePlan {
  const count = (kind: ScoreChange["kind"]): number => c.changes.filter((x) => x.kind === kind).length;
  return {
    file: c.file.name,
    outcome,
    unit: { code: c.unit.code, name: c.unit.name },
    changes: c.changes,
    counts: {
      new: count("new"),
      changed: count("changed"),
      cleared: count("cleared"),
      notes: c.notesChanged,
      same: c.same,
    },
    receivedOn: c.file.receivedOn,
    previouslyReceived: c.unit.received,
    refusal: why,
    remark,
  };
}

/** Checks one file against the cluster; a Candidate when everything in it can be taken. */
function evaluate(state: ClusterState, file: ReturnedUnitFile, index: number): Candidate | FilePlan {
  if (!file.read.ok) return refusedPlan(file, null, file.read.refusal);
  const { identity, rows } = file.read.file;
  const sameText = (a: string, b: string): boolean => normalizeKey(a) === normalizeKey(b);
  if (!sameText(identity.block, state.blockName)) {
    return refusedPlan(
      file,
      null,
      refusal(REFUSAL.OTHER_CLUSTER, { file: identity.block, ours: state.blockName }),
    );
  }
  if (!sameText(identity.period, state.period)) {
    return refusedPlan(
      file,
      null,
      refusal(REFUSAL.OTHER_PERIOD, { file: identity.period, ours: state.period }),
    );
  }
  const unit = state.units.find((u) => u.key === normalizeKey(identity.unitCode));
  if (!unit) return refusedPlan(file, null, refusal(REFUSAL.UNIT_UNKNOWN, { code: identity.unitCode }));

  const differences = criteriaDifferences(state.lines, rows);
  if (identity.fingerprint.toLowerCase() !== state.fingerprint.toLowerCase()) {
    return refusedPlan(
      file,
      unit,
      refusal(
        REFUSAL.CRITERIA_OUTDATED,
        { found: identity.fingerprint, ours: state.fingerprint },
        capped(differences),
      ),
    );
  }
  if (differences.length > 0) {
    return refusedPlan(file, unit, refusal(REFUSAL.CRITERIA_EDITED, {}, capped(differences)));
  }

  const sheet = unit.sheet;
  if (!sheet) return refusedPlan(file, unit, refusal(REFUSAL.CLUSTER_SHEET_MISSING, { unit: unit.code }));
  const missingRows = state.lines.filter((l) => l.leaf && !sheet.rowOf.has(l.key)).map((l) => l.code);
  if (missingRows.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.CLUSTER_SHEET_MISSING, { sheet: sheet.name, rows: missingRows }),
    );
  }

  // Every score cell must read; one bad cell and nothing is taken from the file.
  const fileName = file.read.file.sheet;
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const invalid: RefusalDetail[] = [];
  const scores = new Map<string, Points | null>();
  const notes = new Map<string, string>();
  for (const line of state.lines) {
    const r = rowByKey.get(line.key);
    if (!r) continue;
    const at: CellRef = { sheet: fileName, address: cellAddress(r.row, file.read.file.selfCol) };
    // The score rule (core/score.ts), as the summary will read the score once merged.
    const verdict = scoreVerdict(r.self, line);
    if (!line.leaf) {
      if (verdict.kind !== "empty") invalid.push({ kind: "onSection", code: line.code, at });
      continue;
    }
    notes.set(line.key, cellText(r.note));
    switch (verdict.kind) {
      case "empty":
        scores.set(line.key, null);
        break;
      case "unreadable":
        invalid.push({
          kind: verdict.reason === "precision" ? "tooPrecise" : "notANumber",
          code: line.code,
          shown: verdict.shown,
          at,
        });
        break;
      case "negative":
        invalid.push({ kind: "negative", code: line.code, value: verdict.value, at });
        break;
      case "above-max":
        invalid.push({ kind: "aboveMax", code: line.code, value: verdict.value, max: verdict.max, at });
        break;
      case "counted":
        // The score as typed: a deduction keeps the sign the unit gave it.
        scores.set(line.key, parsedPoints(r.self));
    }
  }
  if (invalid.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.SCORES_INVALID, { count: invalid.length }, capped(invalid)),
    );
  }

  const changes: ScoreChange[] = [];
  const appraisedConflicts: RefusalDetail[] = [];
  let notesChanged = 0;
  let same = 0;
  for (const line of state.lines) {
    if (!line.leaf) continue;
    const row = sheet.rowOf.get(line.key);
    if (row === undefined) continue;
    const beforeRaw = valueAt(sheet.values, row, sheet.selfCol);
    const before = parseScore(beforeRaw);
    const beforePoints = before.kind === "number" ? before.points : null;
    const after = scores.get(line.key) ?? null;
    const beforeBlank = before.kind === "empty";
    if ((beforeBlank && after === null) || (beforePoints !== null && beforePoints === after)) same++;
    else {
      const kind = beforeBlank ? "new" : after === null ? "cleared" : "changed";
      changes.push({
        criterion: line.code,
        kind,
        before: beforePoints,
        after,
        beforeShown: before.kind === "invalid" ? before.shown : "",
      });
      const appraised = valueAt(sheet.values, row, sheet.appraisedCol);
      if (!isBlankCell(appraised)) {
        appraisedConflicts.push({
          kind: "appraised",
          code: line.code,
          before: typedScore(beforeRaw),
          after,
          appraised: typedScore(appraised),
        });
      }
    }
    const noteBefore = cellText(valueAt(sheet.values, row, sheet.noteCol));
    if (sheet.noteCol !== null && noteBefore !== (notes.get(line.key) ?? "")) notesChanged++;
  }
  if (appraisedConflicts.length > 0) {
    return refusedPlan(
      file,
      unit,
      refusal(REFUSAL.APPRAISED, { count: appraisedConflicts.length }, capped(appraisedConflicts)),
    );
  }
  const content = JSON.stringify(
    state.lines.filter((l) => l.leaf).map((l) => [scores.get(l.key) ?? null, notes.get(l.key) ?? ""]),
  );
  return { index, file, unit, sheet, scores, notes, changes, notesChanged, same, content };
}

function isCandidate(x: Candidate | FilePlan): x is Candidate {
  return "content" in x;
}

/** The cells one merged file writes: the unit's whole self and note columns, then its arrival date. */
function updatesFor(state: ClusterState, c: Candidate): CellUpdate[] {
  const leafRows = state.lines
    .filter((l) => l.leaf)
    .map((l) => ({ key: l.key, row: c.sheet.rowOf.get(l.key) }))
    .filter((x): x is { key: string; row: number } => x.row !== undefined);
  if (leafRows.length === 0) return [];
  const top = Math.min(...leafRows.map((x) => x.row));
  const bottom = Math.max(...leafRows.map((x) => x.row));
  const keyAt = new Map(leafRows.map((x) => [x.row, x.key]));
  const column = (col: number, valueOf: (key: string) => CellWrite): CellUpdate => {
    const cells: CellWrite[][] = [];
    for (let row = top; row <= bottom; row++) {
      const key = keyAt.get(row);
      if (key === undefined) {
        cells.push([null]); // a section or a row the user added: left alone
        continue;
      }
      const value = valueOf(key);
      // An empty value empties the cell only where something is there, so untouched cells stay untouched.
      cells.push([value === null ? (isBlankCell(valueAt(c.sheet.values, row, col)) ? null : "") : value]);
    }
    return { sheet: c.sheet.name, at: cellAddress(top, col), cells };
  };
  const updates = [
    column(c.sheet.selfCol, (key) => {
      const p = c.scores.get(key) ?? null;
      return p === null ? null : numberFromPoints(p);
    }),
  ];
  if (c.sheet.noteCol !== null) updates.push(column(c.sheet.noteCol, (key) => c.notes.get(key) || null));
  return updates;
}

function arrivalUpdates(
  state: ClusterState,
  arrivals: readonly { unit: ClusterUnit; on: CalendarDate }[],
): CellUpdate[] {
  const list = state.unitList;
  if (list === null || arrivals.length === 0) return [];
  const col = list.receivedCol ?? list.freeCol;
  const updates: CellUpdate[] = [];
  if (list.receivedCol === null) {
    // An older unit list without the column: it gets one, right of the last header.
    updates.push({
      sheet: list.sheet,
      at: cellAddress(list.headerRow, col),
      cells: [[UNIT_COLUMNS.received.header]],
    });
  }
  for (const { unit, on } of arrivals) {
    if (unit.row === null) continue;
    updates.push({
      sheet: list.sheet,
      at: cellAddress(unit.row, col),
      cells: [[toExcelSerial(on)]],
      numberFormat: DATE_FORMAT,
    });
  }
  return updates;
}

/**
 * What merging the returned files would do, file by file, and the cells it would write. A file is
 * taken whole or not at all. A unit that sent twice keeps its earlier file (or the scores already
 * received) unless `overwrite`, which takes the latest by `receivedAt` (then by the order given).
 */
export function mergePlan(
  state: ClusterState,
  files: readonly ReturnedUnitFile[],
  options: MergeOptions,
): MergePlan {
  const plans: (FilePlan | null)[] = files.map(() => null);
  const byUnit = new Map<string, Candidate[]>();
  files.forEach((file, index) => {
    const result = evaluate(state, file, index);
    if (!isCandidate(result)) {
      plans[index] = result;
      return;
    }
    byUnit.set(result.unit.key, [...(byUnit.get(result.unit.key) ?? []), result]);
  });

  const merging: Candidate[] = [];
  for (const group of byUnit.values()) {
    const ordered = [...group].sort((a, b) => a.file.receivedAt - b.file.receivedAt || a.index - b.index);
    const received = ordered[0]?.unit.received ?? null;
    const unitOf = (c: Candidate): RefusalUnit => ({ code: c.unit.code, name: c.unit.name });
    if (options.overwrite) {
      const last = ordered[ordered.length - 1];
      if (!last) continue;
      for (const c of ordered.slice(0, -1))
        plans[c.index] = candidatePlan(c, "superseded", { kind: "superseded", later: last.file.name });
      if (received !== null && last.changes.length === 0 && last.notesChanged === 0) {
        plans[last.index] = candidatePlan(last, "unchanged", { kind: "nothingNew", received });
      } else {
        plans[last.index] = candidatePlan(last, "merge", null);
        merging.push(last);
      }
      continue;
    }
    let kept: Candidate | null = null;
    for (const c of ordered) {
      const unchanged = c.changes.length === 0 && c.notesChanged === 0;
      if (kept !== null) {
        plans[c.index] =
          c.content === kept.content
            ? candidatePlan(c, "unchanged", { kind: "sameAsEarlier", file: kept.file.name })
            : candidatePlan(
                c,
                "refused",
                null,
                refusal(REFUSAL.DUPLICATE, { unit: unitOf(c), earlier: { file: kept.file.name } }),
              );
      } else if (received !== null) {
        // Scores already received for this unit: a new file is a second sending.
        plans[c.index] = unchanged
          ? candidatePlan(c, "unchanged", { kind: "nothingNew", received })
          : candidatePlan(
              c,
              "refused",
              null,
              refusal(REFUSAL.DUPLICATE, { unit: unitOf(c), earlier: { received } }),
            );
      } else {
        plans[c.index] = candidatePlan(c, "merge", null);
        merging.push(c);
        kept = c;
      }
    }
  }

  merging.sort((a, b) => a.index - b.index);
  const updates = [
    ...merging.flatMap((c) => updatesFor(state, c)),
    ...arrivalUpdates(
      state,
      merging.map((c) => ({ unit: c.unit, on: c.file.receivedOn })),
    ),
  ];
  const final = plans.map(
    (p, i) => p ?? refusedPlan(files[i] as ReturnedUnitFile, null, refusal(REFUSAL.NOT_UNIT_FILE, {})),
  );
  const signature = JSON.stringify([
    final.map((p) => [p.file, p.outcome, p.unit?.code ?? null, p.refusal?.code ?? null, p.changes, p.counts]),
    updates,
  ]);
  return {
    files: final,
    updates,
    merged: merging.length,
    refused: final.filter((p) => p.outcome === "refused").length,
    signature,
  };
}

// ── Progress in a shared workbook ────────────────────────────────────────────

/** "received": scores in, and no deadline to judge them by. */
export type ProgressStatus =
  "on-time" | "late" | "received" | "complete" | "complete-undated" | "waiting" | "overdue";

export interface UnitProgress {
  readonly code: string;
  readonly name: string;
  readonly cluster: string;
  /** Sheet to open for this unit, null when it has none. */
  readonly sheet: string | null;
  readonly scored: number;
  readonly total: number;
  /** The errors found on the unit's row or sheet. */
  readonly errors: readonly Problem[];
  readonly received: CalendarDate | null;
  readonly status: ProgressStatus;
  /** Days after the deadline the scores came, for "late". */
  readonly daysLate: number;
}

export interface ProgressReport {
  readonly asOf: CalendarDate;
  readonly deadline: CalendarDate | null;
  readonly dueBy: CalendarDate | null;
  readonly criteria: number;
  readonly units: readonly UnitProgress[];
}

function ofUnit(problems: readonly Problem[], unit: ClusterUnit, severity: Severity): Problem[] {
  return problems.filter(
    (p) =>
      p.severity === severity &&
      ((problemSubject(p).unit !== undefined && normalizeKey(problemSubject(p).unit ?? "") === unit.key) ||
        (unit.sheet !== null &&
          p.at !== undefined &&
          normalizeKey(p.at.sheet) === normalizeKey(unit.sheet.name))),
  );
}

/**
 * Each unit's progress: criteria scored of all, its errors, and whether its scores are in by the
 * deadline (the arrival date when recorded; else complete or not, and whether the deadline has passed).
 */
export function progressOf(
  state: ClusterState,
  problems: readonly Problem[],
  now: CalendarDate,
): ProgressReport {
  // The core's completeness: every scored criterion counted (an empty bonus or deduction is none).
  const completeness = completenessOf(state.decoded.input);
  const criteria = state.lines.filter((l) => l.leaf && l.kind === "scored").length;
  const passed = state.dueBy !== null && compareDates(now, state.dueBy) > 0;
  const units = state.units.map((unit): UnitProgress => {
    const sheet = unit.sheet;
    const found = completeness.get(unit.key);
    const scored = sheet === null ? 0 : (found?.scored ?? 0);
    const total = found?.total ?? criteria;
    const complete = total > 0 && scored === total;
    let status: ProgressStatus;
    let daysLate = 0;
    if (unit.received !== null) {
      daysLate = state.dueBy ? Math.max(0, daysBetween(state.dueBy, unit.received)) : 0;
      status = state.dueBy === null ? "received" : daysLate > 0 ? "late" : "on-time";
    } else if (complete) status = passed ? "complete-undated" : "complete";
    else status = passed ? "overdue" : "waiting";
    return {
      code: unit.code,
      name: unit.name,
      cluster: unit.cluster,
      sheet: sheet?.name ?? null,
      scored,
      total,
      errors: ofUnit(problems, unit, "error"),
      received: unit.received,
      status,
      daysLate,
    };
  });
  return { asOf: now, deadline: state.deadline, dueBy: state.dueBy, criteria, units };
}

/** The arrival date for units complete in a shared workbook without one: today, in one write. */
export function arrivalUpdatesForComplete(state: ClusterState, report: ProgressReport): CellUpdate[] {
  const complete = new Set(
    report.units
      .filter((u) => u.received === null && u.total > 0 && u.scored === u.total)
      .map((u) => normalizeKey(u.code)),
  );
  return arrivalUpdates(
    state,
    state.units.filter((u) => complete.has(u.key)).map((unit) => ({ unit, on: report.asOf })),
  );
}
