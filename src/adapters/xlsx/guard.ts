/**
 * Checks a file's bytes before exceljs sees them: what kind of file it is, whether it is whole, and
 * how much it would inflate to. Reading the zip's central directory ourselves means a zip bomb is
 * refused from its declared sizes, before anything is inflated.
 */
import { WorkbookError } from "../../workbook/errors";
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
}

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
}

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
  encrypted: "XLSX_ENCRYPTED",
  notWorkbook: "XLSX_NOT_WORKBOOK",
  truncated: "XLSX_TRUNCATED",
  tooLarge: "XLSX_TOO_LARGE",
  tooManySheets: "XLSX_TOO_MANY_SHEETS",
  tooManyCells: "XLSX_TOO_MANY_CELLS",
  tooManyRows: "XLSX_TOO_MANY_ROWS",
  unreadable: "XLSX_UNREADABLE",
} as const;

export type XlsxFault = keyof typeof XLSX_FAULT_CODES;

/** The refusal; `limit` is the limit passed (MB for sizes, a count for sheets and cells). */
export function xlsxFault(fault: XlsxFault, limit?: number): WorkbookError {
  return new WorkbookError(XLSX_FAULT_CODES[fault], limit === undefined ? {} : { limit });
}

function refuse(fault: XlsxFault, limit?: number): never {
  throw xlsxFault(fault, limit);
}

/** Bytes to whole megabytes, for messages. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

/** A worksheet part ("xl/worksheets/sheet12.xml"). */
export function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/u.test(name);
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
    let name = "";
    for (let i = 0; i < nameLength; i++) name += String.fromCharCode(bytes[at + 46 + i] ?? 0);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) refuse("tooLarge");
    if (localHeaderOffset + 30 + compressedSize > directoryOffset) refuse("truncated");
    if (u32(bytes, localHeaderOffset) !== LOCAL_SIGNATURE) refuse("truncated");
    entries.push({ name, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses, with a WorkbookError naming the reason, anything that is not a whole,
 * unencrypted .xlsx within the limits.
 */
export function checkXlsxBytes(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): void {
  if (bytes.length === 0) refuse("empty");
  if (bytes.length > limits.maxFileBytes) refuse("tooLarge", megabytes(limits.maxFileBytes));
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // Office keeps a password-protected .xlsx as a compound file holding EncryptionInfo + EncryptedPackage.
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage"))
      refuse("encrypted");
    refuse("legacyXls");
  }
  if (!startsWith(bytes, [0x50, 0x4b])) refuse("notXlsx");
  const entries = zipEntries(bytes);
  if (entries.length > limits.maxEntries) refuse("tooLarge", megabytes(limits.maxUncompressedBytes));
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxUncompressedBytes) {
      refuse("tooLarge", megabytes(limits.maxUncompressedBytes));
    }
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) refuse("notWorkbook");
  if (entries.filter((e) => isWorksheetPart(e.name)).length > limits.maxSheets)
    refuse("tooManySheets", limits.maxSheets);
}
