import { toExcelSerial } from "../../../src/core/calendar";
import type { CalendarDate } from "../../../src/core/model";
import { problemText } from "../../../src/messages/diagnostics";
import { en } from "../../../src/messages/en/diagnostics";
import { vi } from "../../../src/messages/vi/diagnostics";
import { readPlan, workDue } from "../../../src/workbook/plan-usecases";
import { SHEET } from "../../../src/workbook/sheet-names";
import { PLAN_COLUMNS } from "../../../src/workbook/sheets/plan";
import type { MemoryPort } from "../memory-port";
import { sampleMemory } from "../sample";

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const col = (key: keyof typeof PLAN_COLUMNS): number => Object.keys(PLAN_COLUMNS).indexOf(key);
const letter = (key: keyof typeof PLAN_COLUMNS): string => String.fromCharCode(65 + col(key));

/** The sheet row (1-based) of a task, by its «Mã việc». */
function rowOf(port: MemoryPort, id: string): number {
  const values = port.sheets.find((s) => s.name === SHEET.plan)!.values;
  return values.findIndex((r) => r[col("id")] === id) + 1;
}

/** Moves Kon Tum's summary meeting to one day, as the head would: «Từ ngày» cleared, «Đến ngày» typed. */
function moveMeeting(port: MemoryPort, to: CalendarDate): void {
  const row = rowOf(port, "tong-ket");
  port.set(SHEET.plan, `${letter("start")}${row}`, null);
  port.set(SHEET.plan, `${letter("end")}${row}`, toExcelSerial(to));
}

async function draftDeadline(port: MemoryPort): Promise<CalendarDate | undefined> {
  return (await readPlan(port)).plan.tasks.find((t) => t.id === "du-thao")?.end;
}

describe("a relative deadline kept as a rule in «Kế hoạch»", () => {
  // Seed 001 §IV.4 (line 129): the draft goes to Ban CSPL "10 ngày làm việc trước" the summary
  // meeting. Expected days counted by hand on the 2026 calendar: Tết Bính Ngọ is 17/02/2026, so
  // 16–20/02 are off; Giỗ Tổ (10/3 âm lịch) is Sunday 26/04/2026, taken on Monday 27/04; 30/04 and
  // 01/05 are Thursday and Friday.
  it("writes the rule for a person to read and leaves «Đến ngày» empty", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2026, units: 3 });
    const row = rowOf(port, "du-thao");
    expect(port.get(SHEET.plan, `${letter("rule")}${row}`)).toBe("10 ngày làm việc trước ngày họp tổng kết");
    expect(port.get(SHEET.plan, `${letter("end")}${row}`)).toBeNull();
    // Meeting on Friday 25/12/2026: 24, 23, 22, 21, 18, 17, 16, 15, 14, 11 → Friday 11/12.
    expect(await draftDeadline(port)).toEqual(d(2026, 12, 11));
  });

  it("moves the draft with the meeting across Tết", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2026, units: 3 });
    // Meeting Friday 27/02/2026: 26, 25, 24, 23, (16–20 Tết), 13, 12, 11, 10, 9, 6 → Friday 06/02.
    moveMeeting(port, d(2026, 2, 27));
    expect(await draftDeadline(port)).toEqual(d(2026, 2, 6));
    // `thidua viec-can-lam` and the pane read the same: due that day, not late.
    const due = await workDue(port, d(2026, 2, 6));
    expect(due.due.due.find((i) => i.task === "du-thao")?.daysToDeadline).toBe(0);
    const after = await workDue(port, d(2026, 2, 9));
    expect(after.due.late.find((i) => i.task === "du-thao")?.daysToDeadline).toBe(-3);
  });

  it("moves the draft with the meeting across Giỗ Tổ, 30/4 and 1/5", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2026, units: 3 });
    // Meeting Friday 08/05/2026: 7, 6, 5, 4, (1/5, 30/4), 29, 28, (27 Giỗ Tổ moved), 24, 23, 22, 21 → 21/04.
    moveMeeting(port, d(2026, 5, 8));
    expect(await draftDeadline(port)).toEqual(d(2026, 4, 21));
  });

  it("reads rules typed by hand, naming a task by its «Mã việc»", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2026, units: 3 });
    const row = rowOf(port, "du-thao");
    port.set(SHEET.plan, `${letter("rule")}${row}`, "  3 ngày  SAU việc «tong-ket» ");
    // Three calendar days after Friday 25/12/2026 is Monday 28/12 (a working day, kept).
    expect(await draftDeadline(port)).toEqual(d(2026, 12, 28));
  });

  it("leaves out a task whose rule cannot be read, naming the cell in both languages", async () => {
    const port = await sampleMemory({ preset: "kon-tum", year: 2026, units: 3 });
    const row = rowOf(port, "du-thao");
    port.set(SHEET.plan, `${letter("rule")}${row}`, "trước hội nghị ít hôm");
    const read = await readPlan(port);
    expect(read.plan.tasks.some((t) => t.id === "du-thao")).toBe(false);
    const problem = read.problems.find((p) => p.code === "PLAN_CELL_INVALID")!;
    expect(problem.params).toEqual({ task: "du-thao", field: "rule", shown: "trước hội nghị ít hôm" });
    expect(problem.at).toMatchObject({ sheet: SHEET.plan, row: row - 1, col: col("rule") });
    expect(problemText(vi, problem)).toContain("10 ngày làm việc trước ngày họp tổng kết");
    expect(problemText(en, problem)).toContain("cannot be read");
  });
});
