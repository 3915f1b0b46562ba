import {
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { formatPoints } from "../../core/decimal";
import type { Points } from "../../core/model";
import { collectPaneText } from "../../messages/collect";
import { refusalText } from "../../messages/diagnostics";
import { excelHostText } from "../../messages/excel-host";
import type { FileOutcome, FilePlan } from "../../workbook/collect/merge-plan";
import type { MergePreview } from "../../workbook/collect/usecases";
import { usePaneActions, type CollectActions, type PickedFile } from "../actions";
import type { KeptFile } from "../storage/port";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";
import { WORKBOOK_PICKER_TYPES } from "../file-types";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
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
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  file: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  merge: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  refused: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  quiet: { borderLeftColor: tokens.colorNeutralStroke1 },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BADGE: Record<FileOutcome, "success" | "danger" | "informative" | "subtle"> = {
  merge: "success",
  refused: "danger",
  unchanged: "informative",
  superseded: "subtle",
};

/** A kept file as a picked one again. */
function pickedFrom(kept: KeptFile): PickedFile {
  return {
    name: kept.name,
    lastModified: kept.lastModified,
    arrayBuffer: () => Promise.resolve(kept.bytes.slice().buffer),
  };
}

async function keptFrom(file: PickedFile): Promise<KeptFile> {
  return {
    name: file.name,
    lastModified: file.lastModified,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
}

/** Most score changes listed under a file; the counts say the rest. */
const MAX_CHANGES = 10;

export interface CollectStepProps {
  readonly collect: CollectActions;
}

/** Step 5: send each unit its self-scoring file; take the returned files back, seeing what each brings first. */
export function CollectStep({ collect }: CollectStepProps): JSX.Element {
  const paneText = usePaneText();
  const keeping = usePaneActions().keeping;
  const text = collectPaneText(paneText.language).collect;
  const styles = useStyles();
  const idBase = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [overwrite, setOverwrite] = useState(false);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [merged, setMerged] = useState<number | null>(null);
  const [changedSince, setChangedSince] = useState(false);

  const split = useTask((signal) => collect.splitForUnits(signal), paneText);
  const previewTask = useTask(
    async (signal, _progress, picked: readonly PickedFile[], withOverwrite: boolean) => {
      const result = await collect.previewMerge(picked, { overwrite: withOverwrite }, signal);
      setPreview(result);
      return result;
    },
    paneText,
  );
  const mergeTask = useTask(async (signal, _progress, seen: MergePreview) => {
    const outcome = await collect.merge(seen, signal);
    setPreview(outcome.preview);
    setChangedSince(!outcome.applied);
    setMerged(outcome.applied ? seen.plan.merged : null);
    if (outcome.applied) void keeping?.updateDrafts((drafts) => ({ ...drafts, merge: null }));
    return outcome;
  }, paneText);

  /** The picked files are kept by the browser mode until merged, so a reload shows the same preview. */
  const keepPicked = (picked: readonly PickedFile[], withOverwrite: boolean): void => {
    if (keeping === undefined) return;
    void Promise.all(picked.map(keptFrom)).then(
      (files) =>
        keeping.updateDrafts((drafts) => ({
          ...drafts,
          merge: files.length === 0 ? null : { files, overwrite: withOverwrite },
        })),
      // A file that cannot be read again is not kept; its preview says what is wrong with it.
      () => undefined,
    );
  };

  const start = (picked: readonly PickedFile[], withOverwrite: boolean, keep = true): void => {
    if (keep) keepPicked(picked, withOverwrite);
    setFiles(picked);
    setMerged(null);
    setChangedSince(false);
    setPreview(null);
    if (picked.length > 0) void previewTask.run(picked, withOverwrite);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>): void => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = "";
    if (picked.length > 0) start(picked, overwrite);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const picked = [...event.dataTransfer.files];
    if (picked.length > 0) start(picked, overwrite);
  };

  // Files picked before a reload come back with their preview (nothing is written until Merge).
  useEffect(() => {
    const kept = keeping?.drafts().merge;
    if (kept !== null && kept !== undefined && kept.files.length > 0) {
      setOverwrite(kept.overwrite);
      start(kept.files.map(pickedFrom), kept.overwrite, false);
    }
    // Once, when the step mounts for a workbook.
  }, []);

  const busy = split.running || previewTask.running || mergeTask.running;
  const plan = preview?.plan ?? null;
  const splitResult = split.state.status === "done" ? split.state.result : null;
  const blank = (p: Points | null): string =>
    p === null ? text.blank : formatPoints(p, paneText.decimalSeparator);

  const fileItem = (f: FilePlan, i: number): JSX.Element => {
    const changes = f.changes.filter((c) => c.kind !== "new");
    const changesId = `${idBase}-changes-${i}`;
    const refusal = f.refusal === null ? null : refusalText(paneText.diagnostics, f.refusal);
    return (
      <li
        key={`${f.file}-${i}`}
        className={mergeClasses(
          styles.file,
          f.outcome === "merge" ? styles.merge : f.outcome === "refused" ? styles.refused : styles.quiet,
        )}
      >
        <span className={styles.line}>
          <Badge appearance="tint" color={BADGE[f.outcome]}>
            {text.outcome[f.outcome]}
          </Badge>
          <span className={styles.name}>{f.file}</span>
        </span>
        {f.unit === null ? null : (
          <span>
            {f.unit.name} ({f.unit.code})
          </span>
        )}
        {f.outcome === "merge" ? (
          <span>
            {text.counts(f.counts)}; {text.receivedOn(paneText.diagnostics.date(f.receivedOn))} (
            {paneText.diagnostics.receivedFrom(f.receivedFrom)})
          </span>
        ) : null}
        {f.outcome === "merge"
          ? f.dateNotices.map((n, j) => (
              <span key={`date-${j}`} role="note">
                {paneText.diagnostics.dateNotice(n)}
              </span>
            ))
          : null}
        {refusal === null ? null : <span>{refusal.sentence}</span>}
        {refusal !== null && refusal.details.length > 0 ? (
          <ul className={styles.details}>
            {refusal.details.map((d, j) => (
              <li key={j}>{d}</li>
            ))}
          </ul>
        ) : null}
        {f.remark === null ? null : <span>{paneText.diagnostics.remark(f.remark)}</span>}
        {f.outcome === "merge" && changes.length > 0 ? (
          <ul className={styles.details} id={changesId} aria-label={text.changesLabel(f.file)}>
            {changes.slice(0, MAX_CHANGES).map((c) => (
              <li key={c.criterion}>
                {text.change(
                  c.criterion,
                  c.before === null ? c.beforeShown || text.blank : blank(c.before),
                  blank(c.after),
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <div className={styles.step}>
      <p className={styles.text}>{text.intro}</p>

      <section className={styles.section} aria-labelledby={`${idBase}-send`}>
        <h3 id={`${idBase}-send`} className={styles.heading}>
          {text.sendHeading}
        </h3>
        <p className={styles.hint}>{text.sendIntro}</p>
        <div>
          <Button onClick={() => void split.run()} disabled={busy}>
            {text.split}
          </Button>
        </div>
        <TaskStatus
          state={split.state}
          label={paneText.common.working}
          onCancel={split.cancel}
          onRetry={() => void split.run()}
        />
        {splitResult === null ? null : (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              {"zipName" in splitResult
                ? text.splitDone(splitResult.files, splitResult.zipName)
                : excelHostText(paneText.language).filesOpened(splitResult.opened)}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${idBase}-receive`}>
        <h3 id={`${idBase}-receive`} className={styles.heading}>
          {text.receiveHeading}
        </h3>
        <p className={styles.hint}>{text.receiveIntro}</p>
        <div
          className={mergeClasses(styles.drop, over && styles.over)}
          role="group"
          aria-label={text.dropZone}
          data-testid="collect-drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
              {text.pick}
            </Button>
            {files.length === 0 ? null : (
              <Button onClick={() => start([], overwrite)} disabled={busy}>
                {text.clear}
              </Button>
            )}
          </div>
          <p className={styles.hint}>{text.dropHint}</p>
          <input
            ref={input}
            className={styles.hiddenInput}
            type="file"
            multiple
            accept={WORKBOOK_PICKER_TYPES}
            aria-label={text.fileInputLabel}
            tabIndex={-1}
            onChange={onPick}
            data-testid="collect-file-input"
          />
        </div>
        <Checkbox
          checked={overwrite}
          disabled={busy}
          label={text.overwrite}
          onChange={(_, data) => {
            const next = data.checked === true;
            setOverwrite(next);
            if (files.length > 0) start(files, next);
          }}
        />
        <p className={styles.hint}>{text.overwriteHint}</p>
        <TaskStatus
          state={previewTask.state}
          label={paneText.common.working}
          onCancel={previewTask.cancel}
          onRetry={() => void previewTask.run(files, overwrite)}
        />
      </section>

      {plan === null ? null : (
        <section className={styles.section} aria-labelledby={`${idBase}-preview`}>
          <h3 id={`${idBase}-preview`} className={styles.heading}>
            {text.previewHeading}
          </h3>
          {changedSince ? (
            <MessageBar intent="warning" layout="multiline" role="alert">
              <MessageBarBody>{text.changedSince}</MessageBarBody>
            </MessageBar>
          ) : null}
          {merged === null ? <p className={styles.hint}>{text.previewNote}</p> : null}
          <ul className={styles.list}>{plan.files.map(fileItem)}</ul>
          {merged !== null ? (
            <MessageBar intent="success" layout="multiline" role="status">
              <MessageBarBody>{text.merged(merged)}</MessageBarBody>
            </MessageBar>
          ) : plan.updates.length === 0 ? (
            <MessageBar intent="info" layout="multiline" role="status">
              <MessageBarBody>{text.nothingToMerge}</MessageBarBody>
            </MessageBar>
          ) : (
            <div>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => preview !== null && void mergeTask.run(preview)}
              >
                {text.merge(plan.merged)}
              </Button>
            </div>
          )}
          <TaskStatus
            state={mergeTask.state}
            label={paneText.common.working}
            onCancel={mergeTask.cancel}
            onRetry={() => preview !== null && void mergeTask.run(preview)}
          />
        </section>
      )}
    </div>
  );
}
