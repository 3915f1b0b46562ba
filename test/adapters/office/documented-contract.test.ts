/**
 * The Office.js adapter against Excel as Microsoft documents it (test/support/excel-fake.ts names the
 * page of each behaviour): grouped undo and the APIs that refuse it, the 5 MB request and response
 * limits of Excel on the web, what a method on a null object may do, setters' documented values, and
 * batches queued behind a cell edit.
 */
import { OfficeAdapterError } from "../../../src/adapters/office/errors";
import { excelRun, undoGroupRun, type OfficeSupport } from "../../../src/adapters/office/excel-host";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "../../../src/adapters/office/office-workbook";
import { excelHostText } from "../../../src/messages/excel-host";
import type { SheetWrite } from "../../../src/workbook/port";
import { MARKER_SHEET, markerSheetCells } from "../../../src/workbook/sheet-names";
import {
  DOCUMENTED_ERROR_CODES,
  FakeWorkbook,
  WEB_PAYLOAD_LIMIT,
  type FakeContext,
  type Platform,
} from "../../support/excel-fake";

const PLATFORMS: readonly Platform[] = ["web", "windows", "mac"];
const SUPPORT: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

function session(fake: FakeWorkbook, options: Partial<OfficeWorkbookOptions> = {}, context?: FakeContext) {
  return new OfficeWorkbook((context ?? fake.context()) as unknown as Excel.RequestContext, {
    capabilities: { mergedAreas: true },
    ...options,
  });
}

/** A session as the pane opens it: the action's run, cell edits in a grouped-undo run. */
function paneSession<T>(
  fake: FakeWorkbook,
  use: (port: OfficeWorkbook) => Promise<T>,
  options: Partial<OfficeWorkbookOptions> = {},
) {
  const group = undoGroupRun(fake.runner, SUPPORT);
  return excelRun(fake.runner)((context) =>
    use(
      new OfficeWorkbook(context, {
        capabilities: { mergedAreas: true },
        ...(group === undefined ? {} : { undoGroup: group }),
        ...options,
      }),
    ),
  );
}

function markGenerated(fake: FakeWorkbook, ...names: string[]): void {
  const sheet = fake.seedSheet(
    MARKER_SHEET,
    markerSheetCells(names).map((row) => row.map((cell) => (typeof cell === "object" ? null : cell))),
  );
  sheet.visibility = "VeryHidden";
}

const summary = (rows: number, text = "Công đoàn cơ sở"): SheetWrite => ({
  name: "Bảng tổng hợp",
  generated: true,
  blocks: [
    {
      at: "A1",
      cells: Array.from({ length: rows }, (_, i) => [`DV${i + 1}`, `${text} ${i + 1}`, i % 100]),
    },
  ],
  protect: true,
  tables: [{ name: "tblTongHop", range: `A1:C${rows}`, headerRow: false }],
});

describe("grouped undo (docs/excel/excel-add-ins-undo-capabilities.md)", () => {
  it.each(PLATFORMS)(
    "the model: on %s a grouped run refuses deleting a sheet, and renaming it off the web",
    async (platform) => {
      const fake = new FakeWorkbook({ platform });
      fake.seedSheet("A");
      fake.seedSheet("B");
      const grouped = fake.context({ mergeUndoGroup: true });
      grouped.workbook.worksheets.getItem("A").delete();
      await expect(grouped.sync()).rejects.toMatchObject({ code: "UndoNotSupported" });
      const renaming = fake.context({ mergeUndoGroup: true });
      (renaming.workbook.worksheets.getItem("B") as unknown as { name: string }).name = "C";
      if (platform === "web") await expect(renaming.sync()).resolves.toBeUndefined();
      else await expect(renaming.sync()).rejects.toMatchObject({ code: "UndoNotSupported" });
    },
  );

  it.each(PLATFORMS)(
    "replaces a generated sheet on %s outside any group, leaving no temporary sheet",
    async (platform) => {
      const fake = new FakeWorkbook({ platform });
      await paneSession(fake, (port) => port.writeSheets([summary(5)]));
      await paneSession(fake, (port) => port.writeSheets([summary(8)]));
      expect(fake.grid("Bảng tổng hợp")).toHaveLength(8);
      expect(fake.sheets.map((s) => s.name)).toEqual(["Bảng tổng hợp", MARKER_SHEET]);
      expect(fake.syncs.filter((s) => s.grouped)).toEqual([]);
      // Deleting the old sheet emptied the undo stack; the pane said so before (sheetWritesUndoable).
      expect(fake.undoRecords).toBe(0);
    },
  );

  it.each(PLATFORMS)(
    "cleans up after a failed swap on %s: the cleanup is not in a group either",
    async (platform) => {
      const fake = new FakeWorkbook({ platform });
      await paneSession(fake, (port) => port.writeSheets([summary(5)]));
      await expect(
        paneSession(fake, async (port) => {
          await port.listSheets();
          // A co-author deletes the summary between our listing and our swap.
          fake.deleteSheet(fake.sheet("Bảng tổng hợp")!);
          await port.writeSheets([summary(8)]);
        }),
      ).rejects.toBeInstanceOf(OfficeAdapterError);
      expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    },
  );

  it("writes a merge's cells as one undo step however many syncs it takes", async () => {
    const fake = new FakeWorkbook({ platform: "windows" });
    fake.seedSheet("DV01", [["Tự chấm"]]);
    const rows = Array.from({ length: 3000 }, (_, i) => [`Ghi chú dài số ${i} `.repeat(4), i]);
    await paneSession(fake, (port) => port.updateCells([{ sheet: "DV01", at: "A2", cells: rows }]), {
      maxRequestBytes: 60_000,
    });
    const writes = fake.syncs.filter((s) => s.calculationSuspended);
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.every((s) => s.grouped)).toBe(true);
    expect(fake.undoRecords).toBe(1);
    expect(fake.grid("DV01")[3000]?.[1]).toBe(2999);
  });
});

describe("setters take only what @types/office-js documents", () => {
  const withRules: SheetWrite = {
    name: "Danh sách",
    generated: false,
    blocks: [{ at: "A1", cells: [["Ngày gửi"]] }],
    validations: [
      { range: "A2:A20", kind: "date", min: 1, errorMessage: "Ngày không hợp lệ" },
      { range: "B2:B20", kind: "date", min: 45292, max: 45657, errorMessage: "Ngày trong năm 2024" },
    ],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    },
  };

  it("the model: a date validation's bound must be a Date, an ISO date or a formula — «1» rejects the sync", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("S");
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("S").getRange("A1") as unknown as {
      dataValidation: { rule: unknown };
    };
    range.dataValidation.rule = { date: { formula1: "1", operator: "GreaterThanOrEqualTo" } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sends date bounds as ISO 8601 dates and fits the width without an undocumented page count", async () => {
    const fake = new FakeWorkbook();
    await session(fake).writeSheets([withRules]);
    const calls = fake.callsOn("Danh sách");
    expect(calls.filter((c) => c.path === "dataValidation.rule").map((c) => c.value)).toEqual([
      { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } },
      { date: { formula1: "2024-01-01", formula2: "2024-12-31", operator: "Between" } },
    ]);
    expect(calls.find((c) => c.path === "pageLayout.zoom")?.value).toEqual({ horizontalFitToPages: 1 });
  });
});

describe("a method on a null object (behaviour not documented)", () => {
  const behaviours = [
    { answer: "null-object" } as const,
    ...DOCUMENTED_ERROR_CODES.map((code) => ({ fail: code })),
  ];

  it.each(behaviours)(
    "lists a workbook without the marker sheet when the host does %p",
    async (behaviour) => {
      const fake = new FakeWorkbook({ nullObjectMethods: behaviour });
      fake.seedSheet("Sheet1");
      expect(await session(fake).listSheets()).toEqual([{ name: "Sheet1", visible: true, generated: false }]);
    },
  );

  it.each(behaviours)(
    "lists the product's sheets from the marker whatever the host does (%p)",
    async (behaviour) => {
      const fake = new FakeWorkbook({ nullObjectMethods: behaviour });
      fake.seedSheet("Bảng tổng hợp");
      markGenerated(fake, "Bảng tổng hợp");
      expect(await session(fake).listSheets()).toEqual([
        { name: "Bảng tổng hợp", visible: true, generated: true },
      ]);
      // With the marker there, the chain is on a real sheet: one sync.
      expect(fake.syncCount).toBe(1);
    },
  );
});

describe("the 5 MB request and response limits of Excel on the web (resource-limits-and-performance-optimization.md)", () => {
  function bigSheet(fake: FakeWorkbook, name: string, rows: number, text: string): void {
    fake.seedSheet(
      name,
      Array.from({ length: rows }, (_, i) => [`DV${i}`, `${text} ${i}`, i, i / 4, "Có"]),
    );
  }

  it("reads a sheet past the limit in pieces, each response under 5 MB, the cells whole", async () => {
    const fake = new FakeWorkbook();
    bigSheet(fake, "Lớn", 60_000, "Công đoàn cơ sở trường trung học phổ thông");
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;
    const [sheet] = await port.readSheets(["Lớn"]);
    const reads = fake.syncs.slice(before);
    expect(reads.length).toBeGreaterThan(2);
    expect(Math.max(...reads.map((s) => s.responseBytes))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(sheet?.values).toHaveLength(60_000);
    expect(sheet?.values[59_999]).toEqual([
      "DV59999",
      "Công đoàn cơ sở trường trung học phổ thông 59999",
      59999,
      14999.75,
      "Có",
    ]);
  });

  it("reads many small sheets in one piece: syncs grow with bytes, not with sheets", async () => {
    const fake = new FakeWorkbook();
    const names = Array.from({ length: 300 }, (_, i) => `DV${i}`);
    for (const name of names) bigSheet(fake, name, 40, "Tiêu chí");
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;
    const sheets = await port.readSheets(names);
    expect(sheets).toHaveLength(300);
    // Their sizes, then their cells.
    expect(fake.syncCount - before).toBe(2);
  });

  it("doubles its pieces when the bytes double", async () => {
    const piecesFor = async (rows: number): Promise<number> => {
      const fake = new FakeWorkbook();
      bigSheet(fake, "Lớn", rows, "Đơn vị");
      const port = session(fake, { maxResponseBytes: 200_000 });
      await port.listSheets();
      const before = fake.syncCount;
      await port.readSheets(["Lớn"]);
      return fake.syncCount - before - 1;
    };
    const one = await piecesFor(4_000);
    const two = await piecesFor(8_000);
    expect(one).toBeGreaterThan(1);
    expect(two).toBeGreaterThanOrEqual(2 * one - 1);
    expect(two).toBeLessThanOrEqual(2 * one + 1);
  });

  it("reads again in halves where long texts pass the estimate, and still gets every cell", async () => {
    const fake = new FakeWorkbook();
    bigSheet(fake, "Dài", 3_000, "Ghi chú rất dài ".repeat(200));
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;
    const [sheet] = await port.readSheets(["Dài"]);
    const refused = fake.syncs.slice(before).filter((s) => s.responseBytes > WEB_PAYLOAD_LIMIT);
    expect(refused.length).toBeGreaterThan(0);
    expect(sheet?.values).toHaveLength(3_000);
    expect(sheet?.values[2_999]?.[1]).toEqual(expect.stringMatching(/ 2999$/));
  });

  it("names the sheet, not a row, when a single row cannot be read under the limit", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Quá lớn", [Array.from({ length: 200 }, () => "x".repeat(30_000))]);
    const failure = await session(fake)
      .readSheets(["Quá lớn"])
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ failure: { kind: "response-too-large", sheet: "Quá lớn" } });
    const message = excelHostText("vi").responseTooLarge("Quá lớn");
    expect(message).toContain("«Quá lớn»");
    expect(message).not.toMatch(/dòng/);
  });

  it("writes a sheet past the limit in requests under 5 MB, and more requests for more bytes", async () => {
    const requestsFor = async (rows: number): Promise<number[]> => {
      const fake = new FakeWorkbook();
      await session(fake).writeSheets([summary(rows, "Công đoàn cơ sở trường trung học phổ thông số")]);
      expect(fake.grid("Bảng tổng hợp")).toHaveLength(rows);
      return fake.syncs.filter((s) => s.calculationSuspended).map((s) => s.bytes);
    };
    const small = await requestsFor(1_000);
    const large = await requestsFor(120_000);
    expect(small).toHaveLength(1);
    expect(large.length).toBeGreaterThan(2);
    expect(Math.max(...large)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });
});

describe("a batch queued behind a cell edit (docs/excel/excel-add-ins-delay-in-cell-edit.md)", () => {
  it("the model: without delayForCellEdit the batch fails; with it, it waits and runs when the edit ends", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("S");
    fake.startCellEdit();
    await expect(fake.context().sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = fake.context({ delayForCellEdit: true });
    waiting.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    let done = false;
    const sync = waiting.sync().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    fake.endCellEdit();
    await sync;
    expect(fake.grid("S")).toEqual([[1]]);
  });

  it("a write waiting past the timeout reports that it waits instead of failing, then lands once", async () => {
    const fake = new FakeWorkbook();
    markGenerated(fake);
    let slow = 0;
    const port = session(
      fake,
      { syncTimeoutMs: 20, onSlowWrite: () => slow++ },
      fake.context({ delayForCellEdit: true }),
    );
    await port.listSheets();
    fake.startCellEdit();
    let outcome: string | null = null;
    const writing = port.writeSheets([summary(3)]).then(
      () => (outcome = "written"),
      (error: unknown) => (outcome = `failed: ${String(error)}`),
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(outcome).toBeNull();
    expect(slow).toBe(1);
    fake.endCellEdit();
    await writing;
    expect(outcome).toBe("written");
    expect(fake.sheets.filter((s) => s.name === "Bảng tổng hợp")).toHaveLength(1);
  });

  it("a read may give up after the timeout: nothing is written if Excel answers later", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("S");
    const port = session(fake, { syncTimeoutMs: 20 }, fake.context({ delayForCellEdit: true }));
    fake.startCellEdit();
    await expect(port.listSheets()).rejects.toMatchObject({ failure: { kind: "timeout" } });
    fake.endCellEdit();
    expect(fake.sheets.map((s) => s.name)).toEqual(["S"]);
  });
});
