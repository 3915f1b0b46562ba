import type { CalendarDate } from "../../src/core/model";
import { presetPlanForYear } from "../../src/core/plan-presets";
import { PRESETS, presetById, type PresetId } from "../../src/core/presets";
import { newYearWorkbook } from "../../src/workbook/new-year";
import { readPlan } from "../../src/workbook/plan-usecases";
import { SHEET } from "../../src/workbook/sheet-names";
import { PLAN_COLUMNS } from "../../src/workbook/sheets/plan";
import { MemoryPort } from "./memory-port";
import { sampleMemory } from "./sample";

const shown = (d: CalendarDate | undefined): string =>
  d === undefined ? "" : `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
const col = (key: keyof typeof PLAN_COLUMNS): number => Object.keys(PLAN_COLUMNS).indexOf(key);

/** A sample with last year's officers typed (the first cluster's head and deputy), so the year rotates. */
async function lastYear(preset: PresetId): Promise<MemoryPort> {
  const port = await sampleMemory({ preset, year: 2025, units: 4 });
  const config = port.sheets.find((s) => s.name === SHEET.config)!.values;
  const header = config.findIndex((r) => r[0] === "Mã cụm");
  const head = config[header]!.indexOf("Cụm trưởng");
  config[header + 1]![head] = "DV01";
  config[header + 1]![head + 1] = "DV02";
  return port;
}

describe("nam-moi carries «Kế hoạch» and «Đăng ký và nộp» into the next period", () => {
  it.each(PRESETS.map((p) => p.id))(
    "%s: last year's plan, carried, is the preset's plan for the next year, every task open again",
    async (id) => {
      const source = await lastYear(id);
      // Last year's head marked the first task done: the new year starts it again.
      const planValues = source.sheets.find((s) => s.name === SHEET.plan)!.values;
      planValues[3]![col("status")] = "Đã xong";
      const target = new MemoryPort();
      const result = await newYearWorkbook(source, target, { deputy: "DV03" });
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(result.written).toBe(true);
      const read = await readPlan(target);
      const preset = presetById(id)!;
      const next = presetPlanForYear(id, 2026, preset.holidaysFor(preset.periodFor(2026)));
      expect(read.problems).toEqual([]);
      const fields = (t: (typeof next.tasks)[number]) => [
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
      expect(read.plan.tasks.map(fields)).toEqual(next.tasks.map(fields));
      expect(read.plan.tasks.every((t) => t.status === "open")).toBe(true);
    },
  );

  it("keeps a rule as a rule, so the new year's meeting moves the draft on the new calendar", async () => {
    const source = await lastYear("kon-tum");
    const target = new MemoryPort();
    await newYearWorkbook(source, target, { deputy: "DV03" });
    const plan = target.sheets.find((s) => s.name === SHEET.plan)!.values;
    const draft = plan.find((r) => r[col("id")] === "du-thao")!;
    expect(draft[col("rule")]).toBe("10 ngày làm việc trước ngày họp tổng kết");
    expect(draft[col("end")] ?? null).toBeNull();
    // Meeting 25/12/2026 (Friday): ten working days before is Friday 11/12/2026.
    const read = await readPlan(target);
    expect(shown(read.plan.tasks.find((t) => t.id === "du-thao")?.end)).toBe("11/12/2026");
  });

  it("leaves last year's registration rows behind and carries the sheet's structure", async () => {
    const source = await lastYear("thu-duc-1");
    source.set(SHEET.submissions, "A4", "DV01");
    source.set(SHEET.submissions, "C4", "Đăng ký thi đua");
    source.set(SHEET.submissions, "D4", "15/03/2025");
    const target = new MemoryPort();
    await newYearWorkbook(source, target, { deputy: "DV03" });
    const sheet = target.sheets.find((s) => s.name === SHEET.submissions)!;
    expect(sheet.values[2]?.slice(0, 4)).toEqual(["Mã đơn vị", "Tên đơn vị", "Hạng mục", "Ngày"]);
    expect(
      sheet.values
        .slice(3)
        .flat()
        .filter((v) => v !== null),
    ).toEqual([]);
  });
});
