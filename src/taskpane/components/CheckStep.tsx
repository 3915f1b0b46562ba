import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { problemSubject } from "../../core/diagnostics";
import type { BlockSummary, CellRef, Problem } from "../../core/model";
import { problemText } from "../../messages/diagnostics";
import { cellAddress } from "../../workbook/grid/address";
import { usePaneActions, type ValidationOutcome } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    margin: 0,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  problem: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  where: { color: tokens.colorNeutralForeground3 },
});

interface Group {
  readonly key: string;
  readonly title: string;
  readonly problems: readonly Problem[];
}

function unitNames(summary: BlockSummary | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const cluster of summary?.clusters ?? [])
    for (const unit of cluster.units) names.set(unit.code, unit.name);
  return names;
}

const where = (at: CellRef): string => `${at.sheet}!${cellAddress(at.row, at.col)}`;

export interface CheckStepProps {
  readonly onResult: (outcome: ValidationOutcome) => void;
}

/** Step 2: validate the whole workbook; problems grouped by unit, errors first; a click selects the cell. */
export function CheckStep({ onResult }: CheckStepProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const idBase = useId();
  const [selectFailure, setSelectFailure] = useState<string | null>(null);
  const task = useTask(async (signal) => {
    const outcome = await actions.validate(signal);
    onResult(outcome);
    return outcome;
  }, text);
  const outcome = task.state.status === "done" ? task.state.result : null;

  const groups = useMemo((): Group[] => {
    if (outcome === null) return [];
    const names = unitNames(outcome.summary);
    const byKey = new Map<string, Problem[]>();
    for (const problem of outcome.problems) {
      const key = problemSubject(problem).unit ?? "";
      byKey.set(key, [...(byKey.get(key) ?? []), problem]);
    }
    const severityOrder = (p: Problem): number => (p.severity === "error" ? 0 : 1);
    return [...byKey.entries()]
      .sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : 0))
      .map(([key, problems]) => ({
        key,
        title: key === "" ? text.check.general : text.check.unit(key, names.get(key) ?? null),
        problems: [...problems].sort((a, b) => severityOrder(a) - severityOrder(b)),
      }));
  }, [outcome, text]);

  const sentenceOf = (problem: Problem): string => problemText(text.diagnostics, problem);
  const errors = outcome?.problems.filter((p) => p.severity === "error").length ?? 0;
  const warnings = (outcome?.problems.length ?? 0) - errors;

  const select = (at: CellRef): void => {
    setSelectFailure(null);
    actions.selectCell?.(at).catch((error: unknown) => setSelectFailure(describeError(error, text)));
  };

  return (
    <div className={styles.step}>
      <p>{text.check.intro}</p>
      <div>
        <Button appearance="primary" onClick={() => void task.run()} disabled={task.running}>
          {outcome === null ? text.check.run : text.check.rerun}
        </Button>
      </div>
      <TaskStatus
        state={task.state}
        label={text.common.working}
        onCancel={task.cancel}
        onRetry={() => void task.run()}
      />
      {selectFailure === null ? null : (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{selectFailure}</MessageBarBody>
        </MessageBar>
      )}
      {outcome === null ? null : (
        <>
          <div className={styles.counts} role="status">
            <Badge appearance="filled" color={errors > 0 ? "danger" : "success"}>
              {errors}
            </Badge>
            <Badge appearance="filled" color={warnings > 0 ? "warning" : "success"}>
              {warnings}
            </Badge>
            <span>{text.check.counts(errors, warnings)}</span>
          </div>
          {outcome.problems.length === 0 ? (
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody>{text.check.none}</MessageBarBody>
            </MessageBar>
          ) : null}
          {errors > 0 ? (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{text.check.blocked}</MessageBarBody>
            </MessageBar>
          ) : null}
          {groups.map((group, g) => {
            const headingId = `${idBase}-group-${g}`;
            return (
              <section key={group.key} className={styles.group} aria-labelledby={headingId}>
                <h3 id={headingId} className={styles.heading}>
                  {group.title}
                </h3>
                <ul className={styles.list}>
                  {group.problems.map((problem, i) => (
                    <li
                      key={`${problem.code}-${i}`}
                      className={`${styles.problem} ${problem.severity === "error" ? styles.error : styles.warning}`}
                    >
                      <span className={styles.line}>
                        <Badge appearance="tint" color={problem.severity === "error" ? "danger" : "warning"}>
                          {text.check.severity[problem.severity]}
                        </Badge>
                        <span>{sentenceOf(problem)}</span>
                      </span>
                      {problem.at === undefined ? null : actions.selectCell !== undefined ? (
                        <Link
                          as="button"
                          onClick={() => problem.at && select(problem.at)}
                          aria-label={text.check.selectCell(where(problem.at))}
                        >
                          {where(problem.at)}
                        </Link>
                      ) : (
                        <span className={styles.where}>{text.check.cellOnly(where(problem.at))}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
