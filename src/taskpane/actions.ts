/**
 * What the pane can do, as plain async functions. The root (index.tsx) binds them to a workbook:
 * the Office.js adapter inside Excel, the .xlsx adapter in a plain browser. Components only see
 * this interface, so they never touch Office.js and tests hand them a fake.
 */
import type { AppraisalEntry, AppraisalSaved, UnitAppraisal } from "../workbook/appraisal";
import type { LockChanged } from "../workbook/appraisal-lock";
import type { DepartmentPointsTyped, EntrySaved, UnitEntryRead, UnitFact } from "../workbook/unit-entry";
import { createContext, useContext } from "react";
import type { BlockSummary, CalendarDate, CellRef, Problem, UnitType } from "../core/model";
import type { WorkDue } from "../workbook/plan-usecases";
import type { MergeOptions } from "../workbook/collect/merge-plan";
import type { ProgressReport } from "../workbook/collect/progress";
import type { MergePreview } from "../workbook/collect/usecases";
import type { LegacyEncoding } from "../core/text/legacy";
import type { GeneratedResults, LegacyTextApplied, LegacyTextPreview } from "../workbook/usecases";
import type { HostReport } from "../messages/self-test";
import type { CheckResult } from "../workbook/self-test";
import type { KeepStatus, SavedWork, WorkKeeper } from "./storage/keeper";
import type { ParsedUnitList } from "./unit-list";
import type { DossierActions } from "./dossier-actions";

export interface PresetChoice {
  readonly id: string;
  readonly name: string;
  /** "school-year" presets count from the year the school year starts. */
  readonly periodKind: "calendar-year" | "school-year";
  /** The period's label for a year, e.g. "2024" or "2021 – 2022". */
  readonly periodLabel: (year: number) => string;
  /** Member units the preset's seed names, offered to fill the list. */
  readonly members: readonly { readonly name: string; readonly type: UnitType; readonly cluster: string }[];
}

export interface SetupUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly cluster?: string;
}

/** What the Set up step needs before it can show its form; loaded on demand (the presets are data-heavy). */
export interface SetupKit {
  readonly presets: readonly PresetChoice[];
  /** The pasted unit list, split into units (src/taskpane/unit-list.ts). */
  readonly parseUnits: (text: string) => ParsedUnitList;
}

export interface SetupInput {
  readonly presetId: string;
  readonly clusterName?: string;
  readonly year: number;
  readonly units: readonly SetupUnit[];
  readonly head?: string;
  readonly deputy?: string;
  /** Head and deputy per cluster, where the units fall in several (a block). */
  readonly officers?: readonly SetupOfficers[];
  readonly sampleScores?: boolean;
}

/** One cluster's head and deputy: `cluster` as the units name it ("" for units that name none). */
export interface SetupOfficers {
  readonly cluster: string;
  readonly head?: string;
  readonly deputy?: string;
}

export interface ValidationOutcome {
  readonly problems: readonly Problem[];
  readonly summary: BlockSummary | null;
}

export interface SummaryOutcome {
  readonly summary: BlockSummary;
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
  /** Both sheets, made together from one result (usecases.ts, generateResults). */
  readonly results?: GeneratedResults;
}

export interface RecommendationOutcome {
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
  /** Both sheets, made together from one result (usecases.ts, generateResults). */
  readonly results?: GeneratedResults;
}

/** 0–1 when the work can tell how far it is, null while it cannot. */
export type ProgressListener = (fraction: number | null) => void;

/** Conditions the pane shows once, at the top (too old an Excel, functions unavailable …). */
export type HostNotice = "functions-unavailable" | "excel-too-old" | "no-merge-reading" | "no-undo-group";

/** The workbook the plain-browser mode works on: opened, dropped, the sample, or newly created. */
export interface BrowserDocument {
  /** File name of the open workbook, null before one is open. */
  current(): string | null;
  open(file: Blob, name: string, signal: AbortSignal): Promise<void>;
  /** Loads the shipped sample; false when it could not be fetched and one was made in the browser. */
  openSample(signal: AbortSignal): Promise<boolean>;
  /** What an earlier visit left in the browser's storage, to offer continuing it; null if nothing. */
  saved(): Promise<SavedWork | null>;
  /** Opens the workbook an earlier visit left, with its drafts; false when nothing was kept. */
  continueSaved(signal: AbortSignal): Promise<boolean>;
  /** Forgets what an earlier visit left. */
  discardSaved(): Promise<void>;
}

/** The browser's keeping of the work, as components see it (src/taskpane/storage/keeper.ts). */
export type KeptWork = Pick<WorkKeeper, "status" | "subscribe" | "drafts" | "updateDrafts">;
export type { KeepStatus, SavedWork };

/** A returned file the user picked or dropped (a File fits). */
export interface PickedFile {
  readonly name: string;
  /** Modification time in milliseconds: when the file came, for ordering and the arrival date. */
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How the units' self-scoring files reached the user. */
export type SplitOutcome =
  | { readonly files: number; readonly zipName: string }
  | { readonly files: number; readonly opened: readonly string[] };

/** Collecting the units' self-scores (src/taskpane/collect-actions.ts). */
export interface CollectActions {
  /**
   * Makes each unit's self-scoring file and hands them to the user: as one .zip download, or (Excel on
   * Mac and iPad, which cannot download) each opened as a new workbook, named in `opened`.
   */
  splitForUnits(signal: AbortSignal): Promise<SplitOutcome>;
  /** Reads the returned files and says what each would bring; writes nothing. */
  previewMerge(
    files: readonly PickedFile[],
    options: MergeOptions,
    signal: AbortSignal,
  ): Promise<MergePreview>;
  /** Writes the previewed merge, unless the workbook changed since: then the new preview, unwritten. */
  merge(
    preview: MergePreview,
    signal: AbortSignal,
  ): Promise<{ readonly applied: boolean; readonly preview: MergePreview }>;
  /** Each unit's progress in the (shared) workbook. */
  progress(signal: AbortSignal): Promise<ProgressReport>;
  /** Today as the arrival date of the complete units without one; how many were dated. */
  recordArrivals(signal: AbortSignal): Promise<number>;
}

/** Where "Chuyển mã" looks: the cells selected in Excel, or every sheet the user keeps. */
export type LegacyTextScopeChoice = "selection" | "workbook";

export interface LegacyTextRequest {
  readonly scope: LegacyTextScopeChoice;
  /** Reads the text in this encoding (a selection only); null lets fonts and detection decide. */
  readonly encoding: LegacyEncoding | null;
}

export interface LegacyTextPreviewOutcome extends LegacyTextPreview {
  /** The selection's address as Excel gave it, when the scope was the selection. */
  readonly selection: string | null;
}

/** "Chuyển mã": legacy text (TCVN3, VNI) to Unicode, previewed, then written as one change. */
export interface LegacyTextActions {
  /** True where the selection can be the scope (Excel); a plain browser converts the whole workbook. */
  readonly canUseSelection: boolean;
  preview(request: LegacyTextRequest, signal: AbortSignal): Promise<LegacyTextPreviewOutcome>;
  /** Writes the previewed cells; one changed since the preview is left alone. */
  apply(preview: LegacyTextPreview, signal: AbortSignal): Promise<LegacyTextApplied>;
}

/** «Thẩm định»: a unit's self scores appraised, with reasons, evidence and explanations. */
export interface AppraisalActions {
  /** The unit's appraisal as its sheet holds it; the first unit with a sheet when `unit` is absent. */
  read(unit: string | undefined, signal: AbortSignal): Promise<UnitAppraisal>;
  /** Saves the entries (refused whole when one breaks a rule) and records each change in «Nhật ký». */
  save(unit: string, entries: readonly AppraisalEntry[], signal: AbortSignal): Promise<AppraisalSaved>;
  /** Locks every unit's scored columns (sheet protection), recorded in «Nhật ký». */
  lock(signal: AbortSignal): Promise<LockChanged>;
  /** Unlocks them; refused without a reason. Recorded in «Nhật ký» with the reason. */
  unlock(reason: string, signal: AbortSignal): Promise<LockChanged>;
}

/** The departments' points and the units' facts entered in the pane (src/workbook/unit-entry.ts). */
export interface UnitEntryActions {
  /** The unit's points and facts; the first unit of the list when `unit` is absent. */
  read(unit: string | undefined, signal: AbortSignal): Promise<UnitEntryRead>;
  /** Saves the typed points (refused whole when one breaks the cap) with a «Nhật ký» row per change. */
  savePoints(
    unit: string,
    points: readonly DepartmentPointsTyped[],
    reason: string,
    signal: AbortSignal,
  ): Promise<EntrySaved>;
  /** Saves the typed facts (refused whole when one cannot be read) with a «Nhật ký» row per change. */
  saveFacts(
    unit: string,
    facts: Partial<Readonly<Record<UnitFact, string>>>,
    reason: string,
    signal: AbortSignal,
  ): Promise<EntrySaved>;
}

export interface PaneActions {
  readonly host: "excel" | "browser";
  /** Loads the presets and the unit-list reader for the Set up step. */
  loadSetup(): Promise<SetupKit>;
  readonly notices: readonly HostNotice[];
  /**
   * False where creating or replacing sheets cannot be undone (Excel: deleting, renaming and moving
   * sheets have no undo): the steps that do it say so before the user starts them.
   */
  readonly sheetWritesUndoable?: boolean;
  /**
   * Calls `listener(true)` while a write waits for Excel (a cell being edited), `listener(false)` when
   * it ended; returns the unsubscribe function. Excel only.
   */
  readonly onWriteWaiting?: (listener: (waiting: boolean) => void) => () => void;
  createWorkbook(input: SetupInput, signal: AbortSignal): Promise<void>;
  validate(signal: AbortSignal): Promise<ValidationOutcome>;
  generateSummary(onProgress: ProgressListener, signal: AbortSignal): Promise<SummaryOutcome>;
  /**
   * Records the counts; where summary and recommendation were made, makes both again from the votes
   * (their results), or leaves both stale when the workbook has errors (null).
   */
  recordVotes(votes: ReadonlyMap<string, number>, signal: AbortSignal): Promise<GeneratedResults | null>;
  generateRecommendation(signal: AbortSignal): Promise<RecommendationOutcome>;
  isSummaryStale(signal: AbortSignal): Promise<boolean>;
  /** What is due on a day (today when null), from «Kế hoạch»: the «Việc cần làm» tab shows where it is bound. */
  readonly whatIsDue?: (asOf: CalendarDate | null, signal: AbortSignal) => Promise<WorkDue>;
  /** Selects the cell in Excel; absent in a plain browser (there is no grid to select in). */
  readonly selectCell?: (at: CellRef) => Promise<void>;
  /** Shows the sheet in Excel; absent in a plain browser. */
  readonly openSheet?: (name: string) => Promise<void>;
  /** Saves the workbook to the user's disk; absent inside Excel (the workbook is already open). */
  readonly download?: () => Promise<void>;
  readonly document?: BrowserDocument;
  /** The plain-browser mode's keeping of the work in the browser's storage; absent inside Excel. */
  readonly keeping?: KeptWork;
  /**
   * Calls `listener` when a co-author changed the workbook, `onError` if listening could not start;
   * returns the unsubscribe function.
   */
  readonly onRemoteChange?: (listener: () => void, onError: (error: unknown) => void) => () => void;
  /**
   * Excel: calls `listener` on every change to the workbook (the user's or a co-author's), so the
   * pane can say when the summary and recommendation are out of date, or make them again; returns
   * the unsubscribe function. Absent in a plain browser, where the pane itself makes every write.
   */
  readonly onWorkbookChange?: (listener: () => void, onError: (error: unknown) => void) => () => void;
  /** Collecting the self-scores: the «Thu thập điểm» and «Tiến độ» steps show only where it is bound. */
  readonly collect?: CollectActions;
  /** The award dossier (meeting record, checklist, «Tải hồ sơ»): shown under the proposal where it is bound. */
  readonly dossier?: DossierActions;
  /** «Thẩm định»: its tab shows only where it is bound. */
  readonly appraisal?: AppraisalActions;
  /** The departments' points and units' facts: shown under «Thẩm định» where bound. */
  readonly unitEntry?: UnitEntryActions;
  /** "Chuyển mã": its tab shows only where it is bound. */
  readonly legacyText?: LegacyTextActions;
  /** «Tự kiểm tra» under «Trợ giúp»: every adapter operation on scratch sheets (Excel only). */
  readonly selfTest?: SelfTestActions;
}

/** The self-test: what the pane knows of the host, and the run (src/workbook/self-test.ts). */
export interface SelfTestActions {
  readonly host: HostReport;
  run(describe: (error: unknown) => string, signal: AbortSignal): Promise<readonly CheckResult[]>;
}

export const PaneActionsContext = createContext<PaneActions | null>(null);

export function usePaneActions(): PaneActions {
  const actions = useContext(PaneActionsContext);
  if (actions === null) throw new Error("PaneActionsContext is not provided (see src/taskpane/index.tsx).");
  return actions;
}
