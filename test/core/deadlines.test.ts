/**
 * The effective deadlines (core/deadlines.ts): the plan's task of each kind over «Cấu hình»'s row,
 * the row where the plan has none, a warning where both give a day and they differ; and every
 * preset's plan agreeing with its own deadlines, so a fresh sample never warns.
 */
import { DEADLINE_KEYS, deadlineTasks, effectiveDeadlines, type DeadlineKey } from "../../src/core/deadlines";
import type { CalendarDate, CellRef, Deadlines } from "../../src/core/model";
import { planTaskId, type PlanOwner, type PlanTaskKind, type ResolvedPlanTask } from "../../src/core/plan";
import { presetPlanForYear } from "../../src/core/plan-presets";
import { PRESETS } from "../../src/core/presets";

const d = (day: number, month: number, year = 2024): CalendarDate => ({ year, month, day });
const at = (row: number, col: number): CellRef => ({ sheet: "Kế hoạch", row, col });
const MEMBERS: PlanOwner = { role: "members" };
const HEAD: PlanOwner = { role: "head" };

function task(
  id: string,
  kind: PlanTaskKind,
  end: CalendarDate,
  owners: readonly PlanOwner[] = [MEMBERS],
  more: Partial<ResolvedPlanTask> = {},
): ResolvedPlanTask {
  return {
    id: planTaskId(id),
    number: "1",
    title: id,
    kind,
    owners,
    end,
    statedEnd: end,
    endIs: "limit",
    status: "open",
    ...more,
  };
}

describe("effectiveDeadlines", () => {
  it("without a plan gives «Cấu hình»'s deadlines unchanged, the same object", () => {
    const config: Deadlines = { endReport: d(20, 10), draftWorkingDaysBeforeMeeting: 10 };
    const found = effectiveDeadlines(undefined, config);
    expect(found.deadlines).toBe(config);
    expect(found.problems).toEqual([]);
    expect(found.sources).toEqual({ endReport: { from: "config" } });
  });

  it("takes each deadline from the plan's task of its kind, and «Cấu hình»'s row where the plan has none", () => {
    const found = effectiveDeadlines(
      [task("dk", "registration", d(21, 3)), task("kq", "results", d(1, 11), [HEAD])],
      { registration: d(21, 3), midReport: d(15, 6), draftWorkingDaysBeforeMeeting: 10 },
    );
    expect(found.deadlines).toEqual({
      registration: d(21, 3),
      midReport: d(15, 6),
      resultsToFederation: d(1, 11),
      draftWorkingDaysBeforeMeeting: 10,
    });
    expect(found.sources.midReport).toEqual({ from: "config" });
    expect(found.sources.resultsToFederation).toEqual({ from: "plan", task: "kq" });
    expect(found.problems).toEqual([]);
  });

  it("reads a unit's deadline only from a task the members owe, never a cancelled one, the latest of several", () => {
    const found = effectiveDeadlines(
      [
        task("head", "registration", d(28, 2), [HEAD]),
        task("dk", "registration", d(31, 1)),
        task("late", "year-report", d(30, 12), [MEMBERS], { status: "cancelled" }),
        task("bc1", "year-report", d(20, 10)),
        task("bc2", "year-report", d(25, 10), [{ role: "head" }, MEMBERS]),
      ],
      {},
    );
    expect(found.deadlines.registration).toEqual(d(31, 1));
    expect(found.deadlines.endReport).toEqual(d(25, 10));
    expect(found.sources.endReport).toEqual({ from: "plan", task: "bc2" });
  });

  it("uses the stated end (before the move off a day off): the consumers move it, as they move «Cấu hình»'s", () => {
    const sunday = d(20, 10);
    const found = effectiveDeadlines(
      [task("bc", "year-report", d(21, 10), [MEMBERS], { statedEnd: sunday })],
      {
        endReport: sunday,
      },
    );
    expect(found.deadlines.endReport).toEqual(sunday);
    expect(found.problems).toEqual([]);
  });

  it("where both sheets give a deadline and they differ: the plan's, and one warning naming both cells", () => {
    const configAt: CellRef = { sheet: "Cấu hình", row: 11, col: 1 };
    const found = effectiveDeadlines(
      [task("bc", "year-report", d(20, 10), [MEMBERS], { at: at(6, 0), endAt: at(6, 6) })],
      { endReport: d(30, 10) },
      { endReport: configAt },
    );
    expect(found.deadlines.endReport).toEqual(d(20, 10));
    expect(found.problems).toEqual([
      {
        code: "PLAN_DEADLINE_DIFFERS",
        severity: "warning",
        params: {
          deadline: "endReport",
          task: "bc",
          plan: d(20, 10),
          config: d(30, 10),
          planAt: at(6, 6),
          configAt,
        },
        at: at(6, 6),
      },
    ]);
  });

  it("gives the self-score table its own deadline only where it differs from the year report's", () => {
    const same = effectiveDeadlines(
      [task("bc", "year-report", d(20, 10)), task("tc", "self-score", d(20, 10))],
      {},
    );
    expect(same.deadlines).toEqual({ endReport: d(20, 10) });
    const own = effectiveDeadlines(
      [task("bc", "year-report", d(20, 10)), task("tc", "self-score", d(15, 10))],
      {},
    );
    expect(own.deadlines).toEqual({ endReport: d(20, 10), selfScore: d(15, 10) });
  });
});

describe("deadlineTasks", () => {
  const titles = Object.fromEntries(DEADLINE_KEYS.map((k) => [k, `title ${k}`])) as Record<
    DeadlineKey,
    string
  >;

  it("makes «Cấu hình»'s deadlines the plan has no task for into tasks, a limit moved off a day off", () => {
    const cell: CellRef = { sheet: "Cấu hình", row: 15, col: 1 };
    const found = effectiveDeadlines(
      [task("dk", "registration", d(21, 3))],
      {
        registration: d(21, 3),
        endReport: d(20, 10), // a Sunday
        summaryMeeting: d(30, 11), // a Saturday, the day it is held
      },
      { endReport: cell },
    );
    const tasks = deadlineTasks(found, titles, []);
    expect(tasks.map((t) => [t.id, t.kind, t.owners, t.end, t.statedEnd, t.endIs, t.title])).toEqual([
      ["cau-hinh-endReport", "year-report", [MEMBERS], d(21, 10), d(20, 10), "limit", "title endReport"],
      [
        "cau-hinh-summaryMeeting",
        "summary-meeting",
        [HEAD],
        d(30, 11),
        d(30, 11),
        "event",
        "title summaryMeeting",
      ],
    ]);
    expect(tasks[0]!.endAt).toEqual(cell);
  });
});

describe("every preset's plan agrees with its own deadlines", () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))("%s: no warning for 2022 to 2026", (id, preset) => {
    for (let year = 2022; year <= 2026; year++) {
      const plan = presetPlanForYear(id, year);
      const config = preset.deadlinesFor(year);
      const found = effectiveDeadlines(plan.tasks, config);
      expect({ year, problems: found.problems }).toEqual({ year, problems: [] });
      // Every «Cấu hình» deadline the preset gives is the plan's day, where the plan has the kind.
      for (const key of DEADLINE_KEYS) {
        const typed = config[key];
        if (typed) expect({ key, day: found.deadlines[key] }).toEqual({ key, day: typed });
      }
    }
  });
});
