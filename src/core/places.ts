/**
 * The places of a cluster's quota and who fills them, read from the core's result: the documents
 * (summary, recommendation, pane, the command) count places from here, so none of them can list
 * more units than places.
 */
import type { Award, BlockSummary, ClusterResult, Quota, UnitResult } from "./model";

/**
 * Places left open by the ties still awaiting a vote, per award: the unsettled ties' places. Places
 * left for want of candidates are not counted (nobody waits for them).
 *
 * @example openPlaces(clusterWithThreeTiedAtTheTopAndNoVotes) // { leading: 1, excellent: 1 }
 */
export function openPlaces(cluster: ClusterResult): Quota {
  const open = { leading: 0, excellent: 0 };
  for (const tie of cluster.ties) if (!tie.settled) open[tie.award] += tie.places;
  return open;
}

/** The units proposed for `award`, best first (the core's order: rank, then the table's order). */
export function proposedUnits(cluster: ClusterResult, award: Award): UnitResult[] {
  return cluster.units.filter((u) => u.award === award);
}

/** Places awaiting a vote in the whole block: while there are any, no proposal is final. */
export function placesAwaitingVote(summary: BlockSummary): number {
  return summary.clusters.reduce((n, c) => {
    const open = openPlaces(c);
    return n + open.leading + open.excellent;
  }, 0);
}
