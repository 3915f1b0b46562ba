/**
 * The zip container of an .xlsx: its entries read from the central directory (guard.ts), each
 * inflated as a stream by fflate, and a new archive written by fflate's streaming Zip, where an entry
 * the product does not own is handed over with its compressed bytes as they were (byte for byte).
 */
import { Inflate, inflateSync, Zip, ZipDeflate, type ZipInputFile } from "fflate";
import type { ZipEntry } from "./guard";

/** Inflated in slices of this many compressed bytes, so a lying part is stopped early. */
const SLICE = 64 * 1024;

/** Why an entry could not be inflated: too large for the limits, or not what its header says. */
export class EntryFault extends Error {
  constructor(readonly reason: "too-large" | "corrupt") {
    super(reason);
  }
}

/** Work done while reading, for tests that count it. */
export interface InflateCounter {
  inflatedBytes: number;
  /** Largest total allowed. */
  readonly maxInflatedBytes: number;
}

/**
 * A platform's own raw-deflate inflater (Node's zlib in the command), used instead of fflate's where
 * given: the whole stream inflated, with at most `maxLength` bytes out (more is an error, or the
 * output cut there: either way the caller sees a size that is not the declared one). Throws on a
 * stream that does not inflate.
 */
export type InflateRaw = (data: Uint8Array, maxLength: number) => Uint8Array;

/**
 * A platform's own raw-deflate compressor and CRC-32 (Node's zlib in the command), used instead of
 * fflate's to write new entries where given.
 */
export interface DeflateRaw {
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The compressed bytes of an entry as stored. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * Inflates one entry, handing each chunk to `onChunk`. Stops with EntryFault("corrupt") when the part
 * inflates past the size its header declares or does not inflate, and EntryFault("too-large") past
 * the counter's total.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  counter: InflateCounter,
  onChunk: (chunk: Uint8Array) => void,
  inflateRaw?: InflateRaw,
): void {
  const data = rawData(bytes, entry);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    counter.inflatedBytes += chunk.length;
    if (produced > entry.uncompressedSize) throw new EntryFault("corrupt");
    if (counter.inflatedBytes > counter.maxInflatedBytes) throw new EntryFault("too-large");
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new EntryFault("corrupt");
    for (let at = 0; at < data.length; at += SLICE)
      take(data.subarray(at, Math.min(data.length, at + SLICE)));
    return;
  }
  if (entry.method !== 8) throw new EntryFault("corrupt");
  if (inflateRaw) {
    // One byte past the declared size is enough to see a part that lies about it. No bytes at all
    // read as an empty part, as fflate reads them (zlib calls them a cut stream).
    let out: Uint8Array;
    try {
      out = data.length === 0 ? data : inflateRaw(data, entry.uncompressedSize + 1);
    } catch {
      throw new EntryFault("corrupt");
    }
    take(out);
    if (produced !== entry.uncompressedSize) throw new EntryFault("corrupt");
    return;
  }
  try {
    if (data.length > 0 && data.length <= SLICE) {
      // One slice: the stream would inflate it in one push anyway. Inflated straight into a buffer of
      // the declared size and one byte more (fflate writes nothing past it), a lying part shows as
      // that extra byte, without the stream's growing and copying of its output.
      take(inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) }));
    } else {
      const inflater = new Inflate((chunk) => take(chunk));
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += SLICE) {
        const end = Math.min(data.length, at + SLICE);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    }
  } catch (error) {
    // fflate's own errors carry a numeric code (a broken deflate stream); the reader's limits pass on.
    if (error instanceof Error && typeof (error as { code?: unknown }).code === "number")
      throw new EntryFault("corrupt");
    throw error;
  }
  if (produced !== entry.uncompressedSize) throw new EntryFault("corrupt");
}

/** The whole entry inflated. */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, counter: InflateCounter): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  inflateEntry(bytes, entry, counter, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/** An entry of the archive being written. */
export type OutEntry =
  | { readonly name: string; readonly kind: "copy"; readonly source: Uint8Array; readonly entry: ZipEntry }
  | { readonly name: string; readonly kind: "new"; readonly data: Uint8Array };

/**
 * An entry handed to fflate already compressed — a copy with its bytes as they were, or a new entry
 * the platform compressed: fflate only writes its headers.
 */
class CompressedEntry implements ZipInputFile {
  ondata?: ZipInputFile["ondata"];

  constructor(
    readonly filename: string,
    readonly size: number,
    readonly crc: number,
    readonly compression: number,
    readonly mtime: Date,
    private readonly data: Uint8Array,
  ) {}

  send(): void {
    this.ondata?.(null, this.data as Uint8Array<ArrayBuffer>, true);
  }
}

/** Writes the archive; `modified` dates the new entries, compressed by `deflateRaw` where given. */
export function writeZip(entries: readonly OutEntry[], modified: Date, deflateRaw?: DeflateRaw): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const out of entries) {
    if (out.kind === "copy") {
      const { entry } = out;
      const file = new CompressedEntry(
        out.name,
        entry.uncompressedSize,
        entry.crc,
        entry.method,
        entry.modified,
        rawData(out.source, entry),
      );
      zip.add(file);
      file.send();
    } else if (deflateRaw) {
      const data = out.data;
      const file = new CompressedEntry(
        out.name,
        data.length,
        deflateRaw.crc32(data),
        8,
        modified,
        deflateRaw.deflate(data),
      );
      zip.add(file);
      file.send();
    } else {
      const file = new ZipDeflate(out.name, { level: 6 });
      file.mtime = modified;
      zip.add(file);
      file.push(out.data, true);
    }
  }
  zip.end();
  if (failure !== null) throw failure instanceof Error ? failure : new Error("zip");
  let total = 0;
  for (const c of chunks) total += c.length;
  const result = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    result.set(c, at);
    at += c.length;
  }
  return result;
}
