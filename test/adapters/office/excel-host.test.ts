import { readFileSync } from "node:fs";
import path from "node:path";
import {
  excelRun,
  keepLoadingWithWorkbook,
  MANIFEST_REQUIREMENTS,
  officePlatformOf,
  officeSupport,
  selectCellInExcel,
  showSheetInExcel,
  undoGroupRun,
  watchRemoteChanges,
  withOfficeWorkbook,
  type ExcelRun,
  type OfficeSupport,
  type StartupBehaviour,
} from "../../../src/adapters/office/excel-host";
import { FakeWorkbook } from "../../support/excel-fake";
import { cellAt } from "../../support/cells";

const supportAll: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

function runOn(fake: FakeWorkbook): ExcelRun {
  return excelRun(fake.runner);
}

describe("the Office host around the port", () => {
  it("reads the requirement sets at the manifest's versions, and the ones above it the code checks", () => {
    // isSetSupported takes "the minimum required version" (office-js-docs-reference,
    // office.requirementsetsupport.yml): a host with ExcelApi 1.13 answers yes for 1.8 and 1.9 too.
    const highest = new Map([
      ["ExcelApi", 13],
      ["SharedRuntime", 1],
      ["CustomFunctionsRuntime", 1],
    ]);
    const support = officeSupport(
      {
        isSetSupported: (name, version) =>
          Number((version ?? "1.1").split(".")[1]) <= (highest.get(name) ?? 0),
      },
      officePlatformOf("Mac"),
    );
    expect(support).toEqual({
      excelApiFloor: true,
      mergedAreas: true,
      // Excel.createWorkbook: ExcelApi 1.8, below 1.13.
      newWorkbook: true,
      undoGroup: false,
      sharedRuntime: true,
      // The manifest requires CustomFunctionsRuntime 1.3: 1.1 alone is not enough.
      customFunctions: false,
      platform: "mac",
    });
  });

  it("checks exactly the requirement sets manifest.xml declares", () => {
    const manifest = readFileSync(path.resolve(__dirname, "../../../manifest.xml"), "utf8");
    const declared = Object.fromEntries(
      [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => [m[1], m[2]]),
    );
    expect(declared).toEqual(MANIFEST_REQUIREMENTS);
  });

  it("names the platforms as Office.context.platform gives them", () => {
    expect(["OfficeOnline", "PC", "Mac", "iOS", "Android", null].map(officePlatformOf)).toEqual([
      "web",
      "windows",
      "mac",
      "ipad",
      "other",
      "other",
    ]);
  });

  it("waits for cell edits in every run, and groups undo only in the run it gives for cell edits", async () => {
    const fake = new FakeWorkbook();
    await excelRun(fake.runner)(() => Promise.resolve());
    await undoGroupRun(fake.runner, supportAll)?.(() => Promise.resolve());
    expect(undoGroupRun(fake.runner, { ...supportAll, undoGroup: false })).toBeUndefined();
    expect(fake.runOptions).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
  });

  it("gives a use case a port for the length of one Excel.run", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Cấu hình");
    const names = await withOfficeWorkbook(fake.runner, supportAll, async (port) =>
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

describe("loading the add-in with the workbook (docs/develop/run-code-on-document-open.md)", () => {
  function startup(initial: "load" | "none"): StartupBehaviour & { sets: string[] } {
    let current = initial;
    const sets: string[] = [];
    return {
      sets,
      get: () => Promise.resolve(current),
      set: (behaviour) => {
        sets.push(behaviour);
        current = behaviour;
        return Promise.resolve();
      },
    };
  }

  it("sets it only where it is not set yet: the setting is saved in the document", async () => {
    const unset = startup("none");
    expect(await keepLoadingWithWorkbook(supportAll, unset)).toBe(true);
    expect(await keepLoadingWithWorkbook(supportAll, unset)).toBe(true);
    expect(unset.sets).toEqual(["load"]);
    const already = startup("load");
    expect(await keepLoadingWithWorkbook(supportAll, already)).toBe(true);
    expect(already.sets).toEqual([]);
  });

  it("does nothing without the shared runtime", async () => {
    const unset = startup("none");
    expect(await keepLoadingWithWorkbook({ ...supportAll, sharedRuntime: false }, unset)).toBe(false);
    expect(unset.sets).toEqual([]);
  });
});
