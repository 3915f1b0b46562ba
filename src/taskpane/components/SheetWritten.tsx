import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneActions } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface SheetWrittenProps {
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
  readonly labels: {
    readonly written: (sheet: string) => string;
    readonly renamed: (sheet: string) => string;
    readonly openSheet: string;
  };
}

/**
 * After a generated sheet is written: says so, and offers to open it (Excel). In a browser the
 * workbook's «Tải xuống» is the file bar's, always in view, so it is not repeated here.
 */
export function SheetWritten({ sheetName, renamedBecauseTaken, labels }: SheetWrittenProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const [failure, setFailure] = useState<string | null>(null);

  const follow = (work: () => Promise<void>): void => {
    setFailure(null);
    work().catch((error: unknown) => setFailure(describeError(error, text)));
  };

  return (
    <>
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          {labels.written(sheetName)}
          {renamedBecauseTaken ? ` ${labels.renamed(sheetName)}` : null}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        {actions.openSheet === undefined ? null : (
          <Button onClick={() => follow(() => actions.openSheet?.(sheetName) ?? Promise.resolve())}>
            {labels.openSheet}
          </Button>
        )}
      </div>
      {failure === null ? null : (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
