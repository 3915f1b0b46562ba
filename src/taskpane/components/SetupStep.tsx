import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import type { PaneText } from "../../messages/pane";
import { usePaneActions } from "../actions";
import { usePaneText } from "../text";
import { unitsFromPastedText, type UnitLineProblem } from "../unit-list";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
export function SetupStep({ defaultYear, onCreated }: SetupStepProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const [presetId, setPresetId] = useState(actions.presets[0]?.id ?? "");
  const [clusterName, setClusterName] = useState("");
  const [yearText, setYearText] = useState(String(defaultYear));
  const [unitText, setUnitText] = useState("");
  const [head, setHead] = useState("");
  const [deputy, setDeputy] = useState("");
  const [sampleScores, setSampleScores] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState(false);

  const preset = actions.presets.find((p) => p.id === presetId);
  const year = Number(yearText);
  const yearValid = /^\d{4}$/.test(yearText.trim()) && year >= 2000 && year <= 2100;
  const parsed = useMemo(() => unitsFromPastedText(unitText), [unitText]);
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

  const unitOptions = parsed.units.map((unit) => (
    <option key={unit.code} value={unit.code}>
      {unit.code} — {unit.name}
    </option>
  ));

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-describedby="setup-intro">
      <p id="setup-intro">
        {actions.host === "browser" ? `${text.setup.intro} ${text.setup.introBrowser}` : text.setup.intro}
      </p>
      <Field label={text.setup.preset} hint={preset?.description}>
        <Select value={presetId} onChange={(_, data) => setPresetId(data.value)}>
          {actions.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
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
          <Select value={head} onChange={(_, data) => setHead(data.value)}>
            <option value="">{text.setup.notChosen}</option>
            {unitOptions}
          </Select>
        </Field>
        <Field
          label={text.setup.deputy}
          validationState={headIsDeputy ? "error" : "none"}
          validationMessage={headIsDeputy ? text.setup.headIsDeputy : undefined}
        >
          <Select value={deputy} onChange={(_, data) => setDeputy(data.value)}>
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
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={task.running}>
          {text.setup.create}
        </Button>
      </div>
      <TaskStatus state={task.state} label={text.common.working} onCancel={task.cancel} onRetry={create} />
      {created && task.state.status === "done" ? (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>
            {actions.host === "browser" ? text.setup.createdBrowser : text.setup.created}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
