/**
 * What is due on a given day: the tasks of a resolved plan due within the next days, those late and
 * who still owes them, those under way, and those done — as data with dates and codes, for the
 * pane's "Việc cần làm" and `thidua viec-can-lam` to render.
 *
 * A task is done when the plan marks it done, or when every unit that owes it has delivered (which
 * can be known only when the caller names the units of every role among its owners). A task due
 * today is not late: a delivery on the deadline is on time, as in the eligibility check.
 */
import { compareDates, daysBetween, isValidDate } from "./calendar";
import type { CalendarDate, CellRef, UnitCode } from "./model";
import type { PlanOwner, PlanRole, PlanTaskId, PlanTaskKind, ResolvedPlan, ResolvedPlanTask } from "./plan";
import type { PlanProblem } from "./plan-problems";
import { planProblem } from "./plan-problems";

/** The units behind each role this year; a role left out stays unresolved in the answer. */
export interface PlanRoles {
  readonly head?: readonly UnitCode[];
  readonly deputy?: readonly UnitCode[];
  /** Every member unit, the head and deputy included. */
  readonly members?: readonly UnitCode[];
  readonly nextHead?: readonly UnitCode[];
}

/** A unit's delivery for a task (its registration, report, self-score file …). */
export interface PlanDelivery {
  readonly task: PlanTaskId;
  readonly unit: UnitCode;
  /** The day it was delivered; absent when only "delivered" is known. */
  readonly on?: CalendarDate;
  readonly at?: CellRef;
}

export interface PlanDueOptions {
  /** How many days ahead count as due; 14 when absent. */
  readonly withinDays?: number;
  readonly roles?: PlanRoles;
  readonly deliveries?: readonly PlanDelivery[];
}

/** A unit's delivery as checked against the task's deadline. */
export interface PlanUnitDelivery {
  readonly unit: UnitCode;
  readonly on?: CalendarDate;
  /** Days after the deadline (0 when on time); null when the day is not known. */
  readonly daysLate: number | null;
}

/** A task still to do. */
export interface PlanDueItem {
  readonly task: PlanTaskId;
  readonly number: string;
  readonly kind: PlanTaskKind;
  readonly start?: CalendarDate;
  /** The day it is due (moved off a day off). */
  readonly deadline: CalendarDate;
  readonly statedDeadline: CalendarDate;
  /** Days from the day asked about to the deadline: 0 due today, negative when late. */
  readonly daysToDeadline: number;
  readonly owners: readonly PlanOwner[];
  /** The units that still owe it: the owners' units that have not delivered. */
  readonly owing: readonly UnitCode[];
  /** Owner roles the caller named no units for, so who owes it is known only by role. */
  readonly unresolvedRoles: readonly PlanRole[];
  /** The deliveries made so far by units that owe it. */
  readonly delivered: readonly PlanUnitDelivery[];
}

/** A task done. */
export interface PlanDoneItem {
  readonly task: PlanTaskId;
  readonly number: string;
  readonly kind: PlanTaskKind;
  readonly deadline: CalendarDate;
  readonly statedDeadline: CalendarDate;
  /** When it was done: the plan's date, or the last unit's delivery; absent when not known. */
  readonly doneOn?: CalendarDate;
  /** Days after the deadline (0 when on time); null when the day is not known. */
  readonly daysLate: number | null;
  readonly delivered: readonly PlanUnitDelivery[];
}

export interface PlanDue {
  readonly asOf: CalendarDate;
  readonly withinDays: number;
  /** Due from today to `withinDays` days ahead, soonest first. */
  readonly due: readonly PlanDueItem[];
  /** Past their deadline and not done, oldest deadline first. */
  readonly late: readonly PlanDueItem[];
  /** Started (a range whose first day has come) but due later than the window. */
  readonly ongoing: readonly PlanDueItem[];
  /** Done, by deadline. */
  readonly done: readonly PlanDoneItem[];
  readonly problems: readonly PlanProblem[];
}

export const DEFAULT_DUE_WITHIN_DAYS = 14;

const ROLE_KEY: { readonly [R in PlanRole]: keyof PlanRoles } = {
  head: "head",
  deputy: "deputy",
  members: "members",
  "next-head": "nextHead",
};

interface Owed {
  readonly units: readonly UnitCode[];
  readonly unresolvedRoles: readonly PlanRole[];
}

/**
 * The units a task's owners stand for, in the owners' order without repeats, and the roles the
 * caller gave no units for.
 *
 * @example
 * ownersToUnits([{ role: "head" }, { role: "members" }], { head: [cao], members: [cao, laoCai] })
 * // { units: [cao, laoCai], unresolvedRoles: [] }
 */
export function ownersToUnits(owners: readonly PlanOwner[], roles: PlanRoles = {}): Owed {
  const units: UnitCode[] = [];
  const unresolvedRoles: PlanRole[] = [];
  const add = (unit: UnitCode): void => {
    if (!units.includes(unit)) units.push(unit);
  };
  for (const owner of owners) {
    if ("unit" in owner) {
      add(owner.unit);
      continue;
    }
    const named = roles[ROLE_KEY[owner.role]];
    if (named === undefined) {
      if (!unresolvedRoles.includes(owner.role)) unresolvedRoles.push(owner.role);
    } else {
      named.forEach(add);
    }
  }
  return { units, unresolvedRoles };
}

/**
 * What is due on `asOf`: tasks due within `withinDays` days (14 by default, today included), tasks
 * late and the units that still owe them, tasks under way, and tasks done with any lateness.
 * Cancelled tasks are left out. Deliveries for a task the plan does not have are an error problem;
 * a delivery by a unit that does not owe the task (known only when every owner role is named) is
 * a warning and is ignored.
 *
 * @example
 * const due = dueFromPlan(presetPlanForYear("thu-duc-1", 2022), { year: 2022, month: 10, day: 20 }, {
 *   roles: { head: [a], members: [a, b] },
 *   deliveries: [{ task: planTaskId("tu-cham"), unit: a, on: { year: 2022, month: 10, day: 18 } }],
 * });
 * due.due.find((item) => item.task === "tu-cham")?.owing // [b]
 */
export function dueFromPlan(plan: ResolvedPlan, asOf: CalendarDate, options: PlanDueOptions = {}): PlanDue {
  if (!isValidDate(asOf)) throw new RangeError(`Not a day: ${asOf.day}/${asOf.month}/${asOf.year}.`);
  const withinDays = options.withinDays ?? DEFAULT_DUE_WITHIN_DAYS;
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new RangeError(`The days ahead must be a whole number from 0 up, not ${withinDays}.`);
  }
  const problems: PlanProblem[] = [];
  const tasks = new Map(plan.tasks.map((task) => [task.id, task]));
  const known = new Set<PlanTaskId>([...tasks.keys(), ...plan.unresolved]);
  const owedBy = new Map<PlanTaskId, Owed>(
    plan.tasks.map((task) => [task.id, ownersToUnits(task.owners, options.roles)]),
  );

  const deliveries = new Map<PlanTaskId, PlanDelivery[]>();
  for (const delivery of options.deliveries ?? []) {
    if (!known.has(delivery.task)) {
      problems.push(
        planProblem("PLAN_DELIVERY_TASK_UNKNOWN", { task: delivery.task, unit: delivery.unit }, delivery.at),
      );
      continue;
    }
    const owed = owedBy.get(delivery.task);
    if (!owed) continue; // a task the plan could not resolve: its own problem says why
    // With a role left unnamed the unit may well owe the task: its delivery is kept.
    if (!owed.units.includes(delivery.unit) && owed.unresolvedRoles.length === 0) {
      problems.push(
        planProblem("PLAN_DELIVERY_NOT_OWED", { task: delivery.task, unit: delivery.unit }, delivery.at),
      );
      continue;
    }
    const list = deliveries.get(delivery.task) ?? [];
    list.push(delivery);
    deliveries.set(delivery.task, list);
  }

  const due: PlanDueItem[] = [];
  const late: PlanDueItem[] = [];
  const ongoing: PlanDueItem[] = [];
  const done: PlanDoneItem[] = [];
  for (const task of plan.tasks) {
    if (task.status === "cancelled") continue;
    const owed = owedBy.get(task.id) ?? { units: [], unresolvedRoles: [] };
    const delivered = deliveredOf(task, deliveries.get(task.id) ?? []);
    const deliveredUnits = new Set(delivered.map((d) => d.unit));
    const owing = owed.units.filter((unit) => !deliveredUnits.has(unit));
    const allDelivered = owed.units.length > 0 && owed.unresolvedRoles.length === 0 && owing.length === 0;
    if (task.status === "done" || allDelivered) {
      done.push(doneItem(task, delivered));
      continue;
    }
    const daysToDeadline = daysBetween(asOf, task.end);
    const item: PlanDueItem = {
      task: task.id,
      number: task.number,
      kind: task.kind,
      ...(task.start && { start: task.start }),
      deadline: task.end,
      statedDeadline: task.statedEnd,
      daysToDeadline,
      owners: task.owners,
      owing,
      unresolvedRoles: owed.unresolvedRoles,
      delivered,
    };
    if (daysToDeadline < 0) late.push(item);
    else if (daysToDeadline <= withinDays) due.push(item);
    else if (task.start && compareDates(task.start, asOf) <= 0) ongoing.push(item);
  }
  const byDeadline = <T extends { readonly deadline: CalendarDate }>(items: T[]): T[] =>
    items.sort((a, b) => compareDates(a.deadline, b.deadline));
  return {
    asOf,
    withinDays,
    due: byDeadline(due),
    late: byDeadline(late),
    ongoing: byDeadline(ongoing),
    done: byDeadline(done),
    problems,
  };
}

function lateness(on: CalendarDate | undefined, deadline: CalendarDate): number | null {
  return on ? Math.max(0, daysBetween(deadline, on)) : null;
}

/** One delivery per unit: the first dated one, else the first. */
function deliveredOf(task: ResolvedPlanTask, deliveries: readonly PlanDelivery[]): PlanUnitDelivery[] {
  const byUnit = new Map<UnitCode, PlanDelivery>();
  for (const delivery of deliveries) {
    const seen = byUnit.get(delivery.unit);
    if (!seen || (!seen.on && delivery.on)) byUnit.set(delivery.unit, delivery);
  }
  return [...byUnit.values()].map((d) => ({
    unit: d.unit,
    ...(d.on && { on: d.on }),
    daysLate: lateness(d.on, task.end),
  }));
}

function doneItem(task: ResolvedPlanTask, delivered: readonly PlanUnitDelivery[]): PlanDoneItem {
  let doneOn: CalendarDate | undefined = task.doneOn;
  if (task.status !== "done" && delivered.every((d) => d.on)) {
    for (const d of delivered) if (d.on && (!doneOn || compareDates(d.on, doneOn) > 0)) doneOn = d.on;
  }
  return {
    task: task.id,
    number: task.number,
    kind: task.kind,
    deadline: task.end,
    statedDeadline: task.statedEnd,
    ...(doneOn && { doneOn }),
    daysLate: lateness(doneOn, task.end),
    delivered,
  };
}
