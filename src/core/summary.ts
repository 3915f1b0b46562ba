/**
 * The block summary: checks everything the workbook holds, totals each unit, classifies, ranks per
 * cluster, applies the exclusion rules and proposes awards within each cluster's quota. It composes
 * the concept modules: the criteria table (criteria.ts), the unit list (unit-list.ts), the score
 * sums (score-sums.ts, by the score rule of score.ts), the departments' points (allocation.ts), the
 * votes (votes.ts), each unit's standing here, the clusters' results (cluster-results.ts), and the
 * order of the problems (problem-order.ts).
 *
 * A summary with errors is still computed as far as it can be (`blocked` tells the caller not to
 * issue it). Only valid cells count: an unreadable, negative or out-of-range score is reported and
 * leaves its criterion unscored, so the unit is incomplete and never proposed for an award.
 *
 * The result does not depend on the order of rows: units are listed by rank then name, problems
 * by data (problem-order.ts).
 */
import {
  DEFAULT_ALLOCATION,
  NO_ALLOCATION,
  allocationTableFrom,
  allocationTotals,
  departmentSums,
  type DepartmentSums,
} from "./allocation";
import { holidaySet } from "./calendar";
import { isBlankCell } from "./cell-text";
import { awardBands, classify } from "./classification";
import { clusterResults, type Standings } from "./cluster-results";
import { criteriaTable } from "./criteria";
import { hasErrors, type DepartmentRef } from "./diagnostics";
import { eligibilityOf, type EligibilityResult } from "./eligibility";
import { lateSubmissions } from "./submissions";
import type {
  AllocationTable,
  BlockInput,
  BlockSummary,
  CellRef,
  CriteriaTable,
  CriterionCode,
  Points,
} from "./model";
import { AFTER_SCORES, ProblemList } from "./problem-order";
import * as problem from "./problems";
import { missingCriteria, scoredLeafCount, scoreSums, sectionShares, type ScoreSums } from "./score-sums";
import { grandTotal } from "./totals";
import { clusterIndexOf, unitListOf, type UnitList } from "./unit-list";
import { votesOf } from "./votes";

const NONE: readonly CriterionCode[] = [];

/**
 * Summarises a block (one cluster or several).
 *
 * @example
 * const summary = summarizeBlock(input);
 * if (summary.blocked) showProblems(summary.problems.filter((p) => p.severity === "error"));
 * for (const c of summary.clusters) c.units.map((u) => [u.rank, u.name, u.total, u.award]);
 */
export function summarizeBlock(input: BlockInput): BlockSummary {
  const problems = new ProblemList();
  const criteria = criteriaTable(input.criteria, input.config);
  problems.first(...criteria.problems);
  const table = criteria.table;
  const allocation = allocationOf(input, problems);
  const clusterIndex = clusterIndexOf(input.clusters, problems);

  const list = unitListOf(input, clusterIndex, allocation.entries.length > 0, problems);
  const sums = scoreSums(input, table, list, problems);
  const departments = departmentSums(input.departmentPoints, allocation, list, problems);
  const votes = votesOf(input, list, problems);
  list.strays.report(problems);
  const bands = awardBands(input.config);
  problems.first(...bands.problems);

  const standings = {
    ...standingsOf(input, table, list, sums, departments, votes, problems),
    awardBands: bands.bands,
  };
  const clusters = clusterResults(input, table, list, sums, standings, problems);
  const all = problems.sorted();
  return { clusters, problems: all, blocked: hasErrors(all) };
}

/**
 * Each unit's standing before ranking: its total, whether it is complete (every scored criterion
 * counted), its classification (complete units only) and its eligibility with the lateness and
 * pending reports it warns of.
 */
function standingsOf(
  input: BlockInput,
  table: CriteriaTable,
  list: UnitList,
  sums: ScoreSums,
  departments: DepartmentSums,
  votes: (number | undefined)[],
  problems: ProblemList,
): Omit<Standings, "awardBands"> {
  const { sums: departmentPoints, missing: departmentsMissing } = departments;
  const sent = unitsWithScores(input, list);
  const needed = scoredLeafCount(table);
  const needShares = input.config.bands.some((b) => b.minSectionShare !== undefined);
  const asOf = input.asOf === undefined ? {} : { asOf: input.asOf };
  const holidays = holidaySet(input.holidays);
  const count = list.units.length;
  const totals = new Array<Points>(count);
  const complete = new Array<boolean>(count);
  const missing = new Array<readonly CriterionCode[]>(count);
  const classification = new Array<string | null>(count);
  const eligibility = new Array<EligibilityResult>(count);
  const missingDepartments = new Array<readonly DepartmentRef[]>(count);
  const noScores = new Array<boolean>(count);
  for (let u = 0; u < count; u++) {
    const unit = list.units[u]!;
    const total = grandTotal(sums.table[u]!, sums.bonus[u]!, sums.deductions[u]!, departmentPoints[u]!);
    totals[u] = total;
    const noDepartments = departmentsMissing[u]!;
    missingDepartments[u] = noDepartments.map((e) => ({ code: e.code, name: e.name }));
    // Missing is never zero: a unit without every score, or without a department's points, is incomplete.
    const isComplete = sums.scoredCount[u] === needed && noDepartments.length === 0;
    complete[u] = isComplete;
    noScores[u] = needed > 0 && !sent[u];
    if (sums.scoredCount[u] === needed) missing[u] = NONE;
    else {
      const gaps = missingCriteria(table, sums, u);
      missing[u] = gaps;
      // After the unit's score problems, which explain most of what is missing; none when every
      // criterion not counted has an invalid score, each reported by its own error. A unit with no
      // score at all is named so (missing is never zero).
      const unscored = missingCriteria(table, sums, u, false);
      if (noScores[u]) problems.place(unit.key, AFTER_SCORES, problem.unitNoScores(unit));
      else if (unscored.length > 0)
        problems.place(unit.key, AFTER_SCORES, problem.unitIncomplete(unit, unscored));
    }

    const interned = unit.facts;
    interned.eligibility ??= eligibilityOf(interned.facts, input.deadlines, holidays, asOf);
    const result = interned.eligibility;
    eligibility[u] = result;
    // A report's cell: its entry in «Đăng ký và nộp» where it has one, else the unit list's.
    const reportAt = (report: "mid" | "end"): CellRef | undefined =>
      report === "mid"
        ? (unit.submitted?.["mid-report"]?.at ?? unit.row.midReportDate.at)
        : (unit.submitted?.["year-report"]?.at ?? unit.row.endReportDate.at);
    for (const late of result.late) {
      const at = reportAt(late.report);
      problems.place(unit.key, -1, problem.reportLate(unit, late.report, late.daysLate, late.deadline, at));
    }
    for (const pending of result.pending) {
      const at = reportAt(pending.report);
      problems.place(unit.key, -1, problem.reportNotDue(unit, pending.report, pending.deadline, at));
    }
    for (const late of lateSubmissions(unit.submitted, input.deadlines, holidays)) {
      problems.place(unit.key, -1, problem.submissionLate(unit, late));
    }

    const label = isComplete
      ? classify(total, input.config.bands, needShares ? sectionShares(table, sums, u) : undefined)
      : "";
    classification[u] = label === "" ? null : label;
  }
  return {
    totals,
    complete,
    missing,
    missingDepartments,
    noScores,
    classification,
    eligibility,
    departments: departmentPoints,
    votes,
  };
}

/** Which units have any score typed (valid or not): a unit without one sent nothing yet. */
function unitsWithScores(input: BlockInput, list: UnitList): boolean[] {
  const sent = new Array<boolean>(list.units.length).fill(false);
  let lastRaw: unknown;
  let u = -1;
  for (const row of input.scores) {
    if (row.unit.value !== lastRaw) {
      lastRaw = row.unit.value;
      u = list.resolveUnit(row.unit.value);
    }
    if (u >= 0 && !sent[u] && (!isBlankCell(row.self.value) || !isBlankCell(row.appraised.value)))
      sent[u] = true;
  }
  return sent;
}

/** The workbook's allocation table, else the seed's when the config gives the departments points. */
function allocationOf(input: BlockInput, problems: ProblemList): AllocationTable {
  let table: AllocationTable;
  if (input.departments.length > 0) {
    const own = allocationTableFrom(input.departments);
    problems.first(...own.problems);
    table = own.table;
  } else {
    table = input.config.departmentsMax > 0 ? DEFAULT_ALLOCATION : NO_ALLOCATION;
  }
  if (table.entries.length > 0) {
    const totals = allocationTotals(table);
    for (const type of ["direct", "coordinating"] as const) {
      if (totals[type] !== input.config.departmentsMax) {
        problems.first(problem.allocationTotalMismatch(type, totals[type], input.config.departmentsMax));
      }
    }
  }
  return table;
}
