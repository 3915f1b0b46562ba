import { Button, MessageBar, MessageBarActions, MessageBarBody, Switch } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { BlockSummary } from "../../core/model";
import { usePaneActions, type SummaryOutcome } from "../actions";
import { rememberAutoUpdate, rememberedAutoUpdate } from "../preferences";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

export interface ResultsFreshnessProps {
  /** Counts the workbook's changes the pane heard of; each one starts a check after `debounceMs`. */
  readonly changes: number;
  /** False in a plain browser before a file is open. */
  readonly hasWorkbook: boolean;
  readonly onSummary: (summary: BlockSummary) => void;
  /** The Summary step shows the same notice itself: not twice. */
  readonly hideNotice?: boolean;
  /** Changes arrive in bursts (typing, a paste, a merge): the check waits until they settle. */
  readonly debounceMs?: number;
}

/**
 * Says, at the top of the pane, when «Bảng tổng hợp» and «Đề nghị khen thưởng» no longer carry the
 * data's stamp (after the user's, a co-author's or the pane's own change), with one action that
 * makes both again together. In Excel it offers to do that by itself a moment after each change.
 */
export function ResultsFreshness(props: ResultsFreshnessProps): JSX.Element | null {
  const { changes, hasWorkbook, onSummary, hideNotice = false, debounceMs = 1500 } = props;
  const actions = usePaneActions();
  const text = usePaneText();
  const [stale, setStale] = useState(false);
  // Remembered on this computer: an officer who chose it once need not find the switch again.
  const [auto, setAuto] = useState(rememberedAutoUpdate);
  const [regenerated, setRegenerated] = useState(false);
  const regenerate = useTask(async (signal, onProgress): Promise<SummaryOutcome> => {
    const outcome = await actions.generateSummary(onProgress, signal);
    onSummary(outcome.summary);
    setStale(false);
    setRegenerated(true);
    return outcome;
  }, text);
  // Read inside the timer: the latest choice and task, without restarting the wait on each render.
  const latest = useRef({ auto, regenerate });
  latest.current = { auto, regenerate };

  useEffect(() => {
    if (!hasWorkbook) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      actions.isSummaryStale(controller.signal).then(
        (isStale) => {
          if (controller.signal.aborted) return;
          setStale(isStale);
          if (isStale) setRegenerated(false);
          const { auto: automatic, regenerate: task } = latest.current;
          if (isStale && automatic && !task.running) void task.run();
        },
        // A failed check changes nothing here: the Summary step says why when it is opened.
        () => undefined,
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [changes, hasWorkbook, actions, debounceMs]);

  if (!hasWorkbook) return null;
  const canWatch = actions.host === "excel" && actions.onWorkbookChange !== undefined;
  return (
    <>
      {stale && !hideNotice && !regenerate.running ? (
        <MessageBar layout="multiline" intent="warning" role="status">
          <MessageBarBody>{text.notices.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void regenerate.run()}>
              {text.results.regenerate}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {regenerate.state.status === "idle" || regenerate.state.status === "done" ? null : (
        <TaskStatus
          state={regenerate.state}
          label={text.results.regenerating}
          onCancel={regenerate.cancel}
          onRetry={() => void regenerate.run()}
        />
      )}
      {regenerated && !stale ? (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>{text.results.regenerated}</MessageBarBody>
        </MessageBar>
      ) : null}
      {canWatch ? (
        <Switch
          checked={auto}
          onChange={(_, data) => {
            setAuto(data.checked);
            rememberAutoUpdate(data.checked);
            if (data.checked && stale && !regenerate.running) void regenerate.run();
          }}
          label={text.results.autoUpdate}
          title={text.results.autoUpdateHint}
        />
      ) : null}
    </>
  );
}
