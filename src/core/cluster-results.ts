/**
 * Each cluster's result: its units ranked by total (every unit, excluded ones too), ranked again among
 * the units that compete for awards, the awards within the quota, the ties that await a vote and
 * the ties the chain decided — as rows in rank order, equal ranks in Vietnamese name order.
 */
import { awardsForCluster, tieBreakValue, votingFor, type AwardCandidate, type AwardOutcome } from "./awards";
import { pointsFromHundredths } from "./decimal";
import { reachesBand, type AwardBand } from "./classification";
import type { DepartmentRef } from "./diagnostics";
import type { EligibilityResult } from "./eligibility";
import type {
  Award,
  BlockInput,
  PassedOver,
  ClusterResult,
  CriteriaTable,
  CriterionCode,
  Points,
  TieBreakNote,
  UnitCode,
  UnitResult,
} from "./model";
import { compareText, type ProblemList } from "./problem-order";
import * as problem from "./problems";
import { rankingFromTotals, rankOf } from "./ranking";
import type { ScoreSums } from "./score-sums";
import { vietnameseCompare } from "./text/collation";
import { normalizeKey } from "./text/normalize";
import { unitTotals } from "./totals";
import type { UnitEntry, UnitList } from "./unit-list";

/** Where each unit stands before ranking, by unit index. */
export interface Standings {
  readonly totals: readonly Points[];
  readonly complete: readonly boolean[];
  readonly missing: readonly (readonly CriterionCode[])[];
  /** Departments that owe the unit points and gave none. */
  readonly missingDepartments: readonly (readonly DepartmentRef[])[];
  /** True for a unit with no score at all. */
  readonly noScores: readonly boolean[];
  readonly classification: readonly (string | null)[];
  readonly eligibility: readonly EligibilityResult[];
  readonly departments: Float64Array;
  readonly votes: readonly (number | undefined)[];
  /** The band each award needs (classification.ts, awardBands). */
  readonly awardBands: Readonly<Record<Award, AwardBand | null>>;
}

const NO_NOTES: readonly TieBreakNote[] = [];
const NO_PASSED_OVER: readonly PassedOver[] = [];

/**
 * Every cluster's result, in the order of `input.clusters`; problems for a cluster without units,
 * each tie awaiting a vote and each tie the chain decided.
 */
export function clusterResults(
  input: BlockInput,
  table: CriteriaTable,
  list: UnitList,
  sums: ScoreSums,
  standings: Standings,
  problems: ProblemList,
): ClusterResult[] {
  const { units } = list;
  const members: number[][] = input.clusters.map(() => []);
  units.forEach((unit, u) => {
    if (unit.cluster >= 0) members[unit.cluster]!.push(u);
  });
  const sectionCount = table.sections.length;
  const mainSection = table.sections.findIndex((s) => s.kind === "scored");
  const section = table.sections[mainSection]?.code;
  const tieBreakKeys = input.config.tieBreak;
  const bands = input.config.bands;
  /** The rule's figure for a unit: its appraised table score, main section's score or deductions. */
  const figure = (key: (typeof tieBreakKeys)[number], u: number): number =>
    key === "appraisedTotal"
      ? sums.table[u]!
      : key === "mainSection"
        ? mainSection < 0
          ? 0
          : sums.sections[u * sectionCount + mainSection]!
        : sums.deductions[u]!;
  const named = (code: UnitCode): UnitEntry | { code: UnitCode } =>
    units[list.byKey.get(normalizeKey(code)) ?? -1] ?? { code };

  return input.clusters.map((cluster, c): ClusterResult => {
    const inCluster = members[c]!;
    if (inCluster.length === 0) problems.last(problem.clusterEmpty(cluster.name || cluster.code));
    else if (inCluster.every((u) => standings.noScores[u])) problems.last(problem.clusterNoScores(cluster));
    const n = inCluster.length;
    const totals = new Array<Points>(n);
    const awardTotals = new Array<Points | null>(n);
    const candidates = new Array<AwardCandidate>(n);
    for (let i = 0; i < n; i++) {
      const u = inCluster[i]!;
      const total = standings.totals[u]!;
      const considered = standings.eligibility[u]!.considered;
      const isComplete = standings.complete[u]!;
      const tieBreak = new Array<number>(tieBreakKeys.length);
      for (let k = 0; k < tieBreakKeys.length; k++) {
        const key = tieBreakKeys[k]!;
        tieBreak[k] = tieBreakValue(key, pointsFromHundredths(figure(key, u)));
      }
      totals[i] = total;
      awardTotals[i] = considered && isComplete ? total : null;
      candidates[i] = {
        unit: units[u]!.code,
        total,
        considered,
        complete: isComplete,
        tieBreak,
        votes: standings.votes[u] ?? null,
        qualifies: {
          leading: reachesBand(standings.classification[u] ?? null, standings.awardBands.leading, bands),
          excellent: reachesBand(standings.classification[u] ?? null, standings.awardBands.excellent, bands),
        },
      };
    }
    const ranks = rankingFromTotals(totals);
    const awardRanks = rankingFromTotals(awardTotals);
    const outcome = awardsForCluster(
      cluster,
      candidates,
      input.config.voteRule,
      inCluster.length,
      tieBreakKeys,
      input.validBallots ?? null,
    );
    const notes = tieBreakNotes(outcome, section);
    const passedOver = new Map<UnitCode, PassedOver[]>();
    for (const p of outcome.passedOver) {
      const needed = standings.awardBands[p.award]!;
      const u = list.byKey.get(normalizeKey(p.unit)) ?? -1;
      const note: PassedOver = {
        award: p.award,
        classification: standings.classification[u] ?? "",
        required: needed.label,
        takenBy: p.takenBy,
        unconfirmed: needed.unconfirmed,
      };
      passedOver.set(p.unit, [...(passedOver.get(p.unit) ?? []), note]);
      const unit = units[u]!;
      problems.place(
        unit.key,
        -1,
        problem.awardClassificationBelow(
          cluster,
          unit,
          p.award,
          note.classification,
          note.required,
          p.takenBy.map(named),
          note.unconfirmed,
        ),
      );
    }
    const voting = votingFor(input.config.voteRule, n, input.validBallots);
    const rows = inCluster.map((u, i): UnitResult => {
      const unit = units[u]!;
      const eligibility = standings.eligibility[u]!;
      const t = unitTotals({
        self: sums.self[u]!,
        table: sums.table[u]!,
        bonus: sums.bonus[u]!,
        deductions: sums.deductions[u]!,
        departments: standings.departments[u]!,
        appraisedCount: sums.appraisedCount[u]!,
      });
      return {
        code: unit.code,
        name: unit.name,
        cluster: cluster.code,
        type: unit.type,
        self: t.self,
        appraised: t.appraised,
        appraisalDifference: t.appraisalDifference,
        tableScore: t.tableScore,
        bonus: t.bonus,
        deductions: t.deductions,
        departments: t.departments,
        total: t.total,
        rank: ranks[i] ?? rankOf(1),
        awardRank: awardRanks[i] ?? null,
        classification: standings.classification[u] ?? null,
        complete: standings.complete[u]!,
        missing: standings.missing[u]!,
        missingDepartments: standings.missingDepartments[u]!,
        noScores: standings.noScores[u]!,
        considered: eligibility.considered,
        exclusions: eligibility.exclusions,
        award: outcome.awards.get(unit.code) ?? null,
        tieBreakNotes: notes.get(unit.code) ?? NO_NOTES,
        passedOver: passedOver.get(unit.code) ?? NO_PASSED_OVER,
      };
    });
    // Equal ranks read in Vietnamese name order (issue 6), the code settling equal names.
    rows.sort((a, b) => a.rank - b.rank || vietnameseCompare(a.name, b.name) || compareText(a.code, b.code));
    for (const tie of outcome.ties) {
      if (tie.settled) continue;
      const votesGiven = tie.units.some(
        (code) => standings.votes[list.byKey.get(normalizeKey(code)) ?? -1] !== undefined,
      );
      problems.last(
        problem.tieNeedsVote(
          cluster,
          tie.award,
          tie.units.map(named),
          tie.total,
          tie.places,
          votesGiven,
          voting,
        ),
      );
    }
    for (const decision of outcome.tieBreaks) {
      problems.last(problem.tieBrokenByRule(cluster, decision, decision.units.map(named), section));
    }
    // While a unit's data is missing its rank and the proposal are provisional, not final.
    const provisional = inCluster.some((u) => !standings.complete[u]!);
    return { cluster, voting, provisional, units: rows, ties: outcome.ties, tieBreaks: outcome.tieBreaks };
  });
}

/**
 * Each unit's notes where the tie-break chain placed it against units with the same total: what it
 * was compared with, by which rule, and the figures. A unit met at both boundaries gets both.
 */
function tieBreakNotes(
  outcome: AwardOutcome,
  section: CriterionCode | undefined,
): Map<UnitCode, TieBreakNote[]> {
  const notes = new Map<UnitCode, TieBreakNote[]>();
  for (const d of outcome.tieBreaks) {
    d.units.forEach((code, i) => {
      const ahead = i < d.ahead;
      const note: TieBreakNote = {
        award: d.award,
        ahead,
        total: d.total,
        rule: d.decidedBy,
        value: d.values[i]!,
        others: ahead ? d.units.slice(d.ahead) : d.units.slice(0, d.ahead),
        otherValues: ahead ? d.values.slice(d.ahead) : d.values.slice(0, d.ahead),
        ...(d.decidedBy === "mainSection" && section !== undefined && { section }),
      };
      notes.set(code, [...(notes.get(code) ?? []), note]);
    });
  }
  return notes;
}
