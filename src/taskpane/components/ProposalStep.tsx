import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import { formatPoints } from "../../core/decimal";
import type { BlockSummary, ClusterResult, Tie, TieBreakDecision, UnitResult } from "../../core/model";
import { placesAwaitingVote } from "../../core/places";
import { DEFAULT_VOTE_RULE, votingFor } from "../../core/awards";
import { voteCount, type VoteCount } from "../../core/votes";
import type { PaneText } from "../../messages/pane";
import { usePaneActions, type RecommendationOutcome } from "../actions";
import { usePaneText } from "../text";
import { tieBreakNotesOf } from "../tie-break-notes";
import { useTask } from "../use-task";
import { DossierStep } from "./DossierStep";
import { NoUndoNote } from "./NoUndoNote";
import { SheetWritten } from "./SheetWritten";
import { TaskStatus } from "./TaskStatus";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cluster: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quota: { margin: 0, color: tokens.colorNeutralForeground2 },
  note: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tie: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function awarded(cluster: ClusterResult, award: "leading" | "excellent"): UnitResult[] {
  return cluster.units.filter((u) => u.award === award).sort((a, b) => b.total - a.total);
}

/** A tie the cluster's tie-break order decided, in words, with the units' names. */
function tieBreakText(decision: TieBreakDecision, cluster: ClusterResult, text: PaneText): string {
  const nameOf = (code: string): string => cluster.units.find((u) => u.code === code)?.name ?? code;
  const shown = decision.values.map((v) => formatPoints(v, text.decimalSeparator));
  return text.proposal.tieBreak({
    units: decision.units.map(nameOf),
    total: text.common.points(formatPoints(decision.total, text.decimalSeparator)),
    award: text.common.award[decision.award],
    ahead: decision.units.slice(0, decision.ahead).map(nameOf),
    rule: text.proposal.tieBreakRule(decision.decidedBy),
    aheadValues: shown.slice(0, decision.ahead),
    behindValues: shown.slice(decision.ahead),
  });
}

interface TieFormProps {
  readonly tie: Tie;
  readonly cluster: ClusterResult;
  readonly onSummary: (summary: BlockSummary) => void;
}

/** Vote counts for a tie that straddles the quota; the workbook records them and the core settles it. */
function TieForm({ tie, cluster, onSummary }: TieFormProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const headingId = useId();
  // Votes being typed are kept by the browser mode (a reload brings them back) until they are recorded.
  const draftKey = `${cluster.cluster.code}|${tie.award}|${tie.units.join(",")}`;
  const [votes, setVotes] = useState<Readonly<Record<string, string>>>(
    () => actions.keeping?.drafts().votes[draftKey] ?? {},
  );
  const keepVotes = (next: Readonly<Record<string, string>> | null): void => {
    void actions.keeping?.updateDrafts((drafts) => {
      const { [draftKey]: _dropped, ...others } = drafts.votes;
      return { ...drafts, votes: next === null ? others : { ...others, [draftKey]: next } };
    });
  };
  const [submitted, setSubmitted] = useState(false);
  const [notDecisive, setNotDecisive] = useState(false);
  // True when recording the votes made summary and recommendation again (both, from the votes).
  const [regenerated, setRegenerated] = useState(false);
  const nameOf = (code: string): string => cluster.units.find((u) => u.code === code)?.name ?? code;
  const voting = cluster.voting ?? votingFor(DEFAULT_VOTE_RULE, cluster.units.length, null);
  // The core's reading, as for a count typed into the votes sheet ("5", " 5 ", "5,0"), up to the voters.
  const readOf = (value: string | undefined): VoteCount => voteCount(value ?? "", voting.voters);
  const countOf = (value: string | undefined): number | null => {
    const read = readOf(value);
    return read.kind === "count" ? read.count : null;
  };
  const reasonOf = (value: string | undefined): string => {
    const read = readOf(value);
    return read.kind === "invalid"
      ? text.proposal.votesInvalid(read.reason, voting.voters)
      : text.proposal.votesInvalid("notANumber", voting.voters);
  };
  const allValid = tie.units.every((unit) => countOf(votes[unit]) !== null);

  const task = useTask(async (signal) => {
    const counts = new Map(tie.units.map((unit): [string, number] => [unit, countOf(votes[unit]) ?? 0]));
    const results = await actions.recordVotes(counts, signal);
    keepVotes(null);
    setRegenerated(results !== null);
    const after = results?.summary ?? (await actions.validate(signal)).summary;
    if (after !== null) onSummary(after);
    const again = after?.clusters
      .find((c) => c.cluster.code === cluster.cluster.code)
      ?.ties.find((t) => t.award === tie.award && t.units.some((u) => tie.units.includes(u)));
    setNotDecisive(again !== undefined && !again.settled);
    return true;
  }, text);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (allValid) void task.run();
  };

  return (
    <form className={styles.tie} onSubmit={submit} aria-labelledby={headingId} noValidate>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={headingId}>
            {text.proposal.tieTitle(text.common.award[tie.award], tie.places)}
          </MessageBarTitle>
          {text.proposal.tieIntro(text.common.points(formatPoints(tie.total, text.decimalSeparator)))}{" "}
          {text.proposal.votesNeeded(voting)}
        </MessageBarBody>
      </MessageBar>
      {tie.units.map((unit) => {
        const bad = submitted && countOf(votes[unit]) === null;
        return (
          <Field
            key={unit}
            label={text.proposal.votesFor(nameOf(unit))}
            validationState={bad ? "error" : "none"}
            validationMessage={bad ? reasonOf(votes[unit]) : undefined}
            required
          >
            <Input
              inputMode="numeric"
              value={votes[unit] ?? ""}
              onChange={(_, data) => {
                const next = { ...votes, [unit]: data.value };
                setVotes(next);
                keepVotes(next);
              }}
            />
          </Field>
        );
      })}
      <NoUndoNote />
      <div className={styles.actions}>
        <Button type="submit" disabled={task.running}>
          {text.proposal.saveVotes}
        </Button>
      </div>
      <TaskStatus
        state={task.state}
        label={text.common.working}
        onCancel={task.cancel}
        onRetry={() => void task.run()}
      />
      {task.state.status === "done" ? (
        <MessageBar layout="multiline" intent={notDecisive ? "warning" : "success"} role="status">
          <MessageBarBody>
            {notDecisive
              ? text.proposal.votesNotDecisive
              : regenerated
                ? text.proposal.votesRegenerated
                : text.proposal.votesSaved}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}

export interface ProposalStepProps {
  readonly summary: BlockSummary | null;
  readonly onSummary: (summary: BlockSummary) => void;
}

/** Step 4: the proposal within each cluster's quota, ties settled by vote, then the printable sheet. */
export function ProposalStep({ summary, onSummary }: ProposalStepProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  const idBase = useId();

  const compute = useTask(async (signal) => {
    const outcome = await actions.validate(signal);
    if (outcome.summary !== null) onSummary(outcome.summary);
    return outcome;
  }, text);
  const generate = useTask(
    async (signal): Promise<RecommendationOutcome> => actions.generateRecommendation(signal),
    text,
  );
  const written = generate.state.status === "done" ? generate.state.result : null;
  const openTies = summary?.clusters.reduce((n, c) => n + c.ties.filter((t) => !t.settled).length, 0) ?? 0;
  // The button says what it will make: both sheets, and how many places it leaves open for the vote.
  const awaiting = summary === null ? 0 : placesAwaitingVote(summary);

  const points = (unit: UnitResult): string =>
    text.common.points(formatPoints(unit.total, text.decimalSeparator));
  const awardedUnit = (u: UnitResult, cluster: ClusterResult): JSX.Element => (
    <li key={u.code}>
      {u.name} — {points(u)}
      {u.tieBreakNotes.length === 0 ? null : (
        <span className={styles.note}>{tieBreakNotesOf(u, cluster, text)}</span>
      )}
    </li>
  );

  return (
    <div className={styles.step}>
      <p>{text.proposal.intro}</p>
      <div className={styles.actions}>
        <Button
          onClick={() => void compute.run()}
          disabled={compute.running}
          appearance={summary === null ? "primary" : "secondary"}
        >
          {text.proposal.compute}
        </Button>
      </div>
      <TaskStatus
        state={compute.state}
        label={text.common.working}
        onCancel={compute.cancel}
        onRetry={() => void compute.run()}
      />
      {summary === null ? (
        <p>{text.proposal.needResult}</p>
      ) : (
        <>
          {summary.blocked ? (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{text.proposal.blocked}</MessageBarBody>
            </MessageBar>
          ) : null}
          {summary.clusters.map((cluster, c) => {
            const headingId = `${idBase}-cluster-${c}`;
            const leading = awarded(cluster, "leading");
            const excellent = awarded(cluster, "excellent");
            const decided = cluster.tieBreaks ?? [];
            const passedOver = cluster.units.flatMap((unit) =>
              (unit.passedOver ?? []).map((note) => ({ unit, note })),
            );
            return (
              <section key={cluster.cluster.code} className={styles.cluster} aria-labelledby={headingId}>
                <h3 id={headingId} className={styles.heading}>
                  {cluster.cluster.name}
                </h3>
                <p className={styles.quota}>
                  {text.proposal.quota(cluster.cluster.quota.leading, cluster.cluster.quota.excellent)}
                </p>
                <h4 className={styles.subheading}>{text.proposal.leading}</h4>
                <ul className={styles.list}>
                  {leading.length === 0 ? <li>{text.proposal.noneYet}</li> : null}
                  {leading.map((u) => awardedUnit(u, cluster))}
                </ul>
                <h4 className={styles.subheading}>{text.proposal.excellent}</h4>
                <ul className={styles.list}>
                  {excellent.length === 0 ? <li>{text.proposal.noneYet}</li> : null}
                  {excellent.map((u) => awardedUnit(u, cluster))}
                </ul>
                {decided.length === 0 ? null : (
                  <>
                    <h4 className={styles.subheading}>{text.proposal.tieBreaksTitle}</h4>
                    <ul className={styles.list}>
                      {decided.map((d) => (
                        <li key={`${d.award}-${d.units.join(",")}`}>{tieBreakText(d, cluster, text)}</li>
                      ))}
                    </ul>
                  </>
                )}
                {passedOver.length === 0 ? null : (
                  <>
                    <h4 className={styles.subheading}>{text.proposal.passedOverTitle}</h4>
                    <ul className={styles.list}>
                      {passedOver.map(({ unit, note }) => (
                        <li key={`${unit.code}-${note.award}`}>
                          {unit.name} — {text.diagnostics.passedOverNote(note)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {cluster.ties
                  .filter((tie) => !tie.settled)
                  .map((tie) => (
                    <TieForm
                      key={`${tie.award}-${tie.units.join(",")}`}
                      tie={tie}
                      cluster={cluster}
                      onSummary={onSummary}
                    />
                  ))}
                {cluster.ties.some((tie) => tie.settled) ? <p>{text.proposal.tieSettled}</p> : null}
              </section>
            );
          })}
          {openTies > 0 ? (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{text.proposal.openTies(openTies)}</MessageBarBody>
            </MessageBar>
          ) : null}
          <NoUndoNote />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => void generate.run()}
              disabled={generate.running || summary.blocked}
            >
              {awaiting > 0 ? text.proposal.generateOpen(awaiting) : text.proposal.generate}
            </Button>
          </div>
        </>
      )}
      <TaskStatus
        state={generate.state}
        label={text.common.working}
        onCancel={generate.cancel}
        onRetry={() => void generate.run()}
      />
      {written === null ? null : (
        <SheetWritten
          sheetName={written.sheetName}
          renamedBecauseTaken={written.renamedBecauseTaken}
          labels={text.proposal}
        />
      )}
      {actions.dossier && summary !== null && !summary.blocked ? (
        <DossierStep dossier={actions.dossier} clusters={summary.clusters} />
      ) : null}
    </div>
  );
}
