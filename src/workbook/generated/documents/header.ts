/**
 * The pieces of an administrative document's header, built once here for every writer (the Word
 * files and the workbook's printable sheet): the number line, the place-and-date line, the names
 * in capitals, the recipients' lines and the fixed words of the format (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). Dates come in as data; nothing here reads a clock.
 */
import type { CalendarDate } from "../../../core/model";
import { type DocumentKind, documentKindCode } from "./kinds";

/** Quốc hiệu. */
export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** Tiêu ngữ: hyphens with spaces between its three phrases. */
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** The cluster's code after the kind in a document number ("TTr-CTĐ"): Cụm thi đua. */
export const CLUSTER_ISSUER_CODE = "CTĐ";
/**
 * Printed where a number or a date is left for the clerk to fill in by hand: a space to write in
 * ("Số:       /TTr-CTĐ", "ngày       tháng       năm 2015"), as the format's blank forms leave it —
 * never a mark such as "…" that would be printed and then written over.
 */
export const BLANK = " ".repeat(7);
/** The mark on a draft. */
export const DRAFT_MARK = "DỰ THẢO";
export const ADDRESSEE_LABEL = "Kính gửi:";
export const RECIPIENTS_TITLE = "Nơi nhận:";
/** Filing at the issuer's office (văn thư), always the last recipient. */
export const FILING_LABEL = "Lưu: VT";

/** A document's date: a full date, or only the year when the day is written in at signing. */
export type DocumentDate = CalendarDate | { readonly year: number };

/** A number the clerk has registered, or null for one still to register ("…"). */
export type DocumentNumber = number | null;

/**
 * Whether a registered number can be printed: a whole number from 1.
 *
 * @example isValidDocumentNumber(5) === true
 * @example isValidDocumentNumber(0) === false
 */
export function isValidDocumentNumber(number: DocumentNumber): boolean {
  return number === null || (Number.isInteger(number) && number >= 1);
}

/**
 * The number the clerk registered, read from the settings' text: its leading digits ("7", "07",
 * "07/TTr-CTĐ"), or null when none is written yet ("", "…/BC-CTĐ").
 *
 * @example documentNumberFrom("07/TTr-CTĐ") === 7
 * @example documentNumberFrom("…/BC-CTĐ") === null
 */
export function documentNumberFrom(text: string): number | null {
  const match = /^\s*(\d+)/.exec(text);
  const n = match ? Number(match[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The number line under the issuing body: "Số:", the number (numbers under 10 with a leading 0),
 * "/", the kind's code and the issuer's code joined by a hyphen. A number not yet registered, or
 * one that is not a whole number from 1, is left as a blank space (BLANK) for the clerk to write in.
 *
 * @example documentNumberLine("TTr", null) === "Số: " + BLANK + "/TTr-CTĐ"
 * @example documentNumberLine("BB", 5) === "Số: 05/BB-CTĐ"
 * @example documentNumberLine("BC", 112, "CTĐ1") === "Số: 112/BC-CTĐ1"
 */
export function documentNumberLine(
  kind: DocumentKind,
  number: DocumentNumber,
  issuerCode: string = CLUSTER_ISSUER_CODE,
): string {
  const shown = number !== null && isValidDocumentNumber(number) ? pad2(number) : BLANK;
  return `Số: ${shown}/${documentKindCode(kind)}-${issuerCode.trim()}`;
}

/**
 * The day as the date line writes it: under 10 with a leading 0.
 *
 * @example dayInDateLine(5) === "05"
 */
export function dayInDateLine(day: number): string {
  return pad2(day);
}

/**
 * The month as the date line writes it: January and February with a leading 0 (so no 1 can be
 * added in front), the others as they are.
 *
 * @example monthInDateLine(1) === "01"
 * @example monthInDateLine(3) === "3"
 */
export function monthInDateLine(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/**
 * The place-and-date line, printed in italics under the motto. A date given by its year only
 * leaves the day and month for the signer to write in.
 *
 * @example placeDateLine("Tp. Thủ Đức", { year: 2023, month: 1, day: 5 }) === "Tp. Thủ Đức, ngày 05 tháng 01 năm 2023"
 * @example placeDateLine("Kon Tum", { year: 2022, month: 12, day: 20 }) === "Kon Tum, ngày 20 tháng 12 năm 2022"
 * @example placeDateLine("Thanh Hóa", { year: 2022, month: 6, day: 9 }) === "Thanh Hóa, ngày 09 tháng 6 năm 2022"
 * @example placeDateLine("Cao Bằng", { year: 2015 }) === "Cao Bằng, ngày " + BLANK + " tháng " + BLANK + " năm 2015"
 */
export function placeDateLine(place: string, date: DocumentDate): string {
  const when =
    "month" in date && "day" in date
      ? `ngày ${dayInDateLine(date.day)} tháng ${monthInDateLine(date.month)} năm ${date.year}`
      : `ngày ${BLANK} tháng ${BLANK} năm ${date.year}`;
  const where = place.trim();
  return where === "" ? `${when.charAt(0).toUpperCase()}${when.slice(1)}` : `${where}, ${when}`;
}

/**
 * A name as the header prints it: capitals, spaces tidied. Vietnamese needs no locale to upper-case.
 *
 * @example headerName(" Liên đoàn Lao động  tỉnh Kon Tum ") === "LIÊN ĐOÀN LAO ĐỘNG TỈNH KON TUM"
 */
export function headerName(name: string): string {
  return tidy(name).toUpperCase();
}

/** NFC, single spaces, trimmed. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * tidy, but a blank left for the clerk (BLANK, as documentNumberLine writes it) stays whole: the
 * list's "(Kèm theo Tờ trình số        /TTr-CTĐ …)" keeps the space to write the number in.
 *
 * @example tidyKeepingBlanks("số " + BLANK + "/TTr-CTĐ") === "số" + BLANK + " /TTr-CTĐ"
 */
export function tidyKeepingBlanks(text: string): string {
  return text
    .split(BLANK)
    .map((part) => part.normalize("NFC").replace(/\s+/g, " "))
    .join(BLANK)
    .trim();
}

/**
 * The addressee paragraph(s): one addressee on the "Kính gửi:" line; several as "- …;" lines under it,
 * the last ending with a full stop.
 *
 * @example addresseeLines(["Ban Thường vụ LĐLĐ tỉnh Kon Tum"]) // ["Kính gửi: Ban Thường vụ LĐLĐ tỉnh Kon Tum"]
 * @example addresseeLines(["A", "B"]) // ["Kính gửi:", "- A;", "- B."]
 */
export function addresseeLines(addressees: readonly string[]): string[] {
  const names = addressees.map(withoutEndPunctuation).filter((a) => a !== "");
  if (names.length === 0) return [];
  if (names.length === 1) return [`${ADDRESSEE_LABEL} ${names[0]}`];
  return [ADDRESSEE_LABEL, ...names.map((n, i) => `- ${n}${i === names.length - 1 ? "." : ";"}`)];
}

/**
 * The recipients' lines under "Nơi nhận:": one "- …;" line each, then "- Lưu: VT, ….", where the
 * filing codes name who else keeps a copy (the drafting unit, the number of copies).
 *
 * @example recipientLines(["Thường trực LĐLĐ tỉnh", "Ban CSPL LĐLĐ tỉnh;"], ["CTĐ"]) // ["- Thường trực LĐLĐ tỉnh;", "- Ban CSPL LĐLĐ tỉnh;", "- Lưu: VT, CTĐ."]
 * @example recipientLines([], []) // ["- Lưu: VT."]
 */
export function recipientLines(recipients: readonly string[], filing: readonly string[]): string[] {
  const lines = recipients
    .map(withoutEndPunctuation)
    .filter((r) => r !== "")
    .map((r) => `- ${r};`);
  const codes = filing.map(withoutEndPunctuation).filter((c) => c !== "");
  return [...lines, `- ${[FILING_LABEL, ...codes].join(", ")}.`];
}

function withoutEndPunctuation(text: string): string {
  return tidy(text)
    .replace(/^-\s*/, "")
    .replace(/[;.,]+$/, "")
    .trim();
}
