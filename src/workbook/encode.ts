/**
 * The generated sheets: "Bảng tổng hợp" (summary) and "Đề nghị khen thưởng" (recommendation).
 *
 * The summary's figures are Excel formulas pointing at the unit sheets, so whoever opens the file
 * without the add-in sees live numbers; each formula carries the core's figure as its cached result
 * and rounds with ROUND(…, 2), so Excel's figures equal the core's to 0.01. Awards, reasons and
 * classifications are the core's words. The template's sheets are in template.ts.
 */
import { criteriaTable } from "../core/criteria";
import { formatPoints, numberFromPoints } from "../core/decimal";
import type {
  BlockSummary,
  CalendarDate,
  ClusterResult,
  CriterionKind,
  Points,
  Tie,
  TieBreakDecision,
  UnitResult,
} from "../core/model";
import { normalizeKey } from "../core/text/normalize";
import { recommendationText as R, summaryText as S } from "../messages/vi/documents";
import { vi } from "../messages/vi/diagnostics";
import { cellAddress, columnLetter, rangeAddress, sheetRef } from "./grid/address";
import type { DecodedWorkbook, ScoreSheetLayout } from "./decode";
import type { BlockWrite, CellStyle, CellWrite, SheetWrite } from "./port";
import { FONT } from "./template";

const NUMBER_FORMAT = "0.00";
const HEADER_FILL = "D9E1F2";
const CLUSTER_FILL = "EDEDED";

/** Columns of the summary, in order (0-based). */
const COL = {
  index: 0,
  code: 1,
  name: 2,
  self: 3,
  appraised: 4,
  difference: 5,
  departments: 6,
  bonus: 7,
  deductions: 8,
  total: 9,
  rank: 10,
  classification: 11,
  considered: 12,
  reason: 13,
  award: 14,
} as const;
const LAST_COL = COL.award;

/** Rows of the summary (0-based): title, subtitle, stamp, blank, header. */
export const SUMMARY_HEADER_ROW = 4;
/** Where the fingerprint sits: the stamp row, after its label. */
const STAMP_ROW = 2;
const FINGERPRINT_COL = COL.award;

const base: CellStyle = { fontName: FONT, fontSize: 11 };
const cellBorder: CellStyle = { ...base, border: true, vertical: "middle" };

// ── Formulas over a unit sheet ──────────────────────────────────────────────

/**
 * Contiguous row spans covering `rows`, bridging gaps whose score cells are empty (section rows,
 * blank lines): fewer, longer ranges keep formulas short on 150-criterion tables.
 */
export function rowSpans(rows: readonly number[], filled: ReadonlySet<number>): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const row of sorted) {
    const last = spans[spans.length - 1];
    if (last) {
      let bridge = true;
      for (let r = last[1] + 1; r < row && bridge; r++) if (filled.has(r)) bridge = false;
      if (bridge) {
        last[1] = row;
        continue;
      }
    }
    spans.push([row, row]);
  }
  return spans;
}

interface UnitFormulas {
  readonly self: string;
  readonly appraised: string;
  readonly bonus: string;
  readonly deductions: string;
  readonly departments: string;
}

function unitFormulas(
  layout: ScoreSheetLayout | undefined,
  leaves: readonly { readonly key: string; readonly kind: CriterionKind }[],
  departments: string | null,
): UnitFormulas {
  const zero: UnitFormulas = {
    self: "=0",
    appraised: '=""',
    bonus: "=0",
    deductions: "=0",
    departments: departments ?? "=0",
  };
  if (!layout) return zero;
  const sheet = sheetRef(layout.sheet);
  const rowsOf = (kind: CriterionKind | null): number[] =>
    leaves
      .filter((l) => kind === null || l.kind === kind)
      .map((l) => layout.rowOfCriterion.get(l.key))
      .filter((r): r is number => r !== undefined);
  const range = (col: number, [top, bottom]: [number, number]): string =>
    `${sheet}${cellAddress(top, col, true)}:${cellAddress(bottom, col, true)}`;
  const spans = (kind: CriterionKind | null): [number, number][] => rowSpans(rowsOf(kind), layout.filledRows);
  const e = (span: [number, number]): string => range(layout.selfCol, span);
  const f = (span: [number, number]): string => range(layout.appraisedCol, span);
  // The counted score of a row: the appraised score where given, else the self score.
  const counted = (kind: CriterionKind): string =>
    spans(kind)
      .map((s) => `SUMPRODUCT((${f(s)}="")*${e(s)})+SUM(${f(s)})`)
      .join("+") || "0";
  const scoredSelf = spans("scored").map(e).join(",");
  const allAppraised = spans(null).map(f).join(",");
  // A deduction may be typed as 1 or -1: both take 1 point off.
  const deductions =
    spans("deduction")
      .map((s) => `SUMPRODUCT((${f(s)}="")*ABS(${e(s)}))+SUMPRODUCT(ABS(${f(s)}))`)
      .join("+") || "0";
  return {
    self: scoredSelf ? `=ROUND(SUM(${scoredSelf}),2)` : "=0",
    appraised: allAppraised ? `=IF(COUNT(${allAppraised})=0,"",ROUND(${counted("scored")},2))` : '=""',
    bonus: `=ROUND(${counted("bonus")},2)`,
    deductions: `=ROUND(${deductions},2)`,
    departments: departments ?? "=0",
  };
}

/**
 * Row height in points for wrapped text: the tallest of (text, column width) pairs. Neither Excel
 * nor LibreOffice fits a row to wrapped text when opening a file, so the writer sets it. A column
 * width unit holds about one 11-point character; Times runs a little narrower.
 */
export function textHeight(cells: readonly (readonly [string, number])[], fontSize: number): number {
  let lines = 1;
  for (const [text, width] of cells) {
    const perLine = Math.max(1, width * (11 / fontSize) * 1.1);
    const count = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return Math.ceil(lines * fontSize * 1.3 + 2);
}

function points(p: Points): number {
  return numberFromPoints(p);
}

/** Mean of points, rounded to hundredths half away from zero (as ROUND does). */
function meanOf(values: readonly Points[]): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  return (Math.round(Math.abs(sum) / values.length) * Math.sign(sum)) / 100 + 0;
}

function unitsInTie(ties: readonly Tie[], code: string): Tie | undefined {
  return ties.find((t) => !t.settled && t.units.some((u) => normalizeKey(u) === normalizeKey(code)));
}

/** The reason column: why the unit is not considered or incomplete, then how a tie on its total was decided. */
function reasonOf(unit: UnitResult): string {
  const reasons = unit.exclusions.map((e) => vi.exclusion(e));
  if (!unit.complete) reasons.push(S.incomplete(unit.missing));
  for (const note of unit.tieBreakNotes) reasons.push(vi.tieBreakNote(note));
  return S.reasons(reasons);
}

function awardLabel(unit: UnitResult, ties: readonly Tie[]): string {
  if (unit.award) return S.award[unit.award];
  return unitsInTie(ties, unit.code) ? S.awaitingVote : "";
}

export interface SummarySheetOptions {
  readonly name: string;
  readonly now: CalendarDate;
  readonly fingerprint: string;
}

/**
 * The summary sheet: per cluster, one row per unit in rank order; a block row where there are
 * several clusters; the ties awaiting a vote underneath.
 */
export function summarySheet(
  decoded: DecodedWorkbook,
  summary: BlockSummary,
  options: SummarySheetOptions,
): SheetWrite {
  const { input, layout } = decoded;
  const leaves = criteriaTable(input.criteria, input.config).table.leaves;
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[S.title]], style: { ...base, bold: true, fontSize: 14 } },
    {
      at: "A2",
      cells: [[S.subtitle(input.name, input.period.label)]],
      style: { ...base, bold: true, fontSize: 12 },
    },
    {
      at: "A3",
      cells: [[S.stamp(options.now)]],
      style: { ...base, italic: true, fontSize: 10, color: "595959" },
    },
    {
      at: cellAddress(STAMP_ROW, FINGERPRINT_COL - 1),
      cells: [[S.fingerprintLabel, options.fingerprint]],
      style: { ...base, italic: true, fontSize: 10, color: "595959", horizontal: "right" },
    },
    {
      at: cellAddress(SUMMARY_HEADER_ROW, 0),
      cells: [[...S.headers]],
      style: { ...cellBorder, bold: true, fill: HEADER_FILL, wrap: true, horizontal: "center" },
    },
  ];
  const merges: string[] = [
    rangeAddress(0, 0, 0, LAST_COL),
    rangeAddress(1, 0, 1, LAST_COL),
    rangeAddress(2, 0, 2, 10),
  ];
  const departmentsFormula = (code: string): string | null => {
    const d = layout.departmentPoints;
    const row = d?.rowOfUnit.get(normalizeKey(code));
    if (!d || row === undefined || d.columns.length === 0) return null;
    const cols = [...d.columns].sort((a, b) => a - b);
    const parts: string[] = [];
    let start = cols[0] ?? 0;
    let prev = start;
    for (const col of [...cols.slice(1), Number.NaN]) {
      if (col === prev + 1) {
        prev = col;
        continue;
      }
      parts.push(
        start === prev
          ? `${sheetRef(d.sheet)}${cellAddress(row, start, true)}`
          : `${sheetRef(d.sheet)}${cellAddress(row, start, true)}:${cellAddress(row, prev, true)}`,
      );
      start = col;
      prev = col;
    }
    return `=ROUND(SUM(${parts.join(",")}),2)`;
  };

  const widths = [5, 9, 38, 9, 10, 10, 10, 10, 9, 10, 8, 26, 8, 40, 16];
  const rowHeights: { row: number; height: number }[] = [
    {
      row: SUMMARY_HEADER_ROW + 1,
      // Bold headers run wider than the estimate: at least two lines.
      height: Math.max(
        31,
        textHeight(
          S.headers.map((h, i) => [h, widths[i] ?? 10] as const),
          11,
        ),
      ),
    },
  ];
  let row = SUMMARY_HEADER_ROW + 1;
  let index = 0;
  const totalRanges: string[] = [];
  const allUnits: UnitResult[] = [];
  const numeric = { ...cellBorder, numberFormat: NUMBER_FORMAT, horizontal: "right" as const };
  for (const cluster of summary.clusters) {
    blocks.push({
      at: cellAddress(row, 0),
      cells: [
        [S.clusterRow(cluster.cluster.name, cluster.cluster.quota.leading, cluster.cluster.quota.excellent)],
      ],
      style: { ...cellBorder, bold: true, fill: CLUSTER_FILL },
    });
    merges.push(rangeAddress(row, 0, row, LAST_COL));
    row++;
    const first = row;
    const last = row + cluster.units.length - 1;
    if (cluster.units.length > 0) totalRanges.push(rangeAddress(first, COL.total, last, COL.total));
    for (const unit of cluster.units) {
      index++;
      allUnits.push(unit);
      const r = row + 1; // 1-based, for formulas on this row
      const f = unitFormulas(
        layout.scoreSheets.get(normalizeKey(unit.code)),
        leaves,
        departmentsFormula(unit.code),
      );
      const cell = (col: number): string => `${columnLetter(col)}${r}`;
      const totalRange = `${columnLetter(COL.total)}$${first + 1}:${columnLetter(COL.total)}$${last + 1}`;
      blocks.push({
        at: cellAddress(row, 0),
        cells: [[index]],
        style: { ...cellBorder, horizontal: "center" },
      });
      blocks.push({ at: cellAddress(row, COL.code), cells: [[unit.code]], style: cellBorder });
      blocks.push({
        at: cellAddress(row, COL.self),
        cells: [
          [
            { formula: f.self, result: points(unit.self) },
            { formula: f.appraised, result: unit.appraised === null ? "" : points(unit.appraised) },
            {
              formula: `=ROUND(IF(${cell(COL.appraised)}="",0,${cell(COL.appraised)}-${cell(COL.self)}),2)`,
              result: unit.appraised === null ? 0 : points(unit.appraisalDifference),
            },
            { formula: f.departments, result: points(unit.departments) },
            { formula: f.bonus, result: points(unit.bonus) },
            { formula: f.deductions, result: points(unit.deductions) },
            {
              formula: `=ROUND(MAX(0,IF(${cell(COL.appraised)}="",${cell(COL.self)},${cell(COL.appraised)})+${cell(COL.bonus)}-${cell(COL.deductions)})+${cell(COL.departments)},2)`,
              result: points(unit.total),
            },
          ],
        ],
        style: numeric,
      });
      blocks.push({
        at: cellAddress(row, COL.rank),
        cells: [[{ formula: `=RANK.EQ(${cell(COL.total)},${totalRange})`, result: unit.rank }]],
        style: { ...cellBorder, horizontal: "center" },
      });
      const reason = reasonOf(unit);
      blocks.push({
        at: cellAddress(row, COL.classification),
        cells: [
          [unit.classification ?? "", unit.considered ? S.yes : S.no, reason, awardLabel(unit, cluster.ties)],
        ],
        style: { ...cellBorder, wrap: true },
      });
      blocks.push({
        at: cellAddress(row, COL.name),
        cells: [[unit.name]],
        style: { ...cellBorder, wrap: true },
      });
      const height = textHeight(
        [
          [unit.name, widths[COL.name] ?? 38],
          [unit.classification ?? "", widths[COL.classification] ?? 26],
          [reason, widths[COL.reason] ?? 40],
        ],
        11,
      );
      if (height > 20) rowHeights.push({ row: row + 1, height });
      row++;
    }
  }

  if (summary.clusters.length > 1 && allUnits.length > 0) {
    const ranges = (col: number): string =>
      totalRanges
        .map((r) => r.replace(/[A-Z]+(\d+):[A-Z]+(\d+)/, `${columnLetter(col)}$1:${columnLetter(col)}$2`))
        .join(",");
    const mean = (col: number, values: Points[]): CellWrite => ({
      formula: `=ROUND(AVERAGE(${ranges(col)}),2)`,
      result: meanOf(values),
    });
    const appraised = allUnits.filter((u) => u.appraised !== null).map((u) => u.appraised as Points);
    const leading = allUnits.filter((u) => u.award === "leading").length;
    const excellent = allUnits.filter((u) => u.award === "excellent").length;
    blocks.push({
      at: cellAddress(row, 0),
      cells: [["", "", S.blockRow(allUnits.length)]],
      style: { ...cellBorder, bold: true, fill: CLUSTER_FILL },
    });
    blocks.push({
      at: cellAddress(row, COL.self),
      cells: [
        [
          mean(
            COL.self,
            allUnits.map((u) => u.self),
          ),
          appraised.length > 0 ? mean(COL.appraised, appraised) : "",
          "",
          mean(
            COL.departments,
            allUnits.map((u) => u.departments),
          ),
          mean(
            COL.bonus,
            allUnits.map((u) => u.bonus),
          ),
          mean(
            COL.deductions,
            allUnits.map((u) => u.deductions),
          ),
          mean(
            COL.total,
            allUnits.map((u) => u.total),
          ),
        ],
      ],
      style: { ...numeric, bold: true, fill: CLUSTER_FILL },
    });
    blocks.push({
      at: cellAddress(row, COL.rank),
      cells: [["", "", "", "", S.awardCounts(leading, excellent)]],
      style: { ...cellBorder, bold: true, fill: CLUSTER_FILL, wrap: true },
    });
    row++;
  }

  const open = summary.clusters.flatMap((c) => c.ties.filter((t) => !t.settled).map((t) => ({ c, t })));
  if (open.length > 0) {
    row++;
    blocks.push({ at: cellAddress(row, 0), cells: [[S.tiesTitle]], style: { ...base, bold: true } });
    row++;
    for (const { c, t } of open) {
      blocks.push({ at: cellAddress(row, 0), cells: [[tieText(c, t)]], style: base });
      row++;
    }
  }
  const decided = summary.clusters.flatMap((c) => c.tieBreaks.map((d) => ({ c, d })));
  if (decided.length > 0) {
    row++;
    blocks.push({ at: cellAddress(row, 0), cells: [[S.tieBreaksTitle]], style: { ...base, bold: true } });
    row++;
    for (const { c, d } of decided) {
      blocks.push({ at: cellAddress(row, 0), cells: [[tieBreakText(c, d)]], style: base });
      row++;
    }
  }

  return {
    name: options.name,
    generated: true,
    blocks,
    merges,
    columnWidths: widths,
    rowHeights,
    freeze: { rows: SUMMARY_HEADER_ROW + 1, columns: 3 },
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      printArea: rangeAddress(0, 0, Math.max(row - 1, SUMMARY_HEADER_ROW), LAST_COL),
      printTitleRows: `${SUMMARY_HEADER_ROW + 1}:${SUMMARY_HEADER_ROW + 1}`,
      pageNumbers: true,
    },
  };
}

function tieText(cluster: ClusterResult, tie: Tie): string {
  const names = tie.units.map((code) => {
    const unit = cluster.units.find((u) => normalizeKey(u.code) === normalizeKey(code));
    return unit ? `${unit.name} (${unit.code})` : code;
  });
  const total = String(points(tie.total)).replace(".", ",");
  return S.tieLine(cluster.cluster.name, names, total, tie.places, S.awardWord[tie.award]);
}

function unitNamed(cluster: ClusterResult, code: string): UnitResult | undefined {
  return cluster.units.find((u) => normalizeKey(u.code) === normalizeKey(code));
}

function tieBreakText(cluster: ClusterResult, decision: TieBreakDecision): string {
  return S.tieBreakLine({
    cluster: cluster.cluster.name,
    units: decision.units.map((code) => {
      const unit = unitNamed(cluster, code);
      return unit ? `${unit.name} (${unit.code})` : code;
    }),
    total: formatPoints(decision.total),
    award: S.awardWord[decision.award],
    ahead: decision.units.slice(0, decision.ahead),
    behind: decision.units.slice(decision.ahead),
    rule: vi.tieBreakRule(decision.decidedBy),
    values: decision.units.map((code, i) => `${code}: ${formatPoints(decision.values[i] ?? (0 as Points))}`),
  });
}

/** The fingerprint written in a generated summary, or null when the sheet has none. */
export function fingerprintOfSummary(values: readonly (readonly unknown[])[]): string | null {
  for (let r = 0; r <= SUMMARY_HEADER_ROW && r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c + 1 < row.length; c++) {
      if (row[c] === S.fingerprintLabel && typeof row[c + 1] === "string") return row[c + 1] as string;
    }
  }
  return null;
}

// ── Đề nghị khen thưởng ─────────────────────────────────────────────────────

export interface RecommendationOptions {
  readonly name: string;
  readonly now: CalendarDate;
}

const DOCUMENT_COLUMNS = [7, 42, 11, 9, 26, 20];

/** Height for text wrapped across the document's full width (merged cells). */
function linesHeight(value: string, fontSize: number): number {
  return textHeight([[value, DOCUMENT_COLUMNS.reduce((a, b) => a + b, 0)]], fontSize);
}

/** Margins of Vietnamese administrative documents (NĐ 30/2020, Phụ lục I), in millimetres. */
export const DOCUMENT_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/**
 * The award recommendation, ready to print and sign: two-column header (bodies; national motto),
 * place and date, title, the table of leading and excellent units within quota (ties flagged for a
 * vote), recipients and the signature block. A4 portrait, Times New Roman.
 */
export function recommendationSheet(
  decoded: DecodedWorkbook,
  summary: BlockSummary,
  options: RecommendationOptions,
): SheetWrite {
  const { input, document } = decoded;
  const upper = (s: string): string => s.toLocaleUpperCase("vi");
  const text = (size: number, extra: CellStyle = {}): CellStyle => ({ ...base, fontSize: size, ...extra });
  const blocks: BlockWrite[] = [];
  const merges: string[] = [];
  // Left block: columns A–B; right block: C–F.
  const left = (row: number, value: string, style: CellStyle): void => {
    blocks.push({ at: cellAddress(row, 0), cells: [[value]], style: { horizontal: "center", ...style } });
    merges.push(rangeAddress(row, 0, row, 1));
  };
  const right = (row: number, value: string, style: CellStyle): void => {
    blocks.push({ at: cellAddress(row, 2), cells: [[value]], style: { horizontal: "center", ...style } });
    merges.push(rangeAddress(row, 2, row, 5));
  };
  const full = (row: number, value: string, style: CellStyle): void => {
    blocks.push({ at: cellAddress(row, 0), cells: [[value]], style });
    merges.push(rangeAddress(row, 0, row, 5));
  };

  left(0, upper(document.parentBody), text(12));
  right(0, R.nation, text(12, { bold: true }));
  left(1, upper(document.issuingBody || input.name), text(12, { bold: true }));
  right(1, R.motto, text(13, { bold: true }));
  left(2, R.shortRule, text(12, { bold: true }));
  right(2, R.rule, text(13, { bold: true }));
  left(3, R.number(document.documentNumber), text(13));
  right(3, R.placeDate(document.place, options.now), text(13, { italic: true }));

  const subject = R.subject(input.period.label);
  const intro = R.intro(input.name, input.period.label, document.parentBody);
  full(5, R.kind, text(14, { bold: true, horizontal: "center" }));
  full(6, subject, text(14, { bold: true, horizontal: "center", wrap: true }));
  full(8, R.addressee(document.parentBody), text(14, { horizontal: "center" }));
  full(10, intro, text(14, { wrap: true, vertical: "top" }));
  const rowHeights = [
    { row: 7, height: linesHeight(subject, 14) },
    { row: 11, height: linesHeight(intro, 14) },
  ];

  const headerRow = 12;
  rowHeights.push({
    row: headerRow + 1,
    height: Math.max(
      36,
      textHeight(
        R.headers.map((h, i) => [h, DOCUMENT_COLUMNS[i] ?? 10] as const),
        13,
      ),
    ),
  });
  blocks.push({
    at: cellAddress(headerRow, 0),
    cells: [[...R.headers]],
    style: text(13, { bold: true, border: true, horizontal: "center", vertical: "middle", wrap: true }),
  });
  let row = headerRow + 1;
  let index = 0;
  const several = summary.clusters.length > 1;
  for (const cluster of summary.clusters) {
    const awarded = cluster.units.filter((u) => u.award !== null);
    const leading = awarded.filter((u) => u.award === "leading");
    const excellent = awarded.filter((u) => u.award === "excellent");
    const open = cluster.ties.filter((t) => !t.settled);
    if (several) {
      full(row, cluster.cluster.name, text(13, { bold: true, border: true }));
      row++;
    }
    const tableRow = (
      values: readonly CellWrite[],
      total: number,
      rest: readonly CellWrite[],
      italic: boolean,
    ): void => {
      const style = text(13, { border: true, vertical: "middle", wrap: true, italic });
      blocks.push({
        at: cellAddress(row, 0),
        cells: [[values[0] ?? null]],
        style: { ...style, horizontal: "center" },
      });
      blocks.push({ at: cellAddress(row, 1), cells: [[values[1] ?? null]], style });
      blocks.push({
        at: cellAddress(row, 2),
        cells: [[total]],
        style: { ...style, numberFormat: NUMBER_FORMAT, horizontal: "center" },
      });
      blocks.push({ at: cellAddress(row, 3), cells: [[...rest]], style: { ...style, horizontal: "center" } });
      const texts = [...values, total, ...rest].map((v) =>
        v === null || typeof v === "object" ? "" : String(v),
      );
      rowHeights.push({
        row: row + 1,
        height: textHeight(
          texts.map((t, i) => [t, DOCUMENT_COLUMNS[i] ?? 10] as const),
          13,
        ),
      });
      row++;
    };
    for (const unit of [...leading, ...excellent]) {
      index++;
      tableRow(
        [index, unit.name],
        points(unit.total),
        [unit.awardRank ?? unit.rank, unit.award === "leading" ? R.leading : R.excellent, ""],
        false,
      );
    }
    // A unit in several open ties (the leading tie and the excellent places its tier surely takes) is listed once.
    const pending = new Map<string, { code: string; total: Points; ties: Tie[] }>();
    for (const tie of open) {
      for (const code of tie.units) {
        const entry = pending.get(normalizeKey(code)) ?? { code, total: tie.total, ties: [] };
        entry.ties.push(tie);
        pending.set(normalizeKey(code), entry);
      }
    }
    for (const { code, total, ties } of pending.values()) {
      const unit = cluster.units.find((u) => normalizeKey(u.code) === normalizeKey(code));
      index++;
      tableRow(
        [index, unit?.name ?? code],
        points(total),
        [
          unit?.awardRank ?? unit?.rank ?? "",
          ties.map((t) => (t.award === "leading" ? R.leading : R.excellent)).join(R.or),
          R.tieNote(ties.map((t) => `${t.places} suất ${S.awardWord[t.award]}`)),
        ],
        true,
      );
    }
    if (leading.length + excellent.length + open.length === 0) {
      full(row, R.none, text(13, { italic: true, border: true }));
      row++;
    }
  }
  // Awards the tie-break chain decided between equal totals, said under the table.
  const decided = summary.clusters.flatMap((c) => c.tieBreaks.map((d) => ({ c, d })));
  for (const { c, d } of decided) {
    const nameOf = (code: string): string => unitNamed(c, code)?.name ?? code;
    const values = d.units.map((_, i) => formatPoints(d.values[i] ?? (0 as Points)));
    const note = R.tieBreakNote({
      cluster: several ? c.cluster.name : null,
      units: d.units.map(nameOf),
      total: formatPoints(d.total),
      ahead: d.units.slice(0, d.ahead).map(nameOf),
      rule: vi.tieBreakRule(d.decidedBy),
      aheadValues: values.slice(0, d.ahead),
      behindValues: values.slice(d.ahead),
    });
    full(row, note, text(12, { italic: true, wrap: true, vertical: "top" }));
    rowHeights.push({ row: row + 1, height: linesHeight(note, 12) });
    row++;
  }
  row++;
  const closing = R.closing(document.parentBody);
  full(row, closing, text(14, { wrap: true }));
  rowHeights.push({ row: row + 1, height: linesHeight(closing, 14) });
  row += 2;
  const signatureTop = row;
  blocks.push({
    at: cellAddress(row, 0),
    cells: [[R.recipientsTitle]],
    style: text(12, { bold: true, italic: true }),
  });
  const recipients = [...document.recipients.map(R.recipient), R.filing(document.filingCode)];
  recipients.forEach((line, i) => {
    blocks.push({ at: cellAddress(row + 1 + i, 0), cells: [[line]], style: text(11) });
    merges.push(rangeAddress(row + 1 + i, 0, row + 1 + i, 1));
  });
  right(signatureTop, upper(document.signerOnBehalf), text(14, { bold: true }));
  right(signatureTop + 1, upper(document.signerTitle), text(14, { bold: true }));
  right(signatureTop + 6, document.signer, text(14, { bold: true }));
  const lastRow = Math.max(signatureTop + 6, signatureTop + recipients.length);

  return {
    name: options.name,
    generated: true,
    blocks,
    merges,
    columnWidths: DOCUMENT_COLUMNS,
    rowHeights,
    pageSetup: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: DOCUMENT_MARGINS,
      printArea: rangeAddress(0, 0, lastRow, 5),
      printTitleRows: `${headerRow + 1}:${headerRow + 1}`,
      pageNumbers: true,
    },
  };
}
