/**
 * `thidua tach` (one self-scoring file per unit) and `thidua gop` (the returned files merged into a
 * copy of the cluster workbook). The work is the collect use cases'; this file reads and writes the
 * files and prints what each returned file brings. Exit codes: 0 done; 1 the cluster workbook has
 * errors (tach) or a returned file was refused (gop); 2 usage or file errors.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import type { CalendarDate } from "../core/model";
import type { CliText } from "../messages/cli";
import { faultText, refusalText } from "../messages/diagnostics";
import type { FilePlan, MergePlan } from "../workbook/collect/merge-plan";
import { applyMerge, planMerge, splitForUnits, type ReturnedFile } from "../workbook/collect/usecases";
import { isWorkbookError } from "../workbook/errors";
import type { EditableWorkbookPort } from "../workbook/port";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import {
  exists,
  FileError,
  readInput,
  readWorkbookInput,
  refuseOverwrite,
  requireOutputKind,
  requireWorkbookName,
  sameFile,
  writeAtomically,
  openXlsx,
  NODE_PLATFORM,
} from "./files";
import { problemLines } from "./report";

/** What the subcommands need from the command's context (main.ts passes its own). */
export interface CollectContext {
  /** The command's text in the user's language. */
  readonly text: CliText;
  readonly io: {
    readonly now: () => Date;
    readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  };
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
}

/** The cluster workbook as `gop` opens it: read, merged into, saved. */
export type ClusterFile = EditableWorkbookPort & {
  toBuffer(): Promise<Uint8Array>;
  /** True for a workbook with macros (.xlsm): the output keeps them and the extension. */
  readonly macroEnabled?: boolean;
};
export type OpenCluster = (bytes: Uint8Array) => Promise<ClusterFile>;

const EXIT_OK = 0;
const EXIT_REFUSED = 1;

/** Most score changes listed per file; the count of the rest follows. */
const MAX_CHANGES_LISTED = 10;

function messages(command: string) {
  return {
    unknownOption: (option: string) => (t: CliText) => t.unknownOption(option, command),
    missingValue: (option: string) => (t: CliText) => t.missingValue(option),
  };
}

function calendarDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

async function openCluster(ctx: CollectContext, file: string, open: OpenCluster): Promise<ClusterFile> {
  const bytes = await readWorkbookInput(ctx.resolve(file), file);
  try {
    return await open(bytes);
  } catch (error) {
    if (isWorkbookError(error))
      throw new FileError((t) => t.fileError(file, faultText(t.diagnostics, error.fault)));
    throw error;
  }
}

/**
 * Runs a use case; when the cluster workbook itself stops it (errors in its configuration, criteria
 * or unit list), prints the refusal with its problems and gives null.
 */
async function orBlocked<T>(ctx: CollectContext, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!isWorkbookError(error) || error.problems.length === 0) throw error;
    ctx.fail(faultText(ctx.text.diagnostics, error.fault));
    for (const line of problemLines(error.problems, ctx.text)) ctx.fail(line);
    return null;
  }
}

// ── thidua tach ────────────────────────────────────────────────────────────────

const TACH_OPTIONS: readonly OptionSpec[] = [
  { name: "don-vi", takesValue: true },
  { name: "ghi-de", takesValue: false },
];

export async function tach(ctx: CollectContext, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, TACH_OPTIONS, messages("tach"));
  if (args.help) {
    ctx.line(ctx.text.collect.helpTach);
    return EXIT_OK;
  }
  const [file, folder, extra] = args.positionals;
  if (file === undefined || folder === undefined) throw new UsageError((t) => t.missingFile("tach"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "tach"));
  const only = args.options.get("don-vi");
  const units =
    typeof only === "string"
      ? only
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : undefined;
  const overwrite = args.options.has("ghi-de");

  const cluster = await openCluster(ctx, file, (bytes) => openXlsx(bytes));
  const files = await orBlocked(ctx, () =>
    splitForUnits(cluster, { now: calendarDate(ctx.io.now()), ...(units ? { units } : {}) }),
  );
  if (files === null) return EXIT_REFUSED;

  const dir = ctx.resolve(folder);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    throw new FileError((t) => t.collect.notFolder(folder));
  }
  if (!(await fs.stat(dir)).isDirectory()) throw new FileError((t) => t.collect.notFolder(folder));
  // Every name is checked before anything is written, so a refusal leaves the folder as it was.
  if (!overwrite) {
    for (const f of files) {
      const shown = path.join(folder, f.fileName);
      await refuseOverwrite(path.join(dir, f.fileName), shown, false);
    }
  }
  for (const f of files) {
    const workbook = XlsxWorkbook.empty(NODE_PLATFORM);
    await workbook.writeSheets(f.sheets);
    await writeAtomically(
      path.join(dir, f.fileName),
      await workbook.toBuffer(),
      path.join(folder, f.fileName),
    );
  }
  ctx.line(ctx.text.collect.split(files.length, folder));
  for (const f of files) ctx.line(ctx.text.collect.splitLine(f.fileName, f.unit.code, f.unit.name));
  return EXIT_OK;
}

// ── thidua gop ─────────────────────────────────────────────────────────────────

const GOP_OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "ghi-de", takesValue: false },
  { name: "xem-truoc", takesValue: false },
];

/** "<dir>/<name>-gop.xlsx" beside the cluster workbook. */
export function mergedOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-gop${ext || ".xlsx"}`);
}

async function returnedFile(ctx: CollectContext, file: string): Promise<ReturnedFile> {
  const full = ctx.resolve(file);
  const bytes = await readInput(full, file);
  // The modification time only orders two files of one unit; the date recorded is the file's own, else today's.
  const modified = (await fs.stat(full)).mtime;
  const base = { name: file, receivedAt: modified.getTime(), mergedOn: calendarDate(ctx.io.now()) };
  try {
    return { ...base, workbook: await openXlsx(bytes) };
  } catch (error) {
    // A file that is not an .xlsx is refused like any other bad file; the others still merge.
    if (isWorkbookError(error)) return { ...base, workbook: { unreadable: error.fault } };
    throw error;
  }
}

function unitLabel(plan: FilePlan): string | null {
  return plan.unit ? `${plan.unit.code} ${plan.unit.name}` : null;
}

/** What each file brings, in lines of the command's language. */
export function planLines(plan: MergePlan, text: CliText): string[] {
  const C = text.collect;
  const lines: string[] = [];
  for (const f of plan.files) {
    lines.push(C.fileLine(f.file));
    if (f.outcome === "refused" && f.refusal) {
      const { sentence, details } = refusalText(text.diagnostics, f.refusal);
      lines.push(C.refused(unitLabel(f), sentence));
      for (const d of details) lines.push(C.detail(d));
      if (f.refusal.code === "COLLECT_DUPLICATE") lines.push(C.duplicateHint);
      continue;
    }
    if (f.outcome !== "merge") {
      lines.push(C.remark(unitLabel(f), f.remark === null ? "" : text.diagnostics.remark(f.remark)));
      continue;
    }
    lines.push(
      C.merged(
        unitLabel(f) ?? "",
        C.counts(f.counts),
        f.receivedOn,
        text.diagnostics.receivedFrom(f.receivedFrom),
      ),
    );
    for (const n of f.dateNotices) lines.push(C.warning(text.diagnostics.dateNotice(n)));
    const shown = f.changes.filter((c) => c.kind !== "new");
    for (const c of shown.slice(0, MAX_CHANGES_LISTED)) {
      lines.push(
        C.change(
          c.criterion,
          c.before === null ? c.beforeShown || C.blank : text.diagnostics.points(c.before),
          c.after === null ? C.blank : text.diagnostics.points(c.after),
        ),
      );
    }
    if (shown.length > MAX_CHANGES_LISTED) lines.push(C.moreChanges(shown.length - MAX_CHANGES_LISTED));
  }
  return lines;
}

export async function gop(
  ctx: CollectContext,
  argv: readonly string[],
  open: OpenCluster = (bytes) => openXlsx(bytes),
): Promise<number> {
  const args = parseArgs(argv, GOP_OPTIONS, messages("gop"));
  if (args.help) {
    ctx.line(ctx.text.collect.helpGop);
    return EXIT_OK;
  }
  const [file, ...files] = args.positionals;
  if (file === undefined) throw new UsageError((t) => t.missingFile("gop"));
  if (files.length === 0) throw new UsageError((t) => t.collect.missingFiles);
  const outOption = args.options.get("out");
  const out = typeof outOption === "string" ? outOption : mergedOutput(file);
  const previewOnly = args.options.has("xem-truoc");

  // The cluster workbook first: a real .xls is named for what it is, not for the output name made from it.
  const cluster = await openCluster(ctx, file, open);
  requireWorkbookName(out);
  if (await sameFile(ctx.resolve(file), ctx.resolve(out))) throw new UsageError((t) => t.outputIsInput);
  for (const f of files) {
    if (await sameFile(ctx.resolve(f), ctx.resolve(out))) throw new UsageError((t) => t.outputIsInput);
  }
  requireOutputKind(out, cluster.macroEnabled === true);
  // --ghi-de here chooses between a unit's two files; an earlier output may hold the head's appraisal.
  if (!previewOnly && (await exists(ctx.resolve(out))))
    throw new FileError((t) => t.outputExistsNoOverwrite(out));
  const returned: ReturnedFile[] = [];
  for (const f of files) returned.push(await returnedFile(ctx, f));
  const preview = await orBlocked(ctx, () =>
    planMerge(cluster, returned, { overwrite: args.options.has("ghi-de") }),
  );
  if (preview === null) return EXIT_REFUSED;
  const { plan } = preview;

  for (const line of planLines(plan, ctx.text)) ctx.line(line);
  const code = plan.refused > 0 ? EXIT_REFUSED : EXIT_OK;
  if (previewOnly) {
    ctx.line(ctx.text.collect.preview(plan.merged, plan.refused));
    return code;
  }
  if (plan.updates.length === 0) {
    ctx.line(ctx.text.collect.nothingWritten(plan.refused));
    return code;
  }
  await applyMerge(cluster, plan);
  await writeAtomically(ctx.resolve(out), await cluster.toBuffer(), out);
  ctx.line(ctx.text.collect.written(out, plan.merged, plan.refused));
  return code;
}
