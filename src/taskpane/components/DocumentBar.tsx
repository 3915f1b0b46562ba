import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import type { BrowserDocument } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hiddenInput: { display: "none" },
  current: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface DocumentBarProps {
  readonly document: BrowserDocument;
  readonly name: string | null;
  readonly onOpened: (name: string) => void;
  readonly download: (() => Promise<void>) | undefined;
}

/** The plain-browser mode's file: open or drop an .xlsx, load the sample, download the result. */
export function DocumentBar({ document, name, onOpened, download }: DocumentBarProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const [last, setLast] = useState<(() => void) | null>(null);
  const [sampleMadeHere, setSampleMadeHere] = useState(false);

  const task = useTask(async (signal, _progress, open: (signal: AbortSignal) => Promise<void>) => {
    await open(signal);
    const current = document.current();
    if (current !== null) onOpened(current);
    return current;
  }, text);

  const start = (open: (signal: AbortSignal) => Promise<void>): void => {
    setSampleMadeHere(false);
    setLast(() => () => void task.run(open));
    void task.run(open);
  };
  const openFile = (file: File): void => start((signal) => document.open(file, file.name, signal));

  const onPick = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file !== undefined) openFile(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) openFile(file);
  };

  return (
    <div className={styles.bar}>
      <p className={styles.hint}>{text.browser.intro}</p>
      <div
        className={mergeClasses(styles.drop, over && styles.over)}
        role="group"
        aria-label={text.browser.dropZone}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className={styles.current} role="status">
          {name === null ? text.browser.none : text.browser.current(name)}
        </p>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={task.running}>
            {text.browser.openFile}
          </Button>
          <Button
            onClick={() => start(async (signal) => setSampleMadeHere(!(await document.openSample(signal))))}
            disabled={task.running}
          >
            {text.browser.openSample}
          </Button>
          {download === undefined ? null : (
            <Button
              disabled={name === null || task.running}
              onClick={() => {
                setDownloadFailure(null);
                download().catch((error: unknown) => setDownloadFailure(describeError(error, text)));
              }}
            >
              {text.browser.download}
            </Button>
          )}
        </div>
        <p className={styles.hint}>{text.browser.dropHint}</p>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={text.browser.fileInputLabel}
          tabIndex={-1}
          onChange={onPick}
          data-testid="file-input"
        />
      </div>
      <TaskStatus
        state={task.state}
        label={text.common.working}
        onCancel={task.cancel}
        onRetry={last ?? undefined}
      />
      {sampleMadeHere ? (
        <MessageBar layout="multiline" intent="info" role="status">
          <MessageBarBody>{text.errors.sampleMissing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {downloadFailure === null ? null : (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{downloadFailure}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
