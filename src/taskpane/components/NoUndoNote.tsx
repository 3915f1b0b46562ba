import { makeStyles, tokens } from "@fluentui/react-components";
import { excelHostText } from "../../messages/excel-host";
import { usePaneActions } from "../actions";
import { usePaneText } from "../text";

const useStyles = makeStyles({
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/**
 * Said before a step that creates or replaces sheets, where the host cannot undo that (Excel:
 * docs/excel/excel-add-ins-undo-capabilities.md): «Không hoàn tác được», rather than a failure later.
 * Nothing where the step can be undone (a plain browser works on a downloaded copy).
 */
export function NoUndoNote({ id }: { readonly id?: string }): JSX.Element | null {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  if (actions.sheetWritesUndoable !== false) return null;
  return (
    <p id={id} className={styles.note}>
      {excelHostText(text.language).cannotUndo}
    </p>
  );
}
