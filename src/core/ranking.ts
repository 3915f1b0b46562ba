/**
 * Competition ranking (seed 001 §IV: units ranked by total, highest first): equal totals share a
 * rank and the next rank skips as many places as were shared (1, 2, 2, 4).
 */
import type { Points, Rank } from "./model";

/**
 * A rank from a place: the checked way to make a Rank.
 *
 * @throws RangeError when `place` is not a whole number from 1.
 * @example rankOf(1) === 1; rankOf(0) // throws
 */
export function rankOf(place: number): Rank {
  if (!Number.isSafeInteger(place) || place < 1) throw new RangeError(`Not a rank: ${place}`);
  return place as Rank;
}

/**
 * The competition rank of each total, in input order. A null total (an excluded or blank unit)
 * gets no rank and takes no place from the others. The result depends only on the values, not
 * on their order, so it is the same however the rows are sorted.
 *
 * @example rankingFromTotals([9000, 8500, 9000, null, 7000]) // [1, 3, 1, null, 4]
 */
export function rankingFromTotals(totals: readonly (Points | null)[]): (Rank | null)[] {
  const ranked = totals.filter((total): total is Points => total !== null).sort((a, b) => b - a);
  // Rank of a total = 1 + how many totals are strictly higher = 1 + index of its first occurrence.
  const rankOfTotal = new Map<number, Rank>();
  ranked.forEach((total, index) => {
    if (!rankOfTotal.has(total)) rankOfTotal.set(total, rankOf(index + 1));
  });
  return totals.map((total) => (total === null ? null : (rankOfTotal.get(total) ?? null)));
}
