/**
 * What every language renders of the product's diagnostics: each problem code, each exclusion and
 * tie-break note, each refusal of an operation or of a returned file. The tables are mapped types
 * over the closed unions of codes, so a code added without its Vietnamese and English wording does
 * not compile. Rendering is here, once; vi/ and en/ only hold the words.
 */
import type { ProblemCode, ProblemParams, UnitRef } from "../core/diagnostics";
import type {
  Award,
  CalendarDate,
  CellRef,
  Exclusion,
  Points,
  Problem,
  TieBreakKey,
  TieBreakNote,
  PassedOver,
} from "../core/model";
import type {
  Refusal,
  RefusalCode,
  RefusalDetail,
  RefusalParams,
  Remark,
  DateNotice,
  ReceivedFrom,
} from "../workbook/collect/refusals";
import type { WorkbookErrorCode, WorkbookErrorParams, WorkbookFault } from "../workbook/errors";
import type { DocumentProblem } from "../workbook/generated/documents/problems";
import type { DossierGap } from "../workbook/generated/dossier";

import type { Language } from "./language";
import type { VoteCountReason } from "../core/votes";
import type { Voting } from "../core/model";

export type { Language } from "./language";

export type ProblemTexts = { readonly [C in ProblemCode]: (p: ProblemParams[C]) => string };
export type WorkbookErrorTexts = {
  readonly [C in WorkbookErrorCode]: (p: WorkbookErrorParams[C]) => string;
};
export type RefusalTexts = { readonly [C in RefusalCode]: (p: RefusalParams[C]) => string };
export type DocumentProblemTexts = {
  readonly [C in DocumentProblem["code"]]: (p: Extract<DocumentProblem, { code: C }>) => string;
};

export interface DiagnosticText {
  readonly language: Language;
  readonly decimalSeparator: "," | ".";
  /** Points as this language writes them: "8,5" or "8.5". */
  readonly points: (p: Points) => string;
  /** dd/mm/yyyy, as the workbook's dates are written. */
  readonly date: (d: CalendarDate) => string;
  /** A count with thousands grouped as this language does: "12.345" or "12,345". */
  readonly count: (n: number) => string;
  /** A unit as messages name it: «name» (code), or the code alone. */
  readonly unit: (u: UnitRef) => string;
  /** Where a value is: "ô E12, trang «Tự chấm»". */
  readonly place: (at: CellRef) => string;
  /** Each problem's sentence, without its place. */
  readonly problems: ProblemTexts;
  /** Why a unit is not considered, as a sentence. */
  readonly exclusion: (e: Exclusion) => string;
  /** The same, as a short phrase for a one-line listing ("lãnh đạo chủ chốt bị kỷ luật …"). */
  readonly exclusionShort: (e: Exclusion) => string;
  /** The award as the summary's column shows it ("Dẫn đầu"). */
  readonly awards: Readonly<Record<Award, string>>;
  /** The tie-break rule that decided, as a phrase ("theo điểm thẩm định"). */
  readonly tieBreakRule: (rule: TieBreakKey, section?: string) => string;
  /** A unit's note where the tie-break chain placed it. */
  readonly tieBreakNote: (note: TieBreakNote) => string;
  /** A unit's note where its classification kept it from an award: why, and who took the place. */
  readonly passedOverNote: (note: PassedOver) => string;
  /** Why a typed vote count is refused, `voters` being the most it can be (the pane's entry and the check). */
  readonly voteCountReason: (reason: VoteCountReason, voters: number, ofValidVotes?: boolean) => string;
  /** How many votes a winner needs, out of how many voters. */
  readonly votesNeeded: (voting: Voting) => string;
  /** An operation's refusal, one sentence. */
  readonly workbookErrors: WorkbookErrorTexts;
  /** Why nothing was taken from a returned file, one sentence. */
  readonly refusals: RefusalTexts;
  /** What keeps an administrative document from being final. */
  readonly documentProblems: DocumentProblemTexts;
  /** What keeps the award dossier from being final, one sentence (documents named by their kind). */
  readonly dossierGap: (gap: DossierGap) => string;
  /** A line under a refusal. */
  readonly refusalDetail: (detail: RefusalDetail) => string;
  /** Why a file was neither refused nor merged. */
  readonly remark: (remark: Remark) => string;
  /** Where a merged file's arrival date comes from: the date the unit wrote, or the merge's day. */
  readonly receivedFrom: (from: ReceivedFrom) => string;
  /** A warning about a merged file's date (the file is still taken). */
  readonly dateNotice: (notice: DateNotice) => string;
}

function problemSentence<C extends ProblemCode>(
  texts: ProblemTexts,
  code: C,
  params: ProblemParams[C],
): string {
  return texts[code](params);
}

/**
 * A problem as one sentence in the text's language, with its place where it has one.
 *
 * @example problemText(vi, problemOf("VOTE_DUPLICATE", { unit }, at)) === "… có hai dòng số phiếu. … (ô C5, trang «Bỏ phiếu»)"
 */
export function problemText(text: DiagnosticText, problem: Problem): string {
  const sentence = problemSentence(text.problems, problem.code, problem.params);
  return problem.at === undefined ? sentence : `${sentence} (${text.place(problem.at)})`;
}

function faultSentence<C extends WorkbookErrorCode>(
  texts: WorkbookErrorTexts,
  code: C,
  params: WorkbookErrorParams[C],
): string {
  return texts[code](params);
}

/** An operation's refusal (a WorkbookError's fault) as one sentence. */
export function faultText(text: DiagnosticText, fault: WorkbookFault): string {
  return faultSentence(text.workbookErrors, fault.code, fault.params);
}

function refusalSentence<C extends RefusalCode>(
  texts: RefusalTexts,
  code: C,
  params: RefusalParams[C],
): string {
  return texts[code](params);
}

/** Why a returned file was refused: one sentence, then one line per detail. */
export function refusalText(text: DiagnosticText, refusal: Refusal): { sentence: string; details: string[] } {
  return {
    sentence: refusalSentence(text.refusals, refusal.code, refusal.params),
    details: refusal.details.map((d) => text.refusalDetail(d)),
  };
}

/** A unit's tie-break notes as one text ("" where the chain placed it against no one). */
export function tieBreakNotesText(text: DiagnosticText, notes: readonly TieBreakNote[]): string {
  return notes.map((n) => text.tieBreakNote(n)).join(" ");
}

function documentSentence<C extends DocumentProblem["code"]>(
  texts: DocumentProblemTexts,
  problem: Extract<DocumentProblem, { code: C }>,
): string {
  return (texts[problem.code] as (p: Extract<DocumentProblem, { code: C }>) => string)(problem);
}

/** What keeps a document from being final, as one sentence. */
export function documentProblemText(text: DiagnosticText, problem: DocumentProblem): string {
  return documentSentence(text.documentProblems, problem);
}
