import {
  excelRun,
  officeSupport,
  selectCellInExcel,
  showSheetInExcel,
  watchRemoteChanges,
  withOfficeWorkbook,
  type ExcelRun,
  type OfficeSupport,
} from "../../../src/adapters/office/excel-host";
import { FakeWorkbook } from "../../support/excel-fake";
import { cellAt } from "../../support/cells";

const supportAll: OfficeSupport = {
  excelApi112: true,
  api19: true,
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

function runOn(fake: FakeWorkbook): ExcelRun {
  return (batch) => fake.run(batch);
}

describe("the Office host around the port", () => {
  it("reads the requirement sets the pane depends on", () => {
    const supported = new Set([
      "ExcelApi 1.9",
      "ExcelApi 1.12",
      "SharedRuntime 1.1",
      "CustomFunctionsRuntime 1.1",
    ]);
    const support = officeSupport({
      isSetSupported: (name, version) => supported.has(`${name} ${version ?? ""}`),
    });
    expect(support).toEqual({
      excelApi112: true,
      api19: true,
      mergedAreas: false,
      undoGroup: false,
      sharedRuntime: true,
      customFunctions: true,
    });
  });

  it("runs every action waiting for cell edits, as one undo group only where the host has it", async () => {
    const fake = new FakeWorkbook();
    const global = globalThis as unknown as { Excel?: unknown };
    global.Excel = { run: fake.run };
    try {
      await excelRun(supportAll)(() => Promise.resolve());
      await excelRun({ ...supportAll, undoGroup: false })(() => Promise.resolve());
    } finally {
      delete global.Excel;
    }
    expect(fake.runOptions).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
    ]);
  });

  it("gives a use case a port for the length of one Excel.run", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Cấu hình");
    const names = await withOfficeWorkbook(runOn(fake), supportAll, async (port) =>
      (await port.listSheets()).map((s) => s.name),
    );
    expect(names).toEqual(["Cấu hình"]);
  });

  it("selects a problem's cell and shows a sheet", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("DV01");
    fake.seedSheet("Bảng tổng hợp");
    await selectCellInExcel(runOn(fake), cellAt("DV01", "E12"));
    expect(fake.active).toEqual({ sheet: "DV01", address: "E12" });
    await showSheetInExcel(runOn(fake), "Bảng tổng hợp");
    expect(fake.active).toEqual({ sheet: "Bảng tổng hợp", address: "A1" });
  });

  it("names a missing sheet instead of failing with Excel's English error", async () => {
    const fake = new FakeWorkbook();
    await expect(selectCellInExcel(runOn(fake), cellAt("Không có", "A1"))).rejects.toMatchObject({
      failure: { kind: "changed" },
    });
  });

  it("hears co-authors' edits (source Remote) and not the user's own, until it stops listening", async () => {
    const fake = new FakeWorkbook();
    const heard: string[] = [];
    const global = globalThis as unknown as { Excel?: unknown };
    global.Excel = { run: fake.run };
    try {
      const stop = await watchRemoteChanges(runOn(fake), () => heard.push("remote"));
      await fake.emitChanged("Local");
      await fake.emitChanged("Remote");
      expect(heard).toEqual(["remote"]);
      await stop();
      await fake.emitChanged("Remote");
      expect(heard).toEqual(["remote"]);
    } finally {
      delete global.Excel;
    }
  });
});
