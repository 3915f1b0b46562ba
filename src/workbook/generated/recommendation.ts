/**
 * "Đề nghị khen thưởng", the generated award recommendation: a sheet laid out as a Vietnamese
 * administrative document (NĐ 30/2020), ready to print and sign.
 */
import { formatPoints, numberFromPoints, ZERO } from "../../core/decimal";
import type { Award, BlockSummary, CalendarDate, ClusterResult, Tie } from "../../core/model";
import { openPlaces, proposedUnits } from "../../core/places";
import { recommendationText as R, summaryText as S, votesNeededWords } from "../../messages/vi/documents";
import { votingOfCluster } from "../../core/awards";
import { vi } from "../../messages/vi/diagnostics";
import { dossierText as D } from "../../messages/vi/dossier";
import type { DecodedWorkbook } from "../decode";
import { cellAddress, rangeAddress } from "../grid/address";
import type { BlockWrite, CellStyle, CellWrite, SheetWrite } from "../port";
import { DOCUMENT_MARGINS, NOTE_COLOR, POINTS_FORMAT, TEXT, textHeight } from "../styles";
import { unitNamed } from "./summary";
import {
  documentNumberFrom,
  documentNumberLine,
  MOTTO,
  NATION,
  placeDateLine,
  recipientLines,
  SHORT_RULE_SHARE,
  textWidthPt,
  wrapText,
} from "./documents";

export interface RecommendationOptions {
  readonly name: string;
  readonly now: CalendarDate;
  /** The input's fingerprint, the same the summary made from the same result carries. */
  readonly fingerprint: string;
}

/** Where the stamp sits: the first row, right of the printed columns (outside the print area). */
const STAMP_COL = 7;

/**
 * Widths in characters of the default font (Calibri 11: 7 px a character and 5 px of padding), so
 * the six columns print 618 px = 163.5 mm, inside A4's 165 mm between the decree's margins (30 and
 * 15 mm) at 100 %: nothing is shrunk to fit, 13–14 pt prints as 13–14 pt. Left header block A–B
 * 262 px (196 pt), right block C–F 356 px (267 pt): the national title fits it in bold 12 pt.
 */
const DOCUMENT_COLUMNS = [5, 31, 10, 8, 16, 14];
const PX_PER_CHARACTER = 7;
const PX_PADDING = 5;
const PT_PER_PX = 0.75;

/** Printed width in points of columns `from`..`to` (inclusive), less a cell's inner padding. */
function blockWidthPt(from: number, to: number): number {
  const px = DOCUMENT_COLUMNS.slice(from, to + 1).reduce(
    (sum, w) => sum + w * PX_PER_CHARACTER + PX_PADDING,
    0,
  );
  return px * PT_PER_PX - 4;
}

/** Row height (points) for text wrapped in a block of the given width, as Times New Roman wraps it. */
function wrappedHeight(text: string, widthPt: number, sizePt: number, bold: boolean): number {
  const lines = Math.max(1, wrapText(text, widthPt, sizePt, bold ? "bold" : "regular").length);
  return Math.ceil(lines * sizePt * 1.25 + 3);
}

/** A rule typed as underscores, as long as `widthPt` in bold `sizePt` (an underscore is half an em). */
function underscores(widthPt: number, sizePt: number): string {
  return "_".repeat(Math.max(3, Math.round(widthPt / textWidthPt("_", sizePt, "bold"))));
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

  const leftWidth = blockWidthPt(0, 1);
  const parentBody = upper(document.parentBody);
  const issuingBody = upper(document.issuingBody || input.name);
  const number = documentNumberLine("TTr", documentNumberFrom(document.documentNumber));
  const issuingLines = wrapText(issuingBody, leftWidth, 13, "bold");
  const issuingLongest = Math.max(0, ...issuingLines.map((l) => l.widthPt));
  left(0, parentBody, text(12, { wrap: true, vertical: "bottom" }));
  right(0, NATION, text(12, { bold: true }));
  left(1, issuingBody, text(13, { bold: true, wrap: true, vertical: "top" }));
  right(1, MOTTO, text(13, { bold: true, vertical: "top" }));
  // The rules: under the issuing body 1/3–1/2 of its longest line, under the motto as long as the motto.
  left(2, underscores(issuingLongest * SHORT_RULE_SHARE, 13), text(13, { bold: true, vertical: "top" }));
  right(2, underscores(textWidthPt(MOTTO, 13, "bold"), 13), text(13, { bold: true, vertical: "top" }));
  left(3, number, text(13));
  right(3, placeDateLine(document.place, options.now), text(13, { italic: true, wrap: true }));
  const rowHeights = [
    { row: 1, height: wrappedHeight(parentBody, leftWidth, 12, false) },
    { row: 2, height: Math.ceil(Math.max(1, issuingLines.length) * 13 * 1.25 + 3) },
    { row: 3, height: 17 },
  ];
  blocks.push({
    at: cellAddress(0, STAMP_COL),
    cells: [[S.fingerprintLabel, options.fingerprint]],
    style: { ...TEXT, italic: true, fontSize: 10, color: NOTE_COLOR },
  });

  const addressee = document.addressee || R.defaultAddressee(document.parentBody);
  const subject = R.subject(input.period.label);
  const intro = R.intro(input.name, input.period.label, addressee);
  const fullWidth = blockWidthPt(0, 5);
  // The award each place is proposed for, as the workbook names it ("Bằng khen", "Cờ thi đua …").
  const awardLabel = (award: Award): string =>
    D.awardFor(
      (award === "leading" ? document.leadingAward : document.excellentAward) || R.defaultAward,
      award,
    );
  full(5, R.kind, text(14, { bold: true, horizontal: "center" }));
  full(6, subject, text(14, { bold: true, horizontal: "center", wrap: true }));
  full(8, R.addresseeLine(addressee), text(14, { horizontal: "center", wrap: true }));
  full(10, intro, text(14, { wrap: true, vertical: "top" }));
  rowHeights.push(
    { row: 7, height: wrappedHeight(subject, fullWidth, 14, true) },
    { row: 9, height: wrappedHeight(R.addresseeLine(addressee), fullWidth, 14, false) },
    { row: 11, height: wrappedHeight(intro, fullWidth - 20, 14, false) },
  );

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
      const form = awardLabel(award);
      for (const unit of proposedUnits(cluster, award)) {
        index++;
        rows++;
        tableRow([index, unit.name], numberFromPoints(unit.total), [unit.rank, form, ""], false);
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
      needed: votesNeededWords(votingOfCluster(cluster)),
    });
    full(row, note, text(12, { italic: true, wrap: true, vertical: "top" }));
    rowHeights.push({ row: row + 1, height: wrappedHeight(note, fullWidth, 12, false) });
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
    rowHeights.push({ row: row + 1, height: wrappedHeight(note, fullWidth, 12, false) });
    row++;
  }
  row++;
  const closing = R.closing(addressee);
  full(row, closing, text(14, { wrap: true }));
  rowHeights.push({ row: row + 1, height: wrappedHeight(closing, fullWidth - 20, 14, false) });
  row += 2;
  const signatureTop = row;
  blocks.push({
    at: cellAddress(row, 0),
    cells: [[R.recipientsTitle]],
    style: text(12, { bold: true, italic: true }),
  });
  const recipients = recipientLines(document.recipients, document.filingCode ? [document.filingCode] : []);
  recipients.forEach((line, i) => {
    blocks.push({
      at: cellAddress(row + 1 + i, 0),
      cells: [[line]],
      style: text(11, { wrap: true, vertical: "top" }),
    });
    merges.push(rangeAddress(row + 1 + i, 0, row + 1 + i, 1));
    rowHeights.push({ row: row + 2 + i, height: wrappedHeight(line, leftWidth, 11, false) });
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
      fitToWidth: false,
      margins: DOCUMENT_MARGINS,
      printArea: rangeAddress(0, 0, lastRow, 5),
      printTitleRows: `${headerRow + 1}:${headerRow + 1}`,
      pageNumbers: true,
    },
  };
}
