import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatPoints } from "../../core/decimal";
import type { BlockSummary, ClusterResult, UnitResult } from "../../core/model";
import type { PaneText } from "../../messages/pane";
import { tieBreakNotesOf } from "../tie-break-notes";
import { usePaneText } from "../text";

/** What a bar's colour says about the unit. */
export type UnitStatus = "leading" | "excellent" | "tie" | "excluded" | "none";

export function unitStatus(unit: UnitResult, cluster: ClusterResult): UnitStatus {
  if (!unit.considered) return "excluded";
  if (unit.award !== null) return unit.award;
  if (cluster.ties.some((tie) => !tie.settled && tie.units.includes(unit.code))) return "tie";
  return "none";
}

const useStyles = makeStyles({
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
  },
  // Names wrap rather than being cut: a narrow pane must still say who and why.
  name: { minWidth: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  value: { fontVariantNumeric: "tabular-nums", fontSize: tokens.fontSizeBase200, textAlign: "right" },
  track: {
    gridColumn: "1 / span 2",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall },
  leading: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  excellent: { backgroundColor: tokens.colorBrandBackground },
  tie: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  excluded: {
    backgroundColor: tokens.colorNeutralForeground4,
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 3px, ${tokens.colorNeutralBackground1} 3px 5px)`,
  },
  none: { backgroundColor: tokens.colorNeutralStroke1 },
  status: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  provisional: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  reason: {
    gridColumn: "1 / span 2",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

function statusLabel(status: UnitStatus, text: PaneText): string {
  return text.summary.legendLabels[status];
}

export interface RankingChartProps {
  readonly summary: BlockSummary;
}

/**
 * The ranking at a glance: one bar per unit, its length the total, its colour the proposed award.
 * Drawn with divs (no chart library); screen readers get each row as text, the bars are decoration.
 */
export function RankingChart({ summary }: RankingChartProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const id = useId();
  const statuses: UnitStatus[] = ["leading", "excellent", "tie", "none", "excluded"];
  return (
    <div className={styles.chart}>
      <ul className={styles.legend} aria-label={text.summary.legend}>
        {statuses.map((status) => (
          <li key={status} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles[status])} aria-hidden="true" />
            {statusLabel(status, text)}
          </li>
        ))}
      </ul>
      {summary.clusters.map((cluster, c) => {
        const headingId = `${id}-cluster-${c}`;
        const units = [...cluster.units].sort(
          (a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "vi"),
        );
        const top = Math.max(1, ...units.map((u) => u.total));
        return (
          <section key={cluster.cluster.code} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {text.summary.chartTitle(cluster.cluster.name)}
            </h3>
            {cluster.provisional === true ? (
              <p className={styles.provisional} data-testid="provisional-ranking">
                {text.summary.provisional(units.filter((u) => !u.complete).length)}
              </p>
            ) : null}
            <ol className={styles.list}>
              {units.map((unit) => {
                const status = unitStatus(unit, cluster);
                const shown = text.common.points(formatPoints(unit.total, text.decimalSeparator));
                const label =
                  unit.noScores === true
                    ? `${statusLabel(status, text)} · ${text.summary.noScores}`
                    : statusLabel(status, text);
                const bar = text.summary.bar(unit.rank, unit.name, shown, label);
                const note = tieBreakNotesOf(unit, cluster, text);
                const reasons =
                  status === "excluded"
                    ? text.summary.excludedBecause(
                        unit.exclusions.map((e) => text.diagnostics.exclusionShort(e)),
                      )
                    : null;
                return (
                  <li
                    key={unit.code}
                    className={styles.row}
                    aria-label={
                      reasons !== null
                        ? text.summary.bar(unit.rank, unit.name, shown, reasons)
                        : note === ""
                          ? bar
                          : text.summary.barWithNote(bar, note)
                    }
                    title={note === "" ? undefined : note}
                  >
                    <span className={styles.name}>
                      {unit.rank}. {unit.name}
                      {status === "none" && unit.noScores !== true ? null : (
                        <span className={styles.status}> · {label}</span>
                      )}
                    </span>
                    <span className={styles.value}>{formatPoints(unit.total, text.decimalSeparator)}</span>
                    {reasons === null ? null : (
                      <span className={styles.reason} aria-hidden="true">
                        {reasons}
                      </span>
                    )}
                    <span className={styles.track} aria-hidden="true">
                      <span
                        className={mergeClasses(styles.bar, styles[status])}
                        style={{
                          display: "block",
                          width: `${Math.max(1, (unit.total / top) * 100).toFixed(1)}%`,
                        }}
                      />
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
