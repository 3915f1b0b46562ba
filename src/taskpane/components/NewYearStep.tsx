import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CalendarDate } from "../../core/model";
import { yearPaneTextFor } from "../../messages/year-pane";
import { yearProblemLine, yearTextFor } from "../../messages/year";
import type {
  MappingEntry,
  NewYearActions,
  NewYearMade,
  NewYearPreview,
  NewYearRequest,
} from "../year-actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  mappingRow: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "flex-end",
    "& > *": { minWidth: "90px", flexGrow: 1 },
  },
  select: { minWidth: 0 },
});

function dateText(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

export interface NewYearStepProps {
  readonly newYear: NewYearActions;
}

/**
 * «Năm mới»: what the new year carries, each cluster's head (last year's deputy) and a choice of the
 * new deputy among its units, the renamed or merged units' codes, then the new workbook — made by
 * the same use case as `thidua nam-moi`, checked by the core, the open workbook left as it is.
 */
export function NewYearStep({ newYear }: NewYearStepProps): JSX.Element {
  const pane = usePaneText();
  const text = yearPaneTextFor(pane.language).newYear;
  const problemText = yearTextFor(pane.language);
  const styles = useStyles();
  const [deputies, setDeputies] = useState<Readonly<Record<string, string>>>({});
  const [mapping, setMapping] = useState<readonly MappingEntry[]>([]);
  // The workbook's own «Đổi mã đơn vị» fills the form once, on the first preview.
  const [mappingLoaded, setMappingLoaded] = useState(false);

  const request = (rows: readonly MappingEntry[] = mapping): NewYearRequest => ({
    deputies: Object.values(deputies).filter((d) => d !== ""),
    mapping: rows.filter((r) => r.old.trim() !== "" || r.new.trim() !== ""),
  });
  const previewTask = useTask(
    (signal, _progress, asked: NewYearRequest): Promise<NewYearPreview> => newYear.preview(asked, signal),
    pane,
  );
  const makeTask = useTask(
    (signal, _progress, asked: NewYearRequest): Promise<NewYearMade> => newYear.make(asked, signal),
    pane,
  );
  const preview = previewTask.state.status === "done" ? previewTask.state.result : null;
  const made = makeTask.state.status === "done" ? makeTask.state.result : null;
  const busy = previewTask.running || makeTask.running;

  const runPreview = async (): Promise<void> => {
    makeTask.reset();
    const first = !mappingLoaded;
    const result = await previewTask.run(request());
    if (result !== undefined && first) {
      setMappingLoaded(true);
      if (mapping.length === 0 && result.mapping.length > 0) {
        setMapping(result.mapping);
        // Checked again with the rows the workbook holds, as the command would use them.
        void previewTask.run(request(result.mapping));
      }
    }
  };
  const setRow = (index: number, change: Partial<MappingEntry>): void =>
    setMapping((rows) => rows.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const problems = made?.result.problems ?? preview?.problems ?? [];
  return (
    <div className={styles.step}>
      <p>{newYear.delivery === "opened" ? text.introExcel : text.intro}</p>
      <div className={styles.row}>
        <Button
          appearance={preview === null ? "primary" : "secondary"}
          onClick={() => void runPreview()}
          disabled={busy}
        >
          {preview === null ? text.preview : text.previewAgain}
        </Button>
      </div>
      <TaskStatus
        state={previewTask.state}
        label={pane.common.working}
        onCancel={previewTask.cancel}
        onRetry={() => void runPreview()}
      />
      {preview === null ? null : (
        <>
          <div role="status">
            <p>
              {text.periods(
                preview.from,
                preview.period.label,
                dateText(preview.period.start),
                dateText(preview.period.end),
              )}
            </p>
            <p>{text.carried(preview.criteria, preview.departments, preview.units)}</p>
            <p>{text.leftBehind}</p>
            <p>{text.history(preview.historyRows)}</p>
          </div>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{text.clustersCaption}</legend>
            {preview.clusters.map((c) => (
              <div key={c.name}>
                <p>{c.head === "" ? text.headMissing : text.head(c.headName || c.head, c.head)}</p>
                <Field label={text.deputyLabel(c.name)}>
                  <Select
                    className={styles.select}
                    value={deputies[c.name] ?? ""}
                    disabled={busy}
                    onChange={(_, data) => setDeputies((d) => ({ ...d, [c.name]: data.value }))}
                  >
                    <option value="">{text.toElect}</option>
                    {c.members.map((m) => (
                      <option key={m.code} value={m.code}>
                        {`${m.code} — ${m.name}`}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{text.mappingHeading}</legend>
            <p>{text.mappingHint}</p>
            {mapping.map((row, i) => (
              <div key={i} className={styles.mappingRow} role="group" aria-label={text.mappingRow(i + 1)}>
                <Field label={text.mappingOld}>
                  <Select
                    className={styles.select}
                    value={row.old}
                    disabled={busy}
                    onChange={(_, data) => setRow(i, { old: data.value })}
                  >
                    <option value="">{text.mappingChoose}</option>
                    {/* A code the workbook's sheet names that is no unit of last year stays choosable: the check says so. */}
                    {preview.lastUnits.some((u) => u.code === row.old) || row.old === "" ? null : (
                      <option value={row.old}>{row.old}</option>
                    )}
                    {preview.lastUnits.map((u) => (
                      <option key={u.code} value={u.code}>
                        {`${u.code} — ${u.name}`}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={text.mappingNew}>
                  <Input
                    value={row.new}
                    disabled={busy}
                    onChange={(_, data) => setRow(i, { new: data.value })}
                  />
                </Field>
                <Field label={text.mappingName}>
                  <Input
                    value={row.name}
                    disabled={busy}
                    onChange={(_, data) => setRow(i, { name: data.value })}
                  />
                </Field>
                <Button
                  appearance="subtle"
                  aria-label={text.mappingRemove(i + 1)}
                  disabled={busy}
                  onClick={() => setMapping((rows) => rows.filter((_, j) => j !== i))}
                >
                  ✕
                </Button>
              </div>
            ))}
            <div className={styles.row}>
              <Button
                disabled={busy}
                onClick={() => setMapping((rows) => [...rows, { old: "", new: "", name: "" }])}
              >
                {text.mappingAdd}
              </Button>
            </div>
          </fieldset>
          <div className={styles.row}>
            <Button onClick={() => void runPreview()} disabled={busy}>
              {text.previewAgain}
            </Button>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                void makeTask.run(request());
              }}
            >
              {text.make}
            </Button>
          </div>
        </>
      )}
      {problems.length === 0 ? null : (
        <section aria-label={text.problemsHeading}>
          <ul className={styles.list}>
            {problems.map((p, i) => (
              <li key={i}>{yearProblemLine(problemText, p)}</li>
            ))}
          </ul>
        </section>
      )}
      <TaskStatus state={makeTask.state} label={pane.common.working} onCancel={makeTask.cancel} />
      {made === null ? null : made.result.written && made.fileName !== null ? (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>
            {(made.delivered === "opened" ? text.opened : text.downloaded)(
              made.fileName,
              made.result.period.label,
              made.result.units,
            )}{" "}
            {made.result.officers
              .map((o) => text.officers(o.cluster, o.head, o.deputy || problemText.toElect))
              .join(" ")}{" "}
            {text.unchanged}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{text.refused}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
