import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { BlockSummary } from "../../core/model";
import { usePaneActions, type SummaryOutcome } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { NoUndoNote } from "./NoUndoNote";
import { RankingChart } from "./RankingChart";
import { SheetWritten } from "./SheetWritten";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface SummaryStepProps {
  /** The latest summary the pane knows (from Check or an earlier generation). */
  readonly summary: BlockSummary | null;
  readonly onSummary: (summary: BlockSummary) => void;
  /** A co-author changed the workbook since the pane last generated. */
  readonly remoteChanged: boolean;
  readonly onGenerated: () => void;
  /** True while this step is the one shown: the staleness check runs then. */
  readonly active: boolean;
  /** False in a plain browser before a file is open. */
  readonly hasWorkbook: boolean;
}

/** Step 3: generate the summary sheet, with progress and Cancel; then the ranking at a glance. */
export function SummaryStep(props: SummaryStepProps): JSX.Element {
  const { summary, onSummary, remoteChanged, onGenerated, active, hasWorkbook } = props;
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const [stale, setStale] = useState(false);
  const [staleFailure, setStaleFailure] = useState<string | null>(null);

  const task = useTask(async (signal, onProgress): Promise<SummaryOutcome> => {
    const outcome = await actions.generateSummary(onProgress, signal);
    onSummary(outcome.summary);
    setStale(false);
    onGenerated();
    return outcome;
  }, text);
  const outcome = task.state.status === "done" ? task.state.result : null;

  useEffect(() => {
    if (!active || !hasWorkbook) return;
    const controller = new AbortController();
    setStaleFailure(null);
    actions.isSummaryStale(controller.signal).then(
      (isStale) => {
        if (!controller.signal.aborted) setStale(isStale);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setStaleFailure(describeError(error, text));
      },
    );
    return () => controller.abort();
  }, [active, hasWorkbook, actions, text, summary]);

  // The latest result the pane knows (votes recorded since generating make it newer than the sheet);
  // once the sheet is out of date, the pane says so instead of reporting it written.
  const shown = summary ?? outcome?.summary ?? null;
  const outOfDate = stale || remoteChanged;
  return (
    <div className={styles.step}>
      <p>{text.summary.intro}</p>
      {remoteChanged ? (
        <MessageBar layout="multiline" intent="warning" role="status">
          <MessageBarBody>{text.notices.remoteChange}</MessageBarBody>
        </MessageBar>
      ) : stale ? (
        <MessageBar layout="multiline" intent="warning" role="status">
          <MessageBarBody>{text.notices.stale}</MessageBarBody>
        </MessageBar>
      ) : null}
      {staleFailure === null ? null : (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{staleFailure}</MessageBarBody>
        </MessageBar>
      )}
      <NoUndoNote />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void task.run()} disabled={task.running}>
          {outcome === null ? text.summary.generate : text.summary.regenerate}
        </Button>
      </div>
      <TaskStatus
        state={task.state}
        label={text.summary.progress}
        onCancel={task.cancel}
        onRetry={() => void task.run()}
      />
      {outcome === null || outOfDate ? null : (
        <SheetWritten
          sheetName={outcome.sheetName}
          renamedBecauseTaken={outcome.renamedBecauseTaken}
          labels={text.summary}
        />
      )}
      {shown?.blocked === true ? (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{text.summary.blocked}</MessageBarBody>
        </MessageBar>
      ) : null}
      {shown !== null && outOfDate && shown !== outcome?.summary ? (
        <p className={styles.note}>{text.summary.chartNewer}</p>
      ) : null}
      {shown === null ? null : <RankingChart summary={shown} />}
    </div>
  );
}
