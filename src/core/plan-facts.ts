/**
 * The unit list's facts as deliveries for the plan: the registration, the pact and the two reports
 * a unit owes the cluster are the facts the eligibility check reads (the unit list's «Đăng ký», «Ký
 * giao ước», «Ngày gửi BC sơ kết», «Ngày gửi BC tổng kết»), read by the same parsers — one home for
 * each fact. Only tasks the members owe the cluster are ticked off by them: the head's own
 * registration with the federation is not a unit's registration.
 */
import type { EligibilityFacts } from "./eligibility";
import type { CellRef, ReportSent, Sourced, UnitCode, UnitRow } from "./model";
import { cellText } from "./cell-text";
import { unitCode } from "./model";
import { unitFactsOf } from "./unit-list";
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
 * the summary applies (unit-list.ts's unitFactsOf, the one home of that rule). Each fact comes with
 * its cell: the deciding entry's, else the row's.
 */
export function planFactsWithSubmissions(
  row: UnitRow,
  submitted: Partial<Readonly<Record<SubmissionItem, SubmissionFact>>> | undefined,
  recorded: boolean,
): { facts: PlanFacts; at: Partial<Record<keyof PlanFacts, CellRef>> } {
  const cells = {
    registered: row.registered,
    pactSigned: row.pactSigned,
    midReport: row.midReportDate,
    endReport: row.endReportDate,
  };
  const read = unitFactsOf(
    { ...mapValues(cells, (c) => c.value), discipline: null },
    { code: unitCode(cellText(row.code.value)) },
    {},
    { ...(submitted && { submitted }), recorded },
  );
  const at: Partial<Record<keyof PlanFacts, CellRef>> = {};
  for (const fact of Object.keys(cells) as (keyof typeof cells)[]) {
    const where = read.from[fact]?.at ?? cells[fact].at;
    if (where) at[fact] = where;
  }
  const selfScore = submitted?.["self-score"];
  if (selfScore?.at) at.selfScore = selfScore.at;
  const { registered, pactSigned, midReport, endReport } = read.facts;
  return {
    facts: {
      registered,
      pactSigned,
      midReport,
      endReport,
      ...(selfScore && { selfScore: selfScore.delivered ? selfScore.on : null }),
    },
    at,
  };
}

function mapValues<K extends string, A, B>(record: Readonly<Record<K, A>>, f: (a: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;
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
