/** XlsxWorkbook.updateCells: values written into existing sheets, nothing else touched. */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { isWorkbookError, type WorkbookError } from "../../../src/workbook/errors";
import { say } from "../../support/say";

/** A user's workbook: a scoring sheet with a validated column, and a summary with a formula pointing at it. */
async function userWorkbook(): Promise<XlsxWorkbook> {
  const x = new ExcelJS.Workbook();
  const scores = x.addWorksheet("DV01");
  scores.addRows([
    ["Mã", "Tự chấm", "Ghi chú"],
    ["I.1", 5, "cũ"],
    ["I.2", 3, null],
  ]);
  scores.getCell("B2").dataValidation = { type: "decimal", operator: "between", formulae: [0, 10] };
  scores.getCell("B3").numFmt = "0.00";
  const summary = x.addWorksheet("Tổng hợp");
  summary.getCell("A1").value = { formula: "SUM(DV01!B2:B3)", result: 8 };
  return XlsxWorkbook.fromBuffer(new Uint8Array(await x.xlsx.writeBuffer()));
}

async function exceljsOf(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const x = new ExcelJS.Workbook();
  await x.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
  return x;
}

describe("XlsxWorkbook.updateCells", () => {
  it("writes numbers as numbers, text as text and '' as empty, leaving null cells and other sheets alone", async () => {
    const wb = await userWorkbook();
    await wb.updateCells([
      {
        sheet: "dv01",
        at: "B2",
        cells: [
          [null, ""],
          [7.5, '=HYPERLINK("x")'],
        ],
      },
      { sheet: "Tổng hợp", at: "C1", cells: [[45566]], numberFormat: "dd/mm/yyyy" },
    ]);
    const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const [scores] = await reopened.readSheets(["DV01"], { formulas: true });
    expect(scores!.values[1]).toEqual(["I.1", 5]);
    expect(scores!.values[2]).toEqual(["I.2", 7.5, '=HYPERLINK("x")']);
    expect(scores!.formulas?.[2]?.[2]).toBeNull();

    const x = await exceljsOf(wb);
    const sheet = x.getWorksheet("DV01")!;
    expect(sheet.getCell("B2").dataValidation).toMatchObject({ type: "decimal" });
    expect(sheet.getCell("B3").numFmt).toBe("0.00");
    expect(sheet.getCell("C3").numFmt).toBe("@");
    const summary = x.getWorksheet("Tổng hợp")!;
    expect(summary.getCell("A1").formula).toBe("SUM(DV01!B2:B3)");
    expect(summary.getCell("C1").numFmt).toBe("dd/mm/yyyy");
    // Serial 45566 is 1 October 2024: with a date format, exceljs reads it back as a date.
    expect(summary.getCell("C1").value).toEqual(new Date(Date.UTC(2024, 9, 1)));
    expect(summary.getCell("D1").numFmt).toBeFalsy();
  });

  it("refuses an update to a missing sheet by name, before writing any of the others", async () => {
    const wb = await userWorkbook();
    const before = await wb.readSheets(["DV01"]);
    const refusal = await wb
      .updateCells([
        { sheet: "DV01", at: "B2", cells: [[9]] },
        { sheet: "DV99", at: "B2", cells: [[9]] },
      ])
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isWorkbookError(refusal)).toBe(true);
    expect(say(refusal as WorkbookError)).toContain("DV99");
    expect(await wb.readSheets(["DV01"])).toEqual(before);
  });

  it("keeps the sheets in place: a formula pointing at an updated sheet still points at it", async () => {
    const wb = await userWorkbook();
    const order = (await wb.listSheets()).map((s) => s.name);
    await wb.updateCells([{ sheet: "DV01", at: "B3", cells: [[4]] }]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(order);
    const [summary] = await (
      await XlsxWorkbook.fromBuffer(await wb.toBuffer())
    ).readSheets(["Tổng hợp"], {
      formulas: true,
    });
    expect(summary!.formulas?.[0]?.[0]).toBe("=SUM(DV01!B2:B3)");
  });
});
