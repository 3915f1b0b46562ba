/**
 * The year's plan as use cases over a WorkbookPort: read the "Kế hoạch" sheet with the
 * configuration (the period's year, the holidays, the head and deputy) and the unit list (members,
 * and the facts that tick deliveries off), resolve it with the core, and say what is due on a day.
 * One read; nothing is written.
 */
import { planHolidays, planForYear, type ResolvedPlan, type ResolvedPlanTask } from "../core/plan";
import { planTasksNextYear } from "../core/plan-next-year";
import { dueFromPlan, type PlanDue, type PlanRoles } from "../core/plan-due";
import { deliveriesFromFacts, planFactsWithSubmissions, type UnitPlanFacts } from "../core/plan-facts";
import { submissionFacts } from "../core/submissions";
import { normalizeKey } from "../core/text/normalize";
import { readSubmissionsSheet } from "./sheets/submissions";
import { problemOf } from "../core/diagnostics";
import type { CalendarDate, Period, Problem, UnitCode } from "../core/model";
import { unitCode } from "../core/model";
import { FONT_SHEETS, resolvedPlanOf } from "./decode";
import { deadlineTasks, effectiveDeadlines, type DeadlineKey } from "../core/deadlines";
import { CONFIG_KEYS } from "./sheets/config";
import { WorkbookError } from "./errors";
import { Grid, keyOf } from "./grid/grid";
import type { SheetSnapshot, WorkbookPort } from "./port";
import { findSheet, SHEET } from "./sheet-names";
import { readConfigSheet } from "./sheets/config";
import { readPlanSheet } from "./sheets/plan";
import { readUnitsSheet } from "./sheets/units";

/** A unit as the plan's readers name it. */
export interface PlanUnit {
  readonly code: UnitCode;
  readonly name: string;
}

export interface PlanRead {
  /** The period's year the plan's dates are resolved in (the year a school year starts). */
  readonly year: number;
  readonly plan: ResolvedPlan;
  /** «Cấu hình»'s deadlines the plan has no task of their kind for, as tasks (core/deadlines.ts). */
  readonly fromConfig: readonly ResolvedPlanTask[];
  readonly roles: PlanRoles;
  readonly units: readonly PlanUnit[];
  readonly facts: readonly UnitPlanFacts[];
  /** The sheets' problems and the plan's, in reading order. */
  readonly problems: readonly Problem[];
  /** Where the plan's documents are issued: the configuration's bodies, place and signer. */
  readonly document: {
    readonly parentBody: string;
    readonly issuingBody: string;
    readonly place: string;
    readonly signer: string;
    readonly recipients: readonly string[];
    readonly periodLabel: string;
  };
}

/** A «Cấu hình» deadline as a task of what is due: its row's label. */
const DEADLINE_TITLES: Readonly<Record<DeadlineKey, string>> = {
  registration: CONFIG_KEYS.registration,
  pact: CONFIG_KEYS.pact,
  midReport: CONFIG_KEYS.midReport,
  endReport: CONFIG_KEYS.endReport,
  selfScore: "Hạn gửi bảng tự chấm điểm",
  summaryMeeting: CONFIG_KEYS.summaryMeeting,
  resultsToFederation: "Hạn gửi kết quả về cấp trên",
};

/** The units a head or deputy cell names, by code or by name. */
function unitsNamed(text: string, units: readonly PlanUnit[]): UnitCode[] {
  if (text.trim() === "") return [];
  const key = keyOf(text);
  const found = units.find((u) => keyOf(u.code) === key || keyOf(u.name) === key);
  return found ? [found.code] : [];
}

/**
 * Reads the plan, the configuration and the unit list. Refuses (WorkbookError NOT_CLUSTER_WORKBOOK)
 * a workbook without the configuration; a workbook without "Kế hoạch" has an empty plan and a
 * WB_SHEET_MISSING problem.
 */
export async function readPlan(port: WorkbookPort): Promise<PlanRead> {
  const infos = await port.listSheets();
  const wanted = [SHEET.config, SHEET.units, SHEET.plan, SHEET.submissions]
    .map((name) => findSheet(infos, name)?.name)
    .filter((name): name is string => name !== undefined);
  const sheets = await port.readSheets(wanted, { fonts: [...FONT_SHEETS, SHEET.plan] });
  const configSnapshot = findSheet(sheets, SHEET.config);
  if (!configSnapshot) throw new WorkbookError("NOT_CLUSTER_WORKBOOK", {});
  const problems: Problem[] = [];
  const config = readConfigSheet(new Grid(configSnapshot), problems);
  const unitsSnapshot = findSheet(sheets, SHEET.units);
  const unitRows = unitsSnapshot ? readUnitsSheet(new Grid(unitsSnapshot), problems).units : [];
  // «Đăng ký và nộp» over the unit list's cells, as the summary reads them (core/plan-facts.ts).
  const submissionsSnapshot = findSheet(sheets, SHEET.submissions);
  const submitted = submissionsSnapshot
    ? submissionFacts(readSubmissionsSheet(new Grid(submissionsSnapshot), problems).entries)
    : undefined;
  const units: PlanUnit[] = [];
  const facts: UnitPlanFacts[] = [];
  for (const row of unitRows) {
    if (row.code.value === "") continue;
    const code = unitCode(row.code.value);
    if (units.some((u) => keyOf(u.code) === keyOf(code))) continue;
    units.push({ code, name: row.name.value || row.code.value });
    facts.push({
      unit: code,
      ...planFactsWithSubmissions(row, submitted?.get(normalizeKey(code)), !!submitted),
    });
  }
  const year = config.period?.start.year ?? 0;
  if (!findSheet(sheets, SHEET.plan)) problems.push(problemOf("WB_SHEET_MISSING", { sheet: SHEET.plan }));
  // The workbook's own holiday list replaces the computed one, as for the eligibility check.
  const holidays = config.holidays.length > 0 ? config.holidays : planHolidays(year);
  const plan = resolvedPlanOf(sheets, year, holidays, problems) ?? planForYear([], { year, holidays });
  // The deadlines in force, as the summary reads them (core/deadlines.ts): what is due follows
  // «Cấu hình»'s rows where the plan has no task of their kind.
  const deadlines = effectiveDeadlines(
    findSheet(sheets, SHEET.plan) ? plan.tasks : undefined,
    config.deadlines,
    config.deadlineCells,
  );
  problems.push(...deadlines.problems);
  const fromConfig = deadlineTasks(deadlines, DEADLINE_TITLES, holidays);

  // The head and deputy named in the configuration (the first cluster's); a role nobody is named
  // for stays a role, so what it owes is still listed under its name.
  const officers = [...config.document.officers.values()][0];
  const head = unitsNamed(officers?.head ?? "", units);
  const deputy = unitsNamed(officers?.deputy ?? "", units);
  const roles: PlanRoles = {
    members: units.map((u) => u.code),
    ...(head.length > 0 && { head }),
    ...(deputy.length > 0 && { deputy }),
  };
  return {
    year,
    plan,
    fromConfig,
    roles,
    units,
    facts,
    problems,
    document: {
      parentBody: config.document.parentBody,
      issuingBody: config.document.issuingBody,
      place: config.document.place,
      signer: config.document.signer,
      recipients: config.document.recipients,
      periodLabel: config.period?.label ?? "",
    },
  };
}

/**
 * Last year's «Kế hoạch» for the next period (`thidua nam-moi`): read from the sheets, carried by
 * the core (dates a year on, rules kept, statuses reset: core/plan-next-year.ts) and resolved on
 * the new period's calendar. Undefined when last year's workbook had no plan (the new one then has
 * none, as before); rows in error last year stay behind with their problems.
 */
export function planCarriedForward(
  sheets: readonly SheetSnapshot[],
  last: Period,
  next: Period,
  holidays: readonly CalendarDate[],
): readonly ResolvedPlanTask[] | undefined {
  const snapshot = findSheet(sheets, SHEET.plan);
  if (!snapshot) return undefined;
  const tasks = readPlanSheet(new Grid(snapshot), []).tasks;
  const carried = planTasksNextYear(tasks, last.start.year);
  return planForYear(carried, { year: next.start.year, holidays }).tasks;
}

export interface WorkDue extends PlanRead {
  /** The plan's tasks and «Cấu hình»'s deadlines it has no task for (`fromConfig`). */
  readonly plan: ResolvedPlan;
  readonly due: PlanDue;
}

/**
 * What is due on `asOf`: the plan read from the workbook, its deliveries ticked off by the unit
 * list's facts (registration, pact, reports), due within `withinDays` days (14 by default).
 */
export async function workDue(port: WorkbookPort, asOf: CalendarDate, withinDays?: number): Promise<WorkDue> {
  const read = await readPlan(port);
  const plan = { ...read.plan, tasks: [...read.plan.tasks, ...read.fromConfig] };
  const due = dueFromPlan(plan, asOf, {
    roles: read.roles,
    deliveries: deliveriesFromFacts(plan, read.facts),
    ...(withinDays !== undefined && { withinDays }),
  });
  // The plan as what is due reads it: «Cấu hình»'s deadlines the plan has no task for included.
  return { ...read, plan, due, problems: [...read.problems, ...due.problems] };
}
