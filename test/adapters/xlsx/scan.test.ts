/** The .xlsx adapter's file limits: each one refuses past it, with its code, before exceljs parses. */
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../../../src/adapters/xlsx/guard";
import { scanXlsxContents, TagCounter } from "../../../src/adapters/xlsx/scan";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { WorkbookError } from "../../../src/workbook/errors";
import { FILE_LIMITS, WORKBOOK_LIMITS } from "../../../src/workbook/limits";
import { SHEET } from "../../../src/workbook/sheet-names";
import { sampleBytes } from "../../workbook/sample";

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "accepted";
  } catch (error) {
    if (error instanceof WorkbookError) return error.code;
    throw error;
  }
}

const limits = (more: Partial<XlsxLimits>): XlsxLimits => ({ ...DEFAULT_XLSX_LIMITS, ...more });

describe("counting tags in XML that arrives in chunks", () => {
  it("counts rows and cells, prefixed or not, wherever the chunks cut them", () => {
    const xml = new TextEncoder().encode(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"/><c r="B1"><v>1</v></c></x:row>' +
        '<row r="2"><c r="A2" t="s"><v>0</v></c><col/><cfRule/></row><rowBreaks/></x:sheetData></x:worksheet>',
    );
    for (const size of [1, 2, 3, 7, 64, xml.length]) {
      const counter = new TagCounter(["row", "c"]);
      for (let at = 0; at < xml.length; at += size) counter.feed(xml.subarray(at, at + size));
      expect([size, counter.get("row"), counter.get("c")]).toEqual([size, 2, 3]);
    }
  });
});

describe("the file limits", () => {
  it("are the numbers of src/workbook/limits.ts", () => {
    expect(DEFAULT_XLSX_LIMITS).toEqual({
      maxFileBytes: FILE_LIMITS.fileBytes,
      maxUncompressedBytes: FILE_LIMITS.uncompressedBytes,
      maxEntryBytes: FILE_LIMITS.entryBytes,
      maxEntries: FILE_LIMITS.entries,
      maxSheets: WORKBOOK_LIMITS.sheets,
      maxCells: FILE_LIMITS.cells,
      maxRows: FILE_LIMITS.rows,
      maxGridCells: FILE_LIMITS.gridCells,
    });
  });

  it("counts a real workbook's rows, cells and inflated bytes, within the defaults", async () => {
    const bytes = await sampleBytes({ units: 3 });
    const counts = await scanXlsxContents(bytes, DEFAULT_XLSX_LIMITS);
    expect(counts.rows).toBeGreaterThan(100);
    expect(counts.cells).toBeGreaterThan(counts.rows);
    expect(counts.inflatedBytes).toBeGreaterThan(bytes.length);
  });

  it("refuses each limit just past the workbook's own size, and accepts it at that size", async () => {
    const bytes = await sampleBytes({ units: 3 });
    const counts = await scanXlsxContents(bytes, DEFAULT_XLSX_LIMITS);
    const open = (more: Partial<XlsxLimits>): Promise<string> =>
      codeOf(XlsxWorkbook.fromBuffer(bytes, limits(more)));
    expect(await open({ maxFileBytes: bytes.length })).toBe("accepted");
    expect(await open({ maxFileBytes: bytes.length - 1 })).toBe("XLSX_TOO_LARGE");
    expect(await open({ maxUncompressedBytes: counts.inflatedBytes })).toBe("accepted");
    expect(await open({ maxUncompressedBytes: counts.inflatedBytes - 1 })).toBe("XLSX_TOO_LARGE");
    expect(await open({ maxEntryBytes: 1000 })).toBe("XLSX_TOO_LARGE");
    expect(await open({ maxEntries: 5 })).toBe("XLSX_TOO_LARGE");
    expect(await open({ maxSheets: 4 })).toBe("XLSX_TOO_MANY_SHEETS");
    expect(await open({ maxRows: counts.rows })).toBe("accepted");
    expect(await open({ maxRows: counts.rows - 1 })).toBe("XLSX_TOO_MANY_ROWS");
    expect(await open({ maxCells: counts.cells })).toBe("accepted");
    expect(await open({ maxCells: counts.cells - 1 })).toBe("XLSX_TOO_MANY_CELLS");
  });

  it("stops a part that inflates past what its header declares, before it is all in memory", async () => {
    // A real part, then its header told it is 100 bytes: the inflation stops at the first chunk past that.
    const zip = await JSZip.loadAsync(await sampleBytes({ units: 2 }));
    const big = new Uint8Array(deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    expect(big.length).toBeLessThan(16 * 1024);
    zip.file("xl/media/padding.bin", "x".repeat(10));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    // Swap the stored 10 bytes for the deflated 8 MB, keeping the header's claim of 10 bytes.
    const lying = liePart(bytes, "xl/media/padding.bin", big);
    expect(await codeOf(XlsxWorkbook.fromBuffer(lying))).toBe("XLSX_TOO_LARGE");
  });

  it("bounds the grids a read lays out, a value far to the right included", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await sampleBytes({ units: 2 }), limits({ maxGridCells: 200 }));
    expect(await codeOf(wb.readSheets([SHEET.units]))).toBe("accepted");
    expect(await codeOf(wb.readSheets([SHEET.criteria, "DV01", "DV02"]))).toBe("XLSX_TOO_MANY_CELLS");
  });
});

/** The zip with one stored part's data replaced by deflated data, the headers still claiming the old size. */
function liePart(bytes: Uint8Array, name: string, deflated: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes);
  const nameBytes = Buffer.from(name, "utf8");
  const local = buf.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]), 0);
  let at = local;
  while (at >= 0) {
    const nameLength = buf.readUInt16LE(at + 26);
    if (buf.subarray(at + 30, at + 30 + nameLength).equals(nameBytes)) break;
    at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4);
  }
  const extra = buf.readUInt16LE(at + 28);
  const dataStart = at + 30 + nameBytes.length + extra;
  const oldSize = buf.readUInt32LE(at + 18);
  const head = Buffer.from(buf.subarray(0, dataStart));
  head.writeUInt16LE(8, at + 8); // deflated
  head.writeUInt32LE(deflated.length, at + 18);
  const tail = Buffer.from(buf.subarray(dataStart + oldSize));
  const shift = deflated.length - oldSize;
  // Fix the central directory: this entry's method and compressed size, later entries' offsets, the end record.
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const directoryOffset = tail.readUInt32LE(end + 16);
  tail.writeUInt32LE(directoryOffset + shift, end + 16);
  let entry = directoryOffset - (dataStart + oldSize);
  while (tail.readUInt32LE(entry) === 0x02014b50) {
    const nameLength = tail.readUInt16LE(entry + 28);
    const entryName = tail.subarray(entry + 46, entry + 46 + nameLength);
    const offset = tail.readUInt32LE(entry + 42);
    if (entryName.equals(nameBytes)) {
      tail.writeUInt16LE(8, entry + 10);
      tail.writeUInt32LE(deflated.length, entry + 20);
    } else if (offset > at) tail.writeUInt32LE(offset + shift, entry + 42);
    entry += 46 + nameLength + tail.readUInt16LE(entry + 30) + tail.readUInt16LE(entry + 32);
  }
  return new Uint8Array(Buffer.concat([head, Buffer.from(deflated), tail]));
}
