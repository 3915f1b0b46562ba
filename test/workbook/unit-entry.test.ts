import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { allocationFor, allocationTableFrom } from "../../src/core/allocation";
import { isWorkbookError } from "../../src/workbook/errors";
import type { EditableWorkbookPort, SheetSnapshot } from "../../src/workbook/port";
import { SHEET } from "../../src/workbook/sheet-names";
import { Grid } from "../../src/workbook/grid/grid";
import { readSubmissionsSheet, submissionAppends } from "../../src/workbook/sheets/submissions";
import { PANE_NOTE, readUnitEntry, saveDepartmentPoints, saveUnitFacts } from "../../src/workbook/unit-entry";
import { createClusterWorkbook, generateSummary } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

const author = { when: "06/12/2026 09:15", who: "Nguyễn Văn A" };
const asOf = { year: 2024, month: 12, day: 20 };
const units = [
  { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" as const },
  { code: "DV02", name: "Công đoàn Kho bạc", type: "coordinating" as const },
];

async function cluster(sampleScores = false): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createClusterWorkbook(port, { presetId: "kon-tum", year: 2024, units, sampleScores, seed: 7 });
  return port;
}

function fault(error: unknown) {
  if (!isWorkbookError(error)) throw error;
  return error.fault;
}

const logRows = (port: MemoryPort) =>
  (port.sheets.find((s) => s.name === SHEET.changeLog)?.values ?? []).slice(3);

describe("reading a unit's departments' points", () => {
  it("gives each department's cap for the unit's type, as the core's allocation table has it", async () => {
    const port = await cluster();
    const [departments] = await port.readSheets([SHEET.departments]);
    const { readDepartmentsSheet } = await import("../../src/workbook/sheets/departments");
    const { Grid } = await import("../../src/workbook/grid/grid");
    const table = allocationTableFrom(readDepartmentsSheet(new Grid(departments!), [])).table;
    for (const unit of units) {
      const entry = await readUnitEntry(port, unit.code, asOf);
      expect(entry.unit.type).toBe(unit.type);
      expect(entry.departments.length).toBe(table.entries.length);
      for (const d of entry.departments) {
        expect(d.cap).toBe(allocationFor(table, d.code, unit.type));
        // No sample points: every field is "not yet given", never 0.
        expect(d.shown).toBe("");
        expect(d.cell).toMatch(/^[C-Z]\d+$/);
      }
    }
  });
});

describe("saving a unit's departments' points", () => {
  it("refuses a value above the department's cap for the unit's type with the core's problem, writing nothing", async () => {
    const port = await cluster();
    const entry = await readUnitEntry(port, "DV02", asOf);
    // A department that gives coordinating units less than direct ones (or nothing).
    const d = entry.departments.find((x) => x.cap < 300)!;
    const writes = port.writes;
    const refused = await saveDepartmentPoints(
      port,
      "DV02",
      [{ department: d.code, points: "3" }],
      author,
      asOf,
    ).catch(fault);
    expect(refused).toMatchObject({
      code: "ENTRY_REFUSED",
      params: {
        sheet: SHEET.departmentPoints,
        cell: d.cell,
        problem: {
          code: "DEPARTMENT_ABOVE_ALLOCATION",
          params: { allocation: d.cap, unitType: "coordinating" },
        },
      },
    });
    expect(port.writes).toBe(writes);
  });

  it("refuses text that is not a number, naming the cell", async () => {
    const port = await cluster();
    const d = (await readUnitEntry(port, "DV01", asOf)).departments[0]!;
    const refused = await saveDepartmentPoints(
      port,
      "DV01",
      [{ department: d.code, points: "một" }],
      author,
      asOf,
    ).catch(fault);
    expect(refused).toMatchObject({
      code: "ENTRY_REFUSED",
      params: { cell: d.cell, problem: { code: "DEPARTMENT_POINTS_NOT_A_NUMBER" } },
    });
  });

  it("writes the points and a «Nhật ký» row per changed cell in one write of cells; the summary adds them", async () => {
    const port = await cluster(true);
    const before = await readUnitEntry(port, "DV01", asOf);
    const a = before.departments.find((d) => d.cap >= 100 && d.shown !== "1")!;
    const b = before.departments.find((d) => d !== a && d.shown !== "")!;
    const cellWrites = port.cellWrites;
    const saved = await saveDepartmentPoints(
      port,
      "DV01",
      [
        { department: a.code, points: "1" },
        { department: b.code, points: "" },
      ],
      author,
      asOf,
      "Theo biên bản",
    );
    expect(port.cellWrites - cellWrites).toBe(1);
    expect(saved.changes).toBe(2);
    const after = (code: string) => saved.entry.departments.find((d) => d.code === code)!;
    expect(after(a.code).shown).toBe("1");
    // Emptied: "not yet given", not 0.
    expect(after(b.code).shown).toBe("");
    expect(logRows(port)).toEqual([
      [
        author.when,
        author.who,
        SHEET.departmentPoints,
        a.cell,
        a.shown === "" ? null : Number(a.shown.replace(",", ".")),
        1,
        "Theo biên bản",
      ],
      [
        author.when,
        author.who,
        SHEET.departmentPoints,
        b.cell,
        Number(b.shown.replace(",", ".")),
        null,
        "Theo biên bản",
      ], // "" kept as an empty cell
    ]);
    // The summary now names the department as owing the unit points (missing is never zero).
    const summary = await generateSummary(port, { now: asOf });
    const dv01 = summary.summary.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    expect(dv01.complete).toBe(false);
    const again = await saveDepartmentPoints(
      port,
      "DV01",
      [{ department: a.code, points: "1,0" }],
      author,
      asOf,
    );
    expect(again.changes).toBe(0);
  });
});

const sheetRows = (port: MemoryPort) =>
  (port.sheets.find((s) => s.name === SHEET.submissions)?.values ?? [])
    .slice(3)
    .filter((r) => r.some((v) => v !== null && v !== undefined));
const unitsValues = (port: MemoryPort) =>
  JSON.stringify(port.sheets.find((s) => s.name === SHEET.units)?.values);

/** Rows typed into «Đăng ký và nộp» by hand, under the last one. */
async function typeRows(port: MemoryPort, rows: Parameters<typeof submissionAppends>[1]) {
  const [sheet] = await port.readSheets([SHEET.submissions]);
  const place = readSubmissionsSheet(new Grid(sheet!), []).place!;
  await port.updateCells(submissionAppends(place, rows));
}

describe("saving a unit's facts where the workbook has «Đăng ký và nộp»", () => {
  it("appends «Trả lại» and «Đã nhận» rows with their «Nhật ký» rows in one write; «Đơn vị» is not touched", async () => {
    const port = await cluster(true);
    const before = await readUnitEntry(port, "DV01", asOf);
    expect(before.savesTo).toBe("submissions");
    expect(before.facts.registered).toBe("Có");
    const units = unitsValues(port);
    const cellWrites = port.cellWrites;
    const saved = await saveUnitFacts(
      port,
      "DV01",
      { pactSigned: "Không", midReport: "15/6/2024" },
      author,
      asOf,
    );
    expect(port.cellWrites - cellWrites).toBe(1);
    expect(unitsValues(port)).toBe(units);
    expect(sheetRows(port)).toEqual([
      ["DV01", "Công đoàn Sở Y tế", "Giao ước đã ký", 45646, "Trả lại", null, PANE_NOTE],
      ["DV01", "Công đoàn Sở Y tế", "Báo cáo sơ kết", 45458, "Đã nhận", null, PANE_NOTE],
    ]);
    expect(saved.entry.facts.pactSigned).toBe("Không");
    expect(saved.entry.facts.midReport).toBe("15/06/2024");
    expect(saved.entry.from).toEqual({
      pactSigned: { sheet: SHEET.submissions, row: 4 },
      midReport: { sheet: SHEET.submissions, row: 5 },
    });
    expect(saved.entry.eligibility.exclusions).toEqual([
      { rule: "not-registered", registered: true, pactSigned: false },
    ]);
    expect(logRows(port).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      [SHEET.submissions, "A4:G4", null, "DV01 · Giao ước đã ký · 20/12/2024 · Trả lại"],
      [SHEET.submissions, "A5:G5", null, "DV01 · Báo cáo sơ kết · 15/06/2024 · Đã nhận"],
    ]);
    // The summary reads the same: the pact sent back excludes the unit.
    const summary = await generateSummary(port, { now: asOf });
    const dv01 = summary.summary.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    expect(dv01.considered).toBe(false);
    expect(dv01.exclusions).toEqual(saved.entry.eligibility.exclusions);
  });

  it("shows an item with rows as the sheet decides it, not the «Đơn vị» cell, and says which row", async () => {
    const port = await cluster(true);
    await typeRows(port, [
      { unit: "DV01", name: "", item: "year-report", on: { year: 2024, month: 11, day: 28 } },
      { unit: "DV01", name: "", item: "year-report", on: { year: 2024, month: 12, day: 2 } }, // a supplement
    ]);
    const entry = await readUnitEntry(port, "DV01", asOf);
    expect(entry.facts.endReport).toBe("28/11/2024");
    expect(entry.from.endReport).toEqual({ sheet: SHEET.submissions, row: 4 });
  });

  it("a later day for an item already delivered is a «Trả lại» and an «Đã nhận» row: the rule takes the first delivery", async () => {
    const port = await cluster(true);
    await typeRows(port, [
      { unit: "DV01", name: "", item: "year-report", on: { year: 2024, month: 11, day: 28 } },
    ]);
    const saved = await saveUnitFacts(port, "DV01", { endReport: "03/12/2024" }, author, asOf);
    expect(sheetRows(port).map((r) => [r[3], r[4]])).toEqual([
      [45624, "Đã nhận"],
      [45629, "Trả lại"],
      [45629, "Đã nhận"],
    ]);
    expect(saved.entry.facts.endReport).toBe("03/12/2024");
    const summary = await generateSummary(port, { now: asOf });
    const dv01 = summary.summary.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    expect(dv01.considered).toBe(saved.entry.eligibility.considered);
    expect(dv01.exclusions).toEqual(saved.entry.eligibility.exclusions);
  });

  it("clearing a date appends a «Trả lại» row dated today, deleting no row", async () => {
    const port = await cluster(true);
    await typeRows(port, [
      { unit: "DV01", name: "", item: "mid-report", on: { year: 2024, month: 6, day: 10 } },
    ]);
    const saved = await saveUnitFacts(port, "DV01", { midReport: "" }, author, asOf);
    expect(sheetRows(port).map((r) => [r[2], r[3], r[4]])).toEqual([
      ["Báo cáo sơ kết", 45453, "Đã nhận"],
      ["Báo cáo sơ kết", 45646, "Trả lại"],
    ]);
    expect(saved.entry.facts.midReport).toBe("");
  });

  it("refuses a day the sheet's own later rows would overrule, naming the row, and writes nothing", async () => {
    const port = await cluster(true);
    await typeRows(port, [
      { unit: "DV01", name: "", item: "mid-report", on: { year: 2024, month: 3, day: 1 } },
      {
        unit: "DV01",
        name: "",
        item: "mid-report",
        on: { year: 2024, month: 3, day: 5 },
        outcome: "returned",
      },
      { unit: "DV01", name: "", item: "mid-report", on: { year: 2024, month: 3, day: 10 } },
    ]);
    const writes = port.writes;
    const refused = await saveUnitFacts(port, "DV01", { midReport: "03/03/2024" }, author, asOf).catch(fault);
    expect(refused).toEqual({
      code: "ENTRY_SUBMISSION_LATER",
      params: { sheet: SHEET.submissions, row: 6, day: "03/03/2024" },
    });
    expect(port.writes).toBe(writes);
  });

  it("refuses a date that is not a date, naming the cell its row would take, and writes nothing", async () => {
    const port = await cluster(true);
    const writes = port.writes;
    const refused = await saveUnitFacts(port, "DV01", { endReport: "31/02/2024" }, author, asOf).catch(fault);
    expect(refused).toMatchObject({
      code: "ENTRY_REFUSED",
      params: { sheet: SHEET.submissions, cell: "D4" },
    });
    expect(refused).toMatchObject({ params: { problem: { code: "UNIT_DATE_INVALID" } } });
    expect(port.writes).toBe(writes);
  });

  it("keeps discipline in «Đơn vị»", async () => {
    const port = await cluster(true);
    const saved = await saveUnitFacts(port, "DV01", { discipline: "Cảnh cáo" }, author, asOf);
    expect(sheetRows(port)).toEqual([]);
    expect(logRows(port).map((r) => [r[2], r[5]])).toEqual([[SHEET.units, "Cảnh cáo"]]);
    expect(saved.entry.eligibility.exclusions).toContainEqual({ rule: "discipline", level: "warning" });
  });
});

/** An older workbook: «Điểm các ban» without the departments' columns, «Đơn vị» without the discipline column. */
async function oldWorkbook(): Promise<XlsxWorkbook> {
  const made = await cluster(true);
  const x = new ExcelJS.Workbook();
  const wanted = [SHEET.config, SHEET.units, SHEET.departments, SHEET.departmentPoints];
  for (const sheet of made.sheets.filter((s) => wanted.includes(s.name as (typeof wanted)[number]))) {
    const ws = x.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => {
      const keep =
        sheet.name === SHEET.departmentPoints
          ? row.slice(0, 3)
          : sheet.name === SHEET.units
            ? row.slice(0, 8)
            : row;
      keep.forEach((v, c) => {
        if (v !== null && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
      });
    });
  }
  return XlsxWorkbook.fromBuffer(new Uint8Array(await x.xlsx.writeBuffer()));
}

describe("an old workbook without these columns (.xlsx adapter, a file exceljs wrote)", () => {
  it("gets the missing department's and fact's columns right of the headers; no cell that held something changes", async () => {
    const port: EditableWorkbookPort = await oldWorkbook();
    const names = (await port.listSheets()).map((s) => s.name);
    const before = await port.readSheets(names);
    const entry = await readUnitEntry(port, "DV01", asOf);
    const missing = entry.departments.find((d) => d.cell === null && d.cap > 0)!;
    expect(missing).toBeDefined();
    await saveDepartmentPoints(port, "DV01", [{ department: missing.code, points: "0,5" }], author, asOf);
    await saveUnitFacts(port, "DV01", { discipline: "Khiển trách" }, author, asOf);
    const after = await port.readSheets([...names, SHEET.changeLog]);
    const changed: string[] = [];
    for (const old of before) {
      const now = after.find((s: SheetSnapshot) => s.name === old.name)!;
      old.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== now.values[r]?.[c]) changed.push(`${old.name}!${r},${c}`);
        }),
      );
    }
    expect(changed).toEqual([]);
    const reread = await readUnitEntry(port, "DV01", asOf);
    expect(reread.departments.find((d) => d.code === missing.code)?.shown).toBe("0,5");
    expect(reread.facts.discipline).toBe("Khiển trách");
    // No «Đăng ký và nộp» here: the report's day goes to the «Đơn vị» cell, as before that sheet.
    expect(reread.savesTo).toBe("units");
    expect(reread.from).toEqual({});
    await saveUnitFacts(port, "DV01", { midReport: "14/06/2024" }, author, asOf);
    const units = (await port.readSheets([SHEET.units]))[0]!;
    const { Grid: G } = await import("../../src/workbook/grid/grid");
    expect((await readUnitEntry(port, "DV01", asOf)).facts.midReport).toBe("14/06/2024");
    expect(new G(units).value(3, 6)).toEqual({ year: 2024, month: 6, day: 14 });
    expect(reread.eligibility.exclusions).toContainEqual({ rule: "discipline", level: "reprimand" });
  });
});
