import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { PaneText } from "../../messages/pane";
import { usePaneActions, type SetupKit } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { choosableUnits, type UnitLineProblem } from "../unit-list";
import { useTask } from "../use-task";
import { NoUndoNote } from "./NoUndoNote";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  // min-width 0 everywhere: a native select is as wide as its longest option unless allowed to shrink.
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    "> *": { minWidth: 0 },
  },
  select: { minWidth: 0, maxWidth: "100%", width: "100%" },
  pair: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    "> *": { flexGrow: 1, minWidth: "120px" },
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function problemText(problem: UnitLineProblem, text: PaneText): string {
  const reason =
    problem.kind === "type"
      ? text.setup.unitTypeInvalid(problem.shown)
      : problem.kind === "duplicate"
        ? text.setup.unitDuplicate(problem.code)
        : text.setup.unitNoName;
  return text.setup.unitLineProblem(problem.line, reason);
}

export interface SetupStepProps {
  readonly defaultYear: number;
  /** Called after the workbook was created (the browser mode then shows the new file). */
  readonly onCreated: () => void;
}

/** Step 1: the cluster workbook from a preset, the cluster's name, the period, the units, head and deputy. */
export function SetupStep(props: SetupStepProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const [kit, setKit] = useState<SetupKit | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    actions.loadSetup().then(
      (loaded) => live && setKit(loaded),
      (error: unknown) => live && setFailure(describeError(error, text)),
    );
    return () => {
      live = false;
    };
  }, [actions, text]);
  if (failure !== null) {
    return (
      <MessageBar layout="multiline" intent="error" role="alert">
        <MessageBarBody>{failure}</MessageBarBody>
      </MessageBar>
    );
  }
  return kit === null ? <Spinner size="small" label={text.loading} /> : <SetupForm {...props} kit={kit} />;
}

function SetupForm({
  defaultYear,
  onCreated,
  kit,
}: SetupStepProps & { readonly kit: SetupKit }): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const [presetId, setPresetId] = useState(kit.presets[0]?.id ?? "");
  const [clusterName, setClusterName] = useState("");
  const [yearText, setYearText] = useState(String(defaultYear));
  const [unitText, setUnitText] = useState("");
  const [head, setHead] = useState("");
  const [deputy, setDeputy] = useState("");
  const [sampleScores, setSampleScores] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState(false);

  const preset = kit.presets.find((p) => p.id === presetId);
  const year = Number(yearText);
  const yearValid = /^\d{4}$/.test(yearText.trim()) && year >= 2000 && year <= 2100;
  const parsed = useMemo(() => kit.parseUnits(unitText), [kit, unitText]);
  const headIsDeputy = head !== "" && head === deputy;
  const unitsMissing = parsed.units.length === 0;
  const canCreate = yearValid && !unitsMissing && parsed.problems.length === 0 && !headIsDeputy;

  const task = useTask(async (signal) => {
    await actions.createWorkbook(
      {
        presetId,
        year,
        units: parsed.units,
        sampleScores,
        ...(clusterName.trim() === "" ? {} : { clusterName: clusterName.trim() }),
        ...(head === "" ? {} : { head }),
        ...(deputy === "" ? {} : { deputy }),
      },
      signal,
    );
    return true;
  }, text);

  const create = (): void => {
    setCreated(false);
    void task.run().then((ok) => {
      if (ok === true) {
        setCreated(true);
        onCreated();
      }
    });
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (canCreate) create();
  };

  const fillMembers = (): void => {
    const lines = (preset?.members ?? []).map(
      (m) => `\t${m.name}\t${m.type === "coordinating" ? "phối hợp" : "trực tiếp"}\t${m.cluster}`,
    );
    setUnitText(lines.join("\n"));
  };

  // Only the units that will be created: a line with a problem (no name, a repeated code) is not one.
  const unitOptions = choosableUnits(parsed).map((unit) => (
    <option key={unit.code} value={unit.code}>
      {unit.name} ({unit.code})
    </option>
  ));
  const success = useRef<HTMLDivElement>(null);
  const done = created && task.state.status === "done";
  // The message sits under the form's last button: brought into view, or a narrow pane hides it.
  useEffect(() => {
    if (done) success.current?.scrollIntoView?.({ block: "nearest" });
  }, [done]);

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-describedby="setup-intro">
      <p id="setup-intro">
        {actions.host === "browser" ? `${text.setup.intro} ${text.setup.introBrowser}` : text.setup.intro}
      </p>
      <Field
        label={text.setup.preset}
        hint={preset === undefined ? undefined : text.setup.presetDescription(preset.id)}
      >
        <Select className={styles.select} value={presetId} onChange={(_, data) => setPresetId(data.value)}>
          {kit.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {text.setup.presetName(p.id, p.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.setup.clusterName} hint={text.setup.clusterNameHint}>
        <Input value={clusterName} onChange={(_, data) => setClusterName(data.value)} />
      </Field>
      <Field
        label={preset?.periodKind === "school-year" ? text.setup.schoolYear : text.setup.year}
        hint={yearValid && preset !== undefined ? text.setup.periodHint(preset.periodLabel(year)) : undefined}
        validationState={submitted && !yearValid ? "error" : "none"}
        validationMessage={submitted && !yearValid ? text.setup.yearInvalid : undefined}
        required
      >
        <Input inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Field
        label={text.setup.units}
        hint={
          unitsMissing
            ? text.setup.unitsHint
            : `${text.setup.unitsCount(parsed.units.length)}. ${text.setup.unitsHint}`
        }
        validationState={(submitted && unitsMissing) || parsed.problems.length > 0 ? "error" : "none"}
        validationMessage={
          parsed.problems.length > 0 ? (
            <ul className={styles.problems}>
              {parsed.problems.slice(0, 8).map((p) => (
                <li key={`${p.line}-${p.kind}`}>{problemText(p, text)}</li>
              ))}
            </ul>
          ) : submitted && unitsMissing ? (
            text.setup.unitsEmpty
          ) : undefined
        }
        required
      >
        <Textarea
          value={unitText}
          onChange={(_, data) => setUnitText(data.value)}
          rows={6}
          resize="vertical"
        />
      </Field>
      {(preset?.members.length ?? 0) > 0 && unitText.trim() === "" ? (
        <div className={styles.actions}>
          <Button type="button" onClick={fillMembers}>
            {text.setup.fillMembers}
          </Button>
        </div>
      ) : null}
      <div className={styles.pair}>
        <Field label={text.setup.head}>
          <Select className={styles.select} value={head} onChange={(_, data) => setHead(data.value)}>
            <option value="">{text.setup.notChosen}</option>
            {unitOptions}
          </Select>
        </Field>
        <Field
          label={text.setup.deputy}
          validationState={headIsDeputy ? "error" : "none"}
          validationMessage={headIsDeputy ? text.setup.headIsDeputy : undefined}
        >
          <Select className={styles.select} value={deputy} onChange={(_, data) => setDeputy(data.value)}>
            <option value="">{text.setup.notChosen}</option>
            {unitOptions}
          </Select>
        </Field>
      </div>
      <Checkbox
        checked={sampleScores}
        onChange={(_, data) => setSampleScores(data.checked === true)}
        label={text.setup.sampleScores}
      />
      <NoUndoNote />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={task.running}>
          {text.setup.create}
        </Button>
      </div>
      <TaskStatus state={task.state} label={text.common.working} onCancel={task.cancel} onRetry={create} />
      <div ref={success}>
        {done ? (
          <MessageBar layout="multiline" intent="success" role="status">
            <MessageBarBody>
              {actions.host === "browser" ? text.setup.createdBrowser : text.setup.created}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
