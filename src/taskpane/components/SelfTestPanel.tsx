import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { selfTestText } from "../../messages/self-test";
import type { CheckResult } from "../../workbook/self-test";
import type { SelfTestActions } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "12em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** «Tự kiểm tra»: runs the self-test, lists every check with its outcome, gives the report to copy. */
export function SelfTestPanel({ selfTest }: { readonly selfTest: SelfTestActions }): JSX.Element {
  const paneText = usePaneText();
  const text = selfTestText(paneText.language);
  const styles = useStyles();
  const [report, setReport] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const task = useTask(async (signal): Promise<readonly CheckResult[]> => {
    setReport(null);
    setCopied(false);
    const checks = await selfTest.run((error) => describeError(error, paneText), signal);
    setReport(text.report(selfTest.host, checks, new Date().toISOString()));
    return checks;
  }, paneText);
  const checks = task.state.status === "done" ? task.state.result : null;

  const copy = async (): Promise<void> => {
    if (report === null) return;
    try {
      await navigator.clipboard.writeText(report);
      setCopied(true);
    } catch {
      // A task pane may not reach the clipboard: select the text for the user to copy.
      area.current?.select();
    }
  };

  return (
    <>
      <p>{text.intro}</p>
      <div className={styles.actions}>
        <Button onClick={() => void task.run()} disabled={task.running}>
          {text.run}
        </Button>
      </div>
      <TaskStatus
        state={task.state}
        label={text.running}
        onCancel={task.cancel}
        onRetry={() => void task.run()}
      />
      {checks === null ? null : (
        <ul className={styles.checks} aria-label={text.run}>
          {checks.map((check) => {
            const detail = text.detail(check.detail);
            return (
              <li key={check.id} className={check.status === "failed" ? styles.failed : undefined}>
                [{text.status[check.status]}] {text.checks[check.id]}
                {detail === "" ? null : ` — ${detail}`}
              </li>
            );
          })}
        </ul>
      )}
      {report === null ? null : (
        <>
          <Field label={text.reportLabel}>
            <Textarea ref={area} className={styles.report} value={report} readOnly resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => void copy()}>{text.copy}</Button>
          </div>
          {copied ? (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{text.copied}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
    </>
  );
}
