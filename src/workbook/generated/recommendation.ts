/**
 * "Đề nghị khen thưởng", the generated award recommendation: a sheet laid out as a Vietnamese
 * administrative document (NĐ 30/2020), ready to print and sign.
 */
import { formatPoints, numberFromPoints, ZERO } from "../../core/decimal";
import type { BlockSummary, CalendarDate, ClusterResult, Tie } from "../../core/model";
import { openPlaces, proposedUnits } from "../../core/places";
import { recommendationText as R, summaryText as S } from "../../messages/vi/documents";
import { vi } from "../../messages/vi/diagnostics";
import type { DecodedWorkbook } from "../decode";
import { cellAddress, rangeAddress } from "../grid/address";
import type { BlockWrite, CellStyle, CellWrite, SheetWrite } from "../port";
import { DOCUMENT_MARGINS, NOTE_COLOR, POINTS_FORMAT, TEXT, textHeight } from "../styles";
import { unitNamed } from "./summary";

export interface RecommendationOptions {
  readonly name: string;
  readonly now: CalendarDate;
  /** The input's fingerprint, the same the summary made from the same result carries. */
  readonly fingerprint: string;
}

/** Where the stamp sits: the first row, right of the printed columns (outside the print area). */
const STAMP_COL = 7;

const DOCUMENT_COLUMNS = [7, 42, 11, 9, 26, 20];

/** Height for text wrapped across the document's full width (merged cells). */
function linesHeight(value: string, fontSize: number): number {
  return textHeight([[value, DOCUMENT_COLUMNS.reduce((a, b) => a + b, 0)]], fontSize);
}

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
  const text = (size: number, extra: CellStyle = {}): CellStyle => ({ ...TEXT, fontSize: size, ...extra });
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
  blocks.push({
    at: cellAddress(0, STAMP_COL),
    cells: [[S.fingerprintLabel, options.fingerprint]],
    style: { ...TEXT, italic: true, fontSize: 10, color: NOTE_COLOR },
  });
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
  // Ties awaiting a vote, named under the table: their places stay open in it.
  const awaiting: { cluster: ClusterResult; tie: Tie }[] = [];
  for (const cluster of summary.clusters) {
    const open = openPlaces(cluster);
    awaiting.push(...cluster.ties.filter((t) => !t.settled).map((tie) => ({ cluster, tie })));
    if (several) {
      full(row, cluster.cluster.name, text(13, { bold: true, border: true }));
      row++;
    }
    const tableRow = (
      values: readonly CellWrite[],
      total: CellWrite,
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
        style: { ...style, numberFormat: POINTS_FORMAT, horizontal: "center" },
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
    let rows = 0;
    for (const award of ["leading", "excellent"] as const) {
      const form = award === "leading" ? R.leading : R.excellent;
      for (const unit of proposedUnits(cluster, award)) {
        index++;
        rows++;
        tableRow(
          [index, unit.name],
          numberFromPoints(unit.total),
          [unit.awardRank ?? unit.rank, form, ""],
          false,
        );
      }
      // A place awaiting a vote is left open: no unit is named in it (the tied units are under the table).
      for (let place = 0; place < open[award]; place++) {
        index++;
        rows++;
        tableRow([index, R.openPlace], "", ["", form, R.awaitingVote], true);
      }
    }
    if (rows === 0) {
      full(row, R.none, text(13, { italic: true, border: true }));
      row++;
    }
  }
  for (const { cluster, tie } of awaiting) {
    const note = R.openPlaceNote({
      cluster: several ? cluster.cluster.name : null,
      places: tie.places,
      award: S.awardWord[tie.award],
      units: tie.units.map((code) => unitNamed(cluster, code)?.name ?? code),
      total: formatPoints(tie.total),
    });
    full(row, note, text(12, { italic: true, wrap: true, vertical: "top" }));
    rowHeights.push({ row: row + 1, height: linesHeight(note, 12) });
    row++;
  }
  // Awards the tie-break chain decided between equal totals, said under the table.
  const decided = summary.clusters.flatMap((c) => c.tieBreaks.map((d) => ({ c, d })));
  for (const { c, d } of decided) {
    const nameOf = (code: string): string => unitNamed(c, code)?.name ?? code;
    const values = d.units.map((_, i) => formatPoints(d.values[i] ?? ZERO));
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
