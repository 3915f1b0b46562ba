/**
 * The command opens workbooks with Node's zlib as the inflater (src/cli/files.ts), the browser with
 * fflate. Node documents `maxOutputLength` as the bound of the convenience methods' output
 * (https://nodejs.org/api/zlib.html#class-options: "Limits output size when using convenience
 * methods"), which is what stops a part that lies about its size. Both inflaters must read every
 * producer's file to the same sheets, and refuse a damaged part alike.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { zipEntries } from "../../src/adapters/xlsx/guard";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { NODE_PLATFORM, nodeDeflateRaw, nodeInflateRaw, openXlsx } from "../../src/cli/files";
import { isWorkbookError } from "../../src/workbook/errors";
import { createClusterWorkbook } from "../../src/workbook/usecases";
import { makeProfile } from "../support/libreoffice";
import { resave, type Producer } from "../support/producers";

jest.setTimeout(600_000);

const PYTHON = path.resolve(__dirname, "..", "..", ".venv", "bin", "python");

/** Every sheet with its values, formulas and fonts, or the refusal's code. */
async function everything(open: Promise<XlsxWorkbook>): Promise<unknown> {
  try {
    const workbook = await open;
    const names = (await workbook.listSheets()).map((s) => s.name);
    return await workbook.readSheets(names, { formulas: true, fonts: names });
  } catch (error) {
    if (isWorkbookError(error)) return { refused: error.code, params: error.fault.params };
    throw error;
  }
}

let ours: Uint8Array;

beforeAll(async () => {
  const workbook = XlsxWorkbook.empty();
  await createClusterWorkbook(workbook, {
    presetId: "thanh-hoa-5",
    year: 2025,
    units: [],
    sampleScores: true,
  });
  ours = await workbook.toBuffer();
});

describe("opening a workbook with Node's inflater", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-inflate-"));
  const profile = makeProfile();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it.each<Producer>(["ours", "LibreOffice", "Gnumeric", "openpyxl", "xlsxwriter", "SheetJS"])(
    "reads every sheet %s writes as fflate does",
    async (producer) => {
      const bytes = await resave(producer, ours, dir, profile);
      const withFflate = await everything(XlsxWorkbook.fromBuffer(bytes));
      expect(Array.isArray(withFflate) && withFflate.length).toBeGreaterThan(5);
      expect(await everything(openXlsx(bytes))).toEqual(withFflate);
    },
  );

  it("refuses a part whose size lies, or whose compressed bytes are damaged, as fflate does", async () => {
    const entries = zipEntries(ours).filter(
      (e) => e.method === 8 && /worksheets\/sheet\d+\.xml$/u.test(e.name),
    );
    expect(entries.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: entries.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 255 }),
        async (which, where, xor) => {
          const entry = entries[which]!;
          const damaged = ours.slice();
          const at =
            entry.dataStart + Math.min(entry.compressedSize - 1, Math.floor(where * entry.compressedSize));
          damaged[at]! ^= xor;
          expect(await everything(openXlsx(damaged))).toEqual(
            await everything(XlsxWorkbook.fromBuffer(damaged)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ["smaller", -1],
    ["larger", +1],
    ["far smaller", -2000],
  ])("refuses a part whose declared size is %s than what it inflates to, as fflate does", async (_, by) => {
    const entry = zipEntries(ours).find((e) => e.method === 8 && e.uncompressedSize > 3000)!;
    const lying = ours.slice();
    const view = new DataView(lying.buffer);
    // The central directory's record of the entry (APPNOTE 4.3.12: uncompressed size at +24,
    // the local header's offset at +42), which the reader takes the sizes from.
    let record = -1;
    for (let at = lying.length - 22; at >= 0 && record < 0; at--)
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        view.getUint32(at + 42, true) === entry.localHeaderOffset
      )
        record = at;
    expect(record).toBeGreaterThan(0);
    view.setUint32(record + 24, entry.uncompressedSize + by, true);
    const withFflate = await everything(XlsxWorkbook.fromBuffer(lying));
    expect(withFflate).toMatchObject({ refused: expect.any(String) });
    expect(await everything(openXlsx(lying))).toEqual(withFflate);
  });

  it("writes a workbook with Node's zlib that Python's zipfile (CRCs) and openpyxl read, with the same sheets as fflate's", async () => {
    expect(nodeDeflateRaw).toBeDefined(); // Node ≥ 20.15 has zlib.crc32; CI's Node does
    const make = async (workbook: XlsxWorkbook): Promise<Uint8Array> => {
      await createClusterWorkbook(workbook, {
        presetId: "kon-tum",
        year: 2025,
        units: [],
        sampleScores: true,
      });
      workbook.setProperties({ created: new Date(2025, 0, 1), modified: new Date(2025, 0, 1) });
      return workbook.toBuffer();
    };
    const native = await make(XlsxWorkbook.empty(NODE_PLATFORM));
    const portable = await make(XlsxWorkbook.empty());
    expect(await everything(XlsxWorkbook.fromBuffer(native))).toEqual(
      await everything(XlsxWorkbook.fromBuffer(portable)),
    );
    // Another program's reading of both files: zipfile checks every entry's CRC-32, openpyxl every cell.
    const readByPython = (bytes: Uint8Array, name: string): unknown => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const script =
        "import sys, json, zipfile, openpyxl\n" +
        "bad = zipfile.ZipFile(sys.argv[1]).testzip()\n" +
        "assert bad is None, bad\n" +
        "wb = openpyxl.load_workbook(sys.argv[1])\n" +
        "print(json.dumps([[ws.title, [[str(c) for c in r] for r in ws.iter_rows(values_only=True)]] for ws in wb]))";
      return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" }));
    };
    const byPython = readByPython(native, "zlib.xlsx") as [string, string[][]][];
    expect(byPython.length).toBeGreaterThan(8);
    expect(byPython).toEqual(readByPython(portable, "fflate.xlsx"));
  });

  it("stops a part at one byte past its declared size", () => {
    const entry = zipEntries(ours).find((e) => e.method === 8 && e.uncompressedSize > 1000)!;
    const data = ours.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    expect(nodeInflateRaw(data, entry.uncompressedSize + 1)).toHaveLength(entry.uncompressedSize);
    let code = "";
    try {
      nodeInflateRaw(data, entry.uncompressedSize - 1);
    } catch (error) {
      code = (error as { code?: string }).code ?? "";
    }
    expect(code).toBe("ERR_BUFFER_TOO_LARGE");
  });
});
