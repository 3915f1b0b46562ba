/**
 * The cluster's effective deadlines: one home for each, the plan («Kế hoạch»), with «Cấu hình»'s
 * row read only where the plan has no task of that kind (docs/ARCHITECTURE.md). Every consumer —
 * the eligibility check (late and pending reports), the late submissions, what is due, the unit
 * files and the documents — reads the deadlines this gives, so a deadline moved in the plan moves
 * everywhere.
 *
 * Which task gives a deadline:
 * - the registration, the pact, the two reports and the self-score table: a task of that kind the
 *   members owe (its owners include Thành viên Cụm) — the head's own registration with the
 *   federation is not a unit's registration (as core/plan-facts.ts ticks deliveries off);
 * - the summary meeting and the results to the federation: any task of that kind.
 * Cancelled tasks give none. Of several, the latest stated end is the deadline (the last day a
 * delivery is on time; seed 003's two results rows end with the year's, 30/3 of the next year).
 * The deadline is the task's stated end, before any move off a day off: the consumers move it, as
 * they move «Cấu hình»'s.
 *
 * Where both sheets give a deadline and they differ, the plan's is used and a warning
 * (PLAN_DEADLINE_DIFFERS) names both cells, once per deadline.
 */
import { compareDates, holidaySet, nextWorkingDay, type Holidays } from "./calendar";
import type { CalendarDate, CellRef, Deadlines } from "./model";
import { planTaskId, type PlanTaskId, type PlanTaskKind, type ResolvedPlanTask } from "./plan";
import type { PlanProblem } from "./plan-problems";
import { planProblem } from "./plan-problems";

/** The deadlines a plan task can give: every dated field of {@link Deadlines}. */
export type DeadlineKey = Exclude<keyof Deadlines, "draftWorkingDaysBeforeMeeting">;

/** The plan task kind behind each deadline, and whether the members must owe the task. */
export const DEADLINE_TASK: { readonly [K in DeadlineKey]: { kind: PlanTaskKind; members: boolean } } = {
  registration: { kind: "registration", members: true },
  pact: { kind: "pact", members: true },
  midReport: { kind: "mid-report", members: true },
  endReport: { kind: "year-report", members: true },
  selfScore: { kind: "self-score", members: true },
  summaryMeeting: { kind: "summary-meeting", members: false },
  resultsToFederation: { kind: "results", members: false },
};

export const DEADLINE_KEYS = Object.keys(DEADLINE_TASK) as readonly DeadlineKey[];

/** Where a deadline comes from: a plan task (its end cell) or «Cấu hình»'s row. */
export type DeadlineSource =
  | { readonly from: "plan"; readonly task: PlanTaskId; readonly at?: CellRef }
  | { readonly from: "config"; readonly at?: CellRef };

export interface EffectiveDeadlines {
  readonly deadlines: Deadlines;
  readonly sources: Partial<Readonly<Record<DeadlineKey, DeadlineSource>>>;
  /** PLAN_DEADLINE_DIFFERS warnings, in {@link DEADLINE_KEYS} order. */
  readonly problems: readonly PlanProblem[];
}

/** The task that gives a deadline, or undefined when the plan has none of its kind. */
export function planTaskFor(
  key: DeadlineKey,
  tasks: readonly ResolvedPlanTask[],
): ResolvedPlanTask | undefined {
  const { kind, members } = DEADLINE_TASK[key];
  let found: ResolvedPlanTask | undefined;
  for (const task of tasks) {
    if (task.kind !== kind || task.status === "cancelled") continue;
    if (members && !task.owners.some((o) => "role" in o && o.role === "members")) continue;
    if (!found || compareDates(task.statedEnd, found.statedEnd) > 0) found = task;
  }
  return found;
}

/**
 * The deadlines in force: each from the plan's task of its kind, else «Cấu hình»'s row. `plan`
 * undefined (no «Kế hoạch» sheet) gives «Cấu hình»'s deadlines unchanged — the same object, so an
 * older workbook reads exactly as before. `configAt` names «Cấu hình»'s cells, for the warning.
 *
 * @example
 * // yearReport: a task of kind "year-report" the members owe, its stated end 20/10/2022
 * effectiveDeadlines([yearReport], { endReport: { year: 2022, month: 10, day: 30 } })
 * // deadlines.endReport 20/10/2022; one PLAN_DEADLINE_DIFFERS warning (plan 20/10, config 30/10)
 */
export function effectiveDeadlines(
  plan: readonly ResolvedPlanTask[] | undefined,
  config: Deadlines,
  configAt: Partial<Readonly<Record<DeadlineKey, CellRef>>> = {},
): EffectiveDeadlines {
  const configSources = (): Partial<Record<DeadlineKey, DeadlineSource>> => {
    const sources: Partial<Record<DeadlineKey, DeadlineSource>> = {};
    for (const key of DEADLINE_KEYS) {
      const at = configAt[key];
      if (config[key]) sources[key] = { from: "config", ...(at && { at }) };
    }
    return sources;
  };
  if (plan === undefined) return { deadlines: config, sources: configSources(), problems: [] };
  const deadlines: { -readonly [K in keyof Deadlines]: Deadlines[K] } = { ...config };
  const sources = configSources();
  const problems: PlanProblem[] = [];
  for (const key of DEADLINE_KEYS) {
    const task = planTaskFor(key, plan);
    if (!task) continue;
    const planned: CalendarDate = task.statedEnd;
    const typed = config[key];
    const at = task.endAt ?? task.at;
    if (typed && compareDates(typed, planned) !== 0) {
      const cell = configAt[key];
      problems.push(
        planProblem(
          "PLAN_DEADLINE_DIFFERS",
          {
            deadline: key,
            task: task.id,
            plan: planned,
            config: typed,
            ...(at && { planAt: at }),
            ...(cell && { configAt: cell }),
          },
          at,
        ),
      );
    }
    deadlines[key] = planned;
    sources[key] = { from: "plan", task: task.id, ...(at && { at }) };
  }
  // The self-score table due with the year report is the rule without it (submissions.ts): kept
  // implicit, so the input (and its data stamp) says only what differs.
  if (
    deadlines.selfScore &&
    deadlines.endReport &&
    compareDates(deadlines.selfScore, deadlines.endReport) === 0 &&
    !config.selfScore
  ) {
    delete deadlines.selfScore;
  }
  return { deadlines, sources, problems };
}

/**
 * «Cấu hình»'s deadlines the plan has no task for, as plan tasks, so that what is due follows them
 * as the eligibility check does: a workbook without «Kế hoạch» still lists its registration,
 * reports and meeting. The units owe the registration, the pact, the reports and the self-score
 * table; the head the meeting and the results. A limit on a day off moves to the next working day;
 * the meeting is the day it is held. `titles` word each task (the workbook's labels: the core has
 * no text); the identifier is `cau-hinh-<deadline>`.
 *
 * @example
 * deadlineTasks(effectiveDeadlines(undefined, { endReport: d(2025, 12, 10) }), titles, [])
 * // [{ id: "cau-hinh-endReport", kind: "year-report", owners: [{ role: "members" }], end: 10/12/2025, … }]
 */
export function deadlineTasks(
  effective: EffectiveDeadlines,
  titles: Readonly<Record<DeadlineKey, string>>,
  holidays: Holidays,
): ResolvedPlanTask[] {
  const off = holidaySet(holidays);
  const tasks: ResolvedPlanTask[] = [];
  for (const key of DEADLINE_KEYS) {
    const source = effective.sources[key];
    const stated = effective.deadlines[key];
    if (source?.from !== "config" || stated === undefined) continue;
    const { kind, members } = DEADLINE_TASK[key];
    const endIs = key === "summaryMeeting" ? "event" : "limit";
    tasks.push({
      id: planTaskId(`cau-hinh-${key}`),
      number: "",
      title: titles[key],
      kind,
      owners: [{ role: members ? "members" : "head" }],
      end: endIs === "limit" ? nextWorkingDay(stated, off) : stated,
      statedEnd: stated,
      endIs,
      status: "open",
      ...(source.at && { at: source.at, endAt: source.at }),
    });
  }
  return tasks;
}
