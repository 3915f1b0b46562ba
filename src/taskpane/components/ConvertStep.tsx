import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LegacyEncoding } from "../../core/text/legacy";
import { LEGACY_ENCODING_LABEL } from "../../messages/vi/diagnostics";
import type { LegacyTextApplied } from "../../workbook/usecases";
import type { LegacyTextActions, LegacyTextPreviewOutcome, LegacyTextScopeChoice } from "../actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

/** Rows shown in the preview; the count of the rest follows (the write covers them all). */
export const PREVIEW_ROWS = 200;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tableWrap: { maxHeight: "360px", overflowY: "auto", minWidth: 0 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "anywhere",
    },
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  before: { color: tokens.colorNeutralForeground3 },
  guess: { color: tokens.colorPaletteMarigoldForeground2, display: "block" },
});

export interface ConvertStepProps {
  readonly legacyText: LegacyTextActions;
  /** True in the plain browser: the converted workbook still has to be downloaded. */
  readonly needsDownload: boolean;
}

/** "Chuyển mã": choose where, preview before → after with each cell, then write it all as one change. */
export function ConvertStep({ legacyText, needsDownload }: ConvertStepProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const [scope, setScope] = useState<LegacyTextScopeChoice>(
    legacyText.canUseSelection ? "selection" : "workbook",
  );
  const [encoding, setEncoding] = useState<LegacyEncoding | null>(null);
  const previewTask = useTask(
    (signal) => legacyText.preview({ scope, encoding: scope === "selection" ? encoding : null }, signal),
    text,
  );
  const applyTask = useTask(
    (signal, _progress, preview: LegacyTextPreviewOutcome): Promise<LegacyTextApplied> =>
      legacyText.apply(preview, signal),
    text,
  );
  const preview = previewTask.state.status === "done" ? previewTask.state.result : null;
  const applied = applyTask.state.status === "done" ? applyTask.state.result : null;
  const busy = previewTask.running || applyTask.running;

  const runPreview = (): void => {
    applyTask.reset();
    void previewTask.run();
  };
  const runApply = async (): Promise<void> => {
    if (preview === null) return;
    const result = await applyTask.run(preview);
    // What was shown is written: the preview is over, a new one starts afresh.
    if (result !== undefined) previewTask.reset();
  };

  return (
    <div className={styles.step}>
      <p>{legacyText.canUseSelection ? text.convert.intro : text.convert.introBrowser}</p>
      {legacyText.canUseSelection ? (
        <Field label={text.convert.scope}>
          <RadioGroup
            value={scope}
            onChange={(_, data) => setScope(data.value as LegacyTextScopeChoice)}
            layout="horizontal"
          >
            <Radio value="selection" label={text.convert.scopeSelection} />
            <Radio value="workbook" label={text.convert.scopeWorkbook} />
          </RadioGroup>
        </Field>
      ) : null}
      {scope === "selection" ? (
        <Field label={text.convert.encoding} hint={text.convert.encodingHint}>
          <Select
            value={encoding ?? ""}
            onChange={(_, data) => setEncoding(data.value === "" ? null : (data.value as LegacyEncoding))}
          >
            <option value="">{text.convert.encodingAuto}</option>
            {(Object.keys(LEGACY_ENCODING_LABEL) as LegacyEncoding[]).map((e) => (
              <option key={e} value={e}>
                {LEGACY_ENCODING_LABEL[e]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className={styles.row}>
        <Button appearance={preview === null ? "primary" : "secondary"} onClick={runPreview} disabled={busy}>
          {preview === null ? text.convert.preview : text.convert.previewAgain}
        </Button>
        {preview !== null && preview.cells.length > 0 ? (
          <Button appearance="primary" onClick={() => void runApply()} disabled={busy}>
            {text.convert.apply(preview.cells.length)}
          </Button>
        ) : null}
      </div>
      <TaskStatus
        state={previewTask.state}
        label={text.common.working}
        onCancel={previewTask.cancel}
        onRetry={runPreview}
      />
      <TaskStatus state={applyTask.state} label={text.common.working} onCancel={applyTask.cancel} />
      {applied !== null ? (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>
            {text.convert.applied(applied.written, applied.font)}
            {applied.skipped > 0 ? ` ${text.convert.skipped(applied.skipped)}` : ""}
            {needsDownload && applied.written > 0 ? ` ${text.convert.appliedBrowser}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview === null ? null : <Preview preview={preview} />}
    </div>
  );
}

function Preview({ preview }: { readonly preview: LegacyTextPreviewOutcome }): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  if (preview.cells.length === 0) {
    return (
      <MessageBar layout="multiline" intent="info" role="status">
        <MessageBarBody>
          {preview.selection === null ? null : `${text.convert.selection(preview.selection)}. `}
          {text.convert.none}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const shown = preview.cells.slice(0, PREVIEW_ROWS);
  return (
    <>
      <div role="status">
        {preview.selection === null ? null : <p>{text.convert.selection(preview.selection)}</p>}
        <p>{text.convert.found(preview.cells.length)}</p>
        <ul className={styles.list}>
          {preview.counts.map((c) => (
            <li key={`${c.sheet}-${c.encoding}`}>
              {text.convert.count(c.sheet, c.cells, LEGACY_ENCODING_LABEL[c.encoding])}
            </li>
          ))}
        </ul>
      </div>
      {/* A scrolling region: reachable by keyboard, named after the table it holds. */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={text.convert.tableCaption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{text.convert.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.convert.columns.cell}</th>
              <th scope="col">{text.convert.columns.before}</th>
              <th scope="col">{text.convert.columns.after}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={`${c.sheet}!${c.address}`}>
                <th scope="row">{`${c.sheet}!${c.address}`}</th>
                <td className={styles.before}>{c.before}</td>
                <td>
                  {c.after}
                  {c.font === null ? <small className={styles.guess}>{text.convert.byText}</small> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.cells.length > shown.length ? (
        <p>{text.convert.more(preview.cells.length - shown.length)}</p>
      ) : null}
    </>
  );
}
