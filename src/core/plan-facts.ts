/**
 * The unit list's facts as deliveries for the plan: the registration, the pact and the two reports
 * a unit owes the cluster are the facts the eligibility check reads (the unit list's «Đăng ký», «Ký
 * giao ước», «Ngày gửi BC sơ kết», «Ngày gửi BC tổng kết»), read by the same parsers — one home for
 * each fact. Only tasks the members owe the cluster are ticked off by them: the head's own
 * registration with the federation is not a unit's registration.
 */
import type { EligibilityFacts } from "./eligibility";
import type { CellRef, ReportSent, Sourced, UnitCode, UnitRow } from "./model";
import { isBlankCell } from "./cell-text";
import { parseReportCell, parseYesNo } from "./numbers";
import type { SubmissionFact, SubmissionItem } from "./submissions";
import type { PlanTaskKind, ResolvedPlan } from "./plan";
import type { PlanDelivery } from "./plan-due";

/**
 * A unit's facts as the plan reads them: the eligibility facts that are deliveries, and the
 * self-score table («Bảng tự chấm» in «Đăng ký và nộp»; absent: not known).
 */
export type PlanFacts = Pick<EligibilityFacts, "registered" | "pactSigned" | "midReport" | "endReport"> & {
  readonly selfScore?: ReportSent;
};

/** The facts of a unit list row, read as the eligibility check reads them; an unreadable cell counts as not delivered (the summary reports it). */
export function planFactsOfRow(row: UnitRow): PlanFacts {
  const yesNo = (cell: Sourced): boolean | null => {
    const v = parseYesNo(cell.value);
    return v === "invalid" ? null : v;
  };
  const report = (cell: Sourced): ReportSent => {
    const v = parseReportCell(cell.value);
    return v === "invalid" ? null : v;
  };
  return {
    registered: yesNo(row.registered),
    pactSigned: yesNo(row.pactSigned),
    midReport: report(row.midReportDate),
    endReport: report(row.endReportDate),
  };
}

/**
 * The facts of a unit list row with the unit's entries in «Đăng ký và nộp» over them, by the rule
 * the summary applies (unit-list.ts): an item with an entry is read from it; else the row's cell,
 * which counts as not delivered when empty and the workbook has the sheet (`recorded`). Each fact
 * comes with its cell.
 */
export function planFactsWithSubmissions(
  row: UnitRow,
  submitted: Partial<Readonly<Record<SubmissionItem, SubmissionFact>>> | undefined,
  recorded: boolean,
): { facts: PlanFacts; at: Partial<Record<keyof PlanFacts, CellRef>> } {
  const own = planFactsOfRow(row);
  const at: Partial<Record<keyof PlanFacts, CellRef>> = {};
  const pick = <T>(
    item: SubmissionItem,
    key: keyof PlanFacts,
    cell: Sourced,
    fromRow: T,
    of: (f: SubmissionFact) => T,
    none: T,
  ): T => {
    const entry = submitted?.[item];
    const where = entry?.at ?? cell.at;
    if (where) at[key] = where;
    if (entry) return of(entry);
    return recorded && isBlankCell(cell.value) ? none : fromRow;
  };
  const delivered = (f: SubmissionFact): boolean => f.delivered;
  const dated = (f: SubmissionFact): ReportSent => (f.delivered ? f.on : null);
  const selfScore = submitted?.["self-score"];
  if (selfScore?.at) at.selfScore = selfScore.at;
  return {
    facts: {
      registered: pick("registration", "registered", row.registered, own.registered, delivered, false),
      pactSigned: pick("pact", "pactSigned", row.pactSigned, own.pactSigned, delivered, false),
      midReport: pick("mid-report", "midReport", row.midReportDate, own.midReport, dated, null),
      endReport: pick("year-report", "endReport", row.endReportDate, own.endReport, dated, null),
      ...(selfScore && { selfScore: dated(selfScore) }),
    },
    at,
  };
}

export interface UnitPlanFacts {
  readonly unit: UnitCode;
  readonly facts: PlanFacts;
  /** The cell of each fact, for a problem about the delivery. */
  readonly at?: Partial<Record<keyof PlanFacts, CellRef>>;
}

/** Which fact delivers a task of each kind; kinds without one are ticked off in the plan. */
const FACT_OF_KIND: Partial<Record<PlanTaskKind, keyof PlanFacts>> = {
  registration: "registered",
  pact: "pactSigned",
  "mid-report": "midReport",
  "year-report": "endReport",
  "self-score": "selfScore",
};

/**
 * The deliveries the unit list's facts make: for every task the members owe (its owners include
 * Thành viên Cụm) of a kind a fact stands for, one delivery per unit whose fact says it was done —
 * with the report's day where the list gives one.
 *
 * @example
 * deliveriesFromFacts(plan, [{ unit: a, facts: { registered: true, pactSigned: false, midReport: null, endReport: { year: 2022, month: 10, day: 18 } } }])
 * // [{ task: "dang-ky", unit: a }, { task: "bao-cao-nam", unit: a, on: 18/10/2022 }]
 */
export function deliveriesFromFacts(plan: ResolvedPlan, units: readonly UnitPlanFacts[]): PlanDelivery[] {
  const deliveries: PlanDelivery[] = [];
  for (const task of plan.tasks) {
    const fact = FACT_OF_KIND[task.kind];
    if (fact === undefined || !task.owners.some((o) => "role" in o && o.role === "members")) continue;
    for (const { unit, facts, at } of units) {
      const value = facts[fact];
      if (value === undefined || value === null || value === false) continue;
      const cell = at?.[fact];
      deliveries.push({
        task: task.id,
        unit,
        ...(typeof value === "object" && { on: value }),
        ...(cell && { at: cell }),
      });
    }
  }
  return deliveries;
}
