/**
 * Where the tie-break order placed a unit, in the pane's words, naming the other units by name
 * (the core's notes carry codes; the names are the cluster's).
 */
import { formatPoints } from "../core/decimal";
import type { ClusterResult, UnitResult } from "../core/model";
import type { PaneText } from "../messages/pane";

export function tieBreakNotesOf(unit: UnitResult, cluster: ClusterResult, text: PaneText): string {
  const nameOf = (code: string): string => cluster.units.find((u) => u.code === code)?.name ?? code;
  const points = (p: Parameters<typeof formatPoints>[0]): string => formatPoints(p, text.decimalSeparator);
  return unit.tieBreakNotes
    .map((n) =>
      text.proposal.tieBreakNote({
        award: text.common.award[n.award].toLowerCase(),
        total: text.common.points(points(n.total)),
        others: n.others.map(nameOf),
        ahead: n.ahead,
        rule: text.diagnostics.tieBreakRule(n.rule, n.section),
        value: points(n.value),
        otherValues: n.otherValues.map(points),
      }),
    )
    .join(" ");
}
