/**
 * Inflates every part of an .xlsx once, as a stream, before exceljs parses anything: a zip whose
 * parts inflate past what their headers declare (a zip bomb that lies) is stopped at the first
 * chunk too many, and the worksheets' rows and cells are counted, because parsed rows and cells,
 * not bytes, are what fill memory (src/workbook/limits.ts). Works in Node and in a browser.
 */
import JSZip from "jszip";
import { isWorkbookError } from "../../workbook/errors";
import { isWorksheetPart, megabytes, xlsxFault, type XlsxLimits } from "./guard";

/** JSZip's streaming read, which works but is missing from its typings. */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  on(event: "error", listener: (error: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

interface StreamingEntry {
  internalStream(type: "uint8array"): ChunkStream;
}

/** What the scan found, for tests and the bench. */
export interface XlsxCounts {
  readonly inflatedBytes: number;
  readonly rows: number;
  readonly cells: number;
  readonly sharedStrings: number;
}

const LT = 0x3c;
const COLON = 0x3a;
/** Longest tag head read: "<" + a namespace prefix + ":" + a local name + one delimiter. */
const HEAD = 48;

function isDelimiter(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/** The tags counted, by local name. */
export type CountedTag = "row" | "c" | "si";

const TAG_BYTES: Readonly<Record<CountedTag, readonly number[]>> = {
  row: [0x72, 0x6f, 0x77],
  c: [0x63],
  si: [0x73, 0x69],
};

/**
 * Counts start tags by local name in XML that arrives in chunks, without decoding it: a tag head cut
 * by a chunk's end is read again with the start of the next chunk. Namespace prefixes ("x:row") count.
 */
export class TagCounter {
  private readonly counts: number[];
  private carry: Uint8Array = new Uint8Array(0);

  constructor(private readonly tags: readonly CountedTag[]) {
    this.counts = tags.map(() => 0);
  }

  feed(chunk: Uint8Array): void {
    const data = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    // A tag head near the end may be cut: it is kept, and read again with the next chunk.
    let last = data.lastIndexOf(LT);
    if (last < 0 || data.length - last > HEAD) last = data.length;
    for (let i = 0; i < last; i++) if (data[i] === LT) this.read(data, i, data.length);
    this.carry = data.slice(last);
  }

  /** Reads the tag whose "<" is at `at`. */
  private read(data: Uint8Array, at: number, end: number): void {
    let start = at + 1;
    let j = start;
    const stop = Math.min(end, at + HEAD);
    while (j < stop) {
      const byte = data[j] ?? 0;
      if (isDelimiter(byte)) break;
      if (byte === COLON) start = j + 1;
      j += 1;
    }
    if (j >= stop) return;
    const length = j - start;
    for (let index = 0; index < this.tags.length; index++) {
      const bytes = TAG_BYTES[this.tags[index] ?? "c"];
      if (bytes.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = data[start + k] === bytes[k];
      if (same) this.counts[index] = (this.counts[index] ?? 0) + 1;
    }
  }

  get(tag: CountedTag): number {
    const index = this.tags.indexOf(tag);
    return index < 0 ? 0 : (this.counts[index] ?? 0);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class LimitReached extends Error {
  constructor(readonly fault: () => Error) {
    super("limit reached");
  }
}

/** Inflates one part chunk by chunk, handing each chunk to `onChunk`; a throw stops the stream. */
function inflate(entry: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = (entry as unknown as StreamingEntry).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        try {
          onChunk(chunk);
        } catch (error) {
          stream.pause();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      })
      .on("error", reject)
      .on("end", resolve)
      .resume();
  });
}

/**
 * Inflates the parts and refuses, with the adapter's WorkbookError, a file that inflates past what
 * it declares or past `limits`, or holds more rows or cells than `limits` allow.
 */
export async function scanXlsxContents(bytes: Uint8Array, limits: XlsxLimits): Promise<XlsxCounts> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw xlsxFault("unreadable");
  }
  let inflatedBytes = 0;
  let rows = 0;
  let cells = 0;
  let sharedStrings = 0;
  const tooLarge = (): Error => xlsxFault("tooLarge", megabytes(limits.maxUncompressedBytes));
  try {
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
        ?.uncompressedSize;
      const isSheet = isWorksheetPart(entry.name);
      const isStrings = entry.name === "xl/sharedStrings.xml";
      const counter = isSheet ? new TagCounter(["row", "c"]) : isStrings ? new TagCounter(["si"]) : null;
      let entryBytes = 0;
      let counted = { rows: 0, cells: 0, strings: 0 };
      await inflate(entry, (chunk) => {
        entryBytes += chunk.length;
        inflatedBytes += chunk.length;
        if (
          (declared !== undefined && entryBytes > declared) ||
          entryBytes > limits.maxEntryBytes ||
          inflatedBytes > limits.maxUncompressedBytes
        )
          throw new LimitReached(tooLarge);
        if (counter === null) return;
        counter.feed(chunk);
        const now = { rows: counter.get("row"), cells: counter.get("c"), strings: counter.get("si") };
        rows += now.rows - counted.rows;
        cells += now.cells - counted.cells + now.strings - counted.strings;
        sharedStrings += now.strings - counted.strings;
        counted = now;
        if (rows > limits.maxRows) throw new LimitReached(() => xlsxFault("tooManyRows", limits.maxRows));
        if (cells > limits.maxCells) throw new LimitReached(() => xlsxFault("tooManyCells", limits.maxCells));
      });
    }
  } catch (error) {
    if (error instanceof LimitReached) throw error.fault();
    if (isWorkbookError(error)) throw error;
    // A part that does not inflate (bad deflate data, a size that does not match) is a broken file.
    throw xlsxFault("unreadable");
  }
  return { inflatedBytes, rows, cells, sharedStrings };
}
