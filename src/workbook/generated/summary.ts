/**
 * "Bảng tổng hợp", the generated summary: per cluster, one row per unit in rank order.
 *
 * Every figure is the core's value, written as a number, never a formula: a formula restating the
 * score rule in Excel would give another figure for content the core accepts (a score typed as the
 * text "8,5" is 8.5 to the core and #VALUE! to SUM), so the sheet holds what the core computed and
 * carries the stamp of the input it was computed from (the date and the input's fingerprint). When
 * an input changes, the stamp no longer matches and the pane and `thidua kiem-tra` say the sheet is
 * out of date (usecases.ts, resultsStatus).
 */
import { formatPoints, numberFromPoints, ZERO } from "../../core/decimal";
import type {
  BlockSummary,
  CalendarDate,
  ClusterResult,
  Points,
  Tie,
  TieBreakDecision,
  UnitResult,
} from "../../core/model";
import { normalizeKey } from "../../core/text/normalize";
import { summaryText as S, votesNeededWords } from "../../messages/vi/documents";
import { votingOfCluster } from "../../core/awards";
import { vi } from "../../messages/vi/diagnostics";
import type { DecodedWorkbook } from "../decode";
import { cellAddress, rangeAddress } from "../grid/address";
import type { BlockWrite, CellWrite, SheetWrite } from "../port";
import { BORDERED, GROUP_FILL, HEADER_FILL, NOTE_COLOR, POINTS_FORMAT, TEXT, textHeight } from "../styles";

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

/**
 * The reason column: why the unit is not considered or incomplete, how a tie on its total was
 * decided, and why its classification kept it from an award and who took the place.
 */
function reasonOf(unit: UnitResult): string {
  const reasons = unit.exclusions.map((e) => vi.exclusion(e));
  // Missing is never zero: a unit without scores, or without a department's points, says so.
  if (unit.noScores === true) reasons.push(S.noScores);
  else if (unit.missing.length > 0) reasons.push(S.incomplete(unit.missing));
  const noDepartments = unit.missingDepartments ?? [];
  if (noDepartments.length > 0)
    reasons.push(S.missingDepartments(noDepartments.map((d) => d.name || d.code)));
  for (const note of unit.tieBreakNotes) reasons.push(vi.tieBreakNote(note));
  for (const note of unit.passedOver ?? []) reasons.push(vi.passedOverNote(note));
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
  const { input } = decoded;
  const blocks: BlockWrite[] = [
    { at: "A1", cells: [[S.title]], style: { ...TEXT, bold: true, fontSize: 14 } },
    {
      at: "A2",
      cells: [[S.subtitle(input.name, input.period.label)]],
      style: { ...TEXT, bold: true, fontSize: 12 },
    },
    {
      at: "A3",
      cells: [[S.stamp(options.now)]],
      style: { ...TEXT, italic: true, fontSize: 10, color: NOTE_COLOR },
    },
    {
      at: cellAddress(STAMP_ROW, FINGERPRINT_COL - 1),
      cells: [[S.fingerprintLabel, options.fingerprint]],
      style: { ...TEXT, italic: true, fontSize: 10, color: NOTE_COLOR, horizontal: "right" },
    },
    {
      at: cellAddress(SUMMARY_HEADER_ROW, 0),
      cells: [[...S.headers]],
      style: { ...BORDERED, bold: true, fill: HEADER_FILL, wrap: true, horizontal: "center" },
    },
  ];
  const merges: string[] = [
    rangeAddress(0, 0, 0, LAST_COL),
    rangeAddress(1, 0, 1, LAST_COL),
    rangeAddress(2, 0, 2, 10),
  ];
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
  const allUnits: UnitResult[] = [];
  const numeric = { ...BORDERED, numberFormat: POINTS_FORMAT, horizontal: "right" as const };
  for (const cluster of summary.clusters) {
    blocks.push({
      at: cellAddress(row, 0),
      cells: [
        [
          S.clusterRow(
            cluster.cluster.name,
            cluster.cluster.quota.leading,
            cluster.cluster.quota.excellent,
            cluster.provisional === true,
          ),
        ],
      ],
      style: { ...BORDERED, bold: true, fill: GROUP_FILL },
    });
    merges.push(rangeAddress(row, 0, row, LAST_COL));
    row++;
    for (const unit of cluster.units) {
      index++;
      allUnits.push(unit);
      blocks.push({
        at: cellAddress(row, 0),
        cells: [[index]],
        style: { ...BORDERED, horizontal: "center" },
      });
      blocks.push({ at: cellAddress(row, COL.code), cells: [[unit.code]], style: BORDERED });
      blocks.push({
        at: cellAddress(row, COL.self),
        cells: [
          [
            points(unit.self),
            unit.appraised === null ? "" : points(unit.appraised),
            unit.appraised === null ? 0 : points(unit.appraisalDifference),
            points(unit.departments),
            points(unit.bonus),
            points(unit.deductions),
            points(unit.total),
          ],
        ],
        style: numeric,
      });
      blocks.push({
        at: cellAddress(row, COL.rank),
        cells: [[unit.rank]],
        style: { ...BORDERED, horizontal: "center" },
      });
      const reason = reasonOf(unit);
      blocks.push({
        at: cellAddress(row, COL.classification),
        cells: [
          [unit.classification ?? "", unit.considered ? S.yes : S.no, reason, awardLabel(unit, cluster.ties)],
        ],
        style: { ...BORDERED, wrap: true },
      });
      blocks.push({
        at: cellAddress(row, COL.name),
        cells: [[unit.name]],
        style: { ...BORDERED, wrap: true },
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
    const mean = (values: Points[]): CellWrite => meanOf(values);
    const appraised = allUnits.flatMap((u) => (u.appraised === null ? [] : [u.appraised]));
    const leading = allUnits.filter((u) => u.award === "leading").length;
    const excellent = allUnits.filter((u) => u.award === "excellent").length;
    blocks.push({
      at: cellAddress(row, 0),
      cells: [["", "", S.blockRow(allUnits.length)]],
      style: { ...BORDERED, bold: true, fill: GROUP_FILL },
    });
    blocks.push({
      at: cellAddress(row, COL.self),
      cells: [
        [
          mean(allUnits.map((u) => u.self)),
          appraised.length > 0 ? mean(appraised) : "",
          "",
          mean(allUnits.map((u) => u.departments)),
          mean(allUnits.map((u) => u.bonus)),
          mean(allUnits.map((u) => u.deductions)),
          mean(allUnits.map((u) => u.total)),
        ],
      ],
      style: { ...numeric, bold: true, fill: GROUP_FILL },
    });
    blocks.push({
      at: cellAddress(row, COL.rank),
      cells: [["", "", "", "", S.awardCounts(leading, excellent)]],
      style: { ...BORDERED, bold: true, fill: GROUP_FILL, wrap: true },
    });
    row++;
  }

  const open = summary.clusters.flatMap((c) => c.ties.filter((t) => !t.settled).map((t) => ({ c, t })));
  if (open.length > 0) {
    row++;
    blocks.push({ at: cellAddress(row, 0), cells: [[S.tiesTitle]], style: { ...TEXT, bold: true } });
    row++;
    for (const { c, t } of open) {
      blocks.push({ at: cellAddress(row, 0), cells: [[tieText(c, t)]], style: TEXT });
      row++;
    }
  }
  const decided = summary.clusters.flatMap((c) => c.tieBreaks.map((d) => ({ c, d })));
  if (decided.length > 0) {
    row++;
    blocks.push({ at: cellAddress(row, 0), cells: [[S.tieBreaksTitle]], style: { ...TEXT, bold: true } });
    row++;
    for (const { c, d } of decided) {
      blocks.push({ at: cellAddress(row, 0), cells: [[tieBreakText(c, d)]], style: TEXT });
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
  return S.tieLine(
    cluster.cluster.name,
    names,
    total,
    tie.places,
    S.awardWord[tie.award],
    votesNeededWords(votingOfCluster(cluster)),
  );
}

/** The unit of a cluster's results with this code. */
export function unitNamed(cluster: ClusterResult, code: string): UnitResult | undefined {
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
    values: decision.units.map((code, i) => `${code}: ${formatPoints(decision.values[i] ?? ZERO)}`),
  });
}

/** Rows searched for the fingerprint: the summary's stamp row and the recommendation's first row. */
const FINGERPRINT_ROWS = SUMMARY_HEADER_ROW + 1;

/**
 * The fingerprint written in a generated sheet (the summary's stamp row, the recommendation's first
 * row beside the print area), or null when the sheet has none.
 */
export function fingerprintOfSheet(values: readonly (readonly unknown[])[]): string | null {
  for (let r = 0; r < FINGERPRINT_ROWS && r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c + 1 < row.length; c++) {
      if (row[c] === S.fingerprintLabel && typeof row[c + 1] === "string") return row[c + 1] as string;
    }
  }
  return null;
}

/** The fingerprint written in a generated summary, or null when the sheet has none. */
export const fingerprintOfSummary = fingerprintOfSheet;
