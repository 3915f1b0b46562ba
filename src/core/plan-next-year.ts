/**
 * Last year's plan carried into the next period (issue 17, `thidua nam-moi`): every task kept with
 * its owners and kind, its stated days one year on (a school year's two years both move), its rules
 * («10 ngày làm việc trước ngày họp tổng kết») kept as rules — worked out again on the new year's
 * working-day calendar when the plan is read —, the years in its title moved, and its status reset:
 * what was done last year is still to do.
 */
import { daysInMonth } from "./calendar";
import type { CalendarDate } from "./model";
import type { PlanDate, PlanTask } from "./plan";

/** The same day and month a year later; 29/2 becomes 28/2 in a year without it. */
export function dayNextYear(date: CalendarDate): CalendarDate {
  const year = date.year + 1;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

function planDateNextYear(date: PlanDate): PlanDate {
  return date.kind === "fixed" ? { ...date, date: dayNextYear(date.date) } : date;
}

/**
 * A title with each year near the period's moved on by one: "năm 2025" → "năm 2026", "năm học 2021
 * – 2022" → "năm học 2022 – 2023". Only years from `year − 1` to `year + 2` move (a decree's year
 * such as "Nghị định 30/2020" stays).
 *
 * @example titleNextYear("Hội nghị tổng kết năm 2025", 2025) === "Hội nghị tổng kết năm 2026"
 */
export function titleNextYear(title: string, year: number): string {
  return title.replace(/(?<!\d)(\d{4})(?!\d)/gu, (text) => {
    const n = Number(text);
    return n >= year - 1 && n <= year + 2 ? String(n + 1) : text;
  });
}

/**
 * Last year's tasks (as read from «Kế hoạch», `year` the period's year: the calendar year, or the
 * year a school year starts) for the next period: dates a year on, rules kept, titles' years moved,
 * status open, the day done and the cells dropped.
 *
 * @example planTasksNextYear(tasks, 2025)[0].end // { kind: "fixed", date: 25/12/2026 } for 25/12/2025
 */
export function planTasksNextYear(tasks: readonly PlanTask[], year: number): PlanTask[] {
  return tasks.map((task) => {
    const { status: _status, doneOn: _doneOn, at: _at, ...rest } = task;
    return {
      ...rest,
      title: titleNextYear(task.title, year),
      ...(task.start && { start: planDateNextYear(task.start) }),
      end: planDateNextYear(task.end),
      ...(task.dataAsOf && { dataAsOf: planDateNextYear(task.dataAsOf) }),
    };
  });
}
