/**
 * «Chuyển mã» wired in both modes: the plain browser on the real .xlsx adapter (whole workbook), and
 * Excel through the Office.js adapter on the recording fake (the selection, one Excel.run to write).
 */
import ExcelJS from "exceljs";
import * as xlsx from "../../src/adapters/xlsx/xlsx-workbook";
import type { ExcelRunner, OfficeSupport } from "../../src/adapters/office/excel-host";
import { UNICODE_FONT } from "../../src/core/text/legacy";
import { browserActions, type XlsxModule } from "../../src/taskpane/browser-actions";
import { officeActions } from "../../src/taskpane/office-actions";
import { SHEET } from "../../src/workbook/sheet-names";
import { encodeTcvn3, encodeVni } from "../core/text/legacy-encoder";
import { FakeWorkbook, type FakeContext } from "../support/excel-fake";
import { editXlsx, sampleBytes } from "../workbook/sample";

const today = () => ({ year: 2023, month: 1, day: 5 });
const signal = () => new AbortController().signal;

describe("Chuyển mã in the plain browser", () => {
  it("converts the whole open workbook, and the download holds the Unicode text", async () => {
    const saved: Uint8Array[] = [];
    const actions = browserActions({
      today,
      loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
      fetchSample: () => Promise.resolve(null),
      save: (bytes) => saved.push(bytes),
    });
    const bytes = await editXlsx(await sampleBytes({ units: 2 }), (wb) => {
      const units = wb.getWorksheet(SHEET.units)!;
      units.getCell("B4").value = encodeTcvn3("Công đoàn Sở Y tế");
      units.getCell("B4").style = { ...units.getCell("B4").style, font: { name: ".VnTime" } };
    });
    await actions.document?.open(new Blob([new Uint8Array(bytes)]), "cu.xlsx", signal());
    const legacy = actions.legacyText!;
    expect(legacy.canUseSelection).toBe(false);
    const preview = await legacy.preview({ scope: "workbook", encoding: null }, signal());
    expect(preview.selection).toBeNull();
    expect(preview.cells.map((c) => [c.address, c.after])).toEqual([["B4", "Công đoàn Sở Y tế"]]);
    expect(await legacy.apply(preview, signal())).toEqual({ written: 1, skipped: 0, font: UNICODE_FONT });

    await actions.download?.();
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(saved[0] as unknown as ExcelJS.Buffer);
    expect(out.getWorksheet(SHEET.units)!.getCell("B4").value).toBe("Công đoàn Sở Y tế");
  });
});

const FULL: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

/** The fake's Excel.run, each run's options recorded, with the selection the user made. */
function withSelection(fake: FakeWorkbook, address: string, runs: unknown[]): ExcelRunner {
  const bang = address.lastIndexOf("!");
  fake.selection = { sheet: address.slice(0, bang).replace(/^'|'$/g, ""), address: address.slice(bang + 1) };
  return (options, batch) => {
    runs.push(options);
    return fake.run(options, batch as unknown as (context: FakeContext) => Promise<never>);
  };
}

describe("Chuyển mã in Excel", () => {
  function excel(selection: string) {
    const fake = new FakeWorkbook();
    const sheet = fake.seedSheet("Danh sách", [
      ["Mã", "Tên"],
      ["A1", encodeTcvn3("Công đoàn Sở Y tế")],
      ["A2", encodeVni("Công đoàn Sở Tư pháp")],
      ["A3", "C«ng ®oµn Côc ThuÕ"],
    ]);
    sheet.cells.get("1,1")!.font = ".VnTime";
    sheet.cells.get("2,1")!.font = "VNI-Times";
    const runs: unknown[] = [];
    const actions = officeActions({
      support: FULL,
      today,
      runner: withSelection(fake, selection, runs),
    });
    return { fake, runs, legacy: actions.legacyText! };
  }

  it("converts only the selected cells, by their fonts, and writes text and font as one undo step", async () => {
    const { fake, runs, legacy } = excel("'Danh sách'!B2:B3");
    expect(legacy.canUseSelection).toBe(true);
    const preview = await legacy.preview({ scope: "selection", encoding: null }, signal());
    expect(preview.selection).toBe("'Danh sách'!B2:B3");
    expect(preview.cells.map((c) => [c.address, c.after, c.encoding])).toEqual([
      ["B2", "Công đoàn Sở Y tế", "tcvn3"],
      ["B3", "Công đoàn Sở Tư pháp", "vni"],
    ]);
    const before = runs.length;
    const syncsBefore = fake.syncs.length;
    await legacy.apply(preview, signal());
    // The reads in the action's run; the write in one grouped-undo run (ExcelApi 1.20).
    expect(runs.slice(before)).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    const writes = fake.syncs.slice(syncsBefore).filter((sync) => sync.calculationSuspended);
    expect(writes.map((sync) => sync.grouped)).toEqual([true]);
    expect(fake.grid("Danh sách").map((row) => row[1])).toEqual([
      "Tên",
      "Công đoàn Sở Y tế",
      "Công đoàn Sở Tư pháp",
      "C«ng ®oµn Côc ThuÕ",
    ]);
    const fonts = fake.callsOn("Danh sách").filter((call) => call.path === "format.font.name");
    expect(fonts.map((call) => [call.target, call.value])).toEqual([
      ["B2", UNICODE_FONT],
      ["B3", UNICODE_FONT],
    ]);
  });

  it("reads the selection in the encoding the user forces", async () => {
    const { legacy } = excel("'Danh sách'!B3");
    const preview = await legacy.preview({ scope: "selection", encoding: "vni" }, signal());
    expect(preview.cells.map((c) => c.after)).toEqual(["Công đoàn Sở Tư pháp"]);
  });

  it("converts the whole workbook when asked, the font-less legacy text included", async () => {
    const { legacy } = excel("'Danh sách'!A1");
    const preview = await legacy.preview({ scope: "workbook", encoding: null }, signal());
    expect(preview.selection).toBeNull();
    expect(preview.cells.map((c) => c.address)).toEqual(["B2", "B3", "B4"]);
  });
});
