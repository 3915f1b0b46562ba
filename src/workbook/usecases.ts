/**
 * The use cases: plain functions over a WorkbookPort, shared by the pane (Office.js or the .xlsx
 * adapter in a browser), the `thidua` command and the tests. Each operation reads once
 * (one readSheets call) and writes once (one writeSheets call).
 */
import type { BlockInput, BlockSummary, CalendarDate, CellRef, Problem } from "../core/model";
import { problemOf } from "../core/diagnostics";
import { placesAwaitingVote } from "../core/places";
import { summarizeBlock } from "../core/summary";
import { decodeWorkbook, DECODE_PROBLEM, FONT_SHEETS, type DecodedWorkbook } from "./decode";
import { recommendationSheet } from "./generated/recommendation";
import { fingerprintOfSheet, summarySheet } from "./generated/summary";
import { WorkbookError } from "./errors";
import { inputFingerprint } from "./fingerprint";
import { WORKBOOK_LIMITS } from "./limits";
import { cellAddress, parseScope, type RangePosition } from "./grid/address";
import { withLog, writeWithLog, type ChangeAuthor, type ChangeRecord } from "./sheets/change-log";
import { legacyCellsOf, legacyCounts, legacyEdits, type LegacyCell, type LegacyCount } from "./legacy-text";
import { UNICODE_FONT, type LegacyEncoding } from "../core/text/legacy";
import type { CellEditPort, SheetInfo, SheetSnapshot, WorkbookPort } from "./port";
import {
  existingGeneratedSheet,
  findSheet,
  generatedSheetName,
  isVariantOf,
  sameSheetName,
  SHEET,
} from "./sheet-names";
import { normalizeKey } from "../core/text/normalize";
import { FIRST_DATA_ROW } from "./sheets/table";
import { votesSheet, votesToRecord } from "./sheets/votes";

// The year's plan (plan-usecases.ts) travels in the same lazily loaded chunk as the other use cases.
export { readPlan, workDue, type PlanRead, type WorkDue } from "./plan-usecases";

// Making a new workbook lives in create.ts (the pane loads it apart); re-exported for every caller.
export {
  checkUnits,
  createClusterWorkbook,
  templateSourceFor,
  type ClusterOfficers,
  type CreateClusterOptions,
  type NewUnit,
} from "./create";

// ── Reading ─────────────────────────────────────────────────────────────────

export interface WorkbookRead {
  readonly infos: readonly SheetInfo[];
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * One batched read of everything an operation needs: every sheet the user keeps (input sheets),
 * the votes sheet, and the generated sheets asked for by base name.
 */
export async function readWorkbook(
  port: WorkbookPort,
  generated: readonly string[] = [],
): Promise<WorkbookRead> {
  const infos = await listWithinLimits(port);
  const votes = existingGeneratedSheet(SHEET.votes, infos);
  // The meeting's valid ballots may be the vote threshold's base (a small sheet: always read).
  const meeting = existingGeneratedSheet(SHEET.meeting, infos);
  const names = infos
    .filter(
      (s) =>
        !s.generated ||
        (votes !== undefined && sameSheetName(s.name, votes.name)) ||
        (meeting !== undefined && sameSheetName(s.name, meeting.name)) ||
        generated.some((base) => isVariantOf(s.name, base)),
    )
    .map((s) => s.name);
  const sheets = await port.readSheets(names, { fonts: FONT_SHEETS });
  return { infos, sheets };
}

/** The workbook's sheets; refuses a workbook with more than the limit (the .xlsx adapter does before parsing). */
async function listWithinLimits(port: WorkbookPort): Promise<readonly SheetInfo[]> {
  const infos = await port.listSheets();
  if (infos.length > WORKBOOK_LIMITS.sheets)
    throw new WorkbookError("WORKBOOK_TOO_MANY_SHEETS", {
      sheets: infos.length,
      limit: WORKBOOK_LIMITS.sheets,
    });
  return infos;
}

const REQUIRED_SHEETS = [SHEET.config, SHEET.criteria, SHEET.units];

/**
 * The decoder's problems and the core's, without saying twice what one cell's error value is:
 * the decoder names the broken formula, so the core's "not a number" on that cell is dropped.
 */
function mergeProblems(decoded: readonly Problem[], core: readonly Problem[]): Problem[] {
  const errorCells = new Set(
    decoded.filter((p) => p.code === DECODE_PROBLEM.FORMULA_ERROR && p.at).map((p) => cellKey(p.at)),
  );
  return [...decoded, ...core.filter((p) => !(p.at && errorCells.has(cellKey(p.at))))];
}

function cellKey(at: CellRef | undefined): string {
  return at === undefined ? "" : `${at.sheet}\u0001${at.row}\u0001${at.col}`;
}

function countErrors(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === "error").length;
}

export interface Evaluated {
  readonly read: WorkbookRead;
  readonly decoded: DecodedWorkbook;
  readonly summary: BlockSummary | null;
  readonly problems: Problem[];
}

/**
 * The decoder's problems, but one sentence for a workbook with none of the cluster's sheets: it is
 * another workbook, and asking for three sheets by name would only lead the user to rename theirs.
 */
function problemsOf(sheets: readonly SheetSnapshot[], decoded: readonly Problem[]): Problem[] {
  if (REQUIRED_SHEETS.some((name) => findSheet(sheets, name))) return [...decoded];
  return [problemOf("WB_NOT_CLUSTER_WORKBOOK", {})];
}

export function evaluate(read: WorkbookRead): Evaluated {
  const decoded = decodeWorkbook(read.sheets);
  const readable = REQUIRED_SHEETS.every((name) => findSheet(read.sheets, name));
  // Past a limit the input is partial: what the core would say about it would mislead.
  if (!readable || decoded.exceedsLimits)
    return { read, decoded, summary: null, problems: problemsOf(read.sheets, decoded.problems) };
  const summary = summarizeBlock(decoded.input);
  const problems = mergeProblems(decoded.problems, summary.problems);
  return { read, decoded, summary: { ...summary, problems, blocked: countErrors(problems) > 0 }, problems };
}

/** Throws the refusal when the workbook cannot be summarised; returns the summary otherwise. */
export function summaryOrRefuse(evaluated: Evaluated): BlockSummary {
  if (evaluated.decoded.exceedsLimits) throw new WorkbookError("WORKBOOK_TOO_LARGE", {}, evaluated.problems);
  if (evaluated.problems.some((p) => p.code === "WB_NOT_CLUSTER_WORKBOOK"))
    throw new WorkbookError("NOT_CLUSTER_WORKBOOK", {});
  if (!evaluated.summary) throw new WorkbookError("WORKBOOK_UNREADABLE", {}, evaluated.problems);
  const errors = countErrors(evaluated.problems);
  if (errors > 0) throw new WorkbookError("SUMMARY_BLOCKED", { errors }, evaluated.problems);
  return evaluated.summary;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkbookError("ABORTED", {});
}

/**
 * Reads the cluster workbook into the core's input. `input` is null when the configuration,
 * criteria or unit sheet is missing; the problems say which.
 */
export async function readCluster(
  port: WorkbookPort,
): Promise<{ input: BlockInput | null; problems: Problem[] }> {
  const read = await readWorkbook(port);
  const decoded = decodeWorkbook(read.sheets);
  const readable = REQUIRED_SHEETS.every((name) => findSheet(read.sheets, name)) && !decoded.exceedsLimits;
  return { input: readable ? decoded.input : null, problems: problemsOf(read.sheets, decoded.problems) };
}

/**
 * Validates the whole workbook: the structure's problems and the core's, and the summary the core
 * computed (null when the workbook cannot be read at all). Writes nothing.
 */
export async function validateWorkbook(
  port: WorkbookPort,
): Promise<{ problems: Problem[]; summary: BlockSummary | null }> {
  const evaluated = evaluate(await readWorkbook(port));
  return { problems: evaluated.problems, summary: evaluated.summary };
}

export interface GeneratedSheet {
  readonly summary: BlockSummary;
  /** The sheet written (the base name, or a numbered one when a user's sheet holds the base name). */
  readonly sheetName: string;
  readonly renamedBecauseTaken: boolean;
}

/**
 * Summary and recommendation, made together from one evaluation: the same result, the same stamp.
 * `generateSummary` and `generateRecommendation` are this one action seen from each sheet.
 */
export interface GeneratedResults {
  readonly summary: BlockSummary;
  /** The input's fingerprint both sheets carry (and the command's JSON says). */
  readonly stamp: string;
  readonly summarySheet: { readonly name: string; readonly renamedBecauseTaken: boolean };
  readonly recommendationSheet: { readonly name: string; readonly renamedBecauseTaken: boolean };
  /** Places awaiting a vote, left open in the recommendation (core/places.ts). */
  readonly placesAwaitingVote: number;
}

/** Steps reported to onProgress: read, check, compute, build, write. */
const SUMMARY_STEPS = 5;

export interface GenerateOptions {
  readonly now: CalendarDate;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Writes "Bảng tổng hợp" and "Đề nghị khen thưởng" in one write, from one read and one evaluation:
 * the core's figures as values (never formulas restating a rule), the same stamp (date and the
 * input's fingerprint) on both, places awaiting a vote left open. Refuses (WorkbookError with the
 * problems) while the workbook has errors; never touches a sheet the product did not make.
 */
export async function generateResults(
  port: WorkbookPort,
  options: GenerateOptions,
): Promise<GeneratedResults> {
  const progress = (done: number): void => options.onProgress?.(done, SUMMARY_STEPS);
  checkAborted(options.signal);
  const read = await readWorkbook(port);
  progress(1);
  checkAborted(options.signal);
  const evaluated = evaluate(read);
  progress(2);
  const summary = summaryOrRefuse(evaluated);
  progress(3);
  checkAborted(options.signal);
  const stamp = inputFingerprint(evaluated.decoded.input);
  const summaryName = generatedSheetName(SHEET.summary, read.infos);
  const recommendationName = generatedSheetName(SHEET.recommendation, read.infos);
  const summaryWrite = summarySheet(evaluated.decoded, summary, {
    name: summaryName.name,
    now: options.now,
    fingerprint: stamp,
  });
  const recommendationWrite = recommendationSheet(evaluated.decoded, summary, {
    name: recommendationName.name,
    now: options.now,
    fingerprint: stamp,
  });
  progress(4);
  checkAborted(options.signal);
  await port.writeSheets([
    { ...summaryWrite, before: SHEET.config },
    { ...recommendationWrite, before: SHEET.config },
  ]);
  progress(5);
  return {
    summary,
    stamp,
    summarySheet: summaryName,
    recommendationSheet: recommendationName,
    placesAwaitingVote: placesAwaitingVote(summary),
  };
}

/**
 * Makes summary and recommendation again together (generateResults), answering for the summary
 * sheet. Refuses while the workbook has errors.
 */
export async function generateSummary(
  port: WorkbookPort,
  options: GenerateOptions,
): Promise<GeneratedSheet & { readonly results: GeneratedResults }> {
  const results = await generateResults(port, options);
  return { summary: results.summary, ...results.summarySheet, sheetName: results.summarySheet.name, results };
}

/**
 * Makes recommendation and summary again together (generateResults), answering for the
 * recommendation sheet: never one without the other, so they never disagree.
 */
export async function generateRecommendation(
  port: WorkbookPort,
  options: GenerateOptions,
): Promise<GeneratedSheet & { readonly results: GeneratedResults }> {
  const results = await generateResults(port, options);
  return {
    summary: results.summary,
    sheetName: results.recommendationSheet.name,
    renamedBecauseTaken: results.recommendationSheet.renamedBecauseTaken,
    results,
  };
}

/**
 * The workbook read once for documents made from the summary (the award dossier): the decoded
 * input, the core's summary (refused while the workbook has errors), and the sheets read — the
 * input sheets and the generated ones named in `generated` (by base name).
 */
export async function readSummarized(
  port: WorkbookPort,
  generated: readonly string[],
): Promise<{
  decoded: DecodedWorkbook;
  summary: BlockSummary;
  infos: readonly SheetInfo[];
  sheets: readonly SheetSnapshot[];
}> {
  const read = await readWorkbook(port, generated);
  const evaluated = evaluate(read);
  const summary = summaryOrRefuse(evaluated);
  return { decoded: evaluated.decoded, summary, infos: read.infos, sheets: read.sheets };
}

/**
 * Records vote counts (unit code → votes) in the votes sheet, keeping the counts already there for
 * other units. The votes are an input: both generated sheets carry the fingerprint of the input
 * without them, so recording makes both stale together; with `regenerate` (and both sheets there)
 * they are made again together right after, from the votes just recorded. Returns the new results
 * when they were made; null when they were not (the workbook has errors, or there were none yet).
 */
export async function recordVotes(
  port: WorkbookPort,
  votes: ReadonlyMap<string, number>,
  options?: { readonly regenerate?: GenerateOptions; readonly author?: ChangeAuthor },
): Promise<GeneratedResults | null> {
  for (const [unit, count] of votes) {
    if (!Number.isInteger(count) || count < 0) throw new WorkbookError("VOTES_INVALID", { unit });
  }
  const infos = await listWithinLimits(port);
  const existing = existingGeneratedSheet(SHEET.votes, infos);
  const logged = options?.author !== undefined && canUpdateCells(port);
  const hasLog = infos.some((s) => sameSheetName(s.name, SHEET.changeLog));
  // «Cấu hình» for the clusters: each row's validation allows at most its cluster's members.
  const read = [SHEET.config, SHEET.units, ...(existing ? [existing.name] : [])];
  const sheets = await port.readSheets(logged && hasLog ? withLog(read) : read, {
    fonts: FONT_SHEETS,
  });
  const { input } = decodeWorkbook(sheets);
  const chosen = generatedSheetName(SHEET.votes, infos);
  const lines = votesToRecord(input, votes);
  await port.writeSheets([votesSheet(chosen.name, lines)]);
  if (logged && options?.author !== undefined) {
    await logVotes(
      port,
      input,
      votes,
      lines,
      chosen.name,
      options.author,
      findSheet(sheets, SHEET.changeLog),
    );
  }
  const generatedBefore = infos.some(
    (s) => s.generated && (isVariantOf(s.name, SHEET.summary) || isVariantOf(s.name, SHEET.recommendation)),
  );
  if (!options?.regenerate || !generatedBefore) return null;
  try {
    return await generateResults(port, options.regenerate);
  } catch (error) {
    // Refused (the workbook has errors): both sheets stay as they were, both stale by their stamp.
    if (error instanceof WorkbookError && error.code === "SUMMARY_BLOCKED") return null;
    throw error;
  }
}

function canUpdateCells(port: WorkbookPort): port is WorkbookPort & Pick<CellEditPort, "updateCells"> {
  return typeof (port as Partial<CellEditPort>).updateCells === "function";
}

/**
 * A «Nhật ký» row per unit whose count the vote changes (old → new, at its cell of the votes sheet
 * just written), appended right after the votes sheet is written: the votes sheet is the product's
 * and is replaced whole, the log is the user's and is only appended to, so they are two writes.
 */
async function logVotes(
  port: WorkbookPort & Pick<CellEditPort, "updateCells">,
  input: BlockInput,
  votes: ReadonlyMap<string, number>,
  lines: readonly { readonly code: string }[],
  sheet: string,
  author: ChangeAuthor,
  log: SheetSnapshot | undefined,
): Promise<void> {
  const before = new Map(input.votes.map((v) => [normalizeKey(v.unit.value), v.votes.value]));
  const records: ChangeRecord[] = [];
  for (const [code, count] of votes) {
    const index = lines.findIndex((l) => normalizeKey(l.code) === normalizeKey(code));
    const old = before.get(normalizeKey(code)) ?? null;
    if (index < 0 || old === count) continue;
    records.push({
      ...author,
      sheet,
      cell: cellAddress(FIRST_DATA_ROW + index, 2),
      old,
      new: count,
      reason: "Bỏ phiếu bình xét",
    });
  }
  await writeWithLog(port, [], records, log);
}

/** Whether a generated sheet is there and whether its stamp is the input's. */
export type SheetStamp = "missing" | "current" | "stale";

export interface ResultsStatus {
  /** The input's fingerprint now. */
  readonly stamp: string;
  readonly summary: SheetStamp;
  readonly recommendation: SheetStamp;
  /**
   * True when the generated sheets no longer show the input: either carries another stamp than the
   * input's (a score, unit, setting or vote changed since), or only one of them is there.
   */
  readonly stale: boolean;
}

/** The input's fingerprint and each generated sheet's standing against it; reads, writes nothing. */
export async function resultsStatus(port: WorkbookPort): Promise<ResultsStatus> {
  const { read, inputs } = await readWithResults(port);
  return statusOf(read, inputFingerprint(decodeWorkbook(inputs.sheets).input));
}

/**
 * What `thidua kiem-tra` shows: the check (as validateWorkbook) and whether the summary and
 * recommendation the file holds still show its data — from one read and one decode.
 */
export async function checkWithResults(
  port: WorkbookPort,
): Promise<{ problems: Problem[]; summary: BlockSummary | null; status: ResultsStatus | null }> {
  const { read, inputs } = await readWithResults(port);
  const evaluated = evaluate(inputs);
  const status =
    evaluated.summary === null ? null : statusOf(read, inputFingerprint(evaluated.decoded.input));
  return { problems: evaluated.problems, summary: evaluated.summary, status };
}

/** One read with the two generated sheets; `inputs` is that read without them (what the core reads). */
async function readWithResults(port: WorkbookPort): Promise<{ read: WorkbookRead; inputs: WorkbookRead }> {
  const read = await readWorkbook(port, [SHEET.summary, SHEET.recommendation]);
  const generated = [SHEET.summary, SHEET.recommendation]
    .map((base) => generatedSheetOf(read, base))
    .filter((s): s is SheetInfo => s !== undefined);
  const sheets = read.sheets.filter((s) => !generated.some((g) => sameSheetName(s.name, g.name)));
  return { read, inputs: { infos: read.infos, sheets } };
}

function generatedSheetOf(read: WorkbookRead, base: string): SheetInfo | undefined {
  return read.infos.find((s) => s.generated && isVariantOf(s.name, base));
}

/** Each generated sheet against the inputs' stamp: current, stale or missing. */
function statusOf(read: WorkbookRead, stamp: string): ResultsStatus {
  const own = (base: string): SheetInfo | undefined => generatedSheetOf(read, base);
  const standing = (info: SheetInfo | undefined): SheetStamp => {
    if (!info) return "missing";
    const sheet = findSheet(read.sheets, info.name);
    return sheet && fingerprintOfSheet(sheet.values) === stamp ? "current" : "stale";
  };
  const summary = standing(own(SHEET.summary));
  const recommendation = standing(own(SHEET.recommendation));
  const stale =
    summary === "stale" ||
    recommendation === "stale" ||
    (summary === "missing") !== (recommendation === "missing");
  return { stamp, summary, recommendation, stale };
}

/**
 * True when the generated sheets no longer match the inputs (resultsStatus.stale). False when there
 * are none yet.
 */
export async function isSummaryStale(port: WorkbookPort): Promise<boolean> {
  return (await resultsStatus(port)).stale;
}

// ── Chuyển mã: legacy text to Unicode ────────────────────────────────────────

export interface LegacyTextScope {
  /** Only this sheet; every sheet the user keeps when absent. */
  readonly sheet?: string;
  /** Only these areas of the sheet (parseScope in grid/address.ts). */
  readonly areas?: readonly RangePosition[];
  /** A selection as Excel gives its address ("'Đơn vị'!B5:B9"): its sheet and areas. */
  readonly selection?: string;
  /**
   * Reads the text in this encoding instead of asking fonts and detection: only within a sheet or a
   * selection, since over a whole workbook it would garble the Unicode text already there.
   */
  readonly encoding?: LegacyEncoding;
}

export interface LegacyTextPreview {
  /** Before → after, cell by cell, in sheet order. */
  readonly cells: readonly LegacyCell[];
  /** Cells per sheet and encoding. */
  readonly counts: readonly LegacyCount[];
}

export interface LegacyTextApplied {
  /** Cells written. */
  readonly written: number;
  /** Cells left alone because they changed since the preview. */
  readonly skipped: number;
  /** The font the written cells got. */
  readonly font: string;
}

/**
 * Finds the cells "Chuyển mã" would convert (one read, values, formulas and fonts), without writing:
 * the pane shows it as a preview. The product's generated sheets are left out (they are Unicode).
 */
export async function previewLegacyText(
  port: WorkbookPort,
  scope: LegacyTextScope = {},
): Promise<LegacyTextPreview> {
  const selection = scope.selection === undefined ? null : parseScope(scope.selection);
  if (scope.selection !== undefined && selection?.sheet == null)
    throw new WorkbookError("SELECTION_UNREADABLE", { address: scope.selection });
  const sheet = selection?.sheet ?? scope.sheet;
  const areas = selection?.areas ?? scope.areas;
  if (scope.encoding !== undefined && sheet === undefined)
    throw new WorkbookError("ENCODING_NEEDS_SELECTION", {});
  const infos = await listWithinLimits(port);
  const names =
    sheet !== undefined
      ? infos.filter((s) => sameSheetName(s.name, sheet)).map((s) => s.name)
      : infos.filter((s) => !s.generated).map((s) => s.name);
  if (sheet !== undefined && names.length === 0) throw new WorkbookError("SHEET_MISSING", { sheet });
  const sheets = await port.readSheets(names, { formulas: true, fonts: true });
  const options = {
    ...(areas ? { areas } : {}),
    ...(scope.encoding ? { encoding: scope.encoding } : {}),
  };
  const cells = sheets.flatMap((sheet) => legacyCellsOf(sheet, options));
  return { cells, counts: legacyCounts(cells) };
}

/**
 * Writes a preview's conversions as one operation (one undo step in Excel): each cell gets its
 * Unicode text in a Unicode font. A cell whose text changed since the preview is left alone.
 */
export async function applyLegacyText(
  port: WorkbookPort & Pick<CellEditPort, "writeCells">,
  preview: LegacyTextPreview,
): Promise<LegacyTextApplied> {
  if (preview.cells.length === 0) return { written: 0, skipped: 0, font: UNICODE_FONT };
  const names = [...new Set(preview.cells.map((c) => c.sheet))];
  const sheets = await port.readSheets(names, { formulas: true });
  const current = (c: LegacyCell): unknown => {
    const sheet = findSheet(sheets, c.sheet);
    if (sheet?.formulas?.[c.row]?.[c.col]) return null;
    return sheet?.values[c.row]?.[c.col] ?? null;
  };
  const unchanged = preview.cells.filter((c) => current(c) === c.before);
  await port.writeCells(legacyEdits(unchanged));
  return { written: unchanged.length, skipped: preview.cells.length - unchanged.length, font: UNICODE_FONT };
}
