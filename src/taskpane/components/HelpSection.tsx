import { Link, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { helpText } from "../../messages/help";
import type { SelfTestActions } from "../actions";
import { usePaneText } from "../text";

/** The self-test's panel and text load when «Trợ giúp» is first opened, not with the pane. */
const SelfTestPanel = lazy(() =>
  import(/* webpackChunkName: "self-test-pane" */ "./SelfTestPanel").then((m) => ({
    default: m.SelfTestPanel,
  })),
);

const useStyles = makeStyles({
  help: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
});

/** «Trợ giúp»: the user guide, and in Excel «Tự kiểm tra» with its copyable report. */
export function HelpSection({ selfTest }: { readonly selfTest?: SelfTestActions }): JSX.Element {
  const paneText = usePaneText();
  const text = helpText(paneText.language);
  const styles = useStyles();
  const [opened, setOpened] = useState(false);
  return (
    <details className={styles.help}>
      {/* A click (or Enter, Space) on the summary opens the section; the panel then loads. */}
      <summary className={styles.summary} onClick={() => setOpened(true)}>
        {text.help}
      </summary>
      <div className={styles.body}>
        <Link href="assets/help.html" target="_blank" rel="noopener">
          {text.guide}
        </Link>
        {selfTest === undefined || !opened ? null : (
          <Suspense fallback={<Spinner size="small" label={paneText.loading} />}>
            <SelfTestPanel selfTest={selfTest} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
