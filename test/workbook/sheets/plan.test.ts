import { presetPlanForYear } from "../../../src/core/plan-presets";
import { presetById, PRESETS } from "../../../src/core/presets";
import type { CalendarDate } from "../../../src/core/model";
import { problemText } from "../../../src/messages/diagnostics";
import { en } from "../../../src/messages/en/diagnostics";
import { vi } from "../../../src/messages/vi/diagnostics";
import { SHEET } from "../../../src/workbook/sheet-names";
import { parseOwners, PLAN_COLUMNS } from "../../../src/workbook/sheets/plan";
import { readPlan } from "../../../src/workbook/plan-usecases";
import { addressOf } from "../../support/cells";
import { sampleMemory } from "../sample";

const shown = (d: CalendarDate | undefined): string =>
  d === undefined ? "" : `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;

describe("the plan sheet «Kế hoạch»", () => {
  it.each(PRESETS.map((p) => p.id))(
    "%s: the template's plan reads back as the preset's plan for the year",
    async (id) => {
      for (const year of [2022, 2025]) {
        const port = await sampleMemory({ preset: id, year, units: 3 });
        const read = await readPlan(port);
        const preset = presetById(id)!;
        const expected = presetPlanForYear(id, year, preset.holidaysFor(preset.periodFor(year)));
        expect(read.problems).toEqual([]);
        expect(read.year).toBe(year);
        const fields = (t: (typeof expected.tasks)[number]) => [
          t.id,
          t.number,
          t.title,
          t.kind,
          t.owners,
          shown(t.start),
          shown(t.statedEnd),
          shown(t.end),
          shown(t.dataAsOf),
          t.status,
        ];
        expect(read.plan.tasks.map(fields)).toEqual(expected.tasks.map(fields));
      }
    },
  );

  it("names the plan's columns as seed 003's table does (TT, Nội dung, Đơn vị thực hiện) and keeps the dates as the plan states them", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", year: 2024, units: 3 });
    const sheet = port.sheets.find((s) => s.name === SHEET.plan)!;
    expect(sheet.values[2]).toEqual(Object.values(PLAN_COLUMNS).map((c) => c.header));
    const headers = sheet.values[2]!;
    const report = sheet.values.find((row) => row[1] === "bao-cao-nam")!;
    // 20/10/2024 is a Sunday: the sheet says 20/10, the plan moves the deadline to Monday 21/10.
    expect(report[headers.indexOf("Đến ngày")]).toBe(45585);
    expect(report[headers.indexOf("Đơn vị thực hiện")]).toBe("Thành viên Cụm");
    const read = await readPlan(port);
    expect(shown(read.plan.tasks.find((t) => t.id === "bao-cao-nam")?.end)).toBe("21/10/2024");
  });

  it("reads the seeds' spellings of roles and units by code", () => {
    expect(parseOwners("Trưởng Cụm; Các thành viên, DV03\nCụm phó; trưởng cụm")).toEqual([
      { role: "head" },
      { role: "members" },
      { unit: "DV03" },
      { role: "deputy" },
    ]);
  });

  it("reports a range that ends before it starts, a date that is not a day and a missing owner at their cells, in Vietnamese and English", async () => {
    const port = await sampleMemory({ preset: "thu-duc-1", year: 2024, units: 3 });
    const sheet = port.sheets.find((s) => s.name === SHEET.plan)!;
    const row = (id: string): number => sheet.values.findIndex((r) => r[1] === id) + 1;
    await port.updateCells([
      // so-ket runs 01/07 – 31/07: make it end on 30/06.
      { sheet: SHEET.plan, at: `G${row("so-ket")}`, cells: [["30/06/2024"]] },
      { sheet: SHEET.plan, at: `G${row("giao-uoc")}`, cells: [["31/02/2024"]] },
      { sheet: SHEET.plan, at: `E${row("dang-ky")}`, cells: [[""]] },
    ]);
    const { problems, plan } = await readPlan(port);
    const found = problems.map((p) => [p.code, p.severity, addressOf(p.at), p.at?.sheet]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["PLAN_END_BEFORE_START", "error", `G${row("so-ket")}`, SHEET.plan],
        ["PLAN_CELL_INVALID", "error", `G${row("giao-uoc")}`, SHEET.plan],
        ["PLAN_OWNER_MISSING", "warning", `E${row("dang-ky")}`, SHEET.plan],
      ]),
    );
    expect(plan.tasks.map((t) => t.id)).not.toContain("so-ket");
    expect(plan.tasks.map((t) => t.id)).not.toContain("giao-uoc");
    expect(plan.tasks.map((t) => t.id)).toContain("dang-ky");
    const invalid = problems.find((p) => p.code === "PLAN_CELL_INVALID")!;
    expect(problemText(vi, invalid)).toContain("«31/02/2024»");
    expect(problemText(vi, invalid)).toContain(`G${row("giao-uoc")}`);
    expect(problemText(vi, invalid)).toContain("Kế hoạch");
    expect(problemText(en, invalid)).toMatch(/not a date.*G\d+/);
    const before = problems.find((p) => p.code === "PLAN_END_BEFORE_START")!;
    expect(problemText(en, before)).toContain("30/06/2024");
  });

  it("leaves out a row with no deadline and says where", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2025, units: 2 });
    const sheet = port.sheets.find((s) => s.name === SHEET.plan)!;
    const r = sheet.values.findIndex((row) => row[1] === "giao-uoc") + 1;
    await port.updateCells([{ sheet: SHEET.plan, at: `G${r}`, cells: [[""]] }]);
    const { problems, plan } = await readPlan(port);
    expect(problems.map((p) => [p.code, addressOf(p.at)])).toContainEqual(["PLAN_DEADLINE_MISSING", `G${r}`]);
    expect(plan.tasks.map((t) => t.id)).not.toContain("giao-uoc");
  });
});

describe("a workbook without «Kế hoạch»", () => {
  it("has an empty plan and says the sheet is missing, naming it", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2025, units: 2 });
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === SHEET.plan),
      1,
    );
    const { problems, plan } = await readPlan(port);
    expect(plan.tasks).toEqual([]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([["WB_SHEET_MISSING", { sheet: SHEET.plan }]]);
    expect(problemText(vi, problems[0]!)).toContain("Kế hoạch");
  });
});
