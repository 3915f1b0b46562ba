/**
 * Builds an administrative document (model.ts) from its content: the header's pieces, the title,
 * the body in sections, the closing. Content builders (tờ trình, biên bản, báo cáo, kế hoạch,
 * danh sách) give the words; this module gives them the format of Nghị định 30/2020/NĐ-CP, Phụ lục I.
 */
import {
  type DocumentDate,
  type DocumentNumber,
  DRAFT_MARK,
  MOTTO,
  NATION,
  RECIPIENTS_TITLE,
  addresseeLines,
  documentNumberLine,
  headerName,
  placeDateLine,
  recipientLines,
  tidy,
  tidyKeepingBlanks,
} from "./header";
import { type DocumentKind, documentKindTitle } from "./kinds";
import { textWidthPt, wrapText } from "./metrics";
import type {
  AdministrativeDocument,
  Alignment,
  Block,
  Closing,
  DocumentHeader,
  DocumentTitle,
  ParagraphBlock,
  Section,
  SignatureBlock,
  TextSpan,
} from "./model";
import {
  HEADER_GAP_MM,
  HEADER_RIGHT_COLUMN_MM,
  type Orientation,
  SHORT_RULE_SHARE,
  SIZES_PT,
  mmToPt,
  textAreaWidthPt,
} from "./page";
import { type TableInput, tableBlock, tableOverflows } from "./tables";

export interface TextSpanInput {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Running text: justified with the first line indented, unless said otherwise. */
export interface ParagraphInput {
  readonly type: "paragraph";
  readonly text: string | readonly TextSpanInput[];
  readonly align?: Alignment;
  readonly indent?: boolean;
  /** Print on the page of what follows (a table's lead-in, such as the minutes' threshold line). */
  readonly keepWithNext?: boolean;
}

/** A section heading ("I. KẾT QUẢ …"): bold, kept with what follows it. */
export interface HeadingInput {
  readonly type: "heading";
  readonly text: string;
}

export type BlockInput = ParagraphInput | HeadingInput | TableInput;

export interface SectionInput {
  /** "auto": landscape when one of its tables has a word too wide for its column in portrait. */
  readonly orientation: Orientation | "auto";
  readonly blocks: readonly BlockInput[];
}

export interface SignatureInput {
  /** "TM. CỤM THI ĐUA", or null when the signer signs in their own name (minutes). */
  readonly authority?: string | null;
  readonly position: string;
  readonly name: string;
}

export type ClosingInput =
  | {
      /** Who receives the document, without the filing line. */
      readonly recipients: readonly string[];
      /** Who files a copy besides the office ("VT"): the drafting unit, the number of copies. */
      readonly filing: readonly string[];
      readonly signature: SignatureInput;
    }
  | {
      readonly signatures: readonly [SignatureInput] | readonly [SignatureInput, SignatureInput];
    };

export interface DocumentInput {
  readonly kind: DocumentKind;
  /** Tên cơ quan chủ quản, as written ("Liên đoàn Lao động tỉnh Kon Tum"); "" when none. */
  readonly parentBody: string;
  /** Tên cơ quan ban hành ("Cụm thi đua các LĐLĐ huyện, thành phố"). */
  readonly issuingBody: string;
  /** The issuer's code after the kind's in the number; "CTĐ" unless given. */
  readonly issuerCode?: string;
  readonly number: DocumentNumber;
  readonly place: string;
  readonly date: DocumentDate;
  /** Trích yếu: what the document is about. */
  readonly subject: string;
  readonly subjectNote?: string | null;
  readonly addressees?: readonly string[];
  readonly sections: readonly SectionInput[];
  readonly closing: ClosingInput;
  /** Print "DỰ THẢO" on the first page. */
  readonly draft?: boolean;
}

/** Signs for the cluster as its head: "TM. CỤM THI ĐUA" / "CỤM TRƯỞNG". */
export const CLUSTER_HEAD_AUTHORITY = "TM. CỤM THI ĐUA";
export const CLUSTER_HEAD_POSITION = "CỤM TRƯỞNG";

/**
 * The signature of the cluster's head.
 *
 * @example clusterHeadSignature("Nguyễn Văn A") // { authority: "TM. CỤM THI ĐUA", position: "CỤM TRƯỞNG", name: "Nguyễn Văn A" }
 */
export function clusterHeadSignature(name: string): SignatureInput {
  return { authority: CLUSTER_HEAD_AUTHORITY, position: CLUSTER_HEAD_POSITION, name };
}

/** How many of a table's last rows print on the page of the closing. */
const LAST_ROWS_KEPT = 2;
/** How many paragraphs between the last table and the closing are kept with it. */
const TRAILING_PARAGRAPHS_KEPT = 2;

function spans(text: string | readonly TextSpanInput[], bold = false): TextSpan[] {
  const given = typeof text === "string" ? [{ text }] : text;
  return given.map((s) => ({
    text: s.text.normalize("NFC"),
    bold: s.bold ?? bold,
    italic: s.italic ?? false,
  }));
}

function paragraph(input: ParagraphInput | HeadingInput): ParagraphBlock {
  if (input.type === "heading") {
    return {
      type: "paragraph",
      spans: spans(tidy(input.text), true),
      align: "justify",
      firstLineIndent: true,
      sizePt: SIZES_PT.body,
      spaceBeforePt: 0,
      keepWithNext: true,
    };
  }
  return {
    type: "paragraph",
    spans: spans(input.text),
    align: input.align ?? "justify",
    firstLineIndent: input.indent ?? true,
    sizePt: SIZES_PT.body,
    spaceBeforePt: 0,
    keepWithNext: input.keepWithNext ?? false,
  };
}

/** Space between a table and the paragraph after it. */
const SPACE_AFTER_TABLE_PT = 6;

/**
 * The orientation of a section: as given, or for "auto" landscape when a table would not fit
 * portrait.
 */
function sectionOrientation(input: SectionInput): Orientation {
  if (input.orientation !== "auto") return input.orientation;
  const portrait = textAreaWidthPt("portrait");
  const overflows = input.blocks.some(
    (b) => b.type === "table" && tableOverflows(tableBlock(b, portrait)).length > 0,
  );
  return overflows ? "landscape" : "portrait";
}

function section(input: SectionInput): Section {
  const orientation = sectionOrientation(input);
  const textWidthPt = textAreaWidthPt(orientation);
  return {
    orientation,
    textWidthPt,
    blocks: input.blocks.map((b, i) => {
      if (b.type === "table") return tableBlock(b, textWidthPt);
      const p = paragraph(b);
      return input.blocks[i - 1]?.type === "table" ? { ...p, spaceBeforePt: SPACE_AFTER_TABLE_PT } : p;
    }),
  };
}

/**
 * Marks what ends the last section to stay on the closing's page: up to two paragraphs after the
 * last table, and that table's last two rows.
 */
function keepEndWithClosing(blocks: readonly Block[]): Block[] {
  const kept = [...blocks];
  let paragraphs = 0;
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    const block = kept[i]!;
    if (block.type === "table") {
      kept[i] = { ...block, keepLastRowsWithNext: Math.min(LAST_ROWS_KEPT, block.bodyRows.length) };
      break;
    }
    if (paragraphs === TRAILING_PARAGRAPHS_KEPT) break;
    kept[i] = { ...block, keepWithNext: true };
    paragraphs += 1;
  }
  return kept;
}

/** A short rule under a text: the format's share of its longest line in the width it wraps in. */
function shortRule(text: string, widthPt: number, sizePt: number): { widthPt: number } {
  const longest = Math.max(0, ...wrapText(text, widthPt, sizePt, "bold").map((l) => l.widthPt));
  return { widthPt: longest * SHORT_RULE_SHARE };
}

function header(input: DocumentInput, widthPt: number): DocumentHeader {
  const rightWidthPt = Math.min(mmToPt(HEADER_RIGHT_COLUMN_MM), widthPt * 0.62);
  const leftWidthPt = widthPt - rightWidthPt;
  const gapPt = mmToPt(HEADER_GAP_MM);
  const issuingBody = headerName(input.issuingBody);
  return {
    leftWidthPt,
    rightWidthPt,
    gapPt,
    parentBody: headerName(input.parentBody),
    issuingBody,
    issuingRule: shortRule(issuingBody, leftWidthPt - gapPt, SIZES_PT.issuingBody),
    numberLine: documentNumberLine(input.kind, input.number, input.issuerCode),
    nation: NATION,
    motto: MOTTO,
    mottoRule: { widthPt: textWidthPt(MOTTO, SIZES_PT.motto, "bold") },
    placeDate: placeDateLine(input.place, input.date),
  };
}

function title(input: DocumentInput, widthPt: number): DocumentTitle {
  const subject = tidy(input.subject);
  const note = input.subjectNote ? tidyKeepingBlanks(input.subjectNote) : null;
  return {
    kind: documentKindTitle(input.kind),
    subject,
    subjectRule: shortRule(subject, widthPt, SIZES_PT.subject),
    note: note === "" ? null : note,
  };
}

function signature(input: SignatureInput): SignatureBlock {
  const authority = input.authority ? headerName(input.authority) : null;
  return { authority, position: headerName(input.position), name: tidy(input.name) };
}

function closing(input: ClosingInput): Closing {
  if ("signatures" in input) {
    const [first, second] = input.signatures;
    return {
      type: "signatures",
      signatures: second ? [signature(first), signature(second)] : [signature(first)],
    };
  }
  return {
    type: "recipients-and-signature",
    recipientsTitle: RECIPIENTS_TITLE,
    recipients: recipientLines(input.recipients, input.filing),
    signature: signature(input.signature),
  };
}

function isoDate(date: DocumentDate): string | null {
  if (!("month" in date && "day" in date)) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Lays out an administrative document: the header's pieces in capitals with their rules, the
 * title, the addressee, the body's sections (each in its orientation; tables sized from their
 * shares), and the closing, with the end of the body kept on the closing's page.
 *
 * @example buildAdministrativeDocument({ kind: "TTr", parentBody: "LĐLĐ tỉnh Kon Tum", issuingBody: "Cụm thi đua số 1", number: null, place: "Kon Tum", date: { year: 2022, month: 12, day: 20 }, subject: "Về việc đề nghị khen thưởng", addressees: ["Ban Thường vụ LĐLĐ tỉnh Kon Tum"], sections: [{ orientation: "portrait", blocks: [] }], closing: { recipients: ["Như trên"], filing: ["CTĐ"], signature: clusterHeadSignature("Nguyễn Văn A") } }).header.numberLine === "Số: …/TTr-CTĐ"
 */
export function buildAdministrativeDocument(input: DocumentInput): AdministrativeDocument {
  if (input.sections.length === 0) throw new Error("A document needs at least one section.");
  const built = input.sections.map(section);
  const last = built.length - 1;
  const sections = built.map((s, i) => (i === last ? { ...s, blocks: keepEndWithClosing(s.blocks) } : s));
  const firstWidth = sections[0]!.textWidthPt;
  const docTitle = title(input, firstWidth);
  return {
    kind: input.kind,
    documentTitle: `${docTitle.kind} ${docTitle.subject}`,
    isoDate: isoDate(input.date),
    draft: input.draft ?? false,
    draftMark: DRAFT_MARK,
    header: header(input, firstWidth),
    title: docTitle,
    addressee: addresseeLines(input.addressees ?? []),
    sections,
    closing: closing(input.closing),
  };
}
