/**
 * The `thidua` command's text, in Vietnamese (vi/cli.ts) and English (en/cli.ts): help, progress,
 * results and one-line errors. The command picks the language from `--lang`, else the environment
 * (THIDUA_LANG, then LC_ALL, LC_MESSAGES, LANG); Vietnamese unless one of them says English.
 */
import type { CalendarDate } from "../core/model";
import type { DiagnosticText, Language } from "./diagnostics";
import { en } from "./en/cli";
import { languageOf } from "./language";
import { vi } from "./vi/cli";

export interface CliText {
  readonly diagnostics: DiagnosticText;
  readonly help: {
    readonly main: string;
    readonly mau: (presets: readonly string[]) => string;
    readonly kiemTra: string;
    readonly tongHop: string;
    readonly convert: string;
  };
  readonly unknownCommand: (name: string) => string;
  readonly missingCommand: string;
  readonly unknownOption: (option: string, command: string) => string;
  readonly missingValue: (option: string) => string;
  readonly unknownLanguage: (given: string) => string;
  readonly missingFile: (command: string) => string;
  readonly extraArgument: (arg: string, command: string) => string;
  readonly notANumber: (option: string, value: string) => string;
  readonly tooManyUnits: (max: number) => string;
  readonly notXlsxName: (path: string) => string;
  /** A workbook to read must be an .xlsx, or an .xlsm (macros kept). */
  readonly notWorkbookName: (path: string) => string;
  /** The output must keep the input's kind: .xlsm with macros, .xlsx without. */
  readonly outputKind: (path: string, macros: boolean) => string;
  readonly fileNotFound: (path: string) => string;
  readonly isDirectory: (path: string) => string;
  readonly noPermission: (path: string) => string;
  readonly cannotRead: (path: string, reason: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly outputExists: (path: string) => string;
  /** An existing output of a command whose --ghi-de means something else (gop). */
  readonly outputExistsNoOverwrite: (path: string) => string;
  readonly outputIsInput: string;
  readonly fileError: (path: string, message: string) => string;
  readonly unexpected: (message: string) => string;
  readonly created: (path: string, units: number, sheets: number) => string;
  readonly checked: (path: string, errors: number, warnings: number) => string;
  readonly error: string;
  readonly warning: string;
  readonly notWritten: string;
  /** tong-hop: places still await a vote; they are left open in the recommendation (exit code 3). */
  readonly awaitingVote: (places: number) => string;
  /** kiem-tra: the generated sheets the file holds no longer show its data (or only one is there). */
  readonly resultsStale: (
    summary: "missing" | "current" | "stale",
    recommendation: "missing" | "current" | "stale",
  ) => string;
  readonly written: (path: string, summarySheet: string, recommendationSheet: string) => string;
  readonly renamed: (wanted: string, used: string) => string;
  readonly progress: (step: string, done: number, total: number) => string;
  readonly steps: { readonly reading: string; readonly summarizing: string; readonly writing: string };
  readonly clusterLine: (name: string) => string;
  readonly unitLine: (rank: string, name: string, total: string, award: string) => string;
  readonly tieLine: (units: string, total: string, places: number, award: string) => string;
  readonly moreProblems: (n: number) => string;
  /** The heading of the problems that belong to no one unit, when some belong to a unit. */
  readonly problemsGeneral: string;
  /** The heading of one unit's problems (its row, its scoring sheet). */
  readonly problemsOfUnit: (code: string) => string;
  /** Appended to a unit's line: why it gets no award. */
  readonly notConsidered: (reason: string, others: number) => string;
  readonly incomplete: string;
  /** Under a unit's line: how a tie on its total was decided. */
  readonly awardNoteLine: (note: string) => string;
  /** "dẫn đầu" / "leading": the award inside a sentence. */
  readonly awardWord: { readonly leading: string; readonly excellent: string };
  readonly tieBreakLine: (p: {
    units: string;
    total: string;
    award: string;
    ahead: string;
    behind: string;
    rule: string;
    values: string;
  }) => string;
  /** `thidua chuyen-ma`: results and refusals. */
  readonly convert: {
    readonly nothing: (path: string) => string;
    readonly written: (path: string, cells: number, font: string) => string;
    readonly sheetLine: (sheet: string, cells: number, encoding: string) => string;
    readonly guessed: (cells: number) => string;
    readonly guessLine: (sheet: string, address: string, before: string, after: string) => string;
    readonly moreGuesses: (n: number) => string;
    readonly outputIsInput: string;
    readonly textAndFile: string;
    readonly outWithText: string;
    readonly forcedOnWorkbook: string;
  };
  /** Converting legacy text: outcomes and the encodings' names. */
  readonly legacy: {
    readonly notRecognised: string;
    readonly alreadyUnicode: string;
    readonly unknownEncoding: (given: string) => string;
  };
  /** `thidua tach` and `thidua gop`: help and output lines. */
  readonly collect: {
    readonly helpTach: string;
    readonly helpGop: string;
    readonly notFolder: (path: string) => string;
    readonly split: (count: number, folder: string) => string;
    readonly splitLine: (file: string, code: string, name: string) => string;
    readonly missingFiles: string;
    readonly fileLine: (file: string) => string;
    /** `from`: where the date comes from, worded by diagnostics.receivedFrom. */
    readonly merged: (unit: string, counts: string, date: CalendarDate, from: string) => string;
    /** A warning under a merged file (its date outside the period …): the file is still taken. */
    readonly warning: (message: string) => string;
    readonly counts: (n: { new: number; changed: number; cleared: number; notes: number }) => string;
    readonly change: (code: string, before: string, after: string) => string;
    readonly moreChanges: (n: number) => string;
    readonly refused: (unit: string | null, message: string) => string;
    readonly detail: (line: string) => string;
    /** Under a file refused as a unit's second sending: the command's way to take it. */
    readonly duplicateHint: string;
    readonly remark: (unit: string | null, message: string) => string;
    readonly written: (out: string, units: number, refused: number) => string;
    readonly nothingWritten: (refused: number) => string;
    readonly preview: (units: number, refused: number) => string;
    readonly blank: string;
  };
  /** `thidua ho-so`: the award dossier in Word files. */
  readonly dossier: {
    readonly help: string;
    /** The documents by kind, as the checklist names them. */
    readonly documents: Readonly<Record<"TTr" | "DS" | "BB" | "BC", string>>;
    /** One line per file written. */
    readonly fileWritten: (path: string) => string;
    readonly written: (folder: string, files: number, draft: boolean) => string;
    /** The checklist: a document, whether it is ready, and for which award kinds. */
    readonly checklist: (document: string, ready: boolean) => string;
    readonly awardKinds: (kinds: readonly string[]) => string;
    readonly stamp: (stamp: string) => string;
    readonly notWritten: string;
    /** The refusal's first line; each gap follows on its own line. */
    readonly refused: (gaps: number) => string;
    /** A draft's gaps are listed under it, as a reminder. */
    readonly draftGaps: (count: number) => string;
  };
}

/** The command's text in a language. */
export function cliTextFor(language: Language): CliText {
  return language === "en" ? en : vi;
}

/**
 * The command's language: `--lang` when given, else the first of THIDUA_LANG, LC_ALL, LC_MESSAGES
 * and LANG that is set (POSIX's order); English only when that says English.
 *
 * @example cliLanguage(undefined, { LANG: "en_US.UTF-8" }) === "en"
 * @example cliLanguage("vi", { LANG: "en_US.UTF-8" }) === "vi"
 */
export function cliLanguage(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>> = {},
): Language {
  if (option !== undefined) return languageOf(option);
  const chosen = [env.THIDUA_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== "",
  );
  return languageOf(chosen);
}
