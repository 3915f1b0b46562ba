/**
 * Every text the task pane shows, in Vietnamese (vi/pane.ts) and English (en/pane.ts). English is
 * used when Office's display language (or the browser's, outside Office) is English; Vietnamese for
 * everything else. Pure: no host globals; the pane passes the language in.
 */
import type { AppraisalRefusal } from "../core/appraisal";
import type { Points } from "../core/model";
import type { VoteCountReason } from "../core/votes";
import type { Voting } from "../core/model";
import type { DiagnosticText } from "./diagnostics";
import type { Glossary } from "./glossary";
import { languageOf, type Language } from "./language";
import { en } from "./en/pane";
import { vi } from "./vi/pane";

export type PaneLanguage = Language;

/** A moment on the user's clock, as the pane says when the work was kept. */
export interface ClockTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Why the browser did not keep the work (src/taskpane/storage/port.ts). */
export type StorageFailure = "unavailable" | "quota" | "failed";

export interface PaneText {
  readonly language: PaneLanguage;
  /** Problems, exclusions, tie-break notes and refusals in the pane's language. */
  readonly diagnostics: DiagnosticText;
  /** The one term of each concept; the sentences below are built from them. */
  readonly terms: Glossary;
  /** Decimal separator for points shown in the pane. */
  readonly decimalSeparator: "," | ".";
  readonly appTitle: string;
  readonly loading: string;
  readonly stepsLabel: string;
  /** The link to the user guide, in the pane's header. */
  readonly guideLink: string;
  /** The menu holding the tabs a narrow pane has no room for: its label and its short text ("+3"). */
  readonly moreSteps: (count: number) => string;
  readonly moreStepsShort: (count: number) => string;
  /** "10:42 ngày 20/12/2024". */
  readonly clock: (time: ClockTime) => string;
  readonly steps: {
    readonly setup: string;
    readonly check: string;
    readonly summary: string;
    readonly proposal: string;
    readonly collect: string;
    readonly progress: string;
    readonly convert: string;
    readonly appraise: string;
  };
  /** Headings of the collect steps (their own text is in messages/collect.ts, loaded with them). */
  readonly collectHeadings: { readonly collect: string; readonly progress: string };
  readonly common: {
    readonly cancel: string;
    readonly retry: string;
    readonly working: string;
    readonly cancelling: string;
    readonly cancelled: string;
    readonly progress: (percent: number) => string;
    readonly points: (shown: string) => string;
    readonly award: { readonly leading: string; readonly excellent: string };
    readonly dismiss: string;
  };
  readonly errors: {
    readonly title: string;
    readonly timeout: (seconds: number) => string;
    readonly cellEdit: string;
    readonly sheetTaken: (name: string) => string;
    readonly sheetChanged: string;
    readonly noWorkbook: string;
    readonly notXlsx: (name: string) => string;
    readonly sampleMissing: string;
    readonly officeFailed: (detail: string) => string;
    readonly unexpected: (detail: string) => string;
  };
  readonly notices: {
    readonly "functions-unavailable": string;
    readonly "excel-too-old": string;
    readonly "no-merge-reading": string;
    readonly "no-undo-group": string;
    readonly remoteChange: string;
    /** The summary and recommendation no longer carry the input's stamp (or only one is there). */
    readonly stale: string;
  };
  readonly browser: {
    readonly intro: string;
    readonly openFile: string;
    readonly fileInputLabel: string;
    readonly dropZone: string;
    readonly dropHint: string;
    readonly openSample: string;
    readonly download: string;
    readonly current: (name: string) => string;
    readonly none: string;
    readonly opened: (name: string) => string;
    /** After a file could not be opened: which one, and which workbook is still the open one (if any). */
    readonly notOpened: (failed: string, still: string | null) => string;
  };
  /** The browser keeping the work (plain-browser mode). */
  readonly keep: {
    readonly savedAt: (time: string) => string;
    readonly notSavedYet: string;
    /** What is not downloaded yet: a workbook made here, and the sheets changed. */
    readonly pending: (p: { readonly created: boolean; readonly sheets: readonly string[] }) => string;
    readonly nothingPending: string;
    readonly offerTitle: string;
    readonly offer: (p: {
      readonly fileName: string;
      readonly savedAt: string;
      readonly pending: string;
      readonly hasDrafts: boolean;
    }) => string;
    readonly offerNote: string;
    readonly continue: string;
    readonly discard: string;
    readonly failure: (reason: StorageFailure, detail: string) => string;
  };
  readonly setup: {
    readonly heading: string;
    readonly intro: string;
    readonly introBrowser: string;
    readonly preset: string;
    readonly clusterName: string;
    readonly clusterNameHint: string;
    readonly year: string;
    readonly schoolYear: string;
    /** A preset's name in the list: the preset's own (Vietnamese) name, or this language's for the ids it knows. */
    readonly presetName: (id: string, name: string) => string;
    /** What a preset is, by its id ("" for an id the pane does not know). */
    readonly presetDescription: (id: string) => string;
    readonly periodHint: (label: string) => string;
    readonly yearInvalid: string;
    readonly units: string;
    readonly unitsHint: string;
    readonly unitsCount: (count: number) => string;
    readonly unitsEmpty: string;
    readonly fillMembers: string;
    readonly unitLineProblem: (line: number, reason: string) => string;
    readonly unitTypeInvalid: (shown: string) => string;
    readonly unitDuplicate: (code: string) => string;
    readonly unitNoName: string;
    readonly head: string;
    readonly deputy: string;
    readonly notChosen: string;
    readonly headIsDeputy: string;
    /** The heading over one cluster's head and deputy, where the units fall in several clusters. */
    readonly officersOf: (cluster: string) => string;
    readonly sampleScores: string;
    readonly create: string;
    readonly created: string;
    readonly createdBrowser: string;
  };
  readonly check: {
    readonly heading: string;
    readonly intro: string;
    readonly run: string;
    readonly rerun: string;
    readonly counts: (errors: number, warnings: number) => string;
    readonly none: string;
    readonly severity: { readonly error: string; readonly warning: string };
    readonly general: string;
    readonly unit: (code: string, name: string | null) => string;
    readonly selectCell: (where: string) => string;
    readonly cellOnly: (where: string) => string;
    readonly blocked: string;
  };
  /** Keeping the summary and recommendation up to date (the notice at the top of the pane). */
  readonly results: {
    readonly regenerate: string;
    readonly regenerating: string;
    /** Excel: make both again by themselves a moment after each change. */
    readonly autoUpdate: string;
    readonly autoUpdateHint: string;
    readonly regenerated: string;
  };
  readonly summary: {
    readonly heading: string;
    readonly intro: string;
    readonly generate: string;
    readonly regenerate: string;
    readonly progress: string;
    readonly written: (sheet: string) => string;
    readonly renamed: (sheet: string) => string;
    readonly blocked: string;
    readonly openSheet: string;
    readonly chartTitle: (cluster: string) => string;
    /** Under a cluster's chart while some unit's data is missing: the ranks are not final. */
    readonly provisional: (incomplete: number) => string;
    /** Beside a unit that sent nothing: its bar is no score of 0. */
    readonly noScores: string;
    readonly legend: string;
    readonly legendLabels: {
      readonly leading: string;
      readonly excellent: string;
      readonly none: string;
      readonly excluded: string;
      readonly tie: string;
    };
    readonly bar: (rank: number, name: string, points: string, status: string) => string;
    /** Why a unit is not considered, under its bar: the reasons, joined. */
    readonly excludedBecause: (reasons: readonly string[]) => string;
    /** Over a chart drawn from data newer than the summary sheet. */
    readonly chartNewer: string;
    /** A bar's spoken text followed by the unit's tie-break note. */
    readonly barWithNote: (bar: string, note: string) => string;
  };
  /** The award dossier under the proposal: the meeting, the checklist, «Tải hồ sơ». */
  readonly dossier: {
    readonly heading: string;
    readonly intro: string;
    readonly meetingTitle: string;
    readonly fields: {
      readonly date: string;
      readonly time: string;
      readonly place: string;
      readonly chair: string;
      readonly secretary: string;
      readonly present: string;
      readonly issued: string;
      readonly returned: string;
      readonly valid: string;
      readonly minutesNumber: string;
    };
    readonly dateHint: string;
    readonly dateInvalid: string;
    readonly countInvalid: string;
    readonly loadMeeting: string;
    readonly saveMeeting: string;
    readonly meetingSaved: string;
    readonly votesHere: string;
    /** The list under the meeting's counts: the units voted on and the votes each needs. */
    readonly votesNeededTitle: string;
    /** "Bỏ phiếu giữa A, B:" (with the cluster's name where the workbook has several). */
    readonly candidates: (cluster: string | null, units: readonly string[]) => string;
    readonly checklistTitle: string;
    readonly check: string;
    readonly documents: {
      readonly TTr: string;
      readonly DS: string;
      readonly BB: string;
      readonly BC: string;
    };
    readonly ready: string;
    readonly notReady: string;
    readonly awardKinds: (kinds: readonly string[]) => string;
    readonly draft: string;
    readonly download: string;
    readonly downloaded: (zipName: string, files: readonly string[], draft: boolean) => string;
  };
  readonly proposal: {
    readonly heading: string;
    readonly intro: string;
    readonly compute: string;
    readonly needResult: string;
    readonly quota: (leading: number, excellent: number) => string;
    readonly leading: string;
    readonly excellent: string;
    readonly noneYet: string;
    readonly blocked: string;
    readonly tieTitle: (award: string, places: number) => string;
    readonly tieIntro: (points: string) => string;
    readonly tieSettled: string;
    /** Heading over the ties the cluster's tie-break order decided (no vote needed). */
    readonly tieBreaksTitle: string;
    readonly tieBreakRule: (rule: "appraisedTotal" | "mainSection" | "fewerDeductions") => string;
    /** Where the tie-break order placed a unit, with the other units' names. */
    readonly tieBreakNote: (p: {
      readonly award: string;
      readonly total: string;
      readonly others: readonly string[];
      readonly ahead: boolean;
      readonly rule: string;
      readonly value: string;
      readonly otherValues: readonly string[];
    }) => string;
    /** One decided tie: names, the shared total ("89,25 điểm"), the award, who is above, the figures. */
    readonly tieBreak: (p: {
      readonly units: readonly string[];
      readonly total: string;
      readonly award: string;
      readonly ahead: readonly string[];
      readonly rule: string;
      readonly aheadValues: readonly string[];
      readonly behindValues: readonly string[];
    }) => string;
    /** Heading over the units whose classification kept them from an award (the core's PassedOver). */
    readonly passedOverTitle: string;
    readonly votesFor: (name: string) => string;
    /** Why a count typed in the vote entry is refused: the core's reason, out of `voters`. */
    /** `ofValidVotes`: the voters are the meeting's valid votes (the threshold's basis). */
    readonly votesInvalid: (reason: VoteCountReason, voters: number, ofValidVotes?: boolean) => string;
    /** Under the vote entry: how many votes a unit needs under the cluster's threshold. */
    readonly votesNeeded: (voting: Voting) => string;
    readonly saveVotes: string;
    readonly votesSaved: string;
    readonly votesNotDecisive: string;
    readonly openTies: (count: number) => string;
    /** The button: it makes both sheets together. */
    readonly generate: string;
    /** The button while places await a vote: says they will be left open. */
    readonly generateOpen: (places: number) => string;
    /** After votes were recorded: both sheets were made again from them. */
    readonly votesRegenerated: string;
    readonly written: (sheet: string) => string;
    readonly renamed: (sheet: string) => string;
    readonly openSheet: string;
  };
  /** «Thẩm định»: a unit's self scores appraised, a reason for each change. */
  readonly appraisal: {
    readonly heading: string;
    readonly intro: string;
    readonly unit: string;
    readonly noUnits: string;
    /** "I.1.a — Tối đa 2 · Tự chấm 1,5". */
    readonly scores: (max: Points, self: Points | null) => string;
    /** The appraised score's field, named with its criterion for a screen reader. */
    readonly appraised: (criterion: string) => string;
    readonly reason: (criterion: string) => string;
    readonly evidence: (criterion: string) => string;
    readonly explanation: (criterion: string) => string;
    readonly refusal: (refusal: AppraisalRefusal) => string;
    /** "Chênh lệch −0,5". */
    readonly difference: (difference: Points) => string;
    readonly totals: (self: Points, final: Points, difference: Points, changed: number) => string;
    readonly save: string;
    readonly saved: (changes: number) => string;
    readonly unchanged: string;
    readonly fixFirst: (count: number) => string;
    /** The lock of a published appraisal (sheet protection of the scored columns). */
    readonly lockHeading: string;
    readonly lockIntro: string;
    readonly lock: string;
    /** Shown while the unit's sheet is protected. */
    readonly lockedNotice: (sheet: string) => string;
    readonly unlockReason: string;
    readonly unlockReasonMissing: string;
    readonly unlock: string;
    readonly lockDone: (sheets: number) => string;
    readonly unlockDone: (sheets: number) => string;
  };
  /** Who «Nhật ký» names: the officer's name, asked once and remembered in the browser. */
  readonly officer: {
    readonly ask: string;
    readonly name: string;
    readonly save: string;
    readonly decline: string;
    readonly shown: (name: string) => string;
    readonly declined: string;
    readonly change: string;
    readonly notKept: string;
  };
  /** The departments' points and the units' facts entered under «Thẩm định». */
  readonly entry: {
    readonly heading: string;
    readonly intro: string;
    readonly unit: string;
    readonly pointsHeading: string;
    readonly noDepartments: string;
    /** A department's field, named with the department for a screen reader. */
    readonly points: (department: string) => string;
    /** Beside the field: the most this department may give a unit of this type. */
    readonly cap: (cap: Points, direct: boolean) => string;
    readonly notGiven: string;
    readonly savePoints: string;
    readonly factsHeading: string;
    readonly registered: string;
    readonly pactSigned: string;
    readonly midReport: string;
    readonly endReport: string;
    readonly discipline: string;
    readonly empty: string;
    readonly dateHint: string;
    /** The consequence of the facts as they stand, from the core's exclusions (already worded). */
    readonly considered: string;
    readonly notConsidered: (reasons: readonly string[]) => string;
    /** Next to a field: why the unit is not considered because of it (the core's short reason). */
    readonly because: (reason: string) => string;
    readonly saveFacts: string;
    readonly reason: string;
    readonly saved: (changes: number) => string;
    readonly unchanged: string;
    readonly fixFirst: (count: number) => string;
  };
  /** "Chuyển mã": legacy text (TCVN3, VNI) to Unicode, with a preview. */
  readonly convert: {
    readonly heading: string;
    readonly intro: string;
    readonly introBrowser: string;
    readonly scope: string;
    readonly scopeSelection: string;
    readonly scopeWorkbook: string;
    readonly encoding: string;
    readonly encodingAuto: string;
    readonly encodingHint: string;
    readonly preview: string;
    readonly previewAgain: string;
    readonly selection: (address: string) => string;
    readonly found: (cells: number) => string;
    readonly count: (sheet: string, cells: number, encoding: string) => string;
    readonly none: string;
    readonly tableCaption: string;
    readonly columns: { readonly cell: string; readonly before: string; readonly after: string };
    readonly byText: string;
    readonly more: (cells: number) => string;
    readonly apply: (cells: number) => string;
    readonly applied: (cells: number, font: string) => string;
    readonly skipped: (cells: number) => string;
    readonly appliedBrowser: string;
  };
}

/**
 * The pane's text for Office's display language ("vi-VN", "en-US" …): English only for English,
 * Vietnamese for everything else.
 *
 * @example paneTextFor("en-GB").steps.setup === "1. Set up"
 */
export function paneTextFor(displayLanguage: string | null | undefined): PaneText {
  return languageOf(displayLanguage) === "en" ? en : vi;
}
