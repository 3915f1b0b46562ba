import type { CalendarDate, CellRef } from "../../src/core/model";
import type { PlanDate, PlanTask, PlanTaskId } from "../../src/core/plan";
import { MAX_PLAN_OFFSET, planForYear, planHolidays, planTaskId, titleForYear } from "../../src/core/plan";
import type { PlanProblem } from "../../src/core/plan-problems";
import { cellAt } from "../support/cells";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const id = planTaskId;
const fixed = (d: CalendarDate, at?: CellRef): PlanDate => ({ kind: "fixed", date: d, ...(at && { at }) });
const inYear = (day: number | "last", month: number, yearOffset = 0): PlanDate => ({
  kind: "period",
  day,
  month,
  yearOffset,
});
const workingDays = (
  count: number,
  direction: "before" | "after",
  of: string,
  edge?: "start" | "end",
): PlanDate => ({
  kind: "relative",
  count,
  unit: "working-days",
  direction,
  of: id(of),
  ...(edge && { edge }),
});
const task = (key: string, end: PlanDate, more: Partial<PlanTask> = {}): PlanTask => ({
  id: id(key),
  number: key,
  title: `Việc ${key}`,
  kind: "other",
  owners: [{ role: "head" }],
  end,
  ...more,
});
const cell = (address: string): CellRef => cellAt("Kế hoạch", address);
const codes = (problems: readonly PlanProblem[]): string[] => problems.map((p) => p.code);

describe("dates relative to another task", () => {
  const holidays = planHolidays(2025);

  it("counts working days back from the other task's date, skipping weekends", () => {
    // Seed 001 §IV.4: the draft goes to Ban CSPL 10 working days before the conference (by 25/12).
    const plan = planForYear(
      [task("hop", inYear(25, 12)), task("du-thao", workingDays(10, "before", "hop"))],
      { year: 2025, holidays },
    );
    // 25/12/2025 is a Thursday: 24, 23, 22, 19, 18, 17, 16, 15, 12, 11 → Thursday 11/12/2025.
    expect(plan.tasks.map((t) => t.end)).toEqual([date(2025, 12, 25), date(2025, 12, 11)]);
  });

  it("counts working days forward, and calendar days when asked", () => {
    const plan = planForYear(
      [
        task("a", fixed(date(2025, 3, 7))), // a Friday
        task("b", workingDays(1, "after", "a")),
        task("c", { kind: "relative", count: 1, unit: "days", direction: "after", of: id("a") }),
        task("d", { kind: "relative", count: 8, unit: "days", direction: "before", of: id("a") }),
      ],
      { year: 2025, holidays },
    );
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    expect(byId.get(id("b"))?.end).toEqual(date(2025, 3, 10)); // Monday
    // One calendar day after Friday is Saturday 08/03, a limit on a day off: due Monday 10/03.
    expect(byId.get(id("c"))?.statedEnd).toEqual(date(2025, 3, 8));
    expect(byId.get(id("c"))?.end).toEqual(date(2025, 3, 10));
    expect(byId.get(id("d"))?.end).toEqual(date(2025, 2, 27)); // Thursday
  });

  it("counts from the other task's start when told to, and a task without a start from its deadline", () => {
    const plan = planForYear(
      [
        task("range", inYear(25, 12), { start: inYear(1, 11) }),
        task("from-start", workingDays(2, "after", "range", "start")),
        task("deadline", inYear(3, 3)),
        task("from-deadline-start", workingDays(1, "before", "deadline", "start")),
      ],
      { year: 2025, holidays },
    );
    const ends = plan.tasks.map((t) => t.end);
    // 01/11/2025 is a Saturday: Monday 03/11 is the 1st working day after it, Tuesday 04/11 the 2nd.
    expect(ends[1]).toEqual(date(2025, 11, 4));
    // 03/03/2025 is a Monday; one working day before it is Friday 28/02.
    expect(ends[3]).toEqual(date(2025, 2, 28));
  });

  it("lets a range start a number of working days before its own end", () => {
    const plan = planForYear([task("nop", inYear(20, 10), { start: workingDays(5, "before", "nop") })], {
      year: 2025,
      holidays,
    });
    // 20/10/2025 is a Monday: 17, 16, 15, 14, 13 → Monday 13/10.
    expect(plan.tasks[0]?.start).toEqual(date(2025, 10, 13));
    expect(plan.problems).toEqual([]);
  });

  it("counts from the moved date of a limit that falls on a weekend", () => {
    // 25/12/2021 is a Saturday, so the conference may be held on Monday 27/12; ten working days
    // before either day is Monday 13/12/2021 (the days between are not working days).
    const plan = planForYear(
      [task("hop", inYear(25, 12)), task("du-thao", workingDays(10, "before", "hop"))],
      { year: 2021, holidays: planHolidays(2021) },
    );
    expect(plan.tasks[0]?.end).toEqual(date(2021, 12, 27));
    expect(plan.tasks[1]?.end).toEqual(date(2021, 12, 13));
  });
});

describe("working days across Tết and 30/4 – 1/5", () => {
  it("skips the Tết break when counting back from a deadline after it", () => {
    // Tết Giáp Thìn: mùng 1 was Saturday 10/02/2024. A workbook listing the break as the government
    // set it, Thursday 08/02 to Wednesday 14/02/2024: five working days before Tuesday 20/02 are
    // 19/02, 16/02, 15/02, 07/02, 06/02 → Tuesday 06/02/2024.
    const listed: CalendarDate[] = [];
    for (let day = 8; day <= 14; day++) listed.push(date(2024, 2, day));
    const plan = planForYear(
      [task("hop", fixed(date(2024, 2, 20))), task("gui", workingDays(5, "before", "hop"))],
      {
        year: 2024,
        holidays: listed,
      },
    );
    expect(plan.tasks[1]?.end).toEqual(date(2024, 2, 6));
  });

  it("skips the computed Tết days and the days given back", () => {
    // The Labour Code's five days for Tết 2024: 09/02 (the year's last day) to 13/02 (mùng 4); Saturday
    // 10/02 and Sunday 11/02 are given back on 14/02 and 15/02. Three working days after Thursday
    // 08/02: 16/02, 19/02, 20/02.
    const plan = planForYear([task("a", fixed(date(2024, 2, 8))), task("b", workingDays(3, "after", "a"))], {
      year: 2024,
      holidays: planHolidays(2024),
    });
    expect(plan.tasks[1]?.end).toEqual(date(2024, 2, 20));
  });

  it("moves a 30/4 deadline on a Saturday past the long weekend of 2022", () => {
    // 30/04/2022 is a Saturday, 01/05 a Sunday; both are given back on Monday 02/05 and Tuesday 03/05
    // (the government's 2022 break was 30/04 – 03/05) → Wednesday 04/05/2022.
    const plan = planForYear([task("bc", inYear(30, 4))], { year: 2022, holidays: planHolidays(2022) });
    expect(plan.tasks[0]?.statedEnd).toEqual(date(2022, 4, 30));
    expect(plan.tasks[0]?.end).toEqual(date(2022, 5, 4));
  });

  it("moves a 30/4 deadline on a Sunday past Giỗ Tổ, 30/4 and 1/5 of 2023", () => {
    // Giỗ Tổ (10/3 âm lịch) fell on Saturday 29/04/2023 and 30/04 on the Sunday, given back on 02/05
    // and 03/05; 01/05 is a Monday → Thursday 04/05/2023 (the government's break: 29/04 – 03/05).
    const plan = planForYear([task("bc", inYear(30, 4))], { year: 2023, holidays: planHolidays(2023) });
    expect(plan.tasks[0]?.end).toEqual(date(2023, 5, 4));
  });

  it("counts working days forward across 30/4 – 1/5", () => {
    // Three working days after Thursday 28/04/2022: Friday 29/04, then (30/04 – 03/05 off) 04/05, 05/05.
    const plan = planForYear([task("a", fixed(date(2022, 4, 28))), task("b", workingDays(3, "after", "a"))], {
      year: 2022,
      holidays: planHolidays(2022),
    });
    expect(plan.tasks[1]?.end).toEqual(date(2022, 5, 5));
  });
});

describe("the end of a task", () => {
  const holidays = planHolidays(2022);

  it("keeps the day of an event even on a weekend, and moves a limit", () => {
    const plan = planForYear(
      [task("hoi-thao", fixed(date(2022, 8, 27)), { endIs: "event" }), task("han", fixed(date(2022, 8, 27)))],
      { year: 2022, holidays },
    );
    // Seed 002:31 plans a badminton match on Saturday 27/08/2022: it happens that day.
    expect(plan.tasks[0]?.end).toEqual(date(2022, 8, 27));
    expect(plan.tasks[0]?.endIs).toBe("event");
    expect(plan.tasks[1]?.end).toEqual(date(2022, 8, 29));
  });

  it("never moves the start of a range", () => {
    const plan = planForYear([task("a", fixed(date(2022, 10, 31)), { start: fixed(date(2022, 10, 1)) })], {
      year: 2022,
      holidays,
    });
    expect(plan.tasks[0]?.start).toEqual(date(2022, 10, 1)); // a Saturday
  });

  it("takes the month's last day for 'last', 28 or 29 in February", () => {
    const t = [task("feb", inYear("last", 2))];
    expect(planForYear(t, { year: 2024, holidays: [] }).tasks[0]?.statedEnd).toEqual(date(2024, 2, 29));
    expect(planForYear(t, { year: 2023, holidays: [] }).tasks[0]?.statedEnd).toEqual(date(2023, 2, 28));
  });

  it("carries the status, the day done, the source, the cell and the figures' cut-off day", () => {
    const plan = planForYear(
      [
        task("a", inYear(30, 10), {
          status: "done",
          doneOn: date(2022, 10, 28),
          source: "002:43",
          at: cell("A5"),
          dataAsOf: inYear(15, 10),
        }),
        task("b", inYear(1, 11)),
      ],
      { year: 2022, holidays },
    );
    expect(plan.tasks[0]).toMatchObject({
      status: "done",
      doneOn: date(2022, 10, 28),
      source: "002:43",
      at: cell("A5"),
      dataAsOf: date(2022, 10, 15),
    });
    expect(plan.tasks[1]?.status).toBe("open");
    expect(plan.tasks[1]?.dataAsOf).toBeUndefined();
  });
});

describe("impossible plans, refused as problems", () => {
  const holidays = planHolidays(2025);
  const resolve = (tasks: PlanTask[]) => planForYear(tasks, { year: 2025, holidays });

  it("refuses relative dates that go round in a cycle, naming the tasks in order", () => {
    const plan = resolve([
      task("a", workingDays(1, "before", "b"), { at: cell("A2") }),
      task("b", workingDays(1, "before", "c")),
      task("c", workingDays(1, "after", "a")),
      task("d", inYear(1, 3)),
    ]);
    expect(plan.problems).toEqual([
      { code: "PLAN_REFERENCE_CYCLE", severity: "error", params: { tasks: ["a", "b", "c"] }, at: cell("A2") },
    ]);
    expect(plan.unresolved).toEqual(["a", "b", "c"]);
    expect(plan.tasks.map((t) => t.id)).toEqual(["d"]);
  });

  it("refuses a task counted from itself", () => {
    const plan = resolve([task("a", workingDays(3, "after", "a"))]);
    expect(plan.problems).toEqual([
      { code: "PLAN_REFERENCE_CYCLE", severity: "error", params: { tasks: ["a"] } },
    ]);
  });

  it("refuses a range whose start counts from its end when its end counts from its start", () => {
    const plan = resolve([
      task("a", workingDays(3, "after", "a", "start"), { start: workingDays(3, "before", "a") }),
    ]);
    expect(codes(plan.problems)).toEqual(["PLAN_REFERENCE_CYCLE"]);
    expect(plan.unresolved).toEqual(["a"]);
  });

  it("refuses a task counted from a task in a cycle, saying which one it waits for", () => {
    const plan = resolve([
      task("x", workingDays(2, "after", "a")),
      task("a", workingDays(1, "before", "b")),
      task("b", workingDays(1, "after", "a")),
    ]);
    expect(plan.problems).toEqual([
      { code: "PLAN_REFERENCE_CYCLE", severity: "error", params: { tasks: ["a", "b"] } },
      {
        code: "PLAN_REFERENCE_UNRESOLVED",
        severity: "error",
        params: { task: "x", field: "end", reference: "a" },
      },
    ]);
    expect(plan.unresolved).toEqual(["x", "a", "b"]);
  });

  it("refuses a relative date naming a task the plan does not have, with its cell", () => {
    const plan = resolve([
      task("du-thao", { ...workingDays(10, "before", "hop-tong-ket"), at: cell("E4") }),
      task("sau", workingDays(1, "after", "du-thao")),
    ]);
    expect(plan.problems).toEqual([
      {
        code: "PLAN_REFERENCE_MISSING",
        severity: "error",
        params: { task: "du-thao", field: "end", reference: "hop-tong-ket" },
        at: cell("E4"),
      },
      {
        code: "PLAN_REFERENCE_UNRESOLVED",
        severity: "error",
        params: { task: "sau", field: "end", reference: "du-thao" },
      },
    ]);
    expect(plan.tasks).toEqual([]);
  });

  it("refuses a range that ends before it starts, giving both days", () => {
    const plan = resolve([
      task("a", inYear(4, 12), { start: inYear(18, 12), at: cell("A3") }),
      task("b", workingDays(1, "after", "a")),
    ]);
    expect(plan.problems).toEqual([
      {
        code: "PLAN_END_BEFORE_START",
        severity: "error",
        params: { task: "a", start: date(2025, 12, 18), end: date(2025, 12, 4) },
        at: cell("A3"),
      },
    ]);
    // The task counted from it still has real days to count from.
    expect(plan.tasks.map((t) => [t.id, t.end])).toEqual([["b", date(2025, 12, 5)]]);
    expect(plan.unresolved).toEqual(["a"]);
  });

  it("accepts a one-day range, and a limit moved past its start", () => {
    const plan = resolve([task("a", inYear(6, 12), { start: inYear(6, 12) })]);
    expect(plan.problems).toEqual([]);
    expect(plan.tasks[0]?.end).toEqual(date(2025, 12, 8)); // Saturday → Monday
  });

  it("refuses days that do not exist", () => {
    const plan = resolve([
      task("a", inYear(29, 2)), // 2025 is not a leap year
      task("b", inYear(31, 4)),
      task("c", inYear(1, 13)),
      task("d", fixed(date(2025, 2, 30), cell("C9"))),
      task("e", inYear(1, 1, 0.5)),
      task("f", inYear(10, 12), { start: inYear(0, 12) }),
      task("g", inYear(10, 12), { dataAsOf: inYear(32, 10) }),
    ]);
    expect(plan.problems).toEqual([
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "a", field: "end", day: 29, month: 2, year: 2025 },
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "b", field: "end", day: 31, month: 4, year: 2025 },
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "c", field: "end", day: 1, month: 13, year: 2025 },
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "d", field: "end", day: 30, month: 2, year: 2025 },
        at: cell("C9"),
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "e", field: "end", day: 1, month: 1, year: 2025.5 },
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "f", field: "start", day: 0, month: 12, year: 2025 },
      },
      {
        code: "PLAN_DATE_INVALID",
        severity: "error",
        params: { task: "g", field: "dataAsOf", day: 32, month: 10, year: 2025 },
      },
    ]);
    expect(plan.unresolved).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("refuses a count of days that is negative or not whole", () => {
    const plan = resolve([
      task("a", inYear(1, 3)),
      task("b", workingDays(-2, "before", "a")),
      task("c", workingDays(1.5, "after", "a")),
    ]);
    expect(plan.problems).toEqual([
      { code: "PLAN_OFFSET_INVALID", severity: "error", params: { task: "b", field: "end", count: -2 } },
      { code: "PLAN_OFFSET_INVALID", severity: "error", params: { task: "c", field: "end", count: 1.5 } },
    ]);
  });

  it("refuses a count beyond ten years' worth of days", () => {
    const plan = resolve([
      task("a", inYear(1, 3)),
      task("b", workingDays(MAX_PLAN_OFFSET + 1, "after", "a")),
    ]);
    expect(plan.problems).toEqual([
      {
        code: "PLAN_OFFSET_INVALID",
        severity: "error",
        params: { task: "b", field: "end", count: MAX_PLAN_OFFSET + 1 },
      },
    ]);
    expect(
      resolve([task("a", inYear(1, 3)), task("b", workingDays(MAX_PLAN_OFFSET, "before", "a"))]).problems,
    ).toEqual([]);
  });

  it("works out a chain of ten thousand relative dates, and refuses a cycle as long", () => {
    const chain: PlanTask[] = [task("t0", fixed(date(2025, 1, 2)))];
    for (let i = 1; i < 10_000; i++)
      chain.push(
        task(`t${i}`, { kind: "relative", count: 0, unit: "days", direction: "after", of: id(`t${i - 1}`) }),
      );
    const plan = resolve([...chain].reverse());
    expect(plan.problems).toEqual([]);
    expect(plan.tasks.every((t) => t.end.day === 2)).toBe(true);
    const ring = chain.map((t, i) => (i === 0 ? { ...t, end: workingDays(0, "after", "t9999") } : t));
    const broken = resolve(ring);
    expect(codes(broken.problems)).toEqual(["PLAN_REFERENCE_CYCLE"]);
    expect(broken.unresolved.length).toBe(10_000);
  });

  it("counts a report's figures to a day relative to another task, and refuses a missing one", () => {
    const plan = resolve([
      task("hop", inYear(25, 12)),
      task("bc", inYear(20, 12), {
        dataAsOf: { kind: "relative", count: 20, unit: "days", direction: "before", of: id("hop") },
      }),
      task("bc2", inYear(20, 12), { dataAsOf: workingDays(1, "before", "khong-co") }),
    ]);
    expect(plan.tasks.map((t) => [t.id, t.dataAsOf])).toEqual([
      ["hop", undefined],
      ["bc", date(2025, 12, 5)],
    ]);
    expect(plan.problems).toEqual([
      {
        code: "PLAN_REFERENCE_MISSING",
        severity: "error",
        params: { task: "bc2", field: "dataAsOf", reference: "khong-co" },
      },
    ]);
  });

  it("keeps the first of two tasks with one identifier", () => {
    const plan = resolve([task("a", inYear(1, 3)), task("a", inYear(2, 3), { at: cell("A7") })]);
    expect(plan.problems).toEqual([
      { code: "PLAN_TASK_DUPLICATE", severity: "error", params: { task: "a" }, at: cell("A7") },
    ]);
    expect(plan.tasks.map((t) => t.statedEnd)).toEqual([date(2025, 3, 1)]);
    expect(plan.unresolved).toEqual([]);
  });

  it("warns of a task nobody owns and keeps it", () => {
    const plan = resolve([task("a", inYear(3, 3), { owners: [] })]);
    expect(plan.problems).toEqual([
      { code: "PLAN_OWNER_MISSING", severity: "warning", params: { task: "a" } },
    ]);
    expect(plan.tasks.length).toBe(1);
  });

  it("refuses a year that is not a whole number from 1900 to 9999", () => {
    for (const year of [2021.5, 1899, 10000, Number.NaN]) {
      const plan = planForYear([task("a", inYear(1, 3))], { year, holidays: [] });
      expect(codes(plan.problems)).toEqual(["PLAN_YEAR_INVALID"]);
      expect(plan.tasks).toEqual([]);
      expect(plan.unresolved).toEqual(["a"]);
    }
  });
});

describe("identifiers and titles", () => {
  it("trims a task identifier and refuses an empty one", () => {
    const trimmed: PlanTaskId = planTaskId("  9a ");
    expect(trimmed).toBe("9a");
    expect(() => planTaskId("   ")).toThrow(RangeError);
  });

  it("fills in the period's year and its neighbours", () => {
    expect(titleForYear("Năm học {Y} – {Y+1}, phương hướng {Y+1} – {Y+2}", 2021)).toBe(
      "Năm học 2021 – 2022, phương hướng 2022 – 2023",
    );
    expect(titleForYear("Tổng kết năm {Y-1}", 2015)).toBe("Tổng kết năm 2014");
    expect(titleForYear("Không có năm {X}", 2015)).toBe("Không có năm {X}");
  });
});
