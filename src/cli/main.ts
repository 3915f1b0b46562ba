/**
 * The `thidua` command. `runCli` holds all of it so tests run it in-process; bin/thidua.js only
 * wires it to the process. Errors are one line in the user's language (`--lang`, else the
 * environment) and an exit code, never a stack trace: 0 done; 1 the workbook has errors; 2 usage or
 * file errors; 3 (tong-hop) written, but places await a vote, so the proposal is not final.
 */
import * as path from "node:path";
import { PRESETS, type PresetId } from "../core/presets";
import { cliLanguage, cliTextFor, type CliText } from "../messages/cli";
import type { Language } from "../messages/diagnostics";
import { faultText } from "../messages/diagnostics";
import { placeholderUnitName, sampleUnitName } from "../messages/vi/documents";
import { SHEET } from "../workbook/sheet-names";
import { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import type { CalendarDate, Problem } from "../core/model";
import { isWorkbookError } from "../workbook/errors";
import { createClusterWorkbook, generateResults, checkWithResults, type NewUnit } from "../workbook/usecases";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { chuyenMa } from "./chuyen-ma";
import { hoSo } from "./ho-so";
import { gop, tach } from "./collect";
import { namMoi, tongHopKhoi } from "./year";
import { keHoach, viecCanLam, type PlanContext } from "./plan";
import {
  defaultOutput,
  FileError,
  readWorkbookInput,
  refuseOverwrite,
  requireOutputKind,
  requireWorkbookName,
  sameFile,
  writeAtomically,
  openXlsx,
  NODE_PLATFORM,
} from "./files";
import { jsonReport, problemLines, rankingLines } from "./report";

export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** The clock, passed in so tests fix the date. */
  readonly now: () => Date;
  /** Relative paths are resolved against this directory. */
  readonly cwd: string;
  /** The environment the language is read from (THIDUA_LANG, LC_ALL, LC_MESSAGES, LANG); none: Vietnamese. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** tong-hop wrote both sheets, but places await a vote: they stay open, and the proposal is not final. */
export const EXIT_AWAITING_VOTE = 3;

/** Most units `thidua mau --units` creates (the product is tested up to here). */
const MAX_SAMPLE_UNITS = 2000;
const PLACEHOLDER_UNITS = 6;
const summaryBase = SHEET.summary;
const recommendationBase = SHEET.recommendation;

interface Context {
  readonly io: CliIO;
  /** The workbooks the command has opened (openInput), so a refusal of the file as a whole names it. */
  readonly opened: string[];
  /** The command's text in the user's language. */
  readonly text: CliText;
  readonly language: Language;
  readonly command: string;
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
}

function specsMessages(command: string) {
  return {
    unknownOption: (option: string) => (t: CliText) => t.unknownOption(option, command),
    missingValue: (option: string) => (t: CliText) => t.missingValue(option),
  };
}

function positiveInteger(option: string, value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value === true ? "" : value;
  if (!/^\d+$/.test(text) || Number(text) <= 0) throw new UsageError((t) => t.notANumber(option, text));
  return Number(text);
}

function requireXlsxName(file: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError((t) => t.notXlsxName(file));
}

// ── thidua mau ──────────────────────────────────────────────────────────────

const MAU_OPTIONS: readonly OptionSpec[] = [
  { name: "preset", takesValue: true },
  { name: "units", takesValue: true },
  { name: "nam", takesValue: true },
  { name: "seed", takesValue: true },
  { name: "ghi-de", takesValue: false },
];

export function sampleUnits(presetId: PresetId, count: number, filled: boolean): NewUnit[] {
  const preset = PRESETS.find((p) => p.id === presetId);
  const members = preset?.members ?? [];
  return Array.from({ length: count }, (_, i): NewUnit => {
    const member = filled ? members[i] : undefined;
    const width = Math.max(2, String(count).length);
    return {
      code: `DV${String(i + 1).padStart(width, "0")}`,
      name: member?.name ?? (filled ? sampleUnitName(i) : placeholderUnitName(i)),
      type: member?.type ?? (filled && i % 5 === 4 ? "coordinating" : "direct"),
    };
  });
}

async function mau(ctx: Context, argv: readonly string[]): Promise<number> {
  const presetIds = PRESETS.map((p) => p.id);
  const args = parseArgs(argv, MAU_OPTIONS, specsMessages("mau"));
  if (args.help) {
    ctx.line(ctx.text.help.mau(presetIds));
    return EXIT_OK;
  }
  const [out, extra] = args.positionals;
  if (out === undefined) throw new UsageError((t) => t.missingFile("mau"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "mau"));
  requireXlsxName(out);
  const presetOption = args.options.get("preset");
  const presetId = (typeof presetOption === "string" ? presetOption : presetIds[0]) as PresetId;
  const count = positiveInteger("--units", args.options.get("units"));
  if (count !== undefined && count > MAX_SAMPLE_UNITS)
    throw new UsageError((t) => t.tooManyUnits(MAX_SAMPLE_UNITS));
  const year = positiveInteger("--nam", args.options.get("nam")) ?? ctx.io.now().getFullYear();
  const seed = positiveInteger("--seed", args.options.get("seed"));
  const target = ctx.resolve(out);
  await refuseOverwrite(target, out, args.options.has("ghi-de"));

  const units = sampleUnits(presetId, count ?? PLACEHOLDER_UNITS, count !== undefined);
  const workbook = XlsxWorkbook.empty(NODE_PLATFORM);
  await createClusterWorkbook(workbook, {
    presetId,
    year,
    units,
    sampleScores: count !== undefined,
    ...(seed === undefined ? {} : { seed }),
  });
  await writeAtomically(target, await workbook.toBuffer(), out);
  ctx.line(ctx.text.created(out, units.length, (await workbook.listSheets()).length));
  return EXIT_OK;
}

// ── thidua kiem-tra, thidua tong-hop ─────────────────────────────────────────────

function calendarDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** A progress line on an interactive terminal only, so piped and --json output stay clean. */
function progress(ctx: Context, step: string, done: number, total: number): void {
  if (ctx.io.stderr.isTTY)
    ctx.io.stderr.write(`\r${ctx.text.progress(step, done, total)}${done === total ? "\n" : ""}`);
}

async function openInput(ctx: Context, file: string): Promise<XlsxWorkbook> {
  progress(ctx, ctx.text.steps.reading, 0, 1);
  ctx.opened.push(file);
  const bytes = await readWorkbookInput(ctx.resolve(file), file);
  try {
    const workbook = await openXlsx(bytes);
    progress(ctx, ctx.text.steps.reading, 1, 1);
    return workbook;
  } catch (error) {
    if (isWorkbookError(error))
      throw new FileError((t) => t.fileError(file, faultText(t.diagnostics, error.fault)));
    throw error;
  }
}

function printJson(ctx: Context, value: unknown): void {
  ctx.line(JSON.stringify(value, null, 2));
}

function countErrors(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === "error").length;
}

const CHECK_OPTIONS: readonly OptionSpec[] = [{ name: "json", takesValue: false }];

async function kiemTra(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, CHECK_OPTIONS, specsMessages("kiem-tra"));
  if (args.help) {
    ctx.line(ctx.text.help.kiemTra);
    return EXIT_OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((t) => t.missingFile("kiem-tra"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "kiem-tra"));
  const workbook = await openInput(ctx, file);
  // The check, and whether the summary and recommendation the file holds still show its data
  // (their stamp), from one read.
  const { problems, summary, status } = await checkWithResults(workbook);
  const errors = countErrors(problems);
  if (args.options.has("json")) {
    printJson(ctx, jsonReport(ctx.text, file, problems, summary, null, { stamp: null, status }));
  } else {
    ctx.line(ctx.text.checked(file, errors, problems.length - errors));
    for (const line of problemLines(problems, ctx.text)) ctx.line(line);
    if (status?.stale) ctx.line(ctx.text.resultsStale(status.summary, status.recommendation));
  }
  return errors > 0 ? EXIT_INVALID : EXIT_OK;
}

const SUMMARY_OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "json", takesValue: false },
  { name: "ghi-de", takesValue: false },
];

async function tongHop(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SUMMARY_OPTIONS, specsMessages("tong-hop"));
  if (args.help) {
    ctx.line(ctx.text.help.tongHop);
    return EXIT_OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((t) => t.missingFile("tong-hop"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "tong-hop"));
  const outOption = args.options.get("out");
  const out = typeof outOption === "string" ? outOption : defaultOutput(file);
  const json = args.options.has("json");

  // The input first: a real .xls is named for what it is, not for the output name made from it.
  const workbook = await openInput(ctx, file);
  requireWorkbookName(out);
  if (await sameFile(ctx.resolve(file), ctx.resolve(out))) throw new UsageError((t) => t.outputIsInput);
  requireOutputKind(out, workbook.macroEnabled);
  // Checked before any work, as mau and tach do: a summary copy may hold votes typed since.
  await refuseOverwrite(ctx.resolve(out), out, args.options.has("ghi-de"));
  const now = calendarDate(ctx.io.now());
  let generated;
  try {
    // One evaluation, both sheets, one stamp.
    generated = await generateResults(workbook, {
      now,
      onProgress: (done, total) => progress(ctx, ctx.text.steps.summarizing, done, total),
    });
  } catch (error) {
    if (!isWorkbookError(error) || error.problems.length === 0) throw error;
    if (json) printJson(ctx, jsonReport(ctx.text, file, error.problems, null));
    else {
      ctx.fail(faultText(ctx.text.diagnostics, error.fault));
      for (const line of problemLines(error.problems, ctx.text)) ctx.fail(line);
      ctx.fail(ctx.text.notWritten);
    }
    return EXIT_INVALID;
  }
  progress(ctx, ctx.text.steps.writing, 0, 1);
  await writeAtomically(ctx.resolve(out), await workbook.toBuffer(), out);
  progress(ctx, ctx.text.steps.writing, 1, 1);

  const { summary, summarySheet, recommendationSheet } = generated;
  const exit = generated.placesAwaitingVote > 0 ? EXIT_AWAITING_VOTE : EXIT_OK;
  if (json) {
    printJson(
      ctx,
      jsonReport(
        ctx.text,
        file,
        summary.problems,
        summary,
        { output: out, summarySheet: summarySheet.name, recommendationSheet: recommendationSheet.name },
        { stamp: generated.stamp, status: null },
      ),
    );
    return exit;
  }
  ctx.line(ctx.text.written(out, summarySheet.name, recommendationSheet.name));
  if (summarySheet.renamedBecauseTaken) ctx.line(ctx.text.renamed(summaryBase, summarySheet.name));
  if (recommendationSheet.renamedBecauseTaken)
    ctx.line(ctx.text.renamed(recommendationBase, recommendationSheet.name));
  for (const line of rankingLines(summary, ctx.text)) ctx.line(line);
  if (summary.problems.length > 0) {
    ctx.line(ctx.text.checked(file, 0, summary.problems.length));
    for (const line of problemLines(summary.problems, ctx.text)) ctx.line(line);
  }
  if (generated.placesAwaitingVote > 0) ctx.line(ctx.text.awaitingVote(generated.placesAwaitingVote));
  return exit;
}

// ── Dispatch ────────────────────────────────────────────────────────────────

const COMMANDS: Record<string, (ctx: Context, argv: readonly string[]) => Promise<number>> = {
  mau,
  "kiem-tra": kiemTra,
  "tong-hop": tongHop,
  "chuyen-ma": chuyenMa,
  tach,
  gop: (ctx, argv) => gop(ctx, argv),
  "ho-so": (ctx, argv) =>
    hoSo({ ...ctx, open: (file) => openInput(ctx, file), now: calendarDate(ctx.io.now()) }, argv),
  "nam-moi": namMoi,
  "tong-hop-khoi": tongHopKhoi,
  "viec-can-lam": (ctx, argv) => viecCanLam(planContext(ctx), argv),
  "ke-hoach": (ctx, argv) => keHoach(planContext(ctx), argv),
};

function planContext(ctx: Context): PlanContext {
  return {
    text: ctx.text,
    now: ctx.io.now,
    line: (text) => ctx.line(text),
    fail: (text) => ctx.fail(text),
    resolve: (file) => ctx.resolve(file),
    open: (file) => openInput(ctx, file),
  };
}

/**
 * Takes `--lang X` (or `--lang=X`) out of the arguments, wherever it stands: the language of every
 * message, so it is read before anything is said.
 */
function languageOption(argv: readonly string[]): {
  rest: string[];
  lang: string | undefined;
  missing: boolean;
} {
  const rest: string[] = [];
  let lang: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    else if (arg === "--lang") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-")) missing = true;
      else {
        lang = value;
        i++;
      }
    } else rest.push(arg);
  }
  return { rest, lang, missing };
}

/**
 * Runs `thidua` with the arguments after the program name and returns the exit code.
 *
 * @example await runCli(["mau", "cum.xlsx", "--units", "8"], { stdout, stderr, now: () => new Date(), cwd })
 * @example await runCli(["kiem-tra", "cum.xlsx", "--lang", "en"], io) // messages in English
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const { rest: args, lang, missing } = languageOption(argv);
  const known = lang === undefined || /^(vi|en)([-_].*)?$/i.test(lang);
  const language = cliLanguage(known ? lang : undefined, io.env);
  const text = cliTextFor(language);
  const [command, ...rest] = args;
  const ctx: Context = {
    io,
    opened: [],
    text,
    language,
    command: command ?? "",
    line: (line) => io.stdout.write(line.endsWith("\n") ? line : `${line}\n`),
    fail: (line) => io.stderr.write(`${line}\n`),
    resolve: (file) => path.resolve(io.cwd, file),
  };
  try {
    if (missing) throw new UsageError((t) => t.missingValue("--lang"));
    if (!known) throw new UsageError((t) => t.unknownLanguage(lang ?? ""));
    if (command === undefined) {
      ctx.fail(text.missingCommand);
      return EXIT_USAGE;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      ctx.line(text.help.main);
      return EXIT_OK;
    }
    const run = COMMANDS[command];
    if (!run) {
      ctx.fail(text.unknownCommand(command));
      return EXIT_USAGE;
    }
    return await run(ctx, rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      ctx.fail(error.say(text));
      return EXIT_USAGE;
    }
    if (isWorkbookError(error)) {
      // A refusal of a whole workbook (not a cluster workbook, too many sheets) names it, when one was opened.
      const [only, ...more] = ctx.opened;
      const fault = faultText(text.diagnostics, error.fault);
      ctx.fail(
        only !== undefined && more.length === 0 && error.problems.length === 0
          ? text.fileError(only, fault)
          : fault,
      );
      return error.problems.length > 0 ? EXIT_INVALID : EXIT_USAGE;
    }
    ctx.fail(text.unexpected(error instanceof Error ? error.message : String(error)));
    return EXIT_USAGE;
  }
}
