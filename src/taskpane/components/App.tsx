import {
  Button,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Overflow,
  OverflowItem,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { BlockSummary } from "../../core/model";
import { usePaneActions, type ValidationOutcome } from "../actions";
import { describeError } from "../errors";
import { usePaneText } from "../text";
import { AppraisalStep } from "./AppraisalStep";
import { UnitEntryStep } from "./UnitEntryStep";
import { OfficerName, type OfficerStore } from "./OfficerName";
import { rememberOfficer, rememberedOfficer } from "../officer";

const OFFICER_STORE: OfficerStore = { read: rememberedOfficer, remember: rememberOfficer };
/** The tabs whose first change records its author in «Nhật ký»: votes, the merge, appraisal and entry. */
const AUTHOR_STEPS: readonly string[] = ["proposal", "collect", "appraise"];
import { CheckStep } from "./CheckStep";
import { ConvertStep } from "./ConvertStep";
import { excelHostText } from "../../messages/excel-host";
import { planTextFor } from "../../messages/plan";
import { yearTabsFor } from "../../messages/year-tabs";
import { DocumentBar } from "./DocumentBar";
import { HelpSection } from "./HelpSection";
import { ProposalStep } from "./ProposalStep";
import { SetupStep } from "./SetupStep";
import { ResultsFreshness } from "./ResultsFreshness";
import { SummaryStep } from "./SummaryStep";

/** The user guide (docs/huong-dan.md), built into a page beside the pane (webpack.config.js). */
export const GUIDE_URL = "assets/help.html";

export type StepId =
  | "setup"
  | "check"
  | "summary"
  | "proposal"
  | "due"
  | "collect"
  | "progress"
  | "appraise"
  | "newYear"
  | "rollup"
  | "convert";
/**
 * The tabs in the order of the year's work: set up the workbook, collect the units' self scores and
 * follow who has sent them, appraise them, check the workbook, sum up, propose; then the year's end.
 */
const SETUP_STEPS: readonly StepId[] = ["setup"];
const RESULT_STEPS: readonly StepId[] = ["check", "summary", "proposal"];
/** Shown where the mode binds the collect actions; their code loads when first opened. */
const COLLECT_STEPS: readonly StepId[] = ["collect", "progress"];
/** «Thẩm định», after the self scores are collected and before the check; shown where the mode binds it. */
const APPRAISAL_STEPS: readonly StepId[] = ["appraise"];
/** «Việc cần làm»: the year's plan, where the mode binds it; its code loads when first opened. */
const DUE_STEPS: readonly StepId[] = ["due"];
const DueStep = lazy(() =>
  import(/* webpackChunkName: "due-pane" */ "./DueStep").then((m) => ({ default: m.DueStep })),
);
/** «Năm mới» and «Tổng hợp khối»: the year's end, after the year's steps, where the mode binds them. */
const YEAR_STEPS: readonly StepId[] = ["newYear", "rollup"];
const NewYearStep = lazy(() =>
  import(/* webpackChunkName: "year-pane" */ "./NewYearStep").then((m) => ({ default: m.NewYearStep })),
);
const RollupStep = lazy(() =>
  import(/* webpackChunkName: "year-pane" */ "./RollupStep").then((m) => ({ default: m.RollupStep })),
);
/** "Chuyển mã", a tool rather than a step of the year: last, where the mode binds it. */
const CONVERT_STEPS: readonly StepId[] = ["convert"];
const CollectStep = lazy(() =>
  import(/* webpackChunkName: "collect-pane" */ "./CollectStep").then((m) => ({ default: m.CollectStep })),
);
const ProgressStep = lazy(() =>
  import(/* webpackChunkName: "collect-pane" */ "./ProgressStep").then((m) => ({ default: m.ProgressStep })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    // A wide window (the browser mode) gets a centred column wide enough for every tab in one row.
    maxWidth: "960px",
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // One row at every width: the tabs a narrow pane has no room for go into the «+n» menu.
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  tab: { flexShrink: 0 },
  panel: { minWidth: 0 },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface StepTabsProps {
  readonly steps: readonly StepId[];
  readonly labels: Readonly<Record<StepId, string>>;
  readonly selected: StepId;
  readonly onSelect: (id: StepId) => void;
}

/** The steps' tabs the pane has no room for, in a menu after the last tab shown. */
function MoreSteps({ steps, labels, onSelect }: Omit<StepTabsProps, "selected">): JSX.Element | null {
  const text = usePaneText();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* A tab of the tab list (as Fluent's TabList overflow example has it): a list of tabs holds only tabs. */}
        <Button
          ref={ref}
          role="tab"
          appearance="transparent"
          size="small"
          aria-label={text.moreSteps(overflowCount)}
        >
          {text.moreStepsShort(overflowCount)}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {steps.map((id) => (
            <MoreStep key={id} id={id} label={labels[id]} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreStep(props: { id: StepId; label: string; onSelect: (id: StepId) => void }): JSX.Element | null {
  const visible = useIsOverflowItemVisible(props.id);
  return visible ? null : <MenuItem onClick={() => props.onSelect(props.id)}>{props.label}</MenuItem>;
}

function StepTabs({ steps, labels, selected, onSelect }: StepTabsProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as StepId)}
        aria-label={text.stepsLabel}
        size="small"
      >
        {steps.map((id) => (
          // The selected step always stays in the row.
          <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
            <Tab className={styles.tab} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {labels[id]}
            </Tab>
          </OverflowItem>
        ))}
        <MoreSteps steps={steps} labels={labels} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

export interface AppProps {
  /** The year the Set up step proposes (this year, from the root's clock). */
  readonly defaultYear: number;
  readonly initialStep?: StepId;
}

/** The pane: the steps as tabs; every panel stays mounted so running work and results survive a tab switch. */
export function App({ defaultYear, initialStep: asked }: AppProps): JSX.Element {
  const actions = usePaneActions();
  const text = usePaneText();
  const styles = useStyles();
  // In Excel the workbook is open from the start, so the pane opens on what is due (the cluster's
  // year is a calendar first); in a browser no file is open yet, so it opens on Setup.
  const initialStep: StepId =
    asked ?? (actions.host === "excel" && actions.whatIsDue !== undefined ? "due" : "setup");
  const [step, setStep] = useState<StepId>(initialStep);
  const [summary, setSummary] = useState<BlockSummary | null>(null);
  const [remoteChanged, setRemoteChanged] = useState(false);
  // Counts co-authors' changes, so the progress table refreshes on each.
  const [remoteChanges, setRemoteChanges] = useState(0);
  // The collect steps mount (and load their code) when first opened, then stay mounted like the others.
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set([initialStep]));
  const [documentName, setDocumentName] = useState<string | null>(() => actions.document?.current() ?? null);
  // Another file opened in the browser: the steps start afresh (results of the old file would mislead).
  const [opened, setOpened] = useState(0);

  const [watchFailure, setWatchFailure] = useState<string | null>(null);
  // A write waiting for Excel (a cell being edited): said while it lasts, so nobody starts it again.
  const [writeWaiting, setWriteWaiting] = useState(false);
  useEffect(() => actions.onWriteWaiting?.(setWriteWaiting), [actions]);
  // A co-author's edit only marks the summary stale; never a dialog from an event.
  useEffect(
    () =>
      actions.onRemoteChange?.(
        () => {
          setRemoteChanged(true);
          setRemoteChanges((n) => n + 1);
        },
        (error) => setWatchFailure(describeError(error, text)),
      ),
    [actions, text],
  );

  // Every change the pane hears of (Excel: any edit, a co-author's too; browser: each write it made)
  // makes ResultsFreshness check the generated sheets' stamp again.
  const [changes, setChanges] = useState(0);
  useEffect(
    () =>
      actions.onWorkbookChange?.(
        () => setChanges((n) => n + 1),
        (error) => setWatchFailure(describeError(error, text)),
      ),
    [actions, text],
  );

  const onValidated = useCallback((outcome: ValidationOutcome) => setSummary(outcome.summary), []);
  const onOpened = useCallback((name: string) => {
    setDocumentName(name);
    setOpened((n) => n + 1);
    setSummary(null);
    setStep((current) => (current === "setup" ? "check" : current));
  }, []);
  const onCreated = useCallback(() => {
    setSummary(null);
    setDocumentName(actions.document?.current() ?? null);
  }, [actions]);

  const hasWorkbook = actions.host === "excel" || documentName !== null;
  const documentKey = `${documentName ?? ""}#${opened}`;
  const titles: Record<StepId, string> = {
    setup: text.setup.heading,
    check: text.check.heading,
    summary: text.summary.heading,
    proposal: text.proposal.heading,
    collect: text.collectHeadings.collect,
    progress: text.collectHeadings.progress,
    appraise: text.appraisal.heading,
    convert: text.convert.heading,
    due: planTextFor(text.language).pane.tab,
    ...yearTabsFor(text.language),
  };
  const steps = [
    // What is due first: the cluster's year is a calendar before it is a score table.
    ...(actions.whatIsDue === undefined ? [] : DUE_STEPS),
    ...SETUP_STEPS,
    ...(actions.collect === undefined ? [] : COLLECT_STEPS),
    ...(actions.appraisal === undefined ? [] : APPRAISAL_STEPS),
    ...RESULT_STEPS,
    ...YEAR_STEPS.filter((id) => (id === "newYear" ? actions.newYear : actions.rollup) !== undefined),
    ...(actions.legacyText === undefined ? [] : CONVERT_STEPS),
  ];
  const tabLabels: Record<StepId, string> = {
    ...text.steps,
    due: titles.due,
    newYear: titles.newYear,
    rollup: titles.rollup,
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.appTitle}</h1>
        <Link href={GUIDE_URL} target="_blank" rel="noopener">
          {text.guideLink}
        </Link>
      </header>
      <main className={styles.notices}>
        {actions.notices.length === 0 ? null : (
          <div className={styles.notices}>
            {actions.notices.map((notice) => (
              <MessageBar key={notice} intent="warning" layout="multiline">
                <MessageBarBody>{text.notices[notice]}</MessageBarBody>
              </MessageBar>
            ))}
          </div>
        )}
        {writeWaiting ? (
          <MessageBar intent="warning" layout="multiline" role="status">
            <MessageBarBody>{excelHostText(text.language).writeWaiting}</MessageBarBody>
          </MessageBar>
        ) : null}
        {watchFailure === null ? null : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{watchFailure}</MessageBarBody>
          </MessageBar>
        )}
        <ResultsFreshness
          key={documentKey}
          changes={changes}
          hasWorkbook={hasWorkbook}
          onSummary={setSummary}
          hideNotice={step === "summary"}
        />
        {actions.document === undefined ? null : (
          <DocumentBar
            document={actions.document}
            name={documentName}
            onOpened={onOpened}
            download={actions.download}
            {...(actions.keeping === undefined ? {} : { keeping: actions.keeping })}
          />
        )}
        <StepTabs
          steps={steps}
          labels={tabLabels}
          selected={step}
          onSelect={(id) => {
            setStep(id);
            setVisited((seen) => (seen.has(id) ? seen : new Set([...seen, id])));
          }}
        />
        {steps.map((id) => (
          <section
            key={id}
            id={`panel-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={step !== id}
            className={styles.panel}
          >
            <h2 className={styles.heading}>{titles[id]}</h2>
            {id === "setup" ? <SetupStep defaultYear={defaultYear} onCreated={onCreated} /> : null}
            {id === "check" ? <CheckStep key={documentKey} onResult={onValidated} /> : null}
            {id === "summary" ? (
              <SummaryStep
                key={documentKey}
                summary={summary}
                onSummary={setSummary}
                remoteChanged={remoteChanged}
                onGenerated={() => setRemoteChanged(false)}
                active={step === "summary"}
                hasWorkbook={hasWorkbook}
              />
            ) : null}
            {AUTHOR_STEPS.includes(id) && (id !== "appraise" || visited.has(id)) ? (
              <OfficerName store={OFFICER_STORE} active={step === id} />
            ) : null}
            {id === "proposal" ? (
              <ProposalStep key={documentKey} summary={summary} onSummary={setSummary} />
            ) : null}
            {COLLECT_STEPS.includes(id) && actions.collect !== undefined && visited.has(id) ? (
              <Suspense fallback={<Spinner size="small" label={text.loading} />}>
                {id === "collect" ? (
                  <CollectStep key={documentKey} collect={actions.collect} />
                ) : (
                  <ProgressStep
                    key={documentKey}
                    collect={actions.collect}
                    remoteChanges={remoteChanges}
                    {...(actions.openSheet ? { openSheet: actions.openSheet } : {})}
                  />
                )}
              </Suspense>
            ) : null}
            {id === "due" && actions.whatIsDue !== undefined && visited.has(id) ? (
              <Suspense fallback={<Spinner size="small" label={text.loading} />}>
                <DueStep key={documentKey} whatIsDue={actions.whatIsDue} />
              </Suspense>
            ) : null}
            {id === "appraise" && actions.appraisal !== undefined && visited.has(id) ? (
              <AppraisalStep key={documentKey} appraisal={actions.appraisal} />
            ) : null}
            {id === "appraise" && actions.unitEntry !== undefined && visited.has(id) ? (
              <>
                <h2 className={styles.heading}>{text.entry.heading}</h2>
                <UnitEntryStep key={documentKey} entry={actions.unitEntry} />
              </>
            ) : null}
            {id === "newYear" && actions.newYear !== undefined && visited.has(id) ? (
              <Suspense fallback={<Spinner size="small" label={text.loading} />}>
                <NewYearStep key={documentKey} newYear={actions.newYear} />
              </Suspense>
            ) : null}
            {id === "rollup" && actions.rollup !== undefined && visited.has(id) ? (
              <Suspense fallback={<Spinner size="small" label={text.loading} />}>
                <RollupStep rollup={actions.rollup} />
              </Suspense>
            ) : null}
            {id === "convert" && actions.legacyText !== undefined ? (
              <ConvertStep
                key={documentKey}
                legacyText={actions.legacyText}
                needsDownload={actions.host === "browser"}
              />
            ) : null}
          </section>
        ))}
        <HelpSection {...(actions.selfTest === undefined ? {} : { selfTest: actions.selfTest })} />
      </main>
    </div>
  );
}
