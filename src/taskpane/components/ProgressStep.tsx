import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { collectPaneText, type CollectPaneText } from "../../messages/collect";
import { problemText } from "../../messages/diagnostics";
import type { CalendarDate } from "../../core/model";
import type { ProgressReport, UnitProgress } from "../../workbook/collect/progress";
import { describeError } from "../errors";
import type { CollectActions } from "../actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  unit: { overflowWrap: "anywhere" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
  // A status wraps in a narrow pane: the badge grows with it instead of spilling out.
  status: { height: "auto", whiteSpace: "normal", paddingTop: "2px", paddingBottom: "2px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const STATUS_COLOR: Record<UnitProgress["status"], "success" | "warning" | "danger" | "informative"> = {
  "on-time": "success",
  received: "success",
  complete: "success",
  "complete-undated": "informative",
  waiting: "informative",
  late: "warning",
  overdue: "danger",
  "not-sent": "informative",
  "not-sent-overdue": "danger",
};

function statusText(
  u: UnitProgress,
  text: CollectPaneText["progress"],
  date: (d: CalendarDate) => string,
): string {
  const shownDate = date;
  switch (u.status) {
    case "on-time":
      return text.status["on-time"](u.received ? shownDate(u.received) : "");
    case "late":
      return text.status.late(u.received ? shownDate(u.received) : "", u.daysLate);
    case "received":
      return text.status.received(u.received ? shownDate(u.received) : "");
    default:
      return text.status[u.status];
  }
}

/** A co-author's edits come in bursts: one refresh after they settle. */
const REFRESH_DELAY_MS = 1500;

export interface ProgressStepProps {
  readonly collect: CollectActions;
  /** Counts co-authors' changes to the workbook; a new count refreshes a table already shown. */
  readonly remoteChanges: number;
  /** Shows a unit's sheet in Excel; absent in a plain browser. */
  readonly openSheet?: (name: string) => Promise<void>;
}

/** Step 6: each unit's scoring progress in the shared workbook, refreshed when a co-author changes it. */
export function ProgressStep({ collect, remoteChanges, openSheet }: ProgressStepProps): JSX.Element {
  const paneText = usePaneText();
  const text = collectPaneText(paneText.language).progress;
  const styles = useStyles();
  const [refreshedByCoAuthor, setRefreshedByCoAuthor] = useState(false);
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  const task = useTask((signal) => collect.progress(signal), paneText);
  const record = useTask(async (signal) => {
    const dated = await collect.recordArrivals(signal);
    await task.run();
    return dated;
  }, paneText);
  const [report, setReport] = useState<ProgressReport | null>(null);
  useEffect(() => {
    if (task.state.status === "done") setReport(task.state.result);
  }, [task.state]);

  // Refresh when a co-author changed the workbook, once a table is on screen (never a dialog).
  const shown = useRef(false);
  shown.current = report !== null;
  const run = useRef(task.run);
  run.current = task.run;
  useEffect(() => {
    if (remoteChanges === 0 || !shown.current) return undefined;
    const timer = setTimeout(() => {
      setRefreshedByCoAuthor(true);
      void run.current();
    }, REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [remoteChanges]);

  const complete = report?.units.filter((u) => u.total > 0 && u.scored === u.total).length ?? 0;
  const onTime = report?.units.filter((u) => u.status === "on-time").length ?? 0;
  const received = report?.units.filter((u) => u.received !== null).length ?? 0;
  const undated =
    report?.units.filter((u) => u.received === null && u.total > 0 && u.scored === u.total).length ?? 0;
  const recorded = record.state.status === "done" ? record.state.result : null;

  const open = (sheet: string): void => {
    setOpenFailure(null);
    openSheet?.(sheet).catch((error: unknown) => setOpenFailure(describeError(error, paneText)));
  };

  return (
    <div className={styles.step}>
      <p className={styles.text}>{text.intro}</p>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            setRefreshedByCoAuthor(false);
            void task.run();
          }}
          disabled={task.running || record.running}
        >
          {text.refresh}
        </Button>
      </div>
      <TaskStatus
        state={task.state}
        label={text.refreshing}
        onCancel={task.cancel}
        onRetry={() => void task.run()}
      />
      {refreshedByCoAuthor && task.state.status === "done" ? (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{text.autoRefresh}</MessageBarBody>
        </MessageBar>
      ) : null}
      {openFailure === null ? null : (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{openFailure}</MessageBarBody>
        </MessageBar>
      )}
      {report === null ? null : (
        <>
          <p className={styles.text}>
            {text.deadline(report.deadline ? paneText.diagnostics.date(report.deadline) : null)}
          </p>
          <p className={styles.text} role="status">
            {text.totals(complete, report.units.length, report.deadline === null ? null : onTime, received)}
          </p>
          <table className={styles.table} aria-label={text.tableLabel}>
            <thead>
              <tr>
                <th scope="col">{text.columns.unit}</th>
                <th scope="col">{text.columns.scored}</th>
                <th scope="col">{text.columns.errors}</th>
                <th scope="col">{text.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {report.units.map((u) => (
                <tr key={u.code}>
                  <th scope="row" className={styles.unit}>
                    {openSheet !== undefined && u.sheet !== null ? (
                      <Link as="button" onClick={() => u.sheet !== null && open(u.sheet)}>
                        {u.code}
                      </Link>
                    ) : (
                      u.code
                    )}{" "}
                    — {u.name}
                  </th>
                  <td>{text.scored(u.scored, u.total)}</td>
                  <td>
                    {text.errors(u.errors.length)}
                    {u.errors.length === 0 ? null : (
                      <ul className={styles.errors}>
                        {u.errors.map((problem, i) => (
                          <li key={i}>{problemText(paneText.diagnostics, problem)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <Badge appearance="tint" color={STATUS_COLOR[u.status]} className={styles.status}>
                      {statusText(u, text, paneText.diagnostics.date)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {undated === 0 ? null : (
            <>
              <p className={styles.hint}>{text.recordHint}</p>
              <div>
                <Button onClick={() => void record.run()} disabled={task.running || record.running}>
                  {text.record(undated)}
                </Button>
              </div>
            </>
          )}
          <TaskStatus
            state={record.state}
            label={paneText.common.working}
            onCancel={record.cancel}
            onRetry={() => void record.run()}
          />
          {recorded === null ? null : (
            <MessageBar intent="success" layout="multiline" role="status">
              <MessageBarBody>{text.recorded(recorded)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
}
