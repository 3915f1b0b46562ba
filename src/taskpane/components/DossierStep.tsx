import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import { votingFor, votingOfCluster } from "../../core/awards";
import type { CalendarDate, ClusterResult, Voting } from "../../core/model";
import { parseDate, parseWholeNumber } from "../../core/numbers";
import type { DossierActions, DossierChecklist, MeetingRecord } from "../dossier-actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  gap: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type TextField = "time" | "place" | "chair" | "secretary";
type CountField = "present" | "issued" | "returned" | "valid" | "minutesNumber";
const TEXT_FIELDS: readonly TextField[] = ["time", "place", "chair", "secretary"];
const COUNT_FIELDS: readonly CountField[] = ["present", "issued", "returned", "valid", "minutesNumber"];

type Form = Readonly<Record<"date" | TextField | CountField, string>>;

const pad2 = (n: number): string => String(n).padStart(2, "0");
const dateText = (d: CalendarDate | null): string => (d ? `${pad2(d.day)}/${pad2(d.month)}/${d.year}` : "");

function formOf(m: MeetingRecord): Form {
  const count = (n: number | null): string => (n === null ? "" : String(n));
  return {
    date: dateText(m.date),
    time: m.time,
    place: m.place,
    chair: m.chair,
    secretary: m.secretary,
    present: count(m.present),
    issued: count(m.issued),
    returned: count(m.returned),
    valid: count(m.valid),
    minutesNumber: count(m.minutesNumber),
  };
}

const EMPTY_FORM: Form = formOf({
  date: null,
  time: "",
  place: "",
  chair: "",
  secretary: "",
  present: null,
  issued: null,
  returned: null,
  valid: null,
  minutesNumber: null,
});

/** The form read by the core's own readers (a date as the sheet reads one, counts as whole numbers). */
function meetingOf(form: Form): { meeting: MeetingRecord; bad: ReadonlySet<string> } {
  const bad = new Set<string>();
  const date = parseDate(form.date);
  if (date === "invalid") bad.add("date");
  const count = (key: CountField): number | null => {
    const n = parseWholeNumber(form[key]);
    if (n === "invalid") bad.add(key);
    return typeof n === "number" ? n : null;
  };
  return {
    meeting: {
      date: date === "invalid" ? null : date,
      time: form.time.trim(),
      place: form.place.trim(),
      chair: form.chair.trim(),
      secretary: form.secretary.trim(),
      present: count("present"),
      issued: count("issued"),
      returned: count("returned"),
      valid: count("valid"),
      minutesNumber: count("minutesNumber"),
    },
    bad,
  };
}

/**
 * The units the meeting votes on (those of the cluster's ties at a quota boundary, settled or not),
 * by name, with the cluster's vote as it stands with the valid votes typed so far: the core's rule
 * (share and basis) over the cluster's members and the typed figure.
 */
function candidatesOf(
  clusters: readonly ClusterResult[],
  validTyped: number | null,
): { cluster: string; units: string[]; voting: Voting }[] {
  return clusters.flatMap((c) => {
    const codes = [...new Set(c.ties.flatMap((t) => t.units))];
    if (codes.length === 0) return [];
    const core = votingOfCluster(c);
    const voting = votingFor({ passShare: core.passShare, basis: core.basis }, core.members, validTyped);
    const units = codes.map((code) => c.units.find((u) => u.code === code)?.name ?? code);
    return [{ cluster: c.cluster.name, units, voting }];
  });
}

/**
 * Under the proposal: the deliberation meeting recorded in «Họp bình xét», the dossier's checklist
 * (which documents are ready, what each lacks) and «Tải hồ sơ», refused with what is missing unless
 * a draft is asked for.
 */
export function DossierStep({
  dossier,
  clusters = [],
}: {
  readonly dossier: DossierActions;
  /** The summary's clusters: the meeting form shows the votes each tied unit needs. */
  readonly clusters?: readonly ClusterResult[];
}): JSX.Element {
  const text = usePaneText();
  const t = text.dossier;
  const styles = useStyles();
  const headingId = useId();
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [submitted, setSubmitted] = useState(false);
  const [draft, setDraft] = useState(false);
  const [checklist, setChecklist] = useState<DossierChecklist | null>(null);
  const { meeting, bad } = meetingOf(form);
  const candidates = candidatesOf(clusters, meeting.valid);

  const load = useTask(async (signal) => {
    setForm(formOf(await dossier.readMeeting(signal)));
    return true;
  }, text);
  const save = useTask(async (signal) => {
    await dossier.recordMeeting(meeting, signal);
    setChecklist(await dossier.checklist(signal));
    return true;
  }, text);
  const check = useTask(async (signal) => {
    const list = await dossier.checklist(signal);
    setChecklist(list);
    return list;
  }, text);
  const download = useTask(async (signal) => dossier.download(draft, signal), text);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (bad.size === 0) void save.run();
  };
  const gapText = (gap: DossierChecklist["gaps"][number]): string => text.diagnostics.dossierGap(gap);

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.heading}
      </h3>
      <p>{t.intro}</p>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={t.meetingTitle}>
        <h4 className={styles.subheading}>{t.meetingTitle}</h4>
        <p className={styles.gap}>{t.votesHere}</p>
        <Field
          label={t.fields.date}
          hint={t.dateHint}
          validationState={submitted && bad.has("date") ? "error" : "none"}
          validationMessage={submitted && bad.has("date") ? t.dateInvalid : undefined}
        >
          <Input value={form.date} onChange={(_, d) => setForm({ ...form, date: d.value })} />
        </Field>
        {TEXT_FIELDS.map((key) => (
          <Field key={key} label={t.fields[key]}>
            <Input value={form[key]} onChange={(_, d) => setForm({ ...form, [key]: d.value })} />
          </Field>
        ))}
        {COUNT_FIELDS.map((key) => (
          <Field
            key={key}
            label={t.fields[key]}
            validationState={submitted && bad.has(key) ? "error" : "none"}
            validationMessage={submitted && bad.has(key) ? t.countInvalid : undefined}
          >
            <Input
              inputMode="numeric"
              value={form[key]}
              onChange={(_, d) => setForm({ ...form, [key]: d.value })}
            />
          </Field>
        ))}
        {candidates.length > 0 ? (
          <ul className={styles.list} aria-label={t.votesNeededTitle} aria-live="polite">
            {candidates.map((c) => (
              <li key={c.cluster}>
                {t.candidates(clusters.length > 1 ? c.cluster : null, c.units)}{" "}
                {text.proposal.votesNeeded(c.voting)}
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.actions}>
          <Button type="submit" disabled={save.running}>
            {t.saveMeeting}
          </Button>
          <Button onClick={() => void load.run()} disabled={load.running}>
            {t.loadMeeting}
          </Button>
        </div>
      </form>
      <TaskStatus
        state={load.state}
        label={text.common.working}
        onCancel={load.cancel}
        onRetry={() => void load.run()}
      />
      <TaskStatus
        state={save.state}
        label={text.common.working}
        onCancel={save.cancel}
        onRetry={() => void save.run()}
      />
      {save.state.status === "done" ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.meetingSaved}</MessageBarBody>
        </MessageBar>
      ) : null}

      <h4 className={styles.subheading}>{t.checklistTitle}</h4>
      <div className={styles.actions}>
        <Button onClick={() => void check.run()} disabled={check.running}>
          {t.check}
        </Button>
      </div>
      <TaskStatus
        state={check.state}
        label={text.common.working}
        onCancel={check.cancel}
        onRetry={() => void check.run()}
      />
      {checklist === null ? null : (
        <>
          <ul className={styles.list} aria-label={t.checklistTitle}>
            {checklist.items.map((item) => (
              <li key={item.kind}>
                {t.documents[item.kind]} — {item.ready ? t.ready : t.notReady}
                {item.gaps.map((gap, i) => (
                  <span key={i} className={styles.gap}>
                    {gapText(gap)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <p>{t.awardKinds(checklist.awardKinds)}</p>
        </>
      )}
      <Checkbox checked={draft} onChange={(_, d) => setDraft(d.checked === true)} label={t.draft} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void download.run()} disabled={download.running}>
          {t.download}
        </Button>
      </div>
      <TaskStatus
        state={download.state}
        label={text.common.working}
        onCancel={download.cancel}
        onRetry={() => void download.run()}
      />
      {download.state.status === "done" ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t.downloaded(
              download.state.result.zipName,
              download.state.result.files,
              download.state.result.draft,
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
