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
import { departmentKey, departmentPointsFor } from "../../core/allocation";
import { eligibilityOf } from "../../core/eligibility";
import { departmentCode, unitCode, type Exclusion, type Problem } from "../../core/model";
import { unitFactsOf } from "../../core/unit-list";
import { problemText } from "../../messages/diagnostics";
import type { DepartmentField, EntrySaved, UnitEntryRead, UnitFact } from "../../workbook/unit-entry";
import type { UnitEntryActions } from "../actions";
import { usePaneText } from "../text";
import { useTask, type TaskState } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0 },
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  section: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  consequence: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  excluded: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const FACTS: readonly UnitFact[] = ["registered", "pactSigned", "midReport", "endReport", "discipline"];
const CHOICE_FACTS: ReadonlySet<UnitFact> = new Set(["registered", "pactSigned", "discipline"]);

/** The core's refusal of one typed value for a department, or null (empty is "not yet given"). */
function pointsProblem(entry: UnitEntryRead, d: DepartmentField, typed: string): Problem | null {
  const cap = d.cap;
  const table = {
    entries: [
      {
        code: departmentCode(d.code),
        name: d.name,
        direct: cap,
        coordinating: cap,
        isBonus: false,
        keys: [departmentKey(d.code)],
      },
    ],
  };
  const value = typed.trim() === "" ? null : typed;
  const { problems } = departmentPointsFor(table, [{ department: d.code, points: value }], entry.unit.type, {
    code: unitCode(entry.unit.code),
    name: entry.unit.name,
  });
  return problems.find((p) => p.severity === "error") ?? null;
}

/** Which fields an exclusion comes from: its consequence is said next to them. */
function exclusionFacts(e: Exclusion): readonly UnitFact[] {
  switch (e.rule) {
    case "discipline":
      return ["discipline"];
    case "not-registered":
      return [
        ...(e.registered !== true ? ["registered" as const] : []),
        ...(e.pactSigned !== true ? ["pactSigned" as const] : []),
      ];
    case "no-report":
      return [...(e.mid ? ["midReport" as const] : []), ...(e.end ? ["endReport" as const] : [])];
  }
}

/** The end of each form: what blocks the save, the save button, its progress and its outcome. */
function SaveFooter(props: {
  readonly submitted: boolean;
  readonly refused: number;
  readonly unchanged: boolean;
  readonly saveLabel: string;
  readonly busy: boolean;
  readonly task: { readonly state: TaskState<unknown>; readonly cancel: () => void };
  readonly saved: EntrySaved | null;
}): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const t = text.entry;
  const { submitted, refused, unchanged, saved } = props;
  return (
    <>
      {submitted && refused > 0 ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t.fixFirst(refused)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {submitted && refused === 0 && unchanged && saved === null ? (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{t.unchanged}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.busy}>
          {props.saveLabel}
        </Button>
      </div>
      <TaskStatus state={props.task.state} label={text.common.working} onCancel={props.task.cancel} />
      {saved !== null ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{t.saved(saved.changes)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

export interface UnitEntryStepProps {
  readonly entry: UnitEntryActions;
}

/**
 * A unit's departments' points, each with its cap for the unit's type, and the facts that decide
 * whether it is considered, each with its consequence next to it. Every check and every consequence
 * is the core's (departmentPointsFor, unitFactsOf, eligibilityOf); the texts are src/messages'.
 */
export function UnitEntryStep({ entry: actions }: UnitEntryStepProps): JSX.Element {
  const text = usePaneText();
  const t = text.entry;
  const styles = useStyles();
  const [loaded, setLoaded] = useState<UnitEntryRead | null>(null);
  const [points, setPoints] = useState<Readonly<Record<string, string>>>({});
  const [facts, setFacts] = useState<Readonly<Record<UnitFact, string>> | null>(null);
  const [pointsReason, setPointsReason] = useState("");
  const [factsReason, setFactsReason] = useState("");
  const [submitted, setSubmitted] = useState<"points" | "facts" | null>(null);

  const show = (read: UnitEntryRead): void => {
    setLoaded(read);
    setPoints(Object.fromEntries(read.departments.map((d) => [d.code, d.shown])));
    setFacts(read.facts);
    setSubmitted(null);
  };
  const readTask = useTask((signal, _progress, unit: string | undefined) => actions.read(unit, signal), text);
  const pointsTask = useTask(
    (
      signal,
      _progress,
      unit: string,
      typed: readonly { department: string; points: string }[],
      reason: string,
    ) => actions.savePoints(unit, typed, reason, signal),
    text,
  );
  const factsTask = useTask(
    (signal, _progress, unit: string, typed: Partial<Record<UnitFact, string>>, reason: string) =>
      actions.saveFacts(unit, typed, reason, signal),
    text,
  );
  const load = (unit: string | undefined): void => {
    pointsTask.reset();
    factsTask.reset();
    void readTask.run(unit).then((read) => {
      if (read !== undefined) show(read);
    });
  };
  const first = useRef(load);
  useEffect(() => first.current(undefined), []);

  const pointProblems = useMemo(
    () =>
      new Map(
        (loaded?.departments ?? []).map(
          (d) => [d.code, pointsProblem(loaded!, d, points[d.code] ?? "")] as const,
        ),
      ),
    [loaded, points],
  );
  const factCheck = useMemo(() => {
    if (loaded === null || facts === null) return null;
    const cell = (f: UnitFact) => (facts[f].trim() === "" ? null : facts[f]);
    const at = Object.fromEntries(FACTS.map((f, i) => [f, { sheet: f, row: 0, col: i }]));
    const read = unitFactsOf(
      {
        registered: cell("registered"),
        pactSigned: cell("pactSigned"),
        midReport: cell("midReport"),
        endReport: cell("endReport"),
        discipline: cell("discipline"),
      },
      { code: unitCode(loaded.unit.code), name: loaded.unit.name },
      at,
      // Where the save appends rows to «Đăng ký và nộp», what is typed is what the core will read
      // (an empty yes/no is a «Trả lại» row: not delivered), as unitFactsOf reads a recorded workbook.
      loaded.savesTo === "submissions" ? { recorded: true } : undefined,
    );
    const byFact = new Map<UnitFact, Problem>();
    for (const p of read.problems) {
      if (p.severity === "error" && p.at) byFact.set(p.at.sheet as UnitFact, { ...p, at: undefined });
    }
    const eligibility = eligibilityOf(read.facts, loaded.deadlines, loaded.holidays, { asOf: loaded.asOf });
    return { byFact, eligibility };
  }, [loaded, facts]);

  if (loaded === null || facts === null || factCheck === null) {
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

  const direct = loaded.unit.type === "direct";
  const changedPoints = loaded.departments
    .filter((d) => (points[d.code] ?? "").trim() !== d.shown)
    .map((d) => ({ department: d.code, points: points[d.code] ?? "" }));
  const refusedPoints = [...pointProblems.values()].filter((p) => p !== null).length;
  const changedFacts = Object.fromEntries(
    FACTS.filter((f) => facts[f].trim() !== loaded.facts[f]).map((f) => [f, facts[f]]),
  ) as Partial<Record<UnitFact, string>>;
  const refusedFacts = factCheck.byFact.size;
  const because = new Map<UnitFact, string[]>();
  for (const e of factCheck.eligibility.exclusions) {
    for (const f of exclusionFacts(e))
      because.set(f, [...(because.get(f) ?? []), text.diagnostics.exclusionShort(e)]);
  }
  const done = (saved: EntrySaved | undefined): void => {
    if (saved !== undefined) show(saved.entry);
  };

  const savePoints = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted("points");
    factsTask.reset();
    if (refusedPoints > 0 || changedPoints.length === 0) return;
    void pointsTask.run(loaded.unit.code, changedPoints, pointsReason).then((saved) => {
      done(saved);
      if (saved !== undefined) setPointsReason("");
    });
  };
  const saveFacts = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted("facts");
    pointsTask.reset();
    if (refusedFacts > 0 || Object.keys(changedFacts).length === 0) return;
    void factsTask.run(loaded.unit.code, changedFacts, factsReason).then((saved) => {
      done(saved);
      if (saved !== undefined) setFactsReason("");
    });
  };
  const busy = readTask.running || pointsTask.running || factsTask.running;
  const savedPoints = pointsTask.state.status === "done" ? pointsTask.state.result : null;
  const savedFacts = factsTask.state.status === "done" ? factsTask.state.result : null;
  const reasons = factCheck.eligibility.exclusions.map((e) => text.diagnostics.exclusionShort(e));

  return (
    <div className={styles.step}>
      <p className={styles.text}>{t.intro}</p>
      <Field label={t.unit}>
        <Select
          className={styles.select}
          value={loaded.unit.code}
          onChange={(_, data) => load(data.value)}
          disabled={busy}
        >
          {loaded.units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </Select>
      </Field>

      <form className={styles.form} onSubmit={savePoints} noValidate aria-label={t.pointsHeading}>
        <h3 className={styles.section}>{t.pointsHeading}</h3>
        {loaded.departments.length === 0 ? <p className={styles.text}>{t.noDepartments}</p> : null}
        {loaded.departments.map((d) => {
          const problem = pointProblems.get(d.code) ?? null;
          const typed = points[d.code] ?? "";
          return (
            <Field
              key={d.code}
              label={t.points(d.name)}
              hint={`${t.cap(d.cap, direct)}${typed.trim() === "" ? ` · ${t.notGiven}` : ""}`}
              validationState={problem ? "error" : "none"}
              validationMessage={problem ? problemText(text.diagnostics, problem) : undefined}
            >
              <Input
                inputMode="decimal"
                value={typed}
                onChange={(_, data) => setPoints((all) => ({ ...all, [d.code]: data.value }))}
              />
            </Field>
          );
        })}
        {loaded.departments.length > 0 ? (
          <>
            <Field label={t.reason}>
              <Input value={pointsReason} onChange={(_, data) => setPointsReason(data.value)} />
            </Field>
            <SaveFooter
              submitted={submitted === "points"}
              refused={refusedPoints}
              unchanged={changedPoints.length === 0}
              saveLabel={t.savePoints}
              busy={busy}
              task={pointsTask}
              saved={savedPoints}
            />
          </>
        ) : null}
      </form>

      <form className={styles.form} onSubmit={saveFacts} noValidate aria-label={t.factsHeading}>
        <h3 className={styles.section}>{t.factsHeading}</h3>
        <p
          className={
            factCheck.eligibility.considered ? styles.consequence : `${styles.consequence} ${styles.excluded}`
          }
          role="status"
        >
          {factCheck.eligibility.considered ? t.considered : t.notConsidered(reasons)}
        </p>
        {loaded.savesTo === "submissions" ? <p className={styles.text}>{t.savesToSubmissions}</p> : null}
        {FACTS.map((f) => {
          const problem = factCheck.byFact.get(f);
          const from = loaded.from[f];
          const hint = [
            ...(from ? [t.fromSheet(from.sheet, from.row)] : []),
            ...(f === "midReport" || f === "endReport" ? [t.dateHint] : []),
          ].join(" · ");
          const consequence = because.get(f);
          const message = problem
            ? problemText(text.diagnostics, problem)
            : consequence
              ? consequence.map((r) => t.because(r)).join(" ")
              : undefined;
          const edit = (value: string): void =>
            setFacts((all) => (all === null ? all : { ...all, [f]: value }));
          const choices = f === "discipline" ? loaded.choices.discipline : loaded.choices.yesNo;
          return (
            <Field
              key={f}
              label={t[f]}
              {...(hint !== "" ? { hint } : {})}
              validationState={problem ? "error" : consequence ? "warning" : "none"}
              validationMessage={message}
            >
              {CHOICE_FACTS.has(f) ? (
                <Select className={styles.select} value={facts[f]} onChange={(_, data) => edit(data.value)}>
                  <option value="">{t.empty}</option>
                  {/* A value typed in the sheet outside the list stays shown (and is checked) until changed. */}
                  {[...(choices.includes(facts[f]) || facts[f] === "" ? [] : [facts[f]]), ...choices].map(
                    (c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ),
                  )}
                </Select>
              ) : (
                <Input value={facts[f]} onChange={(_, data) => edit(data.value)} />
              )}
            </Field>
          );
        })}
        <Field label={t.reason}>
          <Input value={factsReason} onChange={(_, data) => setFactsReason(data.value)} />
        </Field>
        <SaveFooter
          submitted={submitted === "facts"}
          refused={refusedFacts}
          unchanged={Object.keys(changedFacts).length === 0}
          saveLabel={t.saveFacts}
          busy={busy}
          task={factsTask}
          saved={savedFacts}
        />
      </form>
    </div>
  );
}
