/** Legacy text in the workbook: found by font or detection, read as shown, converted in place by "Chuyển mã". */
import { say } from "../support/say";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { CellValue } from "../../src/core/model";
import { UNICODE_FONT } from "../../src/core/text/legacy";
import { DECODE_PROBLEM, decodeWorkbook } from "../../src/workbook/decode";
import { SHEET } from "../../src/workbook/sheet-names";
import { parseScope } from "../../src/workbook/grid/address";
import { legacyCellsOf, legacyCounts, legacyEdits } from "../../src/workbook/legacy-text";
import type { SheetSnapshot } from "../../src/workbook/port";
import {
  applyLegacyText,
  previewLegacyText,
  validateWorkbook,
  type LegacyTextPreview,
} from "../../src/workbook/usecases";
import { encodeTcvn3, encodeVni } from "../core/text/legacy-encoder";
import { editXlsx, sampleBytes } from "./sample";
import { cellAt } from "../support/cells";

function snapshot(
  values: CellValue[][],
  fonts?: (string | null)[][],
  formulas?: (string | null)[][],
): SheetSnapshot {
  return {
    name: "Trang",
    visible: true,
    generated: false,
    values,
    ...(fonts ? { fonts } : {}),
    ...(formulas ? { formulas } : {}),
    merges: [],
    tables: [],
  };
}

const TCVN3_UNIT = encodeTcvn3("Công đoàn Sở Y tế");
const VNI_UNIT = encodeVni("Công đoàn Sở Tư pháp");

describe("finding legacy text in a sheet", () => {
  it("converts a cell by its legacy font, whatever detection would say", () => {
    const sheet = snapshot(
      [[TCVN3_UNIT, VNI_UNIT, encodeTcvn3("hướng dẫn")]],
      [[".VnTime", "VNI-Times", ".VnTimeH"]],
    );
    expect(legacyCellsOf(sheet).map((c) => [c.address, c.after, c.encoding, c.font])).toEqual([
      ["A1", "Công đoàn Sở Y tế", "tcvn3", ".VnTime"],
      ["B1", "Công đoàn Sở Tư pháp", "vni", "VNI-Times"],
      ["C1", "HƯỚNG DẪN", "tcvn3", ".VnTimeH"],
    ]);
  });

  it("converts a cell without a legacy font only when detection is sure, and leaves Unicode and English alone", () => {
    const sheet = snapshot(
      [["C«ng ®oµn c¬ së", "Công đoàn cơ sở", "Résumé of the café", "DV01", 8.5]],
      [["Arial", "Arial", "Arial", "Arial", "Arial"]],
    );
    expect(legacyCellsOf(sheet).map((c) => [c.address, c.after, c.font])).toEqual([
      ["A1", "Công đoàn cơ sở", null],
    ]);
  });

  it("skips formula cells and keeps to the areas asked", () => {
    const sheet = snapshot(
      [
        [TCVN3_UNIT, TCVN3_UNIT],
        [TCVN3_UNIT, TCVN3_UNIT],
      ],
      [
        [".VnTime", ".VnTime"],
        [".VnTime", ".VnTime"],
      ],
      [
        [null, '="x"'],
        [null, null],
      ],
    );
    expect(legacyCellsOf(sheet).map((c) => c.address)).toEqual(["A1", "A2", "B2"]);
    const areas = parseScope("B1:B2")!.areas;
    expect(legacyCellsOf(sheet, { areas }).map((c) => c.address)).toEqual(["B2"]);
  });

  it("reads every text in the encoding the user forces, even one detection would leave", () => {
    // "côm" is TCVN3 for "cụm" but holds only letters Unicode Vietnamese also uses; "Cụm" has nothing to decode.
    const sheet = snapshot([["côm", "Cụm"]]);
    expect(legacyCellsOf(sheet)).toEqual([]);
    expect(legacyCellsOf(sheet, { encoding: "tcvn3" }).map((c) => [c.address, c.after])).toEqual([
      ["A1", "cụm"],
    ]);
  });

  it("writes converted cells in a Unicode font and counts them per sheet and encoding", () => {
    const cells = legacyCellsOf(
      snapshot([[TCVN3_UNIT, VNI_UNIT, TCVN3_UNIT]], [[".VnTime", "VNI-Times", ".VnArial"]]),
    );
    expect(legacyEdits(cells).every((e) => e.fontName === UNICODE_FONT)).toBe(true);
    expect(legacyCounts(cells)).toEqual([
      { sheet: "Trang", encoding: "tcvn3", cells: 2 },
      { sheet: "Trang", encoding: "vni", cells: 1 },
    ]);
  });
});

describe("reading a selection's address", () => {
  it("reads a sheet-qualified range, whole columns and rows, and several areas", () => {
    expect(parseScope("'Đơn vị'!B5:C9")).toEqual({
      sheet: "Đơn vị",
      areas: [{ top: 4, left: 1, bottom: 8, right: 2 }],
    });
    expect(parseScope("Sheet1!A:A")?.areas[0]).toMatchObject({ left: 0, right: 0, top: 0 });
    expect(parseScope("3:5")?.areas[0]).toMatchObject({ top: 2, bottom: 4, left: 0 });
    expect(parseScope("A1,C3:D4")?.areas).toHaveLength(2);
    expect(parseScope("'It''s'!A1")?.sheet).toBe("It's");
  });

  it("refuses what is not an address", () => {
    for (const text of ["", "A", "A1:B", "tên"]) expect(parseScope(text)).toBeNull();
  });
});

/** The sample with unit names, a type and a yes/no typed in legacy fonts, as old files have them. */
async function legacyWorkbook(): Promise<Uint8Array> {
  return editXlsx(await sampleBytes({ units: 3 }), (wb) => {
    const units = wb.getWorksheet(SHEET.units)!;
    const legacy = (address: string, text: string, font: string): void => {
      units.getCell(address).value = text;
      units.getCell(address).style = { ...units.getCell(address).style, font: { name: font, size: 13 } };
    };
    legacy("B4", TCVN3_UNIT, ".VnTime");
    legacy("B5", VNI_UNIT, "VNI-Times");
    legacy("D4", encodeTcvn3("Trực tiếp"), ".VnTime");
    legacy("E4", encodeTcvn3("Có"), ".VnTime");
    units.getCell("B6").value = "C«ng ®oµn Côc ThuÕ"; // TCVN3 whose font was lost
    legacy("K4", "ghi chu", ".VnTime"); // plain letters: nothing to convert, the font stays
  });
}

describe("the reader and legacy fonts", () => {
  it("reads text in a legacy font as it shows on screen, and warns once per sheet", async () => {
    const port = await XlsxWorkbook.fromBuffer(await legacyWorkbook());
    const { summary, problems } = await validateWorkbook(port);
    const names = summary!.clusters.flatMap((c) => c.units).map((u) => [u.code, u.name]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["DV01", "Công đoàn Sở Y tế"],
        ["DV02", "Công đoàn Sở Tư pháp"],
        ["DV03", "C«ng ®oµn Côc ThuÕ"],
      ]),
    );
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const legacy = problems.filter((p) => p.code.startsWith("WB_LEGACY"));
    expect(legacy).toEqual([
      expect.objectContaining({
        code: DECODE_PROBLEM.LEGACY_FONT,
        severity: "warning",
        at: cellAt(SHEET.units, "B4"),
      }),
      expect.objectContaining({
        code: DECODE_PROBLEM.LEGACY_TEXT,
        at: cellAt(SHEET.units, "B6"),
      }),
    ]);
    expect(say(legacy[0])).toMatch(/4 ô gõ bằng bảng mã TCVN3 \(ABC\).*«Chuyển mã»/u);
    expect(say(legacy[1])).toContain("có lẽ là «Công đoàn Cục Thuế»");
  });

  it("reads a unit type and a yes/no typed in .VnTime as the words they show", async () => {
    const sheets = await (
      await XlsxWorkbook.fromBuffer(await legacyWorkbook())
    ).readSheets([SHEET.units], {
      fonts: true,
    });
    const { input } = decodeWorkbook(sheets);
    expect(input.units[0]!.type.value).toBe("Trực tiếp");
    expect(input.units[0]!.registered.value).toBe("Có");
  });
});

describe("unit codes in a legacy font", () => {
  it("reads the code as shown, and still finds the unit's sheet by the name as typed", async () => {
    const port = await XlsxWorkbook.fromBuffer(await sampleBytes({ units: 2 }));
    const sheets = await port.readSheets(
      (await port.listSheets()).map((s) => s.name),
      { fonts: true },
    );
    const typed = encodeTcvn3("ĐV01"); // "§V01": the sheet tab shows it as typed
    const edited = sheets.map((sheet): SheetSnapshot => {
      if (sheet.name === "DV01") return { ...sheet, name: typed };
      if (sheet.name !== SHEET.units) return sheet;
      const values = sheet.values.map((row) => [...row]);
      const fonts = (sheet.fonts ?? []).map((row) => [...row]);
      values[3]![0] = typed;
      fonts[3]![0] = ".VnTime";
      return { ...sheet, values, fonts };
    });
    const { input, problems } = decodeWorkbook(edited);
    expect(input.units[0]!.code.value).toBe("ĐV01");
    expect(problems.filter((p) => p.code === DECODE_PROBLEM.UNIT_SHEET_MISSING)).toEqual([]);
    expect(input.scores.filter((s) => s.unit.value === "ĐV01").length).toBeGreaterThan(10);
  });
});

describe("Chuyển mã over a workbook", () => {
  it("previews before → after with the cell, then writes the Unicode text in a Unicode font", async () => {
    const port = await XlsxWorkbook.fromBuffer(await legacyWorkbook());
    const preview = await previewLegacyText(port);
    expect(preview.cells.map((c) => [c.sheet, c.address, c.after])).toEqual([
      [SHEET.units, "B4", "Công đoàn Sở Y tế"],
      [SHEET.units, "D4", "Trực tiếp"],
      [SHEET.units, "E4", "Có"],
      [SHEET.units, "B5", "Công đoàn Sở Tư pháp"],
      [SHEET.units, "B6", "Công đoàn Cục Thuế"],
    ]);
    expect(preview.counts).toEqual([
      { sheet: SHEET.units, encoding: "tcvn3", cells: 4 },
      { sheet: SHEET.units, encoding: "vni", cells: 1 },
    ]);
    expect(await applyLegacyText(port, preview)).toEqual({ written: 5, skipped: 0, font: UNICODE_FONT });

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
    const units = excel.getWorksheet(SHEET.units)!;
    expect(units.getCell("B4").value).toBe("Công đoàn Sở Y tế");
    expect(units.getCell("B4").font?.name).toBe(UNICODE_FONT);
    expect(units.getCell("B4").font?.size).toBe(13);
    // Only the converted cells changed: a cell that shared B4's style in the file keeps its font.
    expect(units.getCell("K4").font?.name).toBe(".VnTime");
    expect(await previewLegacyText(port)).toEqual({ cells: [], counts: [] });
    expect((await validateWorkbook(port)).problems.filter((p) => p.code.startsWith("WB_LEGACY"))).toEqual([]);
  });

  it("leaves alone a cell that changed since the preview", async () => {
    const port = await XlsxWorkbook.fromBuffer(await legacyWorkbook());
    const preview = await previewLegacyText(port, { sheet: SHEET.units, areas: parseScope("B4:B5")!.areas });
    expect(preview.cells.map((c) => c.address)).toEqual(["B4", "B5"]);
    await port.writeCells([{ sheet: SHEET.units, address: "B5", text: "Đã sửa tay" }]);
    expect(await applyLegacyText(port, preview)).toEqual({ written: 1, skipped: 1, font: UNICODE_FONT });
    const [units] = await port.readSheets([SHEET.units]);
    expect(units!.values[4]![1]).toBe("Đã sửa tay");
  });

  it("keeps to a selection given as Excel's address, and forces an encoding only there", async () => {
    const port = await XlsxWorkbook.fromBuffer(await legacyWorkbook());
    const selected = await previewLegacyText(port, { selection: `'${SHEET.units}'!B5:B6` });
    expect(selected.cells.map((c) => c.address)).toEqual(["B5", "B6"]);
    const forced = await previewLegacyText(port, { selection: `'${SHEET.units}'!B5`, encoding: "vni" });
    expect(forced.cells.map((c) => [c.address, c.after])).toEqual([["B5", "Công đoàn Sở Tư pháp"]]);
    await expect(previewLegacyText(port, { encoding: "tcvn3" })).rejects.toMatchObject({
      code: "ENCODING_NEEDS_SELECTION",
    });
    await expect(previewLegacyText(port, { selection: "B5:B6" })).rejects.toMatchObject({
      code: "SELECTION_UNREADABLE",
    });
    await expect(previewLegacyText(port, { selection: "'Không có'!A1" })).rejects.toMatchObject({
      code: "SHEET_MISSING",
    });
  });

  it("writes converted text that looks like a formula as text", async () => {
    const port = await XlsxWorkbook.fromBuffer(await legacyWorkbook());
    const preview: LegacyTextPreview = {
      cells: [
        {
          sheet: SHEET.units,
          address: "B4",
          row: 3,
          col: 1,
          before: TCVN3_UNIT,
          after: '=HYPERLINK("http://x","y")',
          encoding: "tcvn3",
          font: ".VnTime",
        },
      ],
      counts: [],
    };
    await applyLegacyText(port, preview);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
    const b4 = (): ExcelJS.Cell => excel.getWorksheet(SHEET.units)!.getCell("B4");
    expect(b4().type).toBe(ExcelJS.ValueType.String);
    expect(b4().value).toBe('=HYPERLINK("http://x","y")');
  });
});
