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
import { usePaneActions, type SetupInput, type SetupKit } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { choosableUnits, type UnitLineProblem } from "../unit-list";
import type { SetupUnit } from "../actions";
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
  cluster: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
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

interface ClusterGroup {
  /** The cluster as the units name it; units that name none belong to the first one named. */
  readonly cluster: string;
  readonly units: readonly SetupUnit[];
}

/** The clusters the units fall in, in order of first mention, each with its choosable units. */
function clusterGroups(units: readonly SetupUnit[]): ClusterGroup[] {
  const named = units.map((u) => u.cluster?.trim() ?? "").filter((c) => c !== "");
  const first = named[0] ?? "";
  const groups = new Map<string, { cluster: string; units: SetupUnit[] }>();
  for (const unit of units) {
    const cluster = unit.cluster?.trim() || first;
    const key = cluster.toLocaleLowerCase("vi");
    const group = groups.get(key) ?? { cluster, units: [] };
    group.units.push(unit);
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface Officers {
  readonly head: string;
  readonly deputy: string;
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
  // Head and deputy per cluster, by the cluster's lower-cased name ("" where there is one cluster).
  const [officers, setOfficers] = useState<Readonly<Record<string, Officers>>>({});
  const [sampleScores, setSampleScores] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState(false);

  const preset = kit.presets.find((p) => p.id === presetId);
  const year = Number(yearText);
  const yearValid = /^\d{4}$/.test(yearText.trim()) && year >= 2000 && year <= 2100;
  const parsed = useMemo(() => kit.parseUnits(unitText), [kit, unitText]);
  const choosable = useMemo(() => choosableUnits(parsed), [parsed]);
  const groups = useMemo(() => clusterGroups(choosable), [choosable]);
  const keyOf = (group: ClusterGroup): string =>
    groups.length > 1 ? group.cluster.toLocaleLowerCase("vi") : "";
  const officersOf = (group: ClusterGroup): Officers => {
    const chosen = officers[keyOf(group)] ?? { head: "", deputy: "" };
    // A choice whose unit is no longer listed (the list was edited) is no choice.
    const listed = (code: string): string => (group.units.some((u) => u.code === code) ? code : "");
    return { head: listed(chosen.head), deputy: listed(chosen.deputy) };
  };
  const setOfficer = (group: ClusterGroup, role: keyof Officers, code: string): void =>
    setOfficers((all) => ({ ...all, [keyOf(group)]: { ...officersOf(group), [role]: code } }));
  const sameOfficer = (group: ClusterGroup): boolean => {
    const o = officersOf(group);
    return o.head !== "" && o.head === o.deputy;
  };
  const headIsDeputy = groups.some(sameOfficer);
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
        ...officerInput(),
      },
      signal,
    );
    return true;
  }, text);

  /** One cluster: head and deputy as before; several (a block): a pair per cluster. */
  function officerInput(): { head?: string; deputy?: string; officers?: SetupInput["officers"] } {
    const chosen = groups.map((g) => ({ cluster: g.cluster, ...officersOf(g) }));
    if (groups.length <= 1) {
      const one = chosen[0];
      return {
        ...(one === undefined || one.head === "" ? {} : { head: one.head }),
        ...(one === undefined || one.deputy === "" ? {} : { deputy: one.deputy }),
      };
    }
    const named = chosen
      .filter((o) => o.head !== "" || o.deputy !== "")
      .map((o) => ({
        cluster: o.cluster,
        ...(o.head === "" ? {} : { head: o.head }),
        ...(o.deputy === "" ? {} : { deputy: o.deputy }),
      }));
    return named.length === 0 ? {} : { officers: named };
  }

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
  const unitOptions = (group: ClusterGroup): JSX.Element[] =>
    group.units.map((unit) => (
      <option key={unit.code} value={unit.code}>
        {unit.name} ({unit.code})
      </option>
    ));
  const officerFields = (group: ClusterGroup): JSX.Element => {
    const chosen = officersOf(group);
    return (
      <div className={styles.pair}>
        <Field label={text.setup.head}>
          <Select
            className={styles.select}
            value={chosen.head}
            onChange={(_, data) => setOfficer(group, "head", data.value)}
          >
            <option value="">{text.setup.notChosen}</option>
            {unitOptions(group)}
          </Select>
        </Field>
        <Field
          label={text.setup.deputy}
          validationState={sameOfficer(group) ? "error" : "none"}
          validationMessage={sameOfficer(group) ? text.setup.headIsDeputy : undefined}
        >
          <Select
            className={styles.select}
            value={chosen.deputy}
            onChange={(_, data) => setOfficer(group, "deputy", data.value)}
          >
            <option value="">{text.setup.notChosen}</option>
            {unitOptions(group)}
          </Select>
        </Field>
      </div>
    );
  };
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
      {groups.length > 1
        ? groups.map((group) => (
            <fieldset key={keyOf(group)} className={styles.cluster}>
              <legend className={styles.legend}>{text.setup.officersOf(group.cluster)}</legend>
              {officerFields(group)}
            </fieldset>
          ))
        : officerFields(groups[0] ?? { cluster: "", units: [] })}
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
