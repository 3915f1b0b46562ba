import type { CalendarDate, CellRef, UnitCode } from "../../src/core/model";
import type { PlanTask } from "../../src/core/plan";
import { planForYear, planHolidays, planTaskId } from "../../src/core/plan";
import type { PlanDue, PlanRoles } from "../../src/core/plan-due";
import { DEFAULT_DUE_WITHIN_DAYS, dueFromPlan, ownersToUnits } from "../../src/core/plan-due";
import { planTemplateFor, presetPlanForYear } from "../../src/core/plan-presets";
import { cellAt } from "../support/cells";

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const unit = (code: string): UnitCode => code as UnitCode;
const id = planTaskId;
const ids = (items: readonly { readonly task: string }[]): string[] => items.map((i) => i.task);

// Seeds 000/002: Cụm thi đua 1 of Thủ Đức has six member unions; three are enough here.
const A = unit("CD-A");
const B = unit("CD-B");
const C = unit("CD-C");
const ROLES: PlanRoles = { head: [A], deputy: [B], members: [A, B, C] };

/**
 * Thủ Đức's plan as its 2022 plan (seed 002:43) sets it: the preset's tasks (which take the
 * regulation's 20/10, plan-presets.ts) with the reports typed as due 30/10/2022, a Sunday — what a
 * cluster does in its "Kế hoạch" sheet.
 */
function thuDuc2022(): ReturnType<typeof planForYear> {
  const tasks = planTemplateFor("thu-duc-1").tasks.map((task): PlanTask =>
    task.id === "bao-cao-nam" || task.id === "tu-cham"
      ? { ...task, end: { kind: "fixed", date: date(2022, 10, 30) } }
      : task,
  );
  return planForYear(tasks, { year: 2022, holidays: planHolidays(2022) });
}

describe("what is due in Thủ Đức's 2022 plan around the reports' deadline (30/10, a Sunday → 31/10)", () => {
  const plan = thuDuc2022();

  it("before the deadline: the reports are due within 14 days, the pact is late", () => {
    // 17/10/2022: 31/10 is 14 days ahead (included), the results (01/11) 15 days ahead (not yet).
    const due = dueFromPlan(plan, date(2022, 10, 17), { roles: ROLES });
    expect(ids(due.due)).toEqual(["bao-cao-nam", "tu-cham"]);
    expect(due.due.map((i) => i.daysToDeadline)).toEqual([14, 14]);
    expect(due.due[0]).toMatchObject({
      deadline: date(2022, 10, 31),
      statedDeadline: date(2022, 10, 30),
      owing: [A, B, C],
      unresolvedRoles: [],
      delivered: [],
    });
    // Registration (21/03), the mid-year review (by 01/08) and the pact (by 26/09) are past and not done.
    expect(ids(due.late)).toEqual(["dang-ky", "so-ket", "giao-uoc"]);
    expect(due.late.find((i) => i.task === "giao-uoc")?.daysToDeadline).toBe(-21);
    expect(due.done).toEqual([]);
    expect(due.ongoing).toEqual([]);
    expect(due.withinDays).toBe(DEFAULT_DUE_WITHIN_DAYS);
  });

  it("a day earlier the reports are 15 days off, outside the window", () => {
    const due = dueFromPlan(plan, date(2022, 10, 16), { roles: ROLES });
    expect(ids(due.due)).toEqual([]);
  });

  it("on the stated Sunday and on the moved Monday the reports are due, not late", () => {
    const sunday = dueFromPlan(plan, date(2022, 10, 30), { roles: ROLES });
    expect(sunday.due.filter((i) => i.task === "tu-cham").map((i) => i.daysToDeadline)).toEqual([1]);
    const monday = dueFromPlan(plan, date(2022, 10, 31), { roles: ROLES });
    // The conference (01/11 – 30/11) is 30 days off and has not started: not listed yet.
    expect(ids(monday.due)).toEqual(["bao-cao-nam", "tu-cham", "ket-qua"]);
    expect(monday.due.map((i) => i.daysToDeadline)).toEqual([0, 0, 1]);
    expect(monday.ongoing).toEqual([]);
    expect(ids(monday.late)).not.toContain("tu-cham");
  });

  it("after the deadline: the reports are late, owed by the units that have not sent them", () => {
    const due = dueFromPlan(plan, date(2022, 11, 1), {
      roles: ROLES,
      deliveries: [
        { task: id("tu-cham"), unit: A, on: date(2022, 10, 28) },
        { task: id("tu-cham"), unit: C, on: date(2022, 11, 1) },
        { task: id("bao-cao-nam"), unit: B },
      ],
    });
    const selfScore = due.late.find((i) => i.task === "tu-cham");
    expect(selfScore).toMatchObject({ daysToDeadline: -1, owing: [B] });
    expect(selfScore?.delivered).toEqual([
      { unit: A, on: date(2022, 10, 28), daysLate: 0 },
      { unit: C, on: date(2022, 11, 1), daysLate: 1 },
    ]);
    const report = due.late.find((i) => i.task === "bao-cao-nam");
    expect(report?.owing).toEqual([A, C]);
    expect(report?.delivered).toEqual([{ unit: B, daysLate: null }]);
    // The results to the federation are due today; the conference, under way, runs through November.
    expect(ids(due.due)).toEqual(["ket-qua"]);
    expect(ids(due.ongoing)).toEqual(["tong-ket"]);
    expect(due.problems).toEqual([]);
  });

  it("names the roles it could not put units to when the caller gives none", () => {
    const due = dueFromPlan(plan, date(2022, 11, 1));
    const pact = due.late.find((i) => i.task === "giao-uoc");
    expect(pact?.owing).toEqual([]);
    expect(pact?.unresolvedRoles).toEqual(["head", "members"]);
  });
});

describe("when a task is done", () => {
  const plan = thuDuc2022();

  it("is done when every unit that owes it has delivered, on the last delivery's day", () => {
    const due = dueFromPlan(plan, date(2022, 11, 1), {
      roles: ROLES,
      deliveries: [
        { task: id("tu-cham"), unit: A, on: date(2022, 10, 20) },
        { task: id("tu-cham"), unit: B, on: date(2022, 11, 2) },
        { task: id("tu-cham"), unit: C, on: date(2022, 10, 31) },
      ],
    });
    expect(due.done).toEqual([
      {
        task: "tu-cham",
        number: "5",
        kind: "self-score",
        deadline: date(2022, 10, 31),
        statedDeadline: date(2022, 10, 30),
        doneOn: date(2022, 11, 2),
        daysLate: 2,
        delivered: [
          { unit: A, on: date(2022, 10, 20), daysLate: 0 },
          { unit: B, on: date(2022, 11, 2), daysLate: 2 },
          { unit: C, on: date(2022, 10, 31), daysLate: 0 },
        ],
      },
    ]);
    expect(ids(due.late)).not.toContain("tu-cham");
  });

  it("is not known to be done while a role among its owners has no units", () => {
    const due = dueFromPlan(plan, date(2022, 11, 1), {
      roles: { head: [A] },
      deliveries: [{ task: id("giao-uoc"), unit: A, on: date(2022, 9, 20) }],
    });
    const pact = due.late.find((i) => i.task === "giao-uoc");
    expect(pact?.unresolvedRoles).toEqual(["members"]);
    expect(pact?.owing).toEqual([]);
    expect(pact?.delivered).toEqual([{ unit: A, on: date(2022, 9, 20), daysLate: 0 }]);
  });

  it("is done when the plan says so, with its day when given", () => {
    const tasks: PlanTask[] = [
      {
        id: id("a"),
        number: "1",
        title: "Việc a",
        kind: "other",
        owners: [{ role: "head" }],
        end: { kind: "fixed", date: date(2025, 3, 10) },
        status: "done",
        doneOn: date(2025, 3, 12),
      },
      {
        id: id("b"),
        number: "2",
        title: "Việc b",
        kind: "other",
        owners: [{ role: "head" }],
        end: { kind: "fixed", date: date(2025, 3, 10) },
        status: "cancelled",
      },
    ];
    const due = dueFromPlan(planForYear(tasks, { year: 2025, holidays: [] }), date(2025, 3, 20));
    expect(due.done).toEqual([
      {
        task: "a",
        number: "1",
        kind: "other",
        deadline: date(2025, 3, 10),
        statedDeadline: date(2025, 3, 10),
        doneOn: date(2025, 3, 12),
        daysLate: 2,
        delivered: [],
      },
    ]);
    // A cancelled task is neither due nor late.
    expect([...due.due, ...due.late, ...due.ongoing].map((i) => i.task)).toEqual([]);
  });
});

describe("what is due in the northern border provinces' 2015 plan", () => {
  const plan = presetPlanForYear("bien-gioi-phia-bac", 2015);
  const roles: PlanRoles = {
    head: [unit("CB")],
    deputy: [unit("LC")],
    members: [unit("CB"), unit("LC"), unit("HG")],
    nextHead: [unit("LC")],
  };

  it("lists tasks under way whose end is further off than the window", () => {
    // 20/11/2015: row 9's tasks started on 01/11 and end on 25/12 (35 days ahead); row 2 runs all year.
    const due = dueFromPlan(plan, date(2015, 11, 20), { roles });
    expect(ids(due.ongoing)).toEqual(["9a", "9b", "9c", "9d", "9e", "9f", "2"]);
    expect(ids(due.due)).toEqual([]);
    // Nothing later than the window and not yet started is listed: rows 10 and 11 start later.
    expect(ids([...due.due, ...due.late, ...due.ongoing])).not.toContain("10");
  });

  it("widens or narrows the window on request", () => {
    const due = dueFromPlan(plan, date(2015, 11, 20), { roles, withinDays: 35 });
    expect(ids(due.due)).toEqual(["9a", "9b", "9c", "9d", "9e", "9f"]);
    expect(
      dueFromPlan(plan, date(2015, 12, 25), { roles, withinDays: 0 }).due.map((i) => i.daysToDeadline),
    ).toEqual([0, 0, 0, 0, 0, 0]);
    expect(() => dueFromPlan(plan, date(2015, 11, 20), { withinDays: -1 })).toThrow(RangeError);
    expect(() => dueFromPlan(plan, date(2015, 11, 20), { withinDays: 2.5 })).toThrow(RangeError);
    expect(() => dueFromPlan(plan, date(2015, 2, 29))).toThrow(RangeError);
  });

  it("puts next year's head to the units the caller names for it", () => {
    const due = dueFromPlan(plan, date(2016, 12, 20), { roles });
    expect(due.due.find((i) => i.task === "11")?.owing).toEqual([unit("LC")]);
  });
});

describe("deliveries that do not fit the plan", () => {
  const plan = presetPlanForYear("kon-tum", 2025);
  const at: CellRef = cellAt("Đăng ký và báo cáo", "D7");

  it("refuses a delivery for a task the plan does not have, and warns of one by a unit that does not owe it", () => {
    const due: PlanDue = dueFromPlan(plan, date(2025, 12, 1), {
      roles: { head: [A], deputy: [B], members: [A, B, C] },
      deliveries: [
        { task: id("bao-cao-quy"), unit: A, at },
        { task: id("du-thao"), unit: C, on: date(2025, 12, 1) },
      ],
    });
    expect(due.problems).toEqual([
      { code: "PLAN_DELIVERY_TASK_UNKNOWN", severity: "error", params: { task: "bao-cao-quy", unit: A }, at },
      { code: "PLAN_DELIVERY_NOT_OWED", severity: "warning", params: { task: "du-thao", unit: C } },
    ]);
    const draft = due.due.find((i) => i.task === "du-thao");
    expect(draft?.delivered).toEqual([]);
    expect(draft?.owing).toEqual([A]);
  });

  it("says nothing more of a delivery for a task the plan could not resolve", () => {
    const broken = planForYear(
      [
        {
          id: id("x"),
          number: "1",
          title: "x",
          kind: "other",
          owners: [{ role: "head" }],
          end: { kind: "relative", count: 1, unit: "working-days", direction: "after", of: id("missing") },
        },
      ],
      { year: 2025, holidays: planHolidays(2025) },
    );
    const due = dueFromPlan(broken, date(2025, 3, 1), { deliveries: [{ task: id("x"), unit: A }] });
    expect(due.problems).toEqual([]);
    expect(due.late).toEqual([]);
  });
});

describe("owners as units", () => {
  it("puts roles and named units together in order, once each", () => {
    const cao = unit("CB");
    const laoCai = unit("LC");
    expect(
      ownersToUnits([{ role: "head" }, { role: "members" }, { unit: laoCai }], {
        head: [cao],
        members: [cao, laoCai],
      }),
    ).toEqual({ units: [cao, laoCai], unresolvedRoles: [] });
    expect(ownersToUnits([{ unit: cao }, { role: "deputy" }, { role: "deputy" }])).toEqual({
      units: [cao],
      unresolvedRoles: ["deputy"],
    });
  });
});
