import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type DragEvent } from "react";
import type { BrowserDocument, KeepStatus, KeptWork, SavedWork } from "../actions";
import { clockOf } from "../clock";
import { describeError } from "../errors";
import { isStorageError, isPending, NOTHING_PENDING } from "../storage/port";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";
import { WORKBOOK_PICKER_TYPES } from "../file-types";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The file and «Tải xuống» stay in view while the steps scroll under them.
  strip: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, flexBasis: "12em" },
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
  kept: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const NO_KEEPING: KeepStatus = { fileName: null, savedAt: null, pending: NOTHING_PENDING, failure: null };
const noSubscription = (): (() => void) => () => undefined;

function useKeepStatus(keeping: KeptWork | undefined): KeepStatus {
  return useSyncExternalStore(keeping?.subscribe ?? noSubscription, () => keeping?.status() ?? NO_KEEPING);
}

export interface DocumentBarProps {
  readonly document: BrowserDocument;
  readonly name: string | null;
  readonly onOpened: (name: string) => void;
  readonly download: (() => Promise<void>) | undefined;
  readonly keeping?: KeptWork;
}

/**
 * The plain-browser mode's file: which one is open, what of it is not downloaded yet, «Tải xuống»;
 * open or drop an .xlsx, load the sample; continue what an earlier visit left in the browser.
 */
export function DocumentBar({ document, name, onOpened, download, keeping }: DocumentBarProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const [last, setLast] = useState<(() => void) | null>(null);
  const [sampleMadeHere, setSampleMadeHere] = useState(false);
  // The file being opened, to name it if it cannot be (null for the sample or the kept work).
  const [attempt, setAttempt] = useState<string | null>(null);
  const [offer, setOffer] = useState<SavedWork | null>(null);
  const [offerFailure, setOfferFailure] = useState<string | null>(null);
  const status = useKeepStatus(keeping);

  const storageSentence = (error: unknown): string =>
    isStorageError(error) ? text.keep.failure(error.reason, error.detail) : describeError(error, text);

  // What an earlier visit left: offered once, when the page opens with no file.
  useEffect(() => {
    let live = true;
    if (document.current() !== null) return undefined;
    document.saved().then(
      (saved) => live && setOffer(saved),
      (error: unknown) => live && setOfferFailure(storageSentence(error)),
    );
    return () => {
      live = false;
    };
    // Once per page: the kept work does not change behind the page's back (storageSentence only words a failure).
  }, [document]);

  const task = useTask(async (signal, _progress, open: (signal: AbortSignal) => Promise<void>) => {
    await open(signal);
    const current = document.current();
    if (current !== null) onOpened(current);
    return current;
  }, text);

  const start = (open: (signal: AbortSignal) => Promise<void>, attempted: string | null = null): void => {
    setSampleMadeHere(false);
    setOffer(null);
    setAttempt(attempted);
    setLast(() => () => void task.run(open));
    void task.run(open);
  };
  const openFile = (file: File): void => start((signal) => document.open(file, file.name, signal), file.name);

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
  const when = (milliseconds: number): string => text.clock(clockOf(milliseconds));

  const failedOpen = task.state.status === "failed" && attempt !== null;
  const pending = name === null ? null : isPending(status.pending) ? status.pending : null;

  return (
    <div className={styles.bar}>
      <div className={styles.strip}>
        <div className={styles.file}>
          <p className={styles.current} role="status" data-testid="open-file">
            {failedOpen
              ? text.browser.notOpened(attempt, name)
              : name === null
                ? text.browser.none
                : text.browser.current(name)}
          </p>
          {name === null || keeping === undefined ? null : (
            <p className={styles.kept} data-testid="not-downloaded">
              {pending === null ? text.keep.nothingPending : text.keep.pending(pending)}{" "}
              {status.savedAt === null ? text.keep.notSavedYet : text.keep.savedAt(when(status.savedAt))}
            </p>
          )}
        </div>
        {download === undefined ? null : (
          <Button
            appearance={pending === null ? "secondary" : "primary"}
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
      {status.failure === null ? null : (
        <MessageBar layout="multiline" intent="warning" role="alert">
          <MessageBarBody>{text.keep.failure(status.failure.reason, status.failure.detail)}</MessageBarBody>
        </MessageBar>
      )}
      {offerFailure === null ? null : (
        <MessageBar layout="multiline" intent="warning" role="alert">
          <MessageBarBody>{offerFailure}</MessageBarBody>
        </MessageBar>
      )}
      {offer === null ? null : (
        <MessageBar layout="multiline" intent="info" data-testid="continue-offer">
          <MessageBarBody>
            <MessageBarTitle>{text.keep.offerTitle}</MessageBarTitle>
            {text.keep.offer({
              fileName: offer.fileName,
              savedAt: when(offer.savedAt),
              pending: isPending(offer.pending) ? text.keep.pending(offer.pending) : text.keep.nothingPending,
              hasDrafts: offer.hasDrafts,
            })}{" "}
            {text.keep.offerNote}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() =>
                start(async (signal) => {
                  await document.continueSaved(signal);
                })
              }
            >
              {text.keep.continue}
            </Button>
            <Button
              onClick={() => {
                setOffer(null);
                document.discardSaved().catch((error: unknown) => setOfferFailure(storageSentence(error)));
              }}
            >
              {text.keep.discard}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
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
        </div>
        <p className={styles.hint}>{text.browser.dropHint}</p>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept={WORKBOOK_PICKER_TYPES}
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
