/**
 * Properties of plan resolution and of "what is due". Working days are checked here with the
 * platform's own calendar (Date.UTC), independently of src/core/calendar.ts.
 */
import fc from "fast-check";
import type { CalendarDate, UnitCode } from "../../src/core/model";
import type { PlanDate, PlanTask, PlanTaskId } from "../../src/core/plan";
import { planForYear, planHolidays, planTaskId } from "../../src/core/plan";
import { dueFromPlan } from "../../src/core/plan-due";
import { PLAN_TEMPLATES, presetPlanForYear } from "../../src/core/plan-presets";
import type { PresetId } from "../../src/core/presets";

const RUNS = { numRuns: 300 };
const DAY_MS = 86_400_000;

const utc = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): CalendarDate => {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
const key = (d: CalendarDate): string => `${d.year}-${d.month}-${d.day}`;
const plusDays = (d: CalendarDate, n: number): CalendarDate => fromUtc(utc(d) + n * DAY_MS);
const isWorking = (d: CalendarDate, off: ReadonlySet<string>): boolean => {
  const weekday = new Date(utc(d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !off.has(key(d));
};

/** A real day from 1990 to 2100. */
const dayArb: fc.Arbitrary<CalendarDate> = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((n) => fromUtc(n * DAY_MS));

/** A day and a holiday list that often crowds the days after it (a Tết-like run of days off). */
const dayWithHolidaysArb = fc
  .tuple(dayArb, fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 12 }), fc.boolean())
  .map(([day, offsets, computed]) => {
    const listed = offsets.map((n) => plusDays(day, n));
    const holidays = computed ? [...listed, ...planHolidays(day.year)] : listed;
    return { day, holidays, off: new Set(holidays.map(key)) };
  });

const fixedTask = (id: string, end: PlanDate): PlanTask => ({
  id: planTaskId(id),
  number: id,
  title: id,
  kind: "other",
  owners: [{ role: "head" }],
  end,
});

describe("a resolved deadline", () => {
  it("is a working day, never before the stated day, with only days off between them", () => {
    fc.assert(
      fc.property(dayWithHolidaysArb, ({ day, holidays, off }) => {
        const plan = planForYear([fixedTask("a", { kind: "fixed", date: day })], {
          year: day.year,
          holidays,
        });
        const task = plan.tasks[0];
        if (!task) return false;
        expect(task.statedEnd).toEqual(day);
        expect(isWorking(task.end, off)).toBe(true);
        expect(utc(task.end)).toBeGreaterThanOrEqual(utc(day));
        for (let d = day; utc(d) < utc(task.end); d = plusDays(d, 1)) expect(isWorking(d, off)).toBe(false);
        return true;
      }),
      RUNS,
    );
  });

  it("of a preset's plan is a working day on or after the stated day, for any year", () => {
    const presetArb = fc.constantFrom(...(Object.keys(PLAN_TEMPLATES) as PresetId[]));
    fc.assert(
      fc.property(presetArb, fc.integer({ min: 1990, max: 2100 }), (preset, year) => {
        const holidays = planHolidays(year);
        const off = new Set(holidays.map(key));
        const plan = presetPlanForYear(preset, year, holidays);
        expect(plan.problems).toEqual([]);
        for (const task of plan.tasks) {
          expect(isWorking(task.end, off)).toBe(true);
          expect(utc(task.end)).toBeGreaterThanOrEqual(utc(task.statedEnd));
          if (task.start) expect(utc(task.start)).toBeLessThanOrEqual(utc(task.statedEnd));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("a date N working days before or after another", () => {
  it("lies exactly N working days away, on a working day", () => {
    fc.assert(
      fc.property(
        dayWithHolidaysArb,
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<"before" | "after">("before", "after"),
        ({ day, holidays, off }, count, direction) => {
          const plan = planForYear(
            [
              { ...fixedTask("hop", { kind: "fixed", date: day }), endIs: "event" },
              fixedTask("x", {
                kind: "relative",
                count,
                unit: "working-days",
                direction,
                of: planTaskId("hop"),
              }),
            ],
            { year: day.year, holidays },
          );
          const x = plan.tasks[1];
          if (!x) return false;
          if (count === 0) {
            // Zero days away is the day itself, moved off a day off like any limit.
            expect(x.statedEnd).toEqual(day);
            return true;
          }
          expect(isWorking(x.statedEnd, off)).toBe(true);
          expect(x.end).toEqual(x.statedEnd);
          // Count the working days strictly between the day and the result, plus the result itself.
          const step = direction === "before" ? -1 : 1;
          expect(Math.sign(utc(x.end) - utc(day))).toBe(step);
          let counted = 0;
          for (let d = plusDays(day, step); key(d) !== key(plusDays(x.end, step)); d = plusDays(d, step)) {
            if (isWorking(d, off)) counted++;
          }
          expect(counted).toBe(count);
          return true;
        },
      ),
      RUNS,
    );
  });
});

describe("references among tasks", () => {
  /** Each task either has a day of its own or counts from task `ref` (which may not exist). */
  const graphArb = fc
    .integer({ min: 1, max: 8 })
    .chain((n) =>
      fc.array(fc.option(fc.integer({ min: 0, max: n }), { nil: undefined }), { minLength: n, maxLength: n }),
    );

  /** Walks the references from task i: "ok", "missing" (reaches a task that is not there) or "cycle". */
  function fate(refs: readonly (number | undefined)[], i: number): "ok" | "missing" | "cycle" {
    const seen = new Set<number>();
    let at: number | undefined = i;
    while (at !== undefined) {
      if (at >= refs.length) return "missing";
      if (seen.has(at)) return "cycle";
      seen.add(at);
      at = refs[at];
    }
    return "ok";
  }

  /** The cycles of the reference graph, each as a set of task numbers. */
  function cycles(refs: readonly (number | undefined)[]): string[] {
    const found = new Set<string>();
    refs.forEach((_, i) => {
      const path: number[] = [];
      let at: number | undefined = i;
      while (at !== undefined && at < refs.length && !path.includes(at)) {
        path.push(at);
        at = refs[at];
      }
      if (at !== undefined && at < refs.length) {
        found.add(
          path
            .slice(path.indexOf(at))
            .sort((a, b) => a - b)
            .join(","),
        );
      }
    });
    return [...found].sort();
  }

  it("resolves a task exactly when its chain of references ends at a day, and reports each cycle once", () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 1, max: 12 }), (refs, month) => {
        const name = (i: number): PlanTaskId => planTaskId(`t${i}`);
        const tasks = refs.map((ref, i) =>
          fixedTask(
            `t${i}`,
            ref === undefined
              ? { kind: "period", day: 10, month }
              : { kind: "relative", count: i, unit: "working-days", direction: "after", of: name(ref) },
          ),
        );
        const plan = planForYear(tasks, { year: 2025, holidays: planHolidays(2025) });
        const resolved = new Set<string>(plan.tasks.map((t) => t.id));
        refs.forEach((_, i) => {
          const ok = fate(refs, i) === "ok";
          expect(resolved.has(`t${i}`)).toBe(ok);
          expect(plan.unresolved.includes(name(i))).toBe(!ok);
        });
        const reported = plan.problems
          .filter((p) => p.code === "PLAN_REFERENCE_CYCLE")
          .map((p) =>
            p.code === "PLAN_REFERENCE_CYCLE"
              ? p.params.tasks
                  .map((t) => Number(t.slice(1)))
                  .sort((a, b) => a - b)
                  .join(",")
              : "",
          )
          .sort();
        expect(reported).toEqual(cycles(refs));
        // Every task left out is named by exactly one problem.
        for (const left of plan.unresolved) {
          const naming = plan.problems.filter((p) =>
            p.code === "PLAN_REFERENCE_CYCLE"
              ? p.params.tasks.includes(left)
              : "task" in p.params && p.params.task === left,
          );
          expect(naming.length).toBe(1);
        }
      }),
      RUNS,
    );
  });
});

describe("what is due", () => {
  const units = ["A", "B", "C", "D"].map((u) => u as UnitCode);
  const presetArb = fc.constantFrom(...(Object.keys(PLAN_TEMPLATES) as PresetId[]));

  it("puts each task in at most one list, by its deadline and the day asked", () => {
    fc.assert(
      fc.property(
        presetArb,
        fc.integer({ min: 2000, max: 2060 }),
        fc.integer({ min: -400, max: 800 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.integer({ min: -30, max: 30 })), { maxLength: 30 }),
        (preset, year, shift, withinDays, picks) => {
          const plan = presetPlanForYear(preset, year);
          const asOf = plusDays({ year, month: 1, day: 1 }, shift);
          const deliveries = picks.flatMap(([t, u, d]) => {
            const task = plan.tasks[t % plan.tasks.length];
            const unit = units[u];
            return task && unit ? [{ task: task.id, unit, on: plusDays(task.end, d) }] : [];
          });
          const due = dueFromPlan(plan, asOf, {
            withinDays,
            roles: { head: [units[0]!], deputy: [units[1]!], members: units, nextHead: [units[1]!] },
            deliveries,
          });
          const lists = [due.due, due.late, due.ongoing, due.done].map((l) => l.map((i) => i.task));
          const all = lists.flat();
          expect(new Set(all).size).toBe(all.length);
          const days = (d: CalendarDate): number => Math.round((utc(d) - utc(asOf)) / DAY_MS);
          for (const item of due.due) expect(days(item.deadline)).toBeGreaterThanOrEqual(0);
          for (const item of due.due) expect(days(item.deadline)).toBeLessThanOrEqual(withinDays);
          for (const item of due.late) expect(days(item.deadline)).toBeLessThan(0);
          for (const item of [...due.due, ...due.late]) {
            expect(item.daysToDeadline).toBe(days(item.deadline));
            expect(item.owing.length).toBeGreaterThan(0);
          }
          for (const item of due.ongoing) {
            expect(days(item.deadline)).toBeGreaterThan(withinDays);
            expect(item.start && days(item.start) <= 0).toBe(true);
          }
          // A task left off every list is not done, not yet started, and due after the window.
          for (const task of plan.tasks.filter((t) => !all.includes(t.id))) {
            expect(days(task.end)).toBeGreaterThan(withinDays);
            expect(task.start === undefined || days(task.start) > 0).toBe(true);
          }
          // Lists come soonest deadline first.
          for (const list of [due.due, due.late, due.ongoing, due.done]) {
            const order = list.map((i) => utc(i.deadline));
            expect(order).toEqual([...order].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
