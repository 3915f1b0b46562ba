/**
 * The summary's figures are the core's values, not formulas (issue 12: every figure comes from the
 * core), so a real spreadsheet engine recalculating the file on opening (LibreOffice headless, told
 * to recalculate on load) leaves every figure as the core computed it — even where a score was typed
 * as text, which a SUM formula would have read as #VALUE! or 0.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { numberFromPoints } from "../../../src/core/decimal";
import type { BlockSummary, UnitResult } from "../../../src/core/model";
import { sampleUnits } from "../../../src/cli/main";
import { SHEET } from "../../../src/workbook/sheet-names";
import { createClusterWorkbook, generateSummary } from "../../../src/workbook/usecases";
import { convertWithLibreOffice, makeProfile } from "../../support/libreoffice";

jest.setTimeout(240_000);

const now = { year: 2023, month: 1, day: 5 };

/** A two-cluster Kon Tum block with appraisals, bonus, a deduction typed as negative, departments' points. */
async function generatedBlock(): Promise<{ bytes: Uint8Array; summary: BlockSummary }> {
  const wb = XlsxWorkbook.empty();
  const units = sampleUnits("kon-tum", 10, true).map((u, i) => ({
    ...u,
    cluster: i % 2 === 0 ? "Cụm các Ngân hàng" : "Cụm CĐCS trực thuộc tỉnh",
  }));
  await createClusterWorkbook(wb, { presetId: "kon-tum", year: 2022, units, sampleScores: true, seed: 11 });
  const [dv01] = await wb.readSheets(["DV01"]);
  const deductionRow = dv01!.values.findIndex((r) => r[0] === "VII.1");
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
  excel.getWorksheet("DV01")!.getCell(deductionRow + 1, 5).value = -0.5;
  excel.getWorksheet("DV03")!.getCell(deductionRow + 1, 6).value = 1;
  const edited = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
  const generated = await generateSummary(edited, { now });
  return { bytes: await edited.toBuffer(), summary: generated.summary };
}

/** The summary sheet's part in the package. */
async function summaryXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`name="${SHEET.summary}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!.replace(/^\/?xl\//, "");
  return zip.file(`xl/${target}`)!.async("string");
}

/** What a cell shows: a formula's (recalculated) result, else its value. */
function shownValue(cell: ExcelJS.Cell): number | string | null {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return typeof v === "number" || typeof v === "string" ? v : null;
}

async function summaryRows(bytes: Uint8Array): Promise<Map<string, (number | string | null)[]>> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = excel.getWorksheet(SHEET.summary)!;
  const rows = new Map<string, (number | string | null)[]>();
  ws.eachRow((row) => {
    const code = row.getCell(2).value;
    if (typeof code !== "string" || !/^DV\d+$/.test(code)) return;
    const values: (number | string | null)[] = [];
    for (let c = 1; c <= 15; c++) values.push(shownValue(row.getCell(c)));
    rows.set(code, values);
  });
  return rows;
}

function expectCoreFigures(rows: Map<string, (number | string | null)[]>, summary: BlockSummary): void {
  const units: UnitResult[] = summary.clusters.flatMap((c) => c.units);
  expect(rows.size).toBe(units.length);
  for (const u of units) {
    const row = rows.get(u.code)!;
    const close = (value: number | string | null, expected: number): void => {
      expect(typeof value).toBe("number");
      expect(Math.abs((value as number) - expected)).toBeLessThan(0.005);
    };
    close(row[3]!, numberFromPoints(u.self));
    if (u.appraised === null) expect(row[4] ?? "").toBe("");
    else close(row[4]!, numberFromPoints(u.appraised));
    close(row[5]!, u.appraised === null ? 0 : numberFromPoints(u.appraisalDifference));
    close(row[6]!, numberFromPoints(u.departments));
    close(row[7]!, numberFromPoints(u.bonus));
    close(row[8]!, numberFromPoints(u.deductions));
    close(row[9]!, numberFromPoints(u.total));
    close(row[10]!, u.rank);
  }
}

describe("the summary's figures in a real spreadsheet engine", () => {
  let profile: string;
  let generated: { bytes: Uint8Array; summary: BlockSummary };

  beforeAll(async () => {
    profile = makeProfile();
    generated = await generatedBlock();
  });

  it("exercises a deduction typed as negative and an appraised deduction", () => {
    const units = generated.summary.clusters.flatMap((c) => c.units);
    expect(units.find((u) => u.code === "DV01")!.deductions).toBeGreaterThanOrEqual(50);
    expect(units.find((u) => u.code === "DV03")!.deductions).toBeGreaterThanOrEqual(100);
    expect(generated.summary.clusters).toHaveLength(2);
  });

  it("carries the core's figures as the cached results", async () => {
    expectCoreFigures(await summaryRows(generated.bytes), generated.summary);
  });

  it("keeps the core's figures (to 0.01) when LibreOffice recalculates the file", async () => {
    const recalculated = await convertWithLibreOffice(generated.bytes, { profile });
    expectCoreFigures(await summaryRows(recalculated), generated.summary);
  });

  it("writes no formula in the summary: its figures are values", async () => {
    const xml = await summaryXml(generated.bytes);
    expect(xml).toContain("<c ");
    expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe('a score typed as the text "8,5"', () => {
  let profile: string;

  beforeAll(() => {
    profile = makeProfile();
  });

  it("shows no #VALUE! and no ### after LibreOffice recalculates: the summary holds the core's values", async () => {
    const wb = XlsxWorkbook.empty();
    const units = sampleUnits("kon-tum", 4, true);
    await createClusterWorkbook(wb, { presetId: "kon-tum", year: 2022, units, sampleScores: true, seed: 11 });
    const [dv01] = await wb.readSheets(["DV01"]);
    const row = dv01!.values.findIndex((r) => r[0] === "II.2");
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const cell = excel.getWorksheet("DV01")!.getCell(row + 1, 5);
    cell.value = "8,5"; // a text cell, as pasted or typed into a cell formatted as Text
    cell.numFmt = "@";
    const edited = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    const generated = await generateSummary(edited, { now });
    const unit = generated.summary.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    expect(unit.complete).toBe(true); // the core reads "8,5" as 8.5 (a warning, not an error)
    const recalculated = await convertWithLibreOffice(await edited.toBuffer(), { profile });
    const rows = await summaryRows(recalculated);
    expectCoreFigures(rows, generated.summary);
    for (const values of rows.values())
      for (const v of values) expect(String(v ?? "")).not.toMatch(/^#|^###/);
  });
});
