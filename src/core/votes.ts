/**
 * The vote counts (số phiếu) entered to settle ties: one whole number per unit, not more than the
 * cluster's member units (each member has one vote). A count that cannot be one, or a unit's second
 * row, is a problem and counts nothing.
 */
import { cellText } from "./cell-text";
import type { BlockInput } from "./model";
import { parseWholeNumber } from "./numbers";
import type { ProblemList } from "./problem-order";
import * as problem from "./problems";
import type { UnitList } from "./unit-list";

/**
 * Vote counts per unit index (undefined where none was entered).
 *
 * @example votesOf(input, list, problems)[list.byKey.get("dv01")!] === 4
 */
export function votesOf(input: BlockInput, list: UnitList, problems: ProblemList): (number | undefined)[] {
  const votes: (number | undefined)[] = [];
  if (input.votes.length === 0) return votes;
  const { units, resolveUnit, strays } = list;
  const memberCount = new Array<number>(input.clusters.length).fill(0);
  for (const unit of units) if (unit.cluster >= 0) memberCount[unit.cluster]!++;
  const seen = new Set<number>();
  for (const row of input.votes) {
    const u = resolveUnit(row.unit.value);
    if (u < 0) {
      strays.add("votes", u, row.unit);
      continue;
    }
    const unit = units[u]!;
    const count = parseWholeNumber(row.votes.value);
    if (count === null) continue;
    if (seen.has(u)) {
      problems.place(unit.key, -1, problem.voteDuplicate(unit, row.votes.at));
      continue;
    }
    seen.add(u);
    const limit = unit.cluster >= 0 ? memberCount[unit.cluster]! : Number.POSITIVE_INFINITY;
    if (count === "invalid" || count > limit) {
      problems.place(unit.key, -1, problem.voteInvalid(unit, cellText(row.votes.value), row.votes.at));
      continue;
    }
    votes[u] = count;
  }
  return votes;
}
