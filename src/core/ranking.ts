/**
 * Competition ranking (seed 001 §IV: units ranked by total, highest first): equal totals share a
 * rank and the next rank skips as many places as were shared (1, 2, 2, 4).
 */
import type { Points, Rank } from "./model";

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
  const rankOf = new Map<number, Rank>();
  ranked.forEach((total, index) => {
    if (!rankOf.has(total)) rankOf.set(total, (index + 1) as Rank);
  });
  return totals.map((total) => (total === null ? null : (rankOf.get(total) ?? null)));
}
