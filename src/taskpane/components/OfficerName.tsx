import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import { usePaneText } from "../text";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  text: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Where the name is kept (src/taskpane/officer.ts: the browser's localStorage). */
export interface OfficerStore {
  /** null when never asked; "" when declined. */
  read(): string | null;
  /** False when the storage refused it. */
  remember(name: string): boolean;
}

/**
 * The officer's name «Nhật ký» records as who made a change: asked once (it may be declined),
 * remembered, shown in one line and editable. Shown on every tab whose first change records an
 * author (votes, the merge, appraisal and entry): each shown instance re-reads the store when its
 * tab comes back (`active`), so a name given on one tab is the one the others show.
 */
export function OfficerName({
  store,
  active = true,
}: {
  readonly store: OfficerStore;
  /** The tab holding it is shown. */
  readonly active?: boolean;
}): JSX.Element {
  const text = usePaneText();
  const t = text.officer;
  const styles = useStyles();
  const [name, setName] = useState<string | null>(() => store.read());
  const [editing, setEditing] = useState(name === null);
  const [draft, setDraft] = useState(name ?? "");
  const [kept, setKept] = useState(true);
  useEffect(() => {
    if (!active) return;
    const now = store.read();
    // The name another tab kept; a name being typed here stays (the form shows the draft).
    if (now === null) return;
    // Asked here but answered on another tab: show that answer, no longer ask.
    if (name === null) setEditing(false);
    setName(now);
  }, [active, store]);

  const keep = (value: string): void => {
    setKept(store.remember(value));
    setName(value.trim());
    setEditing(false);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    keep(draft);
  };

  if (!editing) {
    return (
      <div className={styles.line}>
        <p className={styles.text}>{name ? t.shown(name) : t.declined}</p>
        <Button appearance="transparent" size="small" onClick={() => setEditing(true)}>
          {t.change}
        </Button>
        {kept ? null : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.notKept}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  }
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t.name}>
      <p className={styles.text}>{t.ask}</p>
      <Field label={t.name}>
        <Input value={draft} onChange={(_, data) => setDraft(data.value)} autoComplete="name" />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={draft.trim() === ""}>
          {t.save}
        </Button>
        <Button onClick={() => keep("")}>{t.decline}</Button>
      </div>
    </form>
  );
}
