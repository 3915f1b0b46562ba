/**
 * What keeps a document from being final, as data (codes and values; src/messages says them):
 * a missing signer, addressee, place or issuing body, an impossible date or number, a table with
 * a word too wide for its column. A use case refuses to write a final document with any of them,
 * or writes it marked "DỰ THẢO" when the user asks for a draft.
 */
import { isValidDate } from "../../../core/calendar";
import { type DocumentDate, isValidDocumentNumber, tidy } from "./header";
import { kindNeedsAddressee } from "./kinds";
import type { AdministrativeDocument, SignatureBlock } from "./model";
import { buildAdministrativeDocument, type DocumentInput } from "./build";
import { tableOverflows } from "./tables";

export type DocumentProblem =
  | { readonly code: "DOC_ISSUING_BODY_MISSING" }
  | { readonly code: "DOC_PLACE_MISSING" }
  | { readonly code: "DOC_DATE_INVALID"; readonly date: DocumentDate }
  | { readonly code: "DOC_NUMBER_INVALID"; readonly number: number }
  | { readonly code: "DOC_SUBJECT_MISSING" }
  | { readonly code: "DOC_ADDRESSEE_MISSING" }
  | { readonly code: "DOC_RECIPIENTS_MISSING" }
  | { readonly code: "DOC_SIGNER_MISSING"; readonly position: string }
  | {
      readonly code: "DOC_TABLE_TOO_NARROW";
      /** Section and block of the table, row (header rows first) and column of the cell, from 0. */
      readonly section: number;
      readonly block: number;
      readonly row: number;
      readonly column: number;
      readonly word: string;
    };

function signatures(document: AdministrativeDocument): SignatureBlock[] {
  const c = document.closing;
  return c.type === "signatures" ? [...c.signatures] : [c.signature];
}

function dateIsValid(date: DocumentDate): boolean {
  if ("month" in date && "day" in date) return isValidDate(date);
  return Number.isInteger(date.year) && date.year >= 1900 && date.year <= 9999;
}

/**
 * Everything that keeps the document from being final, in reading order; none when it is ready.
 *
 * @example documentProblems({ ...input, closing: { recipients: ["Như trên"], filing: [], signature: clusterHeadSignature("") } }) // [{ code: "DOC_SIGNER_MISSING", position: "CỤM TRƯỞNG" }]
 */
export function documentProblems(input: DocumentInput): DocumentProblem[] {
  const document = buildAdministrativeDocument(input);
  const problems: DocumentProblem[] = [];
  if (document.header.issuingBody === "") problems.push({ code: "DOC_ISSUING_BODY_MISSING" });
  if (input.number !== null && !isValidDocumentNumber(input.number)) {
    problems.push({ code: "DOC_NUMBER_INVALID", number: input.number });
  }
  if (tidy(input.place) === "") problems.push({ code: "DOC_PLACE_MISSING" });
  if (!dateIsValid(input.date)) problems.push({ code: "DOC_DATE_INVALID", date: input.date });
  if (document.title.subject === "") problems.push({ code: "DOC_SUBJECT_MISSING" });
  if (kindNeedsAddressee(input.kind) && document.addressee.length === 0) {
    problems.push({ code: "DOC_ADDRESSEE_MISSING" });
  }
  document.sections.forEach((section, s) =>
    section.blocks.forEach((block, b) => {
      if (block.type !== "table") return;
      for (const o of tableOverflows(block)) {
        problems.push({
          code: "DOC_TABLE_TOO_NARROW",
          section: s,
          block: b,
          row: o.row,
          column: o.column,
          word: o.word,
        });
      }
    }),
  );
  if (document.closing.type === "recipients-and-signature" && document.closing.recipients.length < 2) {
    problems.push({ code: "DOC_RECIPIENTS_MISSING" });
  }
  for (const signature of signatures(document)) {
    if (signature.name === "") problems.push({ code: "DOC_SIGNER_MISSING", position: signature.position });
  }
  return problems;
}
