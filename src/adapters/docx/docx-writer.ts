/**
 * Writes an administrative document (src/workbook/generated/documents) as a Word file with the
 * `docx` package, in Node and in the browser. Everything the format decides is in the model; this
 * adapter only states it in WordprocessingML:
 * - each section an A4 page in its orientation, with the format's margins; page numbers centred in
 *   the top margin from the second page (a distinct, blank first-page header: `w:titlePg`);
 * - Times New Roman in black, every run's size as the model gives it;
 * - tables with fixed widths, header rows repeated on each page (`w:tblHeader`) and kept with the
 *   first body row, no row broken across pages (`w:cantSplit`), the last rows kept with the
 *   closing (`w:keepNext` on their paragraphs);
 * - the header's rules as paragraph borders, their length set by the paragraph's indents;
 * - the recipients and the signature in one borderless row that does not split.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import type {
  AdministrativeDocument,
  Alignment,
  Block,
  Closing,
  ParagraphBlock,
  Section,
  SignatureBlock,
  TableBlock,
  TableCell as ModelCell,
} from "../../workbook/generated/documents/model";
import {
  A4_MM,
  BODY_PARAGRAPH,
  FONT_FAMILY,
  MARGINS_MM,
  PAGE_NUMBER_FROM_TOP_MM,
  SIZES_PT,
} from "../../workbook/generated/documents/page";
import { rowKeepsWithNext } from "../../workbook/generated/documents/tables";

/** Twentieths of a point, Word's unit of length. */
const twips = (pt: number): number => Math.round(pt * 20);
const twipsFromMm = (mm: number): number => Math.round((mm * 72 * 20) / 25.4);
/** Half-points, Word's unit of font size. */
const halfPoints = (pt: number): number => Math.round(pt * 2);
const BLACK = "000000";
const LANGUAGE = "vi-VN";
/** A rule's thickness in eighths of a point: ¾ pt, as the format's fine rule. */
const RULE_SIZE = 6;
/** A table border: ½ pt. */
const GRID_SIZE = 4;

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

interface RunStyle {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT_FAMILY,
    size: halfPoints(style.sizePt),
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    color: BLACK,
  });
}

interface LineOptions extends RunStyle {
  readonly align?: Alignment;
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
  readonly indentLeftPt?: number;
}

/** One paragraph of one style, single-spaced. */
function line(text: string, options: LineOptions): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? "center"],
    spacing: {
      before: twips(options.before ?? 0),
      after: twips(options.after ?? 0),
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: options.keepNext ?? false,
    keepLines: true,
    indent: options.indentLeftPt ? { left: twips(options.indentLeftPt) } : undefined,
    children: [run(text, options)],
  });
}

/**
 * A rule drawn as the bottom border of an empty paragraph 3 points high (the gap under the text
 * above), its indents leaving it `ruleWidthPt` long, centred in `inWidthPt`.
 */
function rule(ruleWidthPt: number, inWidthPt: number, afterPt = 0): Paragraph {
  const side = Math.max(0, (inWidthPt - ruleWidthPt) / 2);
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: BLACK, space: 0 } },
    indent: { left: twips(side), right: twips(side) },
    spacing: { before: 0, after: twips(afterPt), line: twips(3), lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: [],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const GRID = { style: BorderStyle.SINGLE, size: GRID_SIZE, color: BLACK } as const;
const GRID_BORDERS = {
  top: GRID,
  bottom: GRID,
  left: GRID,
  right: GRID,
  insideHorizontal: GRID,
  insideVertical: GRID,
};

/**
 * A borderless layout table (header, closing): fixed widths, no cell padding but the blank space
 * `rightGapsPt` at the right of each column.
 */
function layoutTable(
  widthsPt: readonly number[],
  rows: readonly (readonly Paragraph[][])[],
  rightGapsPt: readonly number[] = [],
): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(widthsPt.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsPt.map(twips),
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: twips(widthsPt[i] ?? 0), type: WidthType.DXA },
                margins: { left: 0, right: twips(rightGapsPt[i] ?? 0), top: 0, bottom: 0 },
                children: children.length > 0 ? children : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}

function documentHeader(doc: AdministrativeDocument): Table {
  const h = doc.header;
  const left: Paragraph[] = [];
  if (h.parentBody !== "") left.push(line(h.parentBody, { sizePt: SIZES_PT.parentBody, keepNext: true }));
  left.push(line(h.issuingBody, { sizePt: SIZES_PT.issuingBody, bold: true, keepNext: true }));
  left.push(rule(h.issuingRule.widthPt, h.leftWidthPt - h.gapPt));
  const right = [
    line(h.nation, { sizePt: SIZES_PT.nation, bold: true, keepNext: true }),
    line(h.motto, { sizePt: SIZES_PT.motto, bold: true, keepNext: true }),
    rule(h.mottoRule.widthPt, h.rightWidthPt),
  ];
  const number = [line(h.numberLine, { sizePt: SIZES_PT.number, before: 6, keepNext: true })];
  const placeDate = [
    line(h.placeDate, { sizePt: SIZES_PT.placeDate, italic: true, before: 6, keepNext: true }),
  ];
  return layoutTable(
    [h.leftWidthPt, h.rightWidthPt],
    [
      [left, right],
      [number, placeDate],
    ],
    [h.gapPt, 0],
  );
}

function documentTitle(doc: AdministrativeDocument, widthPt: number): Paragraph[] {
  const t = doc.title;
  const out = [
    line(t.kind, { sizePt: SIZES_PT.kind, bold: true, before: 18, keepNext: true }),
    line(t.subject, { sizePt: SIZES_PT.subject, bold: true, keepNext: true }),
    // The space under the title block: 6 pt after the rule (or the note), 6 more before an addressee.
    rule(t.subjectRule.widthPt, widthPt, 6),
  ];
  if (t.note !== null) {
    out.push(line(t.note, { sizePt: SIZES_PT.subject, italic: true, after: 6, keepNext: true }));
  }
  if (doc.addressee.length === 1) {
    out.push(line(doc.addressee[0]!, { sizePt: SIZES_PT.addressee, before: 6, after: 6 }));
  } else if (doc.addressee.length > 1) {
    const [label, ...names] = doc.addressee;
    const indent = widthPt * 0.2;
    out.push(
      line(label!, {
        sizePt: SIZES_PT.addressee,
        align: "left",
        before: 6,
        indentLeftPt: indent,
        keepNext: true,
      }),
    );
    names.forEach((name, i) =>
      out.push(
        line(name, {
          sizePt: SIZES_PT.addressee,
          align: "left",
          indentLeftPt: indent + 28,
          after: i === names.length - 1 ? 6 : 0,
          keepNext: i < names.length - 1,
        }),
      ),
    );
  }
  return out;
}

function bodyParagraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment: ALIGN[block.align],
    indent: block.firstLineIndent ? { firstLine: twipsFromMm(BODY_PARAGRAPH.firstLineIndentMm) } : undefined,
    spacing: {
      before: twips(block.spaceBeforePt),
      after: twips(BODY_PARAGRAPH.spaceAfterPt),
      line: Math.round(240 * BODY_PARAGRAPH.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: block.keepWithNext,
    children: block.spans.map((s) => run(s.text, { sizePt: block.sizePt, bold: s.bold, italic: s.italic })),
  });
}

function tableCell(cell: ModelCell, widthPt: number, table: TableBlock, keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: twips(widthPt), type: WidthType.DXA },
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[cell.align],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        keepNext,
        keepLines: true,
        children: [run(cell.text, { sizePt: table.sizePt, bold: cell.bold, italic: cell.italic })],
      }),
    ],
  });
}

/** Widths of the cells of one row, spans and columns covered from above taken into account. */
function rowWidths(table: TableBlock, rows: readonly (readonly ModelCell[])[]): number[][] {
  const coveredUntil = table.columns.map(() => -1);
  return rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while (column < table.columns.length && (coveredUntil[column] ?? -1) >= r) column += 1;
      const width = table.columns.slice(column, column + cell.colSpan).reduce((s, c) => s + c.widthPt, 0);
      for (let c = column; c < column + cell.colSpan; c += 1) coveredUntil[c] = r + cell.rowSpan - 1;
      column += cell.colSpan;
      return width;
    });
  });
}

function dataTable(table: TableBlock): Table {
  const headerWidths = rowWidths(table, table.headerRows);
  const bodyWidths = rowWidths(table, table.bodyRows);
  const headerCount = table.headerRows.length;
  const header = table.headerRows.map(
    (row, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map((cell, c) =>
          tableCell(cell, headerWidths[r]![c]!, table, rowKeepsWithNext(table, r)),
        ),
      }),
  );
  const body = table.bodyRows.map((row, r) => {
    const keep = rowKeepsWithNext(table, headerCount + r);
    return new TableRow({
      cantSplit: true,
      children: row.map((cell, c) => tableCell(cell, bodyWidths[r]![c]!, table, keep)),
    });
  });
  const padding = twips(table.cellPaddingPt);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(table.widthPt), type: WidthType.DXA },
    columnWidths: table.columns.map((c) => twips(c.widthPt)),
    borders: GRID_BORDERS,
    margins: { left: padding, right: padding, top: twips(1.5), bottom: twips(1.5) },
    rows: [...header, ...body],
  });
}

function signatureParagraphs(signature: SignatureBlock): Paragraph[] {
  const out: Paragraph[] = [];
  if (signature.authority !== null) {
    out.push(line(signature.authority, { sizePt: SIZES_PT.signature, bold: true, keepNext: true }));
  }
  out.push(line(signature.position, { sizePt: SIZES_PT.signature, bold: true, keepNext: true }));
  // Room to sign and stamp: about four lines.
  out.push(line(signature.name, { sizePt: SIZES_PT.signature, bold: true, before: 72 }));
  return out;
}

function closingTable(closing: Closing, widthPt: number): Table {
  if (closing.type === "recipients-and-signature") {
    const recipients = [
      line(closing.recipientsTitle, {
        sizePt: SIZES_PT.recipientsTitle,
        bold: true,
        italic: true,
        align: "left",
        keepNext: true,
      }),
      ...closing.recipients.map((r) =>
        line(r, { sizePt: SIZES_PT.recipients, align: "left", keepNext: true }),
      ),
    ];
    return layoutTable(
      [widthPt * 0.45, widthPt * 0.55],
      [[recipients, signatureParagraphs(closing.signature)]],
    );
  }
  const [first, second] = closing.signatures;
  return second
    ? layoutTable([widthPt * 0.5, widthPt * 0.5], [[signatureParagraphs(first), signatureParagraphs(second)]])
    : layoutTable([widthPt * 0.45, widthPt * 0.55], [[[], signatureParagraphs(first)]]);
}

/** Space between the body and the closing, kept with it. */
function gap(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips(12), lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: [],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: FONT_FAMILY,
            size: halfPoints(SIZES_PT.pageNumber),
            color: BLACK,
          }),
        ],
      }),
    ],
  });
}

/** The first page's header: blank (no page number), or the draft mark in a box on the right. */
function firstPageHeader(doc: AdministrativeDocument): Header {
  const children = doc.draft
    ? [
        new TextRun({
          text: ` ${doc.draftMark} `,
          font: FONT_FAMILY,
          size: halfPoints(SIZES_PT.draftMark),
          bold: true,
          color: BLACK,
          border: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: BLACK, space: 2 },
        }),
      ]
    : [];
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children })] });
}

function blocks(section: Section): (Paragraph | Table)[] {
  return section.blocks.map((b: Block) => (b.type === "table" ? dataTable(b) : bodyParagraph(b)));
}

function sectionOptions(doc: AdministrativeDocument, section: Section, index: number): ISectionOptions {
  const first = index === 0;
  const last = index === doc.sections.length - 1;
  const children: (Paragraph | Table)[] = [];
  if (first) children.push(documentHeader(doc), ...documentTitle(doc, section.textWidthPt));
  children.push(...blocks(section));
  if (last) children.push(gap(), closingTable(doc.closing, section.textWidthPt));
  return {
    properties: {
      titlePage: first,
      page: {
        size: {
          width: twipsFromMm(A4_MM.width),
          height: twipsFromMm(A4_MM.height),
          orientation:
            section.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twipsFromMm(MARGINS_MM.top),
          bottom: twipsFromMm(MARGINS_MM.bottom),
          left: twipsFromMm(MARGINS_MM.left),
          right: twipsFromMm(MARGINS_MM.right),
          header: twipsFromMm(PAGE_NUMBER_FROM_TOP_MM),
          footer: twipsFromMm(PAGE_NUMBER_FROM_TOP_MM),
          gutter: 0,
        },
        pageNumbers: first ? { start: 1 } : undefined,
      },
    },
    headers: first
      ? { default: pageNumberHeader(), first: firstPageHeader(doc) }
      : { default: pageNumberHeader() },
    children,
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The file's properties: its title and, instead of the machine's clock, the document's own date. */
function coreProperties(doc: AdministrativeDocument): string {
  const stamp = doc.isoDate === null ? "" : `${doc.isoDate}T00:00:00Z`;
  const dates =
    stamp === ""
      ? ""
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(doc.documentTitle)}</dc:title><dc:language>${LANGUAGE}</dc:language>${dates}` +
    `</cp:coreProperties>`
  );
}

/**
 * The document as the bytes of a .docx file.
 *
 * @example const bytes = await documentToDocx(buildAdministrativeDocument(input)); // then save or download
 */
export async function documentToDocx(doc: AdministrativeDocument): Promise<Uint8Array> {
  const file = new Document({
    title: doc.documentTitle,
    styles: {
      default: {
        document: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(SIZES_PT.body),
            color: BLACK,
            language: { value: LANGUAGE },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: doc.sections.map((s, i) => sectionOptions(doc, s, i)),
  });
  const buffer = await Packer.toArrayBuffer(file, false, [
    { path: "docProps/core.xml", data: coreProperties(doc) },
  ]);
  return new Uint8Array(buffer);
}
