/** Reading the input and writing the output: the input is never modified, the output appears whole or not at all. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { checkXlsxBytes } from "../adapters/xlsx/guard";
import { XlsxWorkbook, type XlsxPlatform } from "../adapters/xlsx/xlsx-workbook";
import type { DeflateRaw, InflateRaw } from "../adapters/xlsx/zip";
import { faultText } from "../messages/diagnostics";
import { isWorkbookError } from "../workbook/errors";
import { UsageError, type Say } from "./args";

/** A file problem the command reports in one line in the user's language (exit code 2). */
export class FileError extends Error {
  constructor(readonly say: Say) {
    super("FileError");
    this.name = "FileError";
  }
}

function bytesOf(out: Buffer): Uint8Array {
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Node's zlib (native code) inflates a workbook's parts about 2.5 times as fast as fflate's
 * JavaScript, which the browser keeps. `maxOutputLength` bounds what a lying part can produce:
 * "Limits output size when using convenience methods" (https://nodejs.org/api/zlib.html#class-options).
 */
export const nodeInflateRaw: InflateRaw = (data, maxLength) => {
  return bytesOf(zlib.inflateRawSync(data, { maxOutputLength: maxLength }));
};

/**
 * Node's zlib writes new parts too, at fflate's level 6, where it has `crc32` (Node 20.15 and 22.2:
 * https://nodejs.org/api/zlib.html#zlibcrc32data-value); before that, fflate writes them.
 */
const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (data: Uint8Array) => number })
  .crc32;
export const nodeDeflateRaw: DeflateRaw | undefined = crc32
  ? { deflate: (data) => bytesOf(zlib.deflateRawSync(data, { level: 6 })), crc32 }
  : undefined;

/** The package layer's platform in the command: Node's zlib. */
export const NODE_PLATFORM: XlsxPlatform = {
  inflateRaw: nodeInflateRaw,
  ...(nodeDeflateRaw ? { deflateRaw: nodeDeflateRaw } : {}),
};

/** Opens an .xlsx's bytes as the command does: the package reader, with Node's zlib. */
export function openXlsx(bytes: Uint8Array): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(bytes, undefined, NODE_PLATFORM);
}

function errnoOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A workbook the command reads: an .xlsx, or an .xlsm (a workbook with macros, kept as they are). */
export function requireWorkbookName(file: string): void {
  if (!hasWorkbookName(file)) throw new UsageError((t) => t.notWorkbookName(file));
}

/**
 * Reads an input workbook. A file not named .xlsx or .xlsm is refused by what it holds when that is
 * another spreadsheet format (a real .xls says it is an old Excel file, the same message as one
 * renamed .xlsx gets from the reader), else by its name; a missing one by its name, as before.
 */
export async function readWorkbookInput(file: string, shown = file): Promise<Uint8Array> {
  if (hasWorkbookName(shown)) return readInput(file, shown);
  const bytes = await readInput(file, shown).catch(() => null);
  if (bytes !== null) {
    try {
      checkXlsxBytes(bytes);
    } catch (error) {
      const code = isWorkbookError(error) ? error.fault.code : null;
      if (isWorkbookError(error) && OTHER_FORMATS.has(code ?? ""))
        throw new FileError((t) => t.fileError(shown, faultText(t.diagnostics, error.fault)));
    }
  }
  throw new UsageError((t) => t.notWorkbookName(shown));
}

/** The reader's refusals that say what a file is, told by its content (guard.ts). */
const OTHER_FORMATS: ReadonlySet<string> = new Set([
  "XLSX_LEGACY_XLS",
  "XLSX_OTHER_FORMAT",
  "XLSX_ENCRYPTED",
]);

function hasWorkbookName(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" || ext === ".xlsm";
}

/** The output keeps the input's kind: Excel refuses an .xlsm without macros and an .xlsx with them. */
export function requireOutputKind(out: string, macros: boolean): void {
  if (path.extname(out).toLowerCase() !== (macros ? ".xlsm" : ".xlsx"))
    throw new UsageError((t) => t.outputKind(out, macros));
}

/** Reads `file`; messages name it as the user wrote it (`shown`). */
export async function readInput(file: string, shown = file): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new FileError((t) => t.isDirectory(shown));
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = errnoOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileError((t) => t.fileNotFound(shown));
    if (code === "EACCES" || code === "EPERM") throw new FileError((t) => t.noPermission(shown));
    throw new FileError((t) => t.cannotRead(shown, reasonOf(error)));
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses to write over a file that is there unless the user said `--ghi-de` (`overwrite`): the
 * one check of every command that writes a new file (mau, tach, tong-hop). `shown`: as the user wrote it.
 */
export async function refuseOverwrite(target: string, shown: string, overwrite: boolean): Promise<void> {
  if (!overwrite && (await exists(target))) throw new FileError((t) => t.outputExists(shown));
}

/** Writes beside the target under a temporary name, then renames: readers never see half a file. */
export async function writeAtomically(file: string, data: Uint8Array, shown = file): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = errnoOf(error);
    if (code === "EACCES" || code === "EPERM") throw new FileError((t) => t.noPermission(shown));
    if (code === "ENOENT") throw new FileError((t) => t.fileNotFound(path.dirname(shown)));
    if (code === "EISDIR") throw new FileError((t) => t.isDirectory(shown));
    throw new FileError((t) => t.cannotWrite(shown, reasonOf(error)));
  }
}

/** "<dir>/<name>-tong-hop.xlsx" beside the input. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  return path.join(path.dirname(input), `${base}-tong-hop${ext || ".xlsx"}`);
}

/** True when both paths name the same file (compared after resolving). */
/**
 * The first two of `files` that are one file (the same path, or the same file by another path), as
 * their indexes; null when all differ. Each file is looked at once, however many there are.
 */
export async function sameFileTwice(files: readonly string[]): Promise<[number, number] | null> {
  const seen = new Map<string, number>();
  for (const [i, file] of files.entries()) {
    const keys = [`path:${path.resolve(file)}`];
    try {
      const stat = await fs.stat(file);
      // Some file systems give no file number (0): then only the path tells.
      if (stat.ino !== 0) keys.push(`inode:${stat.dev}:${stat.ino}`);
    } catch {
      // A file that cannot be looked at is told apart by its path only; reading it says why.
    }
    for (const key of keys) {
      const earlier = seen.get(key);
      if (earlier !== undefined) return [earlier, i];
    }
    for (const key of keys) seen.set(key, i);
  }
  return null;
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
