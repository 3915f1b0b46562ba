import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TaskState } from "../use-task";
import { usePaneText } from "../text";

const useStyles = makeStyles({
  running: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  bar: { flexGrow: 1, minWidth: "120px" },
});

export interface TaskStatusProps {
  readonly state: TaskState<unknown>;
  /** What is being done, e.g. "Đang tổng hợp…". */
  readonly label: string;
  readonly onCancel: () => void;
  readonly onRetry?: () => void;
}

/** Progress with a Cancel button while work runs; the failure, in words, with Try again where it can help. */
export function TaskStatus({ state, label, onCancel, onRetry }: TaskStatusProps): JSX.Element | null {
  const text = usePaneText();
  const styles = useStyles();
  if (state.status === "running") {
    const percent = state.progress === null ? null : Math.round(state.progress * 100);
    const shown = state.cancelling ? text.common.cancelling : label;
    return (
      <div className={styles.running} role="status" aria-live="polite">
        <div className={styles.row}>
          <Field
            className={styles.bar}
            label={shown}
            hint={percent === null ? undefined : text.common.progress(percent)}
          >
            <ProgressBar value={state.progress ?? undefined} max={1} aria-valuetext={shown} />
          </Field>
          <Button onClick={onCancel} disabled={state.cancelling}>
            {text.common.cancel}
          </Button>
        </div>
      </div>
    );
  }
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{text.errors.title}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
        {onRetry === undefined || !state.retryable ? null : (
          <MessageBarActions>
            <Button onClick={onRetry}>{text.common.retry}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  if (state.status === "cancelled") {
    return (
      <MessageBar layout="multiline" intent="info" role="status">
        <MessageBarBody>{text.common.cancelled}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
