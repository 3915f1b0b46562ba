import { OfficeAdapterError } from "../../../src/adapters/office/errors";
import {
  coalesceBlocks,
  heightRuns,
  OfficeWorkbook,
  type OfficeWorkbookOptions,
} from "../../../src/adapters/office/office-workbook";
import type { SheetWrite } from "../../../src/workbook/port";
import { MARKER_SHEET, markerSheetCells } from "../../../src/workbook/sheet-names";
import { FakeWorkbook } from "../../support/excel-fake";

const ALL: OfficeWorkbookOptions["capabilities"] = { mergedAreas: true };

function session(fake: FakeWorkbook, options: Partial<OfficeWorkbookOptions> = {}): OfficeWorkbook {
  return new OfficeWorkbook(fake.context() as unknown as Excel.RequestContext, {
    capabilities: ALL,
    ...options,
  });
}

function markGenerated(fake: FakeWorkbook, ...names: string[]): void {
  const sheet = fake.seedSheet(
    MARKER_SHEET,
    markerSheetCells(names).map((row) => row.map((cell) => (typeof cell === "object" ? null : cell))),
  );
  sheet.visibility = "VeryHidden";
}

const summarySheet = (name: string, rows: number): SheetWrite => ({
  name,
  generated: true,
  columnWidths: [8, 30, 12],
  blocks: [
    { at: "A1", cells: [["BẢNG TỔNG HỢP"]], style: { bold: true, fontSize: 14 } },
    {
      at: "A3",
      cells: [["Mã", "Tên đơn vị", "Tổng"]],
      style: { bold: true, border: true, horizontal: "center" },
    },
    {
      at: "A4",
      cells: Array.from({ length: rows }, (_, i) => [
        `DV${String(i + 1).padStart(4, "0")}`,
        `Công đoàn cơ sở số ${i + 1}`,
        { formula: `=ROUND(SUM('DV${i + 1}'!E5:E40),2)` },
      ]),
      style: { border: true, numberFormat: "0.00" },
    },
  ],
  merges: ["A1:C1"],
  tables: [{ name: "tblTongHop", range: `A3:C${3 + rows}`, headerRow: true }],
  freeze: { rows: 3, columns: 0 },
});

describe("OfficeWorkbook (Office.js adapter) on a recording fake of Excel", () => {
  it("lists the sheets and which ones are the product's from the very hidden marker sheet, in one sync", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Cấu hình", [["Tên cụm", "Cụm 1"]]);
    fake.seedSheet("Bảng tổng hợp", [["x"]]);
    markGenerated(fake, "Bảng tổng hợp");

    const sheets = await session(fake).listSheets();

    expect(sheets).toEqual([
      { name: "Cấu hình", visible: true, generated: false },
      { name: "Bảng tổng hợp", visible: true, generated: true },
    ]);
    expect(fake.syncCount).toBe(1);
  });

  it("lists a workbook without the marker sheet and calls nothing generated", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Sheet1");
    const sheets = await session(fake).listSheets();
    expect(sheets).toEqual([{ name: "Sheet1", visible: true, generated: false }]);
    // The fake, like a strict host, refuses to chain on the missing marker sheet: one failed sync, one retry.
    expect(fake.syncCount).toBe(2);
  });

  it("reads every requested sheet in two syncs (their sizes, then their cells), from A1, with error values, formulas, merges and tables", async () => {
    const fake = new FakeWorkbook();
    const units = fake.seedSheet("Đơn vị", [
      [null, null, null],
      [null, "Mã", "Tên đơn vị"],
      [null, "DV01", "#REF!"],
      [null, "DV02", "=UPPER(C3)"],
    ]);
    units.merges.push("B1:C1");
    fake.tables.push({ name: "tblDonVi", sheetId: units.id, range: "B2:C4", headerRow: true });
    fake.seedSheet("Tiêu chí", [["I", 90]]);
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;

    const [sheet, criteria, ...rest] = await port.readSheets(["đơn vị", "Tiêu chí", "Không có"], {
      formulas: true,
    });

    expect(fake.syncCount - before).toBe(2);
    expect(rest).toEqual([]);
    expect(sheet?.name).toBe("Đơn vị");
    expect(sheet?.values[2]).toEqual([null, "DV01", { error: "#REF!" }]);
    expect(sheet?.values[1]?.[1]).toBe("Mã");
    expect(sheet?.formulas?.[3]?.[2]).toBe("=UPPER(C3)");
    expect(sheet?.formulas?.[2]?.[1]).toBeNull();
    expect(sheet?.merges).toEqual(["B1:C1"]);
    expect(sheet?.tables).toEqual([{ name: "tblDonVi", range: "B2:C4" }]);
    expect(criteria?.values).toEqual([["I", 90]]);
  });

  it("sends the same number of commands for 20 rows as for 2,000: blocks, never a call per cell", async () => {
    const commandsFor = async (rows: number): Promise<number> => {
      const fake = new FakeWorkbook();
      await session(fake).writeSheets([summarySheet("Bảng tổng hợp", rows)]);
      return fake.syncs.reduce((sum, s) => sum + s.commands, 0);
    };
    expect(await commandsFor(2000)).toBe(await commandsFor(20));
  });

  it("reads font names only when asked, merged areas only where the host has ExcelApi 1.13", async () => {
    const fake = new FakeWorkbook();
    const sheet = fake.seedSheet("Tiêu chí", [["C«ng ®oµn"]]);
    const cell = sheet.cells.get("0,0");
    if (cell !== undefined) cell.font = ".VnTime";
    const withFonts = await session(fake).readSheets(["Tiêu chí"], { fonts: true });
    expect(withFonts[0]?.fonts).toEqual([[".VnTime"]]);
    const withoutFonts = await session(fake).readSheets(["Tiêu chí"]);
    expect(withoutFonts[0]?.fonts).toBeUndefined();
    sheet.merges.push("A1:B1");
    const oldHost = await session(fake, { capabilities: { mergedAreas: false } }).readSheets(["Tiêu chí"]);
    expect(oldHost[0]?.merges).toEqual([]);
    expect((await session(fake).readSheets(["Tiêu chí"]))[0]?.merges).toEqual(["A1:B1"]);
  });

  it("writes a new sheet as whole blocks in one sync with calculation and screen updating suspended", async () => {
    const fake = new FakeWorkbook();
    markGenerated(fake);
    const port = session(fake);
    await port.listSheets();
    const before = fake.syncCount;

    await port.writeSheets([summarySheet("Bảng tổng hợp", 20)]);

    expect(fake.syncCount - before).toBe(1);
    const write = fake.syncs[fake.syncs.length - 1];
    expect(write?.calculationSuspended).toBe(true);
    expect(write?.screenUpdatingSuspended).toBe(true);
    const grid = fake.grid("Bảng tổng hợp");
    expect(grid[0]?.[0]).toBe("BẢNG TỔNG HỢP");
    expect(grid[3]).toEqual(["DV0001", "Công đoàn cơ sở số 1", "=ROUND(SUM('DV1'!E5:E40),2)"]);
    expect(grid[22]?.[0]).toBe("DV0020");
    expect(fake.tables.map((t) => [t.name, t.range])).toEqual([["tblTongHop", "A3:C23"]]);
    expect(fake.sheet("Bảng tổng hợp")?.merges).toEqual(["A1:C1"]);
    expect(fake.sheet("Bảng tổng hợp")?.frozen).toEqual({ rows: 3, columns: 0 });
    expect(fake.sheets.some((s) => s.name.startsWith("~thidua~"))).toBe(false);
    expect(await session(fake).listSheets()).toContainEqual({
      name: "Bảng tổng hợp",
      visible: true,
      generated: true,
    });
  });

  it("keeps text that Excel would turn into a formula, a number or a boolean as the very text", async () => {
    const fake = new FakeWorkbook();
    const port = session(fake);
    await port.writeSheets([
      {
        name: "Ghi chú",
        generated: true,
        blocks: [
          { at: "A1", cells: [["=1+1", "+84 912", "-5", "@home", "8,5", "001", "TRUE", "Bình thường"]] },
        ],
      },
    ]);
    expect(fake.grid("Ghi chú")[0]).toEqual([
      "=1+1",
      "+84 912",
      "-5",
      "@home",
      "8,5",
      "001",
      "TRUE",
      "Bình thường",
    ]);
    const cell = fake.sheet("Ghi chú")?.cells.get("0,0");
    expect(cell?.formula).toBeNull();
  });

  it("replaces its own generated sheet in place and removes the old one", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Cấu hình");
    fake.seedSheet("Bảng tổng hợp", [["cũ"]]);
    fake.seedSheet("Đơn vị");
    markGenerated(fake, "Bảng tổng hợp");
    const port = session(fake);
    await port.listSheets();

    await port.writeSheets([summarySheet("Bảng tổng hợp", 3)]);

    expect(fake.sheets.map((s) => s.name)).toEqual(["Cấu hình", "Bảng tổng hợp", "Đơn vị", MARKER_SHEET]);
    expect(fake.grid("Bảng tổng hợp")[0]?.[0]).toBe("BẢNG TỔNG HỢP");
    // The session's picture stays true: a second write replaces the new sheet without listing again.
    const before = fake.syncCount;
    await port.writeSheets([summarySheet("Bảng tổng hợp", 4)]);
    expect(fake.syncCount - before).toBe(1);
    expect(fake.grid("Bảng tổng hợp")[6]?.[0]).toBe("DV0004");
  });

  it("never replaces a sheet the user made, and leaves nothing half-built", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Bảng tổng hợp", [["của tôi"]]);
    const port = session(fake);

    await expect(port.writeSheets([summarySheet("Bảng tổng hợp", 3)])).rejects.toMatchObject({
      failure: { kind: "sheet-taken", sheet: "Bảng tổng hợp" },
    });
    expect(fake.grid("Bảng tổng hợp")).toEqual([["của tôi"]]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Bảng tổng hợp"]);
  });

  it("places new sheets before the named sheet, in the order given", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Cấu hình");
    fake.seedSheet("Bỏ phiếu");
    const port = session(fake);
    await port.writeSheets(
      ["DV01", "DV02", "DV03"].map((name) => ({ name, generated: false, before: "Bỏ phiếu", blocks: [] })),
    );
    expect(fake.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual([
      "Cấu hình",
      "DV01",
      "DV02",
      "DV03",
      "Bỏ phiếu",
    ]);
    expect(await port.listSheets()).toContainEqual({ name: "DV02", visible: true, generated: false });
  });

  it("fails the swap instead of deleting a co-author's sheet, and cleans up its temporary sheet", async () => {
    const fake = new FakeWorkbook();
    fake.seedSheet("Bảng tổng hợp", [["cũ"]]);
    markGenerated(fake, "Bảng tổng hợp");
    const port = session(fake);
    await port.listSheets();
    // A co-author regenerates between our listing and our write: the sheet we saw is gone.
    let once = true;
    fake.beforeSync(() => {
      if (!once) return;
      once = false;
      const theirs = fake.sheet("Bảng tổng hợp");
      if (theirs !== undefined) fake.deleteSheet(theirs);
      fake.seedSheet("Bảng tổng hợp", [["của đồng tác giả"]]);
    });

    const failure = await port.writeSheets([summarySheet("Bảng tổng hợp", 3)]).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(OfficeAdapterError);
    expect((failure as OfficeAdapterError).failure.kind).toBe("changed");
    expect(fake.grid("Bảng tổng hợp")).toEqual([["của đồng tác giả"]]);
    expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
  });

  it("splits a payload larger than one request into chunks: the syncs grow with bytes, the data stays whole", async () => {
    const fake = new FakeWorkbook();
    markGenerated(fake);
    const port = session(fake, { maxRequestBytes: 20_000 });
    await port.listSheets();
    const before = fake.syncCount;

    await port.writeSheets([summarySheet("Bảng tổng hợp", 1000)]);

    const syncs = fake.syncs.slice(before);
    expect(syncs.length).toBeGreaterThan(2);
    expect(Math.max(...syncs.map((s) => s.bytes))).toBeLessThanOrEqual(20_000 * 1.2);
    expect(syncs.every((s) => s.calculationSuspended)).toBe(true);
    const grid = fake.grid("Bảng tổng hợp");
    expect(grid.length).toBe(1003);
    expect(grid[1002]?.[0]).toBe("DV1000");
  });

  it("gives up on a sync that never answers with a timeout the pane can offer to retry", async () => {
    const fake = new FakeWorkbook();
    fake.hangNextSync();
    const failure = await session(fake, { syncTimeoutMs: 30 })
      .listSheets()
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OfficeAdapterError);
    expect((failure as OfficeAdapterError).failure).toEqual({ kind: "timeout", seconds: 0 });
  });

  it("does not sync at all once the action is cancelled", async () => {
    const fake = new FakeWorkbook();
    const controller = new AbortController();
    controller.abort();
    await expect(session(fake, { signal: controller.signal }).listSheets()).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(fake.syncCount).toBe(0);
  });

  it("names Excel's cell-edit refusal so the pane can ask the user to finish the cell", async () => {
    const fake = new FakeWorkbook();
    fake.failNextSync("InvalidOperationInCellEditMode");
    await expect(session(fake).listSheets()).rejects.toMatchObject({ failure: { kind: "cell-edit" } });
  });

  it("writes validations, page setup and unlocked cells through the range and layout objects", async () => {
    const fake = new FakeWorkbook();
    await session(fake).writeSheets([
      {
        name: "DV01",
        generated: false,
        blocks: [{ at: "A1", cells: [["Mã", "Điểm tối đa", "Tự chấm"]] }],
        validations: [
          { range: "C2:C10", kind: "decimal", min: 0, maxFormula: "=$B2", errorMessage: "Điểm vượt mức" },
        ],
        unlocked: ["C2:C10"],
        pageSetup: {
          orientation: "landscape",
          paper: "A4",
          fitToWidth: true,
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          printTitleRows: "1:1",
          pageNumbers: true,
        },
      },
    ]);
    const calls = fake.callsOn("DV01");
    expect(calls).toContainEqual(
      expect.objectContaining({
        target: "C2:C10",
        path: "dataValidation.rule",
        value: { decimal: { formula1: 0, formula2: "=$B2", operator: "Between" } },
      }),
    );
    expect(calls).toContainEqual(
      expect.objectContaining({ target: "C2:C10", path: "format.protection.locked", value: false }),
    );
    expect(calls).toContainEqual(
      expect.objectContaining({ path: "pageLayout.orientation", value: "Landscape" }),
    );
    expect(calls).toContainEqual(
      expect.objectContaining({ path: "pageLayout.setPrintTitleRows()", value: ["$1:$1"] }),
    );
    const left = calls.find((c) => c.path === "pageLayout.leftMargin");
    expect(left?.value).toBeCloseTo(85.04, 1);
  });

  it("stacks one-row blocks of the same columns and style into one 2-D write", () => {
    const bold = { bold: true };
    const rows = Array.from({ length: 50 }, (_, i) => [
      { at: `A${i + 5}`, cells: [[`DV${i}`]], style: bold },
      { at: `B${i + 5}`, cells: [[i, i * 2]] },
    ]).flat();
    const blocks = coalesceBlocks([{ at: "A1", cells: [["Tiêu đề"]], style: bold }, ...rows]);
    expect(blocks.map((b) => `${b.at}:${b.cells.length}x${b.cells[0]?.length}`)).toEqual([
      "A1:1x1",
      "A5:50x1",
      "B5:50x2",
    ]);
    expect(blocks[2]?.cells[49]).toEqual([49, 98]);
  });

  it("leaves overlapping blocks alone, in their order (the later one must win)", () => {
    const blocks = [
      { at: "A1", cells: [["a", "b"]] },
      { at: "B1", cells: [["c"]] },
    ];
    expect(coalesceBlocks(blocks)).toEqual(blocks);
  });

  it("cancelled between two chunks, leaves no half-built sheet behind", async () => {
    const fake = new FakeWorkbook();
    markGenerated(fake);
    const controller = new AbortController();
    const port = session(fake, { maxRequestBytes: 20_000, signal: controller.signal });
    await port.listSheets();
    fake.beforeSync((index) => {
      if (index === 2) controller.abort();
    });

    await expect(port.writeSheets([summarySheet("Bảng tổng hợp", 1000)])).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    expect(fake.sheet("Bảng tổng hợp")).toBeUndefined();
  });

  it("sets row heights by runs of rows, one command for rows of equal height side by side", async () => {
    expect(
      heightRuns([
        { row: 7, height: 30 },
        { row: 5, height: 30 },
        { row: 6, height: 30 },
        { row: 9, height: 45 },
      ]),
    ).toEqual([
      { first: 5, last: 7, height: 30 },
      { first: 9, last: 9, height: 45 },
    ]);
    const fake = new FakeWorkbook();
    await session(fake).writeSheets([
      { name: "Tờ trình", generated: true, blocks: [], rowHeights: [{ row: 3, height: 40 }] },
    ]);
    expect(fake.callsOn("Tờ trình")).toContainEqual(
      expect.objectContaining({ target: "A3:XFD3", path: "format.rowHeight", value: 40 }),
    );
  });
});
