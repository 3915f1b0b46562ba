import { Button, Field, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ChangeEvent } from "react";
import { formatPoints } from "../../core/decimal";
import { yearPaneTextFor } from "../../messages/year-pane";
import { rollupProblemLine, yearTextFor } from "../../messages/year";
import type { PickedFile } from "../actions";
import { ROLLUP_DOCUMENTS_ZIP, type RollupActions, type RollupOutcome } from "../rollup-actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tableWrap: { maxHeight: "420px", overflowY: "auto", minWidth: 0 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      // Break a long word only where it does not fit: "anywhere" let the narrow columns (points,
      // award) shrink to a letter a line in a 320 px pane.
      overflowWrap: "break-word",
    },
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/**
 * «Tổng hợp khối» (plain browser): several cluster workbooks picked at once, rolled up by the same
 * use case as `thidua tong-hop-khoi`; each refusal or unresolved place said with its file, sheet and
 * cell; the roll-up downloaded, and its tờ trình and list on request.
 */
export function RollupStep({ rollup }: { readonly rollup: RollupActions }): JSX.Element {
  const pane = usePaneText();
  const text = yearPaneTextFor(pane.language).rollup;
  const problemText = yearTextFor(pane.language);
  const styles = useStyles();
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const runTask = useTask(
    (signal, _progress, picked: readonly PickedFile[]): Promise<RollupOutcome> =>
      rollup.rollUp(picked, signal),
    pane,
  );
  const documentsTask = useTask(
    (signal, _progress, outcome: RollupOutcome): Promise<readonly string[]> =>
      rollup.downloadDocuments(outcome, signal),
    pane,
  );
  const outcome = runTask.state.status === "done" ? runTask.state.result : null;
  const documents = documentsTask.state.status === "done" ? documentsTask.state.result : null;
  const busy = runTask.running || documentsTask.running;

  const onPick = (event: ChangeEvent<HTMLInputElement>): void => {
    setFiles([...(event.target.files ?? [])]);
    runTask.reset();
    documentsTask.reset();
  };
  const result = outcome?.rollup ?? null;
  const errors = result?.problems.filter((p) => p.severity === "error").length ?? 0;
  const clusters = result?.blocks.reduce((n, b) => n + b.clusters.length, 0) ?? 0;
  // «Khối» only where some cluster is in a block apart from itself: a cluster is never named twice.
  const blockColumn = result?.proposals.some((p) => p.block !== null) ?? false;

  return (
    <div className={styles.step}>
      <p>{text.intro}</p>
      <Field label={text.pick} hint={text.pickHint}>
        <input
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={onPick}
          // Fluent's Field names its own controls only: the browser's file input is named here.
          aria-label={text.pick}
          data-testid="rollup-file-input"
        />
      </Field>
      {files.length === 0 ? null : <p>{text.picked(files.map((f) => f.name))}</p>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || files.length === 0}
          onClick={() => {
            documentsTask.reset();
            void runTask.run(files);
          }}
        >
          {text.run(files.length)}
        </Button>
      </div>
      <TaskStatus
        state={runTask.state}
        label={pane.common.working}
        onCancel={runTask.cancel}
        onRetry={() => void runTask.run(files)}
      />
      {result === null || result.problems.length === 0 ? null : (
        <section aria-label={text.problemsHeading}>
          <ul className={styles.list}>
            {result.problems.map((p, i) => (
              <li key={i}>{rollupProblemLine(problemText, p)}</li>
            ))}
          </ul>
        </section>
      )}
      {result === null || outcome === null ? null : outcome.downloaded === null ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{text.refused(errors)}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <MessageBar layout="multiline" intent="success" role="status">
            <MessageBarBody>
              {text.written(outcome.downloaded, outcome.files.length, clusters, result.proposals.length)}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={text.tableCaption}>
            <table className={styles.table}>
              <caption className={styles.caption}>{text.tableCaption}</caption>
              <thead>
                <tr>
                  {blockColumn ? <th scope="col">{text.columns.block}</th> : null}
                  <th scope="col">{text.columns.cluster}</th>
                  <th scope="col">{text.columns.unit}</th>
                  <th scope="col">{text.columns.total}</th>
                  <th scope="col">{text.columns.award}</th>
                </tr>
              </thead>
              <tbody>
                {result.proposals.map((p) => (
                  <tr key={`${p.cluster}-${p.unit.code}`}>
                    {blockColumn ? <td>{p.block ?? ""}</td> : null}
                    <td>{p.cluster}</td>
                    <td>{`${p.unit.code} — ${p.unit.name}`}</td>
                    <td>{formatPoints(p.unit.total, pane.decimalSeparator)}</td>
                    <td>{pane.common.award[p.award]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => void documentsTask.run(outcome)}>
              {text.documents}
            </Button>
          </div>
          <TaskStatus
            state={documentsTask.state}
            label={pane.common.working}
            onCancel={documentsTask.cancel}
          />
          {documents === null ? null : (
            <MessageBar layout="multiline" intent="success" role="status">
              <MessageBarBody>{text.documentsDone(ROLLUP_DOCUMENTS_ZIP, documents)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
}
