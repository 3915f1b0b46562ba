/**
 * The vote counts (số phiếu) entered to settle ties: one whole number per unit, from 0 to the
 * number of voters — the cluster's member units, each with one vote, or the valid ballots where the
 * threshold rests on them (DOMAIN.md: "a vote count can never exceed the number of voters"). A count that cannot be one is a problem that says why, and
 * counts nothing; so is a unit's second row.
 */
import { votingFor } from "./awards";
import { cellText } from "./cell-text";
import type { BlockInput, CellValue } from "./model";
import { parseScore } from "./numbers";
import { ProblemList } from "./problem-order";
import * as problem from "./problems";
import { clusterIndexOf, unitListOf, type UnitList } from "./unit-list";

/** Why a typed vote count cannot be one. */
export type VoteCountReason = "notANumber" | "negative" | "fraction" | "aboveVoters";

/** A vote count as typed: empty, a count, or refused with the reason. */
export type VoteCount =
  | { readonly kind: "empty" }
  | { readonly kind: "count"; readonly count: number }
  | { readonly kind: "invalid"; readonly reason: VoteCountReason; readonly shown: string };

/**
 * Reads a vote count typed in a cell or in the pane (text as a score is read: " 5 ", "5,0"): a whole
 * number from 0 to `voters`, else the reason it is not one. The pane checks its entry with this,
 * and the summary the votes sheet, so both refuse the same counts for the same reason.
 *
 * @example voteCount("7", 12) → { kind: "count", count: 7 }
 * @example voteCount(50, 12) → { kind: "invalid", reason: "aboveVoters", shown: "50" }
 * @example voteCount("2,5", 12).reason === "fraction"; voteCount(-1, 12).reason === "negative"
 */
export function voteCount(value: CellValue, voters: number): VoteCount {
  const parsed = parseScore(value);
  if (parsed.kind === "empty") return { kind: "empty" };
  const shown = cellText(value);
  if (parsed.kind === "invalid") return { kind: "invalid", reason: "notANumber", shown };
  if (parsed.points < 0) return { kind: "invalid", reason: "negative", shown };
  if (parsed.points % 100 !== 0) return { kind: "invalid", reason: "fraction", shown };
  const count = parsed.points / 100;
  if (count > voters) return { kind: "invalid", reason: "aboveVoters", shown };
  return { kind: "count", count };
}

/** The number of voters of each cluster, by index in `input.clusters`: its member units. */
export function votersByCluster(input: BlockInput, list: UnitList): number[] {
  const voters = new Array<number>(input.clusters.length).fill(0);
  for (const unit of list.units) if (unit.cluster >= 0) voters[unit.cluster]!++;
  return voters;
}

/**
 * The most votes each listed unit can receive — its cluster's member units, or the valid votes where
 * the threshold rests on them and they are entered — by unit key; a unit in
 * no known cluster is absent. Problems of the list are the check's to report, not this.
 *
 * @example voterLimits(input).get("dv01") === 8 // DV01's cluster has 8 members
 */
export function voterLimits(input: BlockInput): Map<string, number> {
  const ignored = new ProblemList();
  const list = unitListOf(input, clusterIndexOf(input.clusters, ignored), false, ignored);
  const voters = votersByCluster(input, list);
  const limits = new Map<string, number>();
  for (const unit of list.units) {
    if (unit.cluster < 0) continue;
    // The same bound as the summary's: the valid votes where the threshold rests on them.
    limits.set(unit.key, votingFor(input.config.voteRule, voters[unit.cluster]!, input.validBallots).voters);
  }
  return limits;
}

/**
 * Vote counts per unit index (undefined where none was entered).
 *
 * @example votesOf(input, list, problems)[list.byKey.get("dv01")!] === 4
 */
export function votesOf(input: BlockInput, list: UnitList, problems: ProblemList): (number | undefined)[] {
  const votes: (number | undefined)[] = [];
  if (input.votes.length === 0) return votes;
  const { units, resolveUnit, strays } = list;
  const voters = votersByCluster(input, list);
  const seen = new Set<number>();
  for (const row of input.votes) {
    const u = resolveUnit(row.unit.value);
    if (u < 0) {
      strays.add("votes", u, row.unit);
      continue;
    }
    const unit = units[u]!;
    // At most one vote per member, and no more than the valid ballots where they are the basis.
    const limit =
      unit.cluster >= 0
        ? votingFor(input.config.voteRule, voters[unit.cluster]!, input.validBallots).voters
        : Number.MAX_SAFE_INTEGER;
    const read = voteCount(row.votes.value, limit);
    if (read.kind === "empty") continue;
    if (seen.has(u)) {
      problems.place(unit.key, -1, problem.voteDuplicate(unit, row.votes.at));
      continue;
    }
    seen.add(u);
    if (read.kind === "invalid") {
      problems.place(unit.key, -1, problem.voteInvalid(unit, read.shown, read.reason, limit, row.votes.at));
      continue;
    }
    votes[u] = read.count;
  }
  return votes;
}
