/**
 * An administrative document laid out in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I, ready
 * for a writer to print: every text is final (capitals, punctuation, number and date lines), every
 * measure the format ties to the text is computed (rules, column widths), and what must stay
 * together is marked. A writer (the Word adapter) only turns it into its own format; it decides
 * nothing. Lengths are in points (1/72 inch).
 */
import type { DocumentKind } from "./kinds";
import type { Orientation } from "./page";

export type Alignment = "left" | "center" | "right" | "justify";

/** A piece of text with its emphasis. */
export interface TextSpan {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A body paragraph or a heading (bold, never left alone at the foot of a page). */
export interface ParagraphBlock {
  readonly type: "paragraph";
  readonly spans: readonly TextSpan[];
  readonly align: Alignment;
  /** Indent the first line as the format does for running text. */
  readonly firstLineIndent: boolean;
  readonly sizePt: number;
  /** Space above the paragraph beyond the usual: after a table, so the text does not touch it. */
  readonly spaceBeforePt: number;
  /** Print on the same page as what follows. */
  readonly keepWithNext: boolean;
}

export interface TableColumn {
  /** Its share of the table's width; the shares of a table add up to 1. */
  readonly share: number;
  readonly widthPt: number;
  readonly align: Alignment;
}

export interface TableCell {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align: Alignment;
  /** Columns the cell spans, 1 or more. */
  readonly colSpan: number;
  /** Rows the cell spans, 1 or more; the rows below leave those columns out. */
  readonly rowSpan: number;
}

/**
 * A table with borders that fills the text width. Its header rows repeat on every page; no row
 * breaks across pages; which rows stay with the next one is `rowKeepsWithNext` (tables.ts): the
 * header with the first two body rows, the last two rows together, and the last
 * `keepLastRowsWithNext` rows with what follows (the closing of the document).
 */
export interface TableBlock {
  readonly type: "table";
  readonly columns: readonly TableColumn[];
  readonly headerRows: readonly (readonly TableCell[])[];
  readonly bodyRows: readonly (readonly TableCell[])[];
  readonly sizePt: number;
  readonly widthPt: number;
  readonly cellPaddingPt: number;
  readonly keepLastRowsWithNext: number;
  /** Every row but the last stays with the next: the table prints on one page where it fits. */
  readonly keepTogether?: boolean;
}

export type Block = ParagraphBlock | TableBlock;

/** A run of pages in one orientation. The header opens the first section; the closing ends the last. */
export interface Section {
  readonly orientation: Orientation;
  readonly textWidthPt: number;
  readonly blocks: readonly Block[];
}

/** A horizontal rule, centred in the width it is drawn in. */
export interface Rule {
  readonly widthPt: number;
}

/**
 * The header in two columns: left the parent body, the issuing body with a short rule under it and
 * the number line; right the national title, the motto with a rule as long as itself and the
 * place-and-date line, on the number's line.
 */
export interface DocumentHeader {
  readonly leftWidthPt: number;
  readonly rightWidthPt: number;
  /** Blank space at the right of the left column, so its text never touches the right column's. */
  readonly gapPt: number;
  /** Capitals; empty when the issuer has no parent body. */
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly issuingRule: Rule;
  readonly numberLine: string;
  readonly nation: string;
  readonly motto: string;
  readonly mottoRule: Rule;
  readonly placeDate: string;
}

/** The kind in capitals, the subject (trích yếu) under it with a short rule, and an optional note. */
export interface DocumentTitle {
  readonly kind: string;
  readonly subject: string;
  readonly subjectRule: Rule;
  /** An italic line under the rule, e.g. "(Kèm theo Tờ trình số …/TTr-CTĐ ngày …)". */
  readonly note: string | null;
}

/** One signer: authority ("TM. CỤM THI ĐUA"), position ("CỤM TRƯỞNG"), then the name after space to sign. */
export interface SignatureBlock {
  readonly authority: string | null;
  readonly position: string;
  readonly name: string;
}

/**
 * The end of the document, kept on one page with the last rows before it: the recipients on the
 * left and the signature on the right, or two signatures side by side (minutes: secretary, chair).
 */
export type Closing =
  | {
      readonly type: "recipients-and-signature";
      readonly recipientsTitle: string;
      /** "- …;" lines, the last "- Lưu: VT, …." */
      readonly recipients: readonly string[];
      readonly signature: SignatureBlock;
    }
  | {
      readonly type: "signatures";
      readonly signatures: readonly [SignatureBlock] | readonly [SignatureBlock, SignatureBlock];
    };

export interface AdministrativeDocument {
  readonly kind: DocumentKind;
  /** For the file's properties: the kind and subject in one line. */
  readonly documentTitle: string;
  /** ISO date (yyyy-mm-dd) of the document, or null when only its year is known. */
  readonly isoDate: string | null;
  readonly draft: boolean;
  readonly draftMark: string;
  readonly header: DocumentHeader;
  readonly title: DocumentTitle;
  /** "Kính gửi: …" line(s), centred under the title; empty when the document has no addressee. */
  readonly addressee: readonly string[];
  readonly sections: readonly Section[];
  readonly closing: Closing;
}
