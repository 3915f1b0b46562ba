/** OfficeWorkbook.updateCells on the recording fake: values into existing sheets, one sync for all. */
import { OfficeWorkbook } from "../../../src/adapters/office/office-workbook";
import { isWorkbookError, type WorkbookError } from "../../../src/workbook/errors";
import { FakeWorkbook } from "../../support/excel-fake";
import { say } from "../../support/say";

function session(fake: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(fake.context() as unknown as Excel.RequestContext, {
    capabilities: { mergedAreas: true },
  });
}

function userWorkbook(): FakeWorkbook {
  const fake = new FakeWorkbook();
  fake.seedSheet("DV01", [
    ["Mã", "Tự chấm", "Ghi chú"],
    ["I.1", 5, "cũ"],
    ["I.2", 3, null],
  ]);
  fake.seedSheet("Đơn vị", [["Mã", "Ngày nhận điểm"], ["DV01"], ["DV02", 45500]]);
  fake.seedSheet("Tổng hợp", [["=SUM(DV01!B2:B3)"]]);
  return fake;
}

describe("OfficeWorkbook.updateCells", () => {
  it("writes every update in one sync: numbers as numbers, text as text, '' empties, null leaves a cell alone", async () => {
    const fake = userWorkbook();
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;
    await port.updateCells([
      {
        sheet: "dv01",
        at: "B2",
        cells: [
          [null, ""],
          [7.5, '=HYPERLINK("x")'],
        ],
      },
      { sheet: "Đơn vị", at: "B2", cells: [[45566], [null]], numberFormat: "dd/mm/yyyy" },
    ]);
    expect(fake.syncCount - before).toBe(1);
    expect(fake.syncs.at(-1)?.calculationSuspended).toBe(true);
    expect(fake.grid("DV01")).toEqual([
      ["Mã", "Tự chấm", "Ghi chú"],
      ["I.1", 5, null],
      ["I.2", 7.5, '=HYPERLINK("x")'],
    ]);
    expect(fake.findSheet("DV01")?.cells.get("2,2")?.formula).toBeNull();
    expect(fake.grid("Đơn vị")).toEqual([
      ["Mã", "Ngày nhận điểm"],
      ["DV01", 45566],
      ["DV02", 45500],
    ]);
    const units = fake.findSheet("Đơn vị")!;
    expect(units.cells.get("1,1")?.numberFormat).toBe("dd/mm/yyyy");
    expect(units.cells.get("2,1")?.numberFormat).toBeUndefined();
    expect(fake.grid("Tổng hợp")).toEqual([["=SUM(DV01!B2:B3)"]]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["DV01", "Đơn vị", "Tổng hợp"]);
  });

  it("refuses an update to a missing sheet by name, queuing nothing", async () => {
    const fake = userWorkbook();
    const port = session(fake);
    await port.listSheets();
    const refusal = await port
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
    // The next sync would run anything queued: the first update must not have been.
    await port.listSheets();
    expect(fake.grid("DV01")[1]).toEqual(["I.1", 5, "cũ"]);
  });
});
