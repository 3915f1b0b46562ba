/**
 * Checks a file's bytes before any part is inflated: what kind of file it is, whether it is whole,
 * and how much it declares it inflates to. The zip's central directory is read here (its fixed-size
 * records, APPNOTE 4.3.12), so a zip bomb is refused from its declared sizes; inflating is fflate's
 * (zip.ts), and a part that inflates past what it declares is stopped there as corrupt.
 */
import { WorkbookError, type FileFaultCode, type FileFaultParams } from "../../workbook/errors";
import { FILE_LIMITS, WORKBOOK_LIMITS } from "../../workbook/limits";

export interface XlsxLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of the entries' uncompressed sizes, in bytes (declared, and checked while inflating). */
  readonly maxUncompressedBytes: number;
  /** Largest uncompressed size of one entry, in bytes. */
  readonly maxEntryBytes: number;
  /** Most entries in the zip. */
  readonly maxEntries: number;
  /** Most worksheets. */
  readonly maxSheets: number;
  /** Most cells in all the worksheets' XML plus shared strings (each costs memory once parsed). */
  readonly maxCells: number;
  /** Most rows in all the worksheets' XML. */
  readonly maxRows: number;
  /** Most cells the adapter lays out in the grids of one read, blanks between values included. */
  readonly maxGridCells: number;
  /** Most merged ranges in the sheets of one read. */
  readonly maxMerges: number;
  /** Most defined names and most tables the workbook part and the sheets read may list. */
  readonly maxNames: number;
}

/** Bounds of the package layer's own walks (docs/limits.md): each costs one small record once read. */
export const PACKAGE_LIMITS = {
  /** Merged ranges in the sheets of one read (a merge costs a short string in the snapshot). */
  merges: 200_000,
  /** Defined names in the workbook part, and tables on the sheets of one read. */
  names: 50_000,
} as const;

/** The limits of src/workbook/limits.ts, as the .xlsx adapter checks them (docs/limits.md). */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: FILE_LIMITS.fileBytes,
  maxUncompressedBytes: FILE_LIMITS.uncompressedBytes,
  maxEntryBytes: FILE_LIMITS.entryBytes,
  maxEntries: FILE_LIMITS.entries,
  maxSheets: WORKBOOK_LIMITS.sheets,
  maxCells: FILE_LIMITS.cells,
  maxRows: FILE_LIMITS.rows,
  maxGridCells: FILE_LIMITS.gridCells,
  maxMerges: PACKAGE_LIMITS.merges,
  maxNames: PACKAGE_LIMITS.names,
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** 0 stored, 8 deflated (anything else is refused when the entry is read). */
  readonly method: number;
  readonly crc: number;
  /** Where the compressed bytes start (after the local header). */
  readonly dataStart: number;
  readonly modified: Date;
}

/** A DOS date and time (zip headers) as a Date, clamped to what a zip header can hold. */
function dosDate(date: number, time: number): Date {
  const year = 1980 + (date >> 9);
  const month = Math.max(1, Math.min(12, (date >> 5) & 15));
  const day = Math.max(1, date & 31);
  return new Date(year, month - 1, day, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

const utf8 = new TextDecoder("utf-8");

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

/** Reads UTF-16LE text out of a compound file, to find its stream names. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Stable codes of the refusals (JSON output and tests rely on them). */
export const XLSX_FAULT_CODES = {
  empty: "XLSX_EMPTY",
  notXlsx: "XLSX_NOT_XLSX",
  legacyXls: "XLSX_LEGACY_XLS",
  otherFormat: "XLSX_OTHER_FORMAT",
  encrypted: "XLSX_ENCRYPTED",
  notWorkbook: "XLSX_NOT_WORKBOOK",
  truncated: "XLSX_TRUNCATED",
  tooLarge: "XLSX_TOO_LARGE",
  tooManySheets: "XLSX_TOO_MANY_SHEETS",
  tooManyCells: "XLSX_TOO_MANY_CELLS",
  tooManyRows: "XLSX_TOO_MANY_ROWS",
  tooManyMerges: "XLSX_TOO_MANY_MERGES",
  tooManyValidations: "XLSX_TOO_MANY_VALIDATIONS",
  tooManyStrings: "XLSX_TOO_MANY_STRINGS",
  tooManyEntries: "XLSX_TOO_MANY_ENTRIES",
  unreadable: "XLSX_UNREADABLE",
} as const;

export type XlsxFault = keyof typeof XLSX_FAULT_CODES;

/** Spreadsheet formats that are not .xlsx but can be saved as one. */
export type OtherFormat = "xls" | "ods" | "csv" | "numbers" | "xlsb";

/** What the reader walks and bounds (docs/limits.md). */
export type CountedThing = "sheets" | "cells" | "rows" | "merges" | "validations" | "strings" | "entries";

/** Why the package layer refuses a file, as data (rendered by src/messages/vi and en). */
export type PackageFault =
  | { readonly kind: "empty" }
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "other-format"; readonly format: OtherFormat }
  | { readonly kind: "encrypted" }
  | { readonly kind: "not-a-workbook" }
  | { readonly kind: "truncated" }
  /** The file, or what it declares it inflates to, is past a limit in MB. */
  | { readonly kind: "too-large"; readonly limitMb?: number }
  | { readonly kind: "too-many"; readonly what: CountedThing; readonly limit: number }
  /** A part that is not what it says: bad XML, a size that lies, a deflate stream that breaks. */
  | { readonly kind: "corrupt"; readonly part?: string }
  /** XML with a document type declaration (DTD, entities): refused before anything is expanded. */
  | { readonly kind: "doctype"; readonly part: string };

const TOO_MANY: Readonly<Record<CountedThing, FileFaultCode>> = {
  sheets: "XLSX_TOO_MANY_SHEETS",
  cells: "XLSX_TOO_MANY_CELLS",
  rows: "XLSX_TOO_MANY_ROWS",
  merges: "XLSX_TOO_MANY_MERGES",
  validations: "XLSX_TOO_MANY_VALIDATIONS",
  strings: "XLSX_TOO_MANY_STRINGS",
  entries: "XLSX_TOO_MANY_ENTRIES",
};

/** The code a fault is reported under. */
export function faultCode(fault: PackageFault): FileFaultCode {
  switch (fault.kind) {
    case "empty":
      return "XLSX_EMPTY";
    case "not-xlsx":
      return "XLSX_NOT_XLSX";
    case "other-format":
      return fault.format === "xls" ? "XLSX_LEGACY_XLS" : "XLSX_OTHER_FORMAT";
    case "encrypted":
      return "XLSX_ENCRYPTED";
    case "not-a-workbook":
      return "XLSX_NOT_WORKBOOK";
    case "truncated":
      return "XLSX_TRUNCATED";
    case "too-large":
      return "XLSX_TOO_LARGE";
    case "too-many":
      return TOO_MANY[fault.what];
    case "corrupt":
    case "doctype":
      return "XLSX_UNREADABLE";
  }
}

/** The fault's parameters, as the messages render them. */
export function faultParams(fault: PackageFault): FileFaultParams {
  switch (fault.kind) {
    case "other-format":
      return { format: fault.format };
    case "too-large":
      return fault.limitMb === undefined ? {} : { limit: fault.limitMb };
    case "too-many":
      return { limit: fault.limit };
    case "corrupt":
      return fault.part === undefined ? {} : { part: fault.part };
    case "doctype":
      return { part: fault.part, doctype: true };
    default:
      return {};
  }
}

/** A refusal of the package layer: a WorkbookError (code, typed params) carrying the package's own fault. */
export class PackageError extends WorkbookError {
  constructor(readonly packageFault: PackageFault) {
    super(faultCode(packageFault), faultParams(packageFault));
  }
}

/** The refusal as a WorkbookError; `limit` is the limit passed (MB for sizes, a count for the rest). */
export function xlsxFault(fault: XlsxFault, limit?: number): WorkbookError {
  const count = (what: CountedThing): PackageFault => ({ kind: "too-many", what, limit: limit ?? 0 });
  const faults: Record<XlsxFault, PackageFault> = {
    empty: { kind: "empty" },
    notXlsx: { kind: "not-xlsx" },
    legacyXls: { kind: "other-format", format: "xls" },
    otherFormat: { kind: "not-xlsx" },
    encrypted: { kind: "encrypted" },
    notWorkbook: { kind: "not-a-workbook" },
    truncated: { kind: "truncated" },
    tooLarge: limit === undefined ? { kind: "too-large" } : { kind: "too-large", limitMb: limit },
    tooManySheets: count("sheets"),
    tooManyCells: count("cells"),
    tooManyRows: count("rows"),
    tooManyMerges: count("merges"),
    tooManyValidations: count("validations"),
    tooManyStrings: count("strings"),
    tooManyEntries: count("entries"),
    unreadable: { kind: "corrupt" },
  };
  return new PackageError(faults[fault]);
}

function refuse(fault: XlsxFault, limit?: number): never {
  throw xlsxFault(fault, limit);
}

function refuseWith(fault: PackageFault): never {
  throw new PackageError(fault);
}

/** Bytes to whole megabytes, for messages. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

/** The central directory's entries; refuses a truncated archive. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end record sits in the last 22 bytes + up to 65,535 bytes of comment.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse("truncated");
  const count = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  const directoryOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) refuse("tooLarge");
  if (directoryOffset + directorySize > eocd) refuse("truncated");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) refuse("truncated");
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    const flags = u16(bytes, at + 8);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, whose ASCII range is all a part name uses.
    let name = "";
    if (flags & 0x800) name = utf8.decode(rawName);
    else for (let i = 0; i < nameLength; i++) name += String.fromCharCode(rawName[i] ?? 0);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) refuse("tooLarge");
    if (localHeaderOffset + 30 + compressedSize > directoryOffset) refuse("truncated");
    if (u32(bytes, localHeaderOffset) !== LOCAL_SIGNATURE) refuse("truncated");
    const dataStart =
      localHeaderOffset + 30 + u16(bytes, localHeaderOffset + 26) + u16(bytes, localHeaderOffset + 28);
    if (dataStart + compressedSize > directoryOffset) refuse("truncated");
    entries.push({
      name,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      dataStart,
      modified: dosDate(u16(bytes, at + 14), u16(bytes, at + 12)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];

/** True when the bytes look like delimited text (a CSV export), not markup or a binary. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\ufeff/u, "")
    .trimStart();
  if (text.startsWith("<") || text.startsWith("%PDF") || text.startsWith("{")) return false;
  const lines = text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  if (lines.length === 0) return false;
  const separators = [",", ";", "\t"];
  return separators.some((sep) => lines.every((l) => l.includes(sep)));
}

/** A zip of another spreadsheet program, told apart by the parts it always has. */
function otherZipFormat(names: ReadonlySet<string>): OtherFormat | null {
  if (names.has("mimetype") && names.has("content.xml")) return "ods";
  for (const name of names) if (name.startsWith("index/") && name.endsWith(".iwa")) return "numbers";
  if (names.has("index.zip") || names.has("index/document.iwa")) return "numbers";
  if (names.has("xl/workbook.bin")) return "xlsb";
  return null;
}

/**
 * Refuses, with a PackageError naming the reason, anything that is not a whole, unencrypted zip
 * within the limits, and tells other spreadsheet formats by their contents whatever the file is
 * named. Returns the zip's entries.
 */
export function checkXlsxBytes(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): ZipEntry[] {
  if (bytes.length === 0) refuse("empty");
  if (bytes.length > limits.maxFileBytes) refuse("tooLarge", megabytes(limits.maxFileBytes));
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // Office keeps a password-protected .xlsx as a compound file holding EncryptionInfo + EncryptedPackage.
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage"))
      refuse("encrypted");
    refuse("legacyXls");
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    if (looksLikeCsv(bytes)) refuseWith({ kind: "other-format", format: "csv" });
    refuse("notXlsx");
  }
  const entries = zipEntries(bytes);
  if (entries.length > limits.maxEntries) refuse("tooManyEntries", limits.maxEntries);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxUncompressedBytes) {
      refuse("tooLarge", megabytes(limits.maxUncompressedBytes));
    }
  }
  const other = otherZipFormat(new Set(entries.map((e) => e.name.toLowerCase())));
  if (other) refuseWith({ kind: "other-format", format: other });
  return entries;
}
