import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CalendarDate, Problem } from "../../core/model";
import { parseDate } from "../../core/numbers";
import type { PlanDueItem } from "../../core/plan-due";
import { problemText } from "../../messages/diagnostics";
import { planTextFor, type DueSection } from "../../messages/plan";
import type { WorkDue } from "../../workbook/plan-usecases";
import type { PaneActions } from "../actions";
import { usePaneText } from "../text";
import { useTask } from "../use-task";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  late: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  due: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  owing: { color: tokens.colorNeutralForeground3 },
});

export interface DueStepProps {
  readonly whatIsDue: NonNullable<PaneActions["whatIsDue"]>;
}

/** «Việc cần làm»: what is late, due in the next 14 days or under way, and who owes it — the core's PlanDue, worded. */
export function DueStep({ whatIsDue }: DueStepProps): JSX.Element {
  const text = usePaneText();
  const t = planTextFor(text.language);
  const styles = useStyles();
  const [day, setDay] = useState("");
  const parsed = useMemo(
    (): CalendarDate | null | "invalid" => parseDate(day.trim() === "" ? null : day),
    [day],
  );
  const task = useTask((signal, _progress, asOf: CalendarDate | null) => whatIsDue(asOf, signal), text);

  const ownerName = (result: WorkDue, code: string): string => {
    const unit = result.units.find((u) => u.code === code);
    return unit ? `${unit.code} ${unit.name}` : code;
  };
  const who = (result: WorkDue, item: PlanDueItem): string => {
    const names = [
      ...item.owing.map((code) => ownerName(result, code)),
      ...item.unresolvedRoles.map((role) => t.role[role]),
    ];
    return names.length === 0 ? t.nobodyOwing : t.owing(names.join(", "));
  };

  const result = task.state.status === "done" ? task.state.result : null;
  const sections: readonly [DueSection, readonly PlanDueItem[]][] =
    result === null
      ? []
      : [
          ["late", result.due.late],
          ["due", result.due.due],
          ["ongoing", result.due.ongoing],
        ];
  const titleOf = (id: string): string => result?.plan.tasks.find((task) => task.id === id)?.title ?? id;
  const problems: readonly Problem[] = result?.problems ?? [];

  return (
    <div className={styles.step}>
      <p>{t.pane.intro}</p>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (parsed !== "invalid") void task.run(parsed);
        }}
      >
        <Field
          label={t.pane.asOf}
          validationState={parsed === "invalid" ? "error" : "none"}
          validationMessage={parsed === "invalid" ? t.cli.badDate(t.pane.asOf, day) : undefined}
        >
          <Input value={day} placeholder="dd/mm/yyyy" onChange={(_, data) => setDay(data.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={task.running || parsed === "invalid"}>
          {t.pane.show}
        </Button>
      </form>
      <TaskStatus
        state={task.state}
        label={t.pane.reading}
        onCancel={task.cancel}
        onRetry={() => void task.run(parsed === "invalid" ? null : parsed)}
      />
      {result === null ? null : (
        <>
          <h3 className={styles.heading}>{t.heading(result.due.asOf, result.due.withinDays)}</h3>
          {sections.map(([section, items]) =>
            section === "ongoing" && items.length === 0 ? null : (
              <section key={section} aria-label={t.section[section]}>
                <h4 className={styles.heading}>{`${t.section[section]} (${items.length})`}</h4>
                {items.length === 0 ? <p>{t.nothing}</p> : null}
                <ul className={styles.list}>
                  {items.map((item) => (
                    <li
                      key={item.task}
                      className={`${styles.item} ${section === "late" ? styles.late : section === "due" ? styles.due : ""}`}
                    >
                      <span>
                        {`${item.number || item.task}. ${titleOf(item.task)} — ${t.deadline(item.deadline, item.statedDeadline)}, ${t.when(item.daysToDeadline)}`}
                      </span>
                      <span className={styles.owing}>{who(result, item)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
          {problems.length === 0 ? null : (
            <ul className={styles.list} aria-label={text.check.heading}>
              {problems.map((problem, i) => (
                <li
                  key={i}
                  className={`${styles.item} ${problem.severity === "error" ? styles.late : styles.due}`}
                >
                  {problemText(text.diagnostics, problem)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
