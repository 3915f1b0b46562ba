import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { appraisalDifference, appraisalTotals, checkAppraisal, countedScore } from "../../core/appraisal";
import type { AppraisalEntry, AppraisalRow, UnitAppraisal } from "../../workbook/appraisal";
import type { AppraisalActions } from "../actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { NoUndoNote } from "./NoUndoNote";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  text: { margin: 0 },
  // A native select is as wide as its longest option (a unit's long name) unless allowed to shrink.
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  list: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  section: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  criterion: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  changed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}` },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  scores: { margin: 0, color: tokens.colorNeutralForeground2 },
  difference: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  totals: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  lock: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  lockHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Draft = Omit<AppraisalEntry, "criterion">;

const draftOf = (row: AppraisalRow): Draft => ({
  appraised: row.appraisedShown,
  reason: row.reason,
  evidence: row.evidence,
  explanation: row.explanation,
});

const sameDraft = (a: Draft, b: Draft): boolean =>
  a.appraised.trim() === b.appraised.trim() &&
  a.reason.trim() === b.reason.trim() &&
  a.evidence.trim() === b.evidence.trim() &&
  a.explanation.trim() === b.explanation.trim();

export interface AppraisalStepProps {
  readonly appraisal: AppraisalActions;
}

/**
 * «Thẩm định»: one unit's criteria, each with its maximum and self score; the appraised score typed
 * beside it, a reason required where it differs, the evidence and the unit's explanation. The
 * differences show per criterion and in total as they are typed; saving is one write.
 */
export function AppraisalStep({ appraisal }: AppraisalStepProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Readonly<Record<string, Draft>>>({});
  const [loaded, setLoaded] = useState<UnitAppraisal | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [unlockReason, setUnlockReason] = useState("");
  const [unlockTried, setUnlockTried] = useState(false);

  const readTask = useTask(
    (signal, _progress, unit: string | undefined) => appraisal.read(unit, signal),
    text,
  );
  const saveTask = useTask(
    (signal, _progress, unit: string, entries: readonly AppraisalEntry[]) =>
      appraisal.save(unit, entries, signal),
    text,
  );
  const lockTask = useTask(
    async (signal, _progress, change: { readonly unlock: string } | null) => ({
      unlocked: change !== null,
      changed: change === null ? await appraisal.lock(signal) : await appraisal.unlock(change.unlock, signal),
    }),
    text,
  );
  const load = (unit: string | undefined): void => {
    saveTask.reset();
    setSubmitted(false);
    void readTask.run(unit).then((read) => {
      if (read === undefined) return;
      setLoaded(read);
      setDrafts(Object.fromEntries(read.rows.filter((r) => r.leaf).map((r) => [r.code, draftOf(r)])));
    });
  };
  // The first unit is read when the step first shows (App mounts it then), once per mount.
  const first = useRef(load);
  useEffect(() => first.current(undefined), []);

  const leaves = useMemo(() => loaded?.rows.filter((r) => r.leaf) ?? [], [loaded]);
  const checks = useMemo(
    () =>
      new Map(
        leaves.map((row) => {
          const draft = drafts[row.code] ?? draftOf(row);
          const criterion = { max: row.max, kind: row.kind };
          return [row.code, checkAppraisal(criterion, row.selfShown, draft.appraised, draft.reason)] as const;
        }),
      ),
    [leaves, drafts],
  );
  const totals = useMemo(
    () =>
      appraisalTotals(
        leaves.map((row) => ({
          kind: row.kind,
          self: row.self,
          appraised: countedScore(drafts[row.code]?.appraised ?? row.appraisedShown, {
            max: row.max,
            kind: row.kind,
          }),
        })),
      ),
    [leaves, drafts],
  );
  const changedEntries = leaves
    .filter((row) => !sameDraft(drafts[row.code] ?? draftOf(row), draftOf(row)))
    .map((row) => ({ criterion: row.code, ...(drafts[row.code] ?? draftOf(row)) }));
  const refused = leaves.filter((row) => checks.get(row.code)?.ok === false);

  const edit = (code: string, field: keyof Draft, value: string): void =>
    setDrafts((all) => {
      const row = leaves.find((r) => r.code === code);
      const base =
        all[code] ?? (row ? draftOf(row) : { appraised: "", reason: "", evidence: "", explanation: "" });
      return { ...all, [code]: { ...base, [field]: value } };
    });

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (loaded?.locked === true) return;
    setSubmitted(true);
    if (loaded === null || refused.length > 0 || changedEntries.length === 0) return;
    void saveTask.run(loaded.unit.code, changedEntries).then((saved) => {
      if (saved === undefined) return;
      setLoaded(saved.appraisal);
      setDrafts(
        Object.fromEntries(saved.appraisal.rows.filter((r) => r.leaf).map((r) => [r.code, draftOf(r)])),
      );
      setSubmitted(false);
    });
  };

  if (loaded === null) {
    return readTask.state.status === "failed" ? (
      <TaskStatus
        state={readTask.state}
        label={text.loading}
        onCancel={readTask.cancel}
        onRetry={() => load(undefined)}
      />
    ) : (
      <Spinner size="small" label={text.loading} />
    );
  }
  const saved = saveTask.state.status === "done" ? saveTask.state.result : null;
  const lockDone = lockTask.state.status === "done" ? lockTask.state.result : null;
  const busy = saveTask.running || readTask.running || lockTask.running;
  const locked = loaded.locked;
  const changeLock = (): void => {
    if (locked && unlockReason.trim() === "") {
      setUnlockTried(true);
      return;
    }
    const unit = loaded.unit.code;
    void lockTask.run(locked ? { unlock: unlockReason } : null).then((done) => {
      if (done === undefined) return;
      setUnlockReason("");
      setUnlockTried(false);
      void readTask.run(unit).then((read) => {
        if (read === undefined) return;
        setLoaded(read);
        setDrafts(Object.fromEntries(read.rows.filter((r) => r.leaf).map((r) => [r.code, draftOf(r)])));
      });
    });
  };
  const reasonMissing = unlockTried && unlockReason.trim() === "";

  return (
    <form className={styles.step} onSubmit={save} noValidate>
      <p className={styles.text}>{text.appraisal.intro}</p>
      {locked ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.appraisal.lockedNotice(loaded.sheet)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={text.appraisal.unit}>
        <Select
          className={styles.select}
          value={loaded.unit.code}
          onChange={(_, data) => load(data.value)}
          disabled={readTask.running || lockTask.running}
        >
          {loaded.units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </Select>
      </Field>
      <p className={styles.totals} role="status">
        {text.appraisal.totals(totals.self, totals.final, totals.difference, totals.changed)}
      </p>
      <div className={styles.list}>
        {loaded.rows.map((row) => {
          if (!row.leaf) {
            return (
              <h3 key={row.code} className={styles.section}>
                {row.code}. {row.text}
              </h3>
            );
          }
          const draft = drafts[row.code] ?? draftOf(row);
          const check = checks.get(row.code);
          // The difference shows as soon as the score counts, before its reason is typed.
          const appraised = countedScore(draft.appraised, { max: row.max, kind: row.kind });
          const difference = appraisalDifference(row.kind, row.self, appraised);
          const refusal = check?.ok === false ? check.refusal : null;
          const showRefusal =
            refusal !== null && (submitted || refusal.kind !== "reason-missing" || draft.reason !== "");
          const reasonMissing = refusal?.kind === "reason-missing";
          return (
            <fieldset
              key={row.code}
              className={
                difference !== null && difference !== 0
                  ? `${styles.criterion} ${styles.changed}`
                  : styles.criterion
              }
            >
              <legend className={styles.legend}>
                {row.code}. {row.text}
              </legend>
              <p className={styles.scores}>{text.appraisal.scores(row.max, row.self)}</p>
              <Field
                label={text.appraisal.appraised(row.code)}
                validationState={showRefusal && !reasonMissing ? "error" : "none"}
                validationMessage={
                  showRefusal && !reasonMissing && refusal ? text.appraisal.refusal(refusal) : undefined
                }
              >
                <Input
                  inputMode="decimal"
                  readOnly={locked}
                  value={draft.appraised}
                  onChange={(_, data) => edit(row.code, "appraised", data.value)}
                />
              </Field>
              {difference !== null && difference !== 0 ? (
                <p className={styles.difference}>{text.appraisal.difference(difference)}</p>
              ) : null}
              <Field
                label={text.appraisal.reason(row.code)}
                required={reasonMissing || (difference !== null && difference !== 0)}
                validationState={submitted && reasonMissing ? "error" : "none"}
                validationMessage={
                  submitted && reasonMissing && refusal ? text.appraisal.refusal(refusal) : undefined
                }
              >
                <Input
                  readOnly={locked}
                  value={draft.reason}
                  onChange={(_, data) => edit(row.code, "reason", data.value)}
                />
              </Field>
              <Field label={text.appraisal.evidence(row.code)}>
                <Input
                  readOnly={locked}
                  value={draft.evidence}
                  onChange={(_, data) => edit(row.code, "evidence", data.value)}
                />
              </Field>
              <Field label={text.appraisal.explanation(row.code)}>
                <Input
                  readOnly={locked}
                  value={draft.explanation}
                  onChange={(_, data) => edit(row.code, "explanation", data.value)}
                />
              </Field>
            </fieldset>
          );
        })}
      </div>
      {submitted && refused.length > 0 ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{text.appraisal.fixFirst(refused.length)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {submitted && refused.length === 0 && changedEntries.length === 0 && saved === null ? (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{text.appraisal.unchanged}</MessageBarBody>
        </MessageBar>
      ) : null}
      {locked ? null : (
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {text.appraisal.save}
          </Button>
        </div>
      )}
      <TaskStatus state={saveTask.state} label={text.common.working} onCancel={saveTask.cancel} />
      {saved !== null ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{text.appraisal.saved(saved.changes)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.lock} aria-labelledby="appraisal-lock-heading">
        <h3 id="appraisal-lock-heading" className={styles.lockHeading}>
          {text.appraisal.lockHeading}
        </h3>
        <p className={styles.text}>{text.appraisal.lockIntro}</p>
        {locked ? (
          <Field
            label={text.appraisal.unlockReason}
            required
            validationState={reasonMissing ? "error" : "none"}
            validationMessage={reasonMissing ? text.appraisal.unlockReasonMissing : undefined}
          >
            <Input value={unlockReason} onChange={(_, data) => setUnlockReason(data.value)} />
          </Field>
        ) : null}
        <NoUndoNote />
        <div className={styles.actions}>
          <Button type="button" disabled={busy} onClick={changeLock}>
            {locked ? text.appraisal.unlock : text.appraisal.lock}
          </Button>
        </div>
        <TaskStatus state={lockTask.state} label={text.common.working} onCancel={lockTask.cancel} />
        {lockDone !== null ? (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              {lockDone.unlocked
                ? text.appraisal.unlockDone(lockDone.changed.sheets.length)
                : text.appraisal.lockDone(lockDone.changed.sheets.length)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>
    </form>
  );
}
