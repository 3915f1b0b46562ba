/**
 * The year's plan as use cases over a WorkbookPort: read the "Kế hoạch" sheet with the
 * configuration (the period's year, the holidays, the head and deputy) and the unit list (members,
 * and the facts that tick deliveries off), resolve it with the core, and say what is due on a day.
 * One read; nothing is written.
 */
import { planHolidays, planForYear, type ResolvedPlan } from "../core/plan";
import { dueFromPlan, type PlanDue, type PlanRoles } from "../core/plan-due";
import { deliveriesFromFacts, planFactsWithSubmissions, type UnitPlanFacts } from "../core/plan-facts";
import { submissionFacts } from "../core/submissions";
import { normalizeKey } from "../core/text/normalize";
import { readSubmissionsSheet } from "./sheets/submissions";
import { problemOf } from "../core/diagnostics";
import type { CalendarDate, Problem, UnitCode } from "../core/model";
import { unitCode } from "../core/model";
import { FONT_SHEETS } from "./decode";
import { WorkbookError } from "./errors";
import { Grid, keyOf } from "./grid/grid";
import type { WorkbookPort } from "./port";
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
  const planSnapshot = findSheet(sheets, SHEET.plan);
  const tasks = planSnapshot ? readPlanSheet(new Grid(planSnapshot), problems).tasks : [];
  if (!planSnapshot) problems.push(problemOf("WB_SHEET_MISSING", { sheet: SHEET.plan }));
  // The workbook's own holiday list replaces the computed one, as for the eligibility check.
  const holidays = config.holidays.length > 0 ? config.holidays : planHolidays(year);
  const plan = planForYear(tasks, { year, holidays });
  problems.push(...plan.problems);

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

export interface WorkDue extends PlanRead {
  readonly due: PlanDue;
}

/**
 * What is due on `asOf`: the plan read from the workbook, its deliveries ticked off by the unit
 * list's facts (registration, pact, reports), due within `withinDays` days (14 by default).
 */
export async function workDue(port: WorkbookPort, asOf: CalendarDate, withinDays?: number): Promise<WorkDue> {
  const read = await readPlan(port);
  const due = dueFromPlan(read.plan, asOf, {
    roles: read.roles,
    deliveries: deliveriesFromFacts(read.plan, read.facts),
    ...(withinDays !== undefined && { withinDays }),
  });
  return { ...read, due, problems: [...read.problems, ...due.problems] };
}
