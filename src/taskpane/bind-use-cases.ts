/**
 * The use cases bound to a workbook: both modes (Excel, plain browser) run the very same functions
 * of src/workbook/usecases.ts; they differ only in how they get a port for one user action.
 * The use cases (decoder, encoder, template, the core's summary) load on the first action, not with
 * the pane: the first screen needs none of them.
 */
import type { CalendarDate } from "../core/model";
import type { PresetId } from "../core/presets";
import type { ProtectableWorkbookPort } from "../workbook/port";
import type * as UseCaseModule from "../workbook/usecases";
import type * as CreateModule from "../workbook/create";
import type * as PlanModule from "../workbook/plan-usecases";
import type { LegacyTextApplied, LegacyTextPreview, LegacyTextScope } from "../workbook/usecases";
import type * as AppraisalUseCases from "../workbook/appraisal";
import type * as AppraisalLockUseCases from "../workbook/appraisal-lock";
import type * as UnitEntryUseCases from "../workbook/unit-entry";
import type { AppraisalActions, PaneActions, SetupInput, SetupKit, UnitEntryActions } from "./actions";
import { clockOf } from "./clock";
import { officerName } from "./officer";

/** Runs one user action on a port (Excel: one Excel.run; browser: the open file). */
export type WithPort = <T>(
  signal: AbortSignal,
  use: (port: ProtectableWorkbookPort) => Promise<T>,
) => Promise<T>;

export type UseCaseActions = Pick<
  PaneActions,
  "validate" | "generateSummary" | "recordVotes" | "generateRecommendation" | "isSummaryStale"
> & {
  readonly whatIsDue: NonNullable<PaneActions["whatIsDue"]>;
  readonly create: (port: ProtectableWorkbookPort, input: SetupInput) => Promise<void>;
  readonly previewLegacyText: (scope: LegacyTextScope, signal: AbortSignal) => Promise<LegacyTextPreview>;
  readonly applyLegacyText: (preview: LegacyTextPreview, signal: AbortSignal) => Promise<LegacyTextApplied>;
  readonly appraisal: AppraisalActions;
  readonly unitEntry: UnitEntryActions;
};

export type AppraisalModule = typeof AppraisalUseCases & typeof AppraisalLockUseCases;

/** «Thẩm định» and its lock, in a chunk of their own: loaded when the step is used. */
export const loadAppraisal = async (): Promise<AppraisalModule> => {
  const [appraisal, lock] = await Promise.all([
    import(/* webpackChunkName: "appraisal" */ "../workbook/appraisal"),
    import(/* webpackChunkName: "appraisal" */ "../workbook/appraisal-lock"),
  ]);
  return { ...appraisal, ...lock };
};

export type UnitEntryModule = typeof UnitEntryUseCases;

/** Departments' points and units' facts entered in the pane, in a chunk of their own. */
export const loadUnitEntry = (): Promise<UnitEntryModule> =>
  import(/* webpackChunkName: "unit-entry" */ "../workbook/unit-entry");

const two = (n: number): string => String(n).padStart(2, "0");

/** When a change was made, as «Nhật ký» records it: the page's clock, dd/mm/yyyy hh:mm. */
export function changeTime(milliseconds: number): string {
  const t = clockOf(milliseconds);
  return `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)}`;
}

/** The use cases the pane runs on an open workbook (the names webpackExports lists below). */
export type UseCases = Pick<
  typeof UseCaseModule,
  | "validateWorkbook"
  | "generateSummary"
  | "recordVotes"
  | "generateRecommendation"
  | "isSummaryStale"
  | "previewLegacyText"
  | "applyLegacyText"
>;

// Only these exports of usecases.ts go into its chunk: what it re-exports for other callers (making
// a workbook, the year's plan) is left to the chunks below, loaded when a workbook is made or
// «Việc cần làm» opens — opening a workbook in a browser does not fetch them.
export const loadUseCases = (): Promise<UseCases> =>
  import(
    /* webpackChunkName: "usecases" */
    /* webpackExports: ["validateWorkbook", "generateSummary", "recordVotes", "generateRecommendation", "isSummaryStale", "previewLegacyText", "applyLegacyText"] */
    "../workbook/usecases"
  );

export type CreateUseCases = Pick<typeof CreateModule, "createClusterWorkbook">;

/** Making a new workbook from a preset: the presets, their plans and the template's writers. */
export const loadCreate = (): Promise<CreateUseCases> =>
  import(/* webpackChunkName: "create" */ "../workbook/create");

export type PlanUseCases = Pick<typeof PlanModule, "workDue">;

/** «Việc cần làm»: the year's plan read and dated. */
export const loadPlan = (): Promise<PlanUseCases> =>
  import(/* webpackChunkName: "plan" */ "../workbook/plan-usecases");

/** The Set up step's presets and unit-list reader, in their own chunk. */
export const loadSetupKit = (): Promise<SetupKit> =>
  import(/* webpackChunkName: "setup" */ "./setup-kit").then((module) => module.setupKit);

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

export function bindUseCases(
  withPort: WithPort,
  today: () => CalendarDate,
  load: () => Promise<UseCases> = loadUseCases,
  loadAppraisalCases: () => Promise<AppraisalModule> = loadAppraisal,
  loadCreateCases: () => Promise<CreateUseCases> = loadCreate,
  loadPlanCases: () => Promise<PlanUseCases> = loadPlan,
  author: () => { readonly when: string; readonly who: string } = () => ({
    when: changeTime(Date.now()),
    who: officerName(),
  }),
  loadUnitEntryCases: () => Promise<UnitEntryModule> = loadUnitEntry,
): UseCaseActions {
  const withEntry = async <T>(
    signal: AbortSignal,
    use: (cases: UnitEntryModule, port: ProtectableWorkbookPort) => Promise<T>,
  ): Promise<T> => {
    const cases = await loadUnitEntryCases();
    throwIfAborted(signal);
    return withPort(signal, (port) => use(cases, port));
  };
  /** Loads the use cases first, then runs the action on a port. */
  const run = async <T>(
    signal: AbortSignal,
    use: (cases: UseCases, port: ProtectableWorkbookPort) => Promise<T>,
  ): Promise<T> => {
    const cases = await load();
    throwIfAborted(signal);
    return withPort(signal, (port) => use(cases, port));
  };
  return {
    create: async (port, input) =>
      // The Select only offers known presets; an unknown id gets the use case's own message.
      (await loadCreateCases()).createClusterWorkbook(port, {
        ...input,
        presetId: input.presetId as PresetId,
      }),
    validate: (signal) =>
      run(signal, async (cases, port) => {
        const outcome = await cases.validateWorkbook(port);
        throwIfAborted(signal);
        return outcome;
      }),
    generateSummary: (onProgress, signal) =>
      run(signal, (cases, port) =>
        cases.generateSummary(port, {
          now: today(),
          signal,
          onProgress: (done, total) => onProgress(done / total),
        }),
      ),
    recordVotes: (votes, signal) =>
      run(signal, (cases, port) =>
        cases.recordVotes(port, votes, { regenerate: { now: today(), signal }, author: author() }),
      ),
    generateRecommendation: (signal) =>
      run(signal, (cases, port) => cases.generateRecommendation(port, { now: today() })),
    isSummaryStale: (signal) => run(signal, (cases, port) => cases.isSummaryStale(port)),
    whatIsDue: async (asOf, signal) => {
      const plan = await loadPlanCases();
      throwIfAborted(signal);
      return withPort(signal, (port) => plan.workDue(port, asOf ?? today()));
    },
    previewLegacyText: (scope, signal) =>
      run(signal, async (cases, port) => {
        const preview = await cases.previewLegacyText(port, scope);
        throwIfAborted(signal);
        return preview;
      }),
    applyLegacyText: (preview, signal) => run(signal, (cases, port) => cases.applyLegacyText(port, preview)),
    appraisal: {
      read: async (unit, signal) => {
        const cases = await loadAppraisalCases();
        throwIfAborted(signal);
        return withPort(signal, (port) => cases.readAppraisal(port, unit));
      },
      save: async (unit, entries, signal) => {
        const cases = await loadAppraisalCases();
        throwIfAborted(signal);
        return withPort(signal, (port) => cases.saveAppraisal(port, unit, entries, author()));
      },
      lock: async (signal) => {
        const cases = await loadAppraisalCases();
        throwIfAborted(signal);
        return withPort(signal, (port) => cases.lockAppraisal(port, author()));
      },
      unlock: async (reason, signal) => {
        const cases = await loadAppraisalCases();
        throwIfAborted(signal);
        return withPort(signal, (port) => cases.unlockAppraisal(port, author(), reason));
      },
    },
    unitEntry: {
      read: (unit, signal) => withEntry(signal, (cases, port) => cases.readUnitEntry(port, unit, today())),
      savePoints: (unit, points, reason, signal) =>
        withEntry(signal, (cases, port) =>
          cases.saveDepartmentPoints(port, unit, points, author(), today(), reason),
        ),
      saveFacts: (unit, facts, reason, signal) =>
        withEntry(signal, (cases, port) => cases.saveUnitFacts(port, unit, facts, author(), today(), reason)),
    },
  };
}
