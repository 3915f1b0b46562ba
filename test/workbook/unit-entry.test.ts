import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { allocationFor, allocationTableFrom } from "../../src/core/allocation";
import { isWorkbookError } from "../../src/workbook/errors";
import type { EditableWorkbookPort, SheetSnapshot } from "../../src/workbook/port";
import { SHEET } from "../../src/workbook/sheet-names";
import { readUnitEntry, saveDepartmentPoints, saveUnitFacts } from "../../src/workbook/unit-entry";
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

describe("saving a unit's facts", () => {
  it("writes the facts and says the core's consequence: a pact not signed excludes the unit", async () => {
    const port = await cluster(true);
    const before = await readUnitEntry(port, "DV01", asOf);
    expect(before.facts.registered).toBe("Có");
    const saved = await saveUnitFacts(
      port,
      "DV01",
      { pactSigned: "Không", midReport: "15/6/2024" },
      author,
      asOf,
    );
    expect(saved.entry.facts.pactSigned).toBe("Không");
    expect(saved.entry.facts.midReport).toBe("15/06/2024");
    expect(saved.entry.eligibility.considered).toBe(false);
    expect(saved.entry.eligibility.exclusions).toEqual([
      { rule: "not-registered", registered: true, pactSigned: false },
    ]);
    const rows = logRows(port);
    expect(rows.map((r) => [r[2], r[5]])).toEqual([
      [SHEET.units, "Không"],
      [SHEET.units, 45458], // 15/06/2024 as Excel's serial, a date
    ]);
  });

  it("refuses a date that is not a date, naming the cell, and writes nothing", async () => {
    const port = await cluster(true);
    const writes = port.writes;
    const refused = await saveUnitFacts(port, "DV01", { endReport: "31/02/2024" }, author, asOf).catch(fault);
    expect(refused).toMatchObject({ code: "ENTRY_REFUSED", params: { sheet: SHEET.units, cell: "H4" } });
    expect(refused).toMatchObject({ params: { problem: { code: "UNIT_DATE_INVALID" } } });
    expect(port.writes).toBe(writes);
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
    expect(reread.eligibility.exclusions).toContainEqual({ rule: "discipline", level: "reprimand" });
  });
});
