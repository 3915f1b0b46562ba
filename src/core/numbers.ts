/**
 * Reading cells as users fill them in: numbers typed as text with a decimal comma and stray
 * (non-breaking) spaces, yes/no in Vietnamese, dates as Excel serials or dd/mm/yyyy text.
 * Nothing here guesses: a value that is not clearly what the column wants is "invalid", and the
 * caller reports it for that cell. An unreadable score is never a silent 0.
 */
import { fromExcelSerial, isValidDate } from "./calendar";
import { cellText } from "./cell-text";
import { pointsFromHundredths, pointsFromNumber } from "./decimal";
import type {
  CalendarDate,
  CellError,
  CellValue,
  CriterionKind,
  DisciplineLevel,
  Points,
  ReportSent,
  UnitType,
} from "./model";
import { normalizeKey } from "./text/normalize";

export type InvalidReason = "text" | "error" | "date" | "boolean" | "precision";

export type ParsedNumber =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly points: Points }
  | { readonly kind: "invalid"; readonly reason: InvalidReason; readonly shown: string };

const EMPTY: ParsedNumber = { kind: "empty" };

/** Beyond this a score is surely a typing slip, and hundredths would no longer be exact. */
const MAX_MAGNITUDE = 1e9;
/** How far a cell's double may sit from a whole number of hundredths and still be that number (0.1 + 0.2). */
const CENT_TOLERANCE = 1e-6;

/** Spaces people paste around numbers: ordinary, no-break, figure, thin, narrow no-break, BOM. */
const NUMBER_SPACES = /[\s\u00a0\u2007\u2009\u202f\ufeff]/gu;
/** The same spaces at either end of the text: the only place a score may carry them. */
const EDGE_SPACES = /^[\s\u00a0\u2007\u2009\u202f\ufeff]+|[\s\u00a0\u2007\u2009\u202f\ufeff]+$/gu;
/**
 * One optional sign (spaces may follow it: "- 2"), digits, at most one decimal separator (comma or
 * point) followed by digits. No space between digits: scores never carry thousands separators, so
 * "8 5" is a slip (8? 5? 85?) and is refused rather than read as 85.
 */
const PLAIN_NUMBER = /^([+-]?)[\s\u00a0\u2007\u2009\u202f\ufeff]*(\d+)(?:[.,](\d+))?$/u;
const LOOKS_LIKE_ERROR = /^#[A-Z0-9/]+[!?]?$|^#N\/A$/i;
const LOOKS_LIKE_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$/u;

/** pointsOrFlag's answer for an empty cell. */
export const NOT_GIVEN = Number.NEGATIVE_INFINITY;
/** pointsOrFlag's answer for a cell that is not a number of points (parseScore says why). */
export const UNREADABLE = Number.NaN;

/**
 * The summary's fast path: a cell's points, `NOT_GIVEN` or `UNREADABLE`, agreeing with parseScore
 * and allocating nothing for numbers and plain text such as "8,5".
 *
 * @example pointsOrFlag(8.5) === 850; pointsOrFlag(" 8,5 ") === 850; pointsOrFlag(null) === NOT_GIVEN
 */
export function pointsOrFlag(value: CellValue): number {
  // Kept small so the engine inlines it into the hot loop; `| 0` keeps the result a small
  // integer, which needs no heap box when it is returned.
  if (typeof value === "number") {
    const scaled = value * 100;
    const cents = Math.round(scaled);
    const drift = cents - scaled;
    if (drift < CENT_TOLERANCE && drift > -CENT_TOLERANCE && cents < SMALL_CENTS && cents > -SMALL_CENTS) {
      return cents | 0;
    }
  }
  return value === null ? NOT_GIVEN : pointsOrFlagSlow(value);
}

/** Below 2^30 hundredths a value is a small integer to the engine. */
const SMALL_CENTS = 1073741824;

function pointsOrFlagSlow(value: CellValue): number {
  if (typeof value === "string") {
    const cents = plainTextCents(value);
    if (cents === cents) return cents; // not NaN: the plain shape, read without allocating
  }
  const parsed = parseScore(value);
  if (parsed.kind === "number") return parsed.points;
  return parsed.kind === "empty" ? NOT_GIVEN : UNREADABLE;
}

/** Spaces a plain number may be padded with: tab, space, no-break, figure, thin, narrow no-break, BOM. */
function isPadding(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0xfeff
  );
}

/**
 * The common text shapes ("8,5", " 8.50 ", "-1") read character by character: hundredths,
 * NOT_GIVEN for blank text, or NaN for anything else (which parseScore then explains). Agrees with
 * parseScore wherever it returns a number.
 */
function plainTextCents(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isPadding(text.charCodeAt(start))) start++;
  while (end > start && isPadding(text.charCodeAt(end - 1))) end--;
  if (start === end) return NOT_GIVEN;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let whole = 0;
  let wholeDigits = 0;
  while (i < end) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    wholeDigits++;
    i++;
  }
  if (wholeDigits === 0 || wholeDigits > 9) return Number.NaN;
  let cents = 0;
  if (i < end) {
    const separator = text.charCodeAt(i);
    if (separator !== 44 && separator !== 46) return Number.NaN;
    i++;
    if (i === end) return Number.NaN;
    let place = 0;
    while (i < end) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number.NaN;
      if (place === 0) cents += d * 10;
      else if (place === 1) cents += d;
      else if (d !== 0) return Number.NaN; // a third significant decimal: let parseScore say why
      place++;
      i++;
    }
  }
  const value = whole * 100 + cents;
  return negative ? -value + 0 : value;
}

/**
 * A score, maximum or allocation cell.
 *
 * @example parseScore(" 8,5 ") → { kind: "number", points: 850 }
 * @example parseScore("tám") → { kind: "invalid", reason: "text", shown: "tám" }
 * @example parseScore("") → { kind: "empty" }
 */
export function parseScore(value: CellValue): ParsedNumber {
  if (value === null) return EMPTY;
  switch (typeof value) {
    case "number":
      return numberCell(value);
    case "boolean":
      return { kind: "invalid", reason: "boolean", shown: value ? "TRUE" : "FALSE" };
    case "string":
      return textCell(value);
    default:
      if (isCellError(value)) return { kind: "invalid", reason: "error", shown: value.error };
      return { kind: "invalid", reason: "date", shown: cellText(value) };
  }
}

function numberCell(value: number): ParsedNumber {
  if (!Number.isFinite(value)) return { kind: "invalid", reason: "error", shown: String(value) };
  const scaled = value * 100;
  if (Math.abs(value) >= MAX_MAGNITUDE || Math.abs(Math.round(scaled) - scaled) >= CENT_TOLERANCE) {
    return { kind: "invalid", reason: "precision", shown: cellText(value) };
  }
  return { kind: "number", points: pointsFromNumber(value) };
}

function textCell(raw: string): ParsedNumber {
  const shown = raw.trim();
  // Full-width digits and the Unicode minus sign come from some input methods and web forms.
  const folded = raw
    .normalize("NFKC")
    .replace(/\u2212/gu, "-")
    .replace(EDGE_SPACES, "");
  if (folded === "") return EMPTY;
  const match = PLAIN_NUMBER.exec(folded);
  if (match === null) {
    // Only to say why: "20 / 10 / 2022" is still a date, "# REF!" still an error.
    const squeezed = folded.replace(NUMBER_SPACES, "");
    if (LOOKS_LIKE_ERROR.test(squeezed)) return { kind: "invalid", reason: "error", shown };
    if (LOOKS_LIKE_DATE.test(squeezed)) return { kind: "invalid", reason: "date", shown };
    return { kind: "invalid", reason: "text", shown };
  }
  const [, sign = "", whole = "", fraction = ""] = match;
  const significant = fraction.replace(/0+$/u, "");
  if (significant.length > 2 || whole.replace(/^0+/u, "").length > 9) {
    return { kind: "invalid", reason: "precision", shown };
  }
  const cents = Number(whole) * 100 + Number(significant.padEnd(2, "0"));
  return { kind: "number", points: pointsFromHundredths(sign === "-" ? -cents : cents) };
}

/**
 * A whole number cell, not negative (a vote count, a quota, a number of days): read as a score is
 * (text with a decimal comma and stray spaces too), then whole. Empty is null.
 *
 * @example parseWholeNumber(" 5 ") === 5; parseWholeNumber("2,0") === 2; parseWholeNumber(2.5) === "invalid"
 * @example parseWholeNumber("") === null; parseWholeNumber(-1) === "invalid"; parseWholeNumber("năm") === "invalid"
 */
export function parseWholeNumber(value: CellValue): number | null | "invalid" {
  const parsed = parseScore(value);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "invalid" || parsed.points < 0 || parsed.points % 100 !== 0) return "invalid";
  return parsed.points / 100;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

function isCalendarDate(value: CellValue): value is CalendarDate {
  return typeof value === "object" && value !== null && "year" in value;
}

// ── Yes / no ────────────────────────────────────────────────────────────────

const YES = new Set([
  "có",
  "co",
  "x",
  "✓",
  "✔",
  "true",
  "đúng",
  "1",
  "đã",
  "đã ký",
  "đã đăng ký",
  "rồi",
  "yes",
]);
const NO = new Set(["không", "khong", "k", "false", "sai", "0", "chưa", "chưa ký", "chưa đăng ký", "no"]);
const YES_NO = new Map<string, boolean>([
  ...[...YES].map((w) => [w, true] as const),
  ...[...NO].map((w) => [w, false] as const),
]);

/**
 * A yes/no cell (registered, pact signed). Empty is null: not known, which is not "no".
 *
 * @example parseYesNo("Có") === true; parseYesNo("x") === true; parseYesNo("không") === false; parseYesNo("") === null
 */
export function parseYesNo(value: CellValue): boolean | null | "invalid" {
  if (value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : "invalid";
  return wordOf(YES_NO, value);
}

/** Text read against a closed list of words (NFC, trimmed, any case): empty is null, any other word "invalid". */
function wordOf<T>(words: ReadonlyMap<string, T>, value: CellValue): T | null | "invalid" {
  if (value === null) return null;
  if (typeof value !== "string") return "invalid";
  const key = normalizeKey(value);
  if (key === "") return null;
  return words.get(key) ?? "invalid";
}

// ── Dates ───────────────────────────────────────────────────────────────────

/** Excel's serial range: 1 = 01/01/1900 … 2958465 = 31/12/9999. */
const MAX_SERIAL = 2958465;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const WRITTEN = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u;

/**
 * A date cell: a date the adapter read, an Excel serial number, or text as Vietnamese write it.
 *
 * @example parseDate("20/10/2022") → { year: 2022, month: 10, day: 20 }
 * @example parseDate("2022-10-20") → the same; parseDate(44854) → the same; parseDate("") → null
 */
export function parseDate(value: CellValue): CalendarDate | null | "invalid" {
  if (value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > MAX_SERIAL + 1) return "invalid";
    // A time of day in the serial's fraction does not change the date.
    return fromExcelSerial(Math.floor(value));
  }
  if (typeof value === "boolean") return "invalid";
  if (typeof value === "string") {
    const text = normalizeKey(value);
    if (text === "") return null;
    const dmy = DAY_MONTH_YEAR.exec(text) ?? WRITTEN.exec(text);
    if (dmy !== null) return validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    const iso = ISO.exec(text);
    if (iso !== null) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return "invalid";
  }
  if (isCalendarDate(value)) return validDate(value.year, value.month, value.day);
  return "invalid";
}

function validDate(year: number, month: number, day: number): CalendarDate | "invalid" {
  const date = { year, month, day };
  return year >= 1900 && year <= 9999 && isValidDate(date) ? date : "invalid";
}

// ── Reports ─────────────────────────────────────────────────────────────────

/** Words for a report sent (true) or not (false), beyond the general yes/no. */
const REPORT_WORDS = new Map<string, boolean>([
  ["đã gửi", true],
  ["có gửi", true],
  ["gửi rồi", true],
  ["đã nộp", true],
  ["da gui", true],
  ["chưa gửi", false],
  ["không gửi", false],
  ["chưa nộp", false],
  ["chua gui", false],
  ["khong gui", false],
]);

/**
 * A report cell of the unit list: the day the report was sent (read as parseDate reads it), or just
 * whether it was: "Có", "x", "Đã gửi" → "sent" (date unknown); "Không", "Chưa gửi" or empty → null.
 *
 * @example parseReportCell("20/10/2022") → { year: 2022, month: 10, day: 20 }
 * @example parseReportCell("Có") === "sent"; parseReportCell("không") === null; parseReportCell("sắp gửi") === "invalid"
 */
export function parseReportCell(value: CellValue): ReportSent | "invalid" {
  const date = parseDate(value);
  if (date !== "invalid") return date;
  let sent = parseYesNo(value);
  if (sent === "invalid") sent = wordOf(REPORT_WORDS, value);
  return sent === "invalid" ? sent : sent === true ? "sent" : null;
}

// ── Unit type ───────────────────────────────────────────────────────────────

const UNIT_TYPES = new Map<string, UnitType>([
  ["trực tiếp", "direct"],
  ["truc tiep", "direct"],
  ["đơn vị trực tiếp", "direct"],
  ["direct", "direct"],
  ["phối hợp", "coordinating"],
  ["phoi hop", "coordinating"],
  ["đơn vị phối hợp", "coordinating"],
  ["coordinating", "coordinating"],
]);

/**
 * Direct (trực tiếp) or coordinating (phối hợp) unit, which decides its department allocation.
 *
 * @example parseUnitType("Phối hợp") === "coordinating"; parseUnitType("") === null
 */
export function parseUnitType(value: CellValue): UnitType | null | "invalid" {
  return wordOf(UNIT_TYPES, value);
}

// ── Criterion kind ──────────────────────────────────────────────────────────

/**
 * The labels the cluster workbook writes ("Chấm điểm", "Điểm thưởng", "Điểm trừ") and the short
 * forms people type instead, with and without diacritics.
 */
const CRITERION_KINDS = new Map<string, CriterionKind>([
  ["chấm điểm", "scored"],
  ["cham diem", "scored"],
  ["điểm chấm", "scored"],
  ["điểm chuẩn", "scored"],
  ["tiêu chí chấm điểm", "scored"],
  ["scored", "scored"],
  ["điểm thưởng", "bonus"],
  ["diem thuong", "bonus"],
  ["thưởng", "bonus"],
  ["điểm cộng", "bonus"],
  ["cộng", "bonus"],
  ["cộng điểm", "bonus"],
  ["bonus", "bonus"],
  ["điểm trừ", "deduction"],
  ["diem tru", "deduction"],
  ["trừ", "deduction"],
  ["trừ điểm", "deduction"],
  ["deduction", "deduction"],
]);

/**
 * The kind of a criterion row: scored (chấm điểm), bonus (điểm thưởng) or deduction (điểm trừ).
 * Empty is null: the caller decides (a blank kind is a scored criterion in every table we know).
 *
 * @example parseCriterionKind("Điểm thưởng") === "bonus"; parseCriterionKind("trừ") === "deduction"; parseCriterionKind("") === null
 */
export function parseCriterionKind(value: CellValue): CriterionKind | null | "invalid" {
  return wordOf(CRITERION_KINDS, value);
}

// ── Discipline ──────────────────────────────────────────────────────────────

const DISCIPLINE = new Map<string, DisciplineLevel>([
  ["", "none"],
  ["không", "none"],
  ["khong", "none"],
  ["không có", "none"],
  ["không bị kỷ luật", "none"],
  ["-", "none"],
  ["khiển trách", "reprimand"],
  ["cảnh cáo", "warning"],
  ["hạ bậc lương", "demotion"],
  ["hạ ngạch", "demotion"],
  ["giáng chức", "demotion"],
  ["cách chức", "dismissal"],
  ["buộc thôi việc", "dismissal"],
  ["khai trừ", "expulsion"],
]);

/** Both spellings (kỷ/kỉ) and the words people put before the level. */
const DISCIPLINE_PREFIX = /^(?:hình thức |kỷ luật |kỉ luật |bị kỷ luật |bị kỉ luật )+/u;

/**
 * The discipline of the unit's key leader (seed 001 §IV.3), in rising severity.
 *
 * @example parseDiscipline("Khiển trách") === "reprimand"; parseDiscipline("") === "none"; parseDiscipline("phạt") === "invalid"
 */
export function parseDiscipline(value: CellValue): DisciplineLevel | "invalid" {
  if (value === null) return "none";
  if (typeof value !== "string") return "invalid";
  const key = normalizeKey(value).replace(DISCIPLINE_PREFIX, "");
  return DISCIPLINE.get(key) ?? "invalid";
}
