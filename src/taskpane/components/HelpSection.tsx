import {
  Button,
  Field,
  Link,
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
  help: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "12em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** «Trợ giúp»: the user guide, and in Excel «Tự kiểm tra» with its copyable report. */
export function HelpSection({ selfTest }: { readonly selfTest?: SelfTestActions }): JSX.Element {
  const paneText = usePaneText();
  const text = selfTestText(paneText.language);
  const styles = useStyles();
  const [report, setReport] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const task = useTask(async (signal): Promise<readonly CheckResult[]> => {
    if (selfTest === undefined) return [];
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
    <details className={styles.help}>
      <summary className={styles.summary}>{text.help}</summary>
      <div className={styles.body}>
        <Link href="assets/help.html" target="_blank" rel="noopener">
          {text.guide}
        </Link>
        {selfTest === undefined ? null : (
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
        )}
      </div>
    </details>
  );
}
