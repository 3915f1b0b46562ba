/**
 * `thidua nam-moi` (next year's workbook from last year's) and `thidua tong-hop-khoi` (the
 * federation's roll-up of many cluster workbooks). The work is the use cases' (workbook/new-year.ts,
 * workbook/block-rollup.ts); this file reads and writes the files and prints the result. Inputs are
 * never written; an existing output is overwritten only with --ghi-de. Exit codes: 0 written; 1 the
 * workbooks do not fit (nothing written); 2 usage or file errors.
 */
import * as path from "node:path";
import { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import { blocksOf, type RollupProblem } from "../core/block-rollup";
import { numberFromPoints } from "../core/decimal";
import type { CellRef } from "../core/model";
import type { YearProblem } from "../core/new-year";
import { presetById, PRESETS } from "../core/presets";
import type { CliText } from "../messages/cli";
import type { Language } from "../messages/diagnostics";
import { faultText } from "../messages/diagnostics";
import { rollupProblemLine, yearProblemLine, yearTextFor, type YearText } from "../messages/year";
import { documentToDocx } from "../adapters/docx/docx-writer";
import {
  readRollupSource,
  rollupDocumentFiles,
  rollUpReads,
  type RollupRead,
} from "../workbook/block-rollup";
import { isWorkbookError } from "../workbook/errors";
import { cellAddress } from "../workbook/grid/address";
import { newYearWorkbook } from "../workbook/new-year";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import {
  exists,
  FileError,
  openXlsx,
  readInput,
  requireWorkbookName,
  sameFile,
  sameFileTwice,
  writeAtomically,
  NODE_PLATFORM,
} from "./files";
import { problemLines } from "./report";

/** What the commands need from the command's context (main.ts passes its own). */
export interface YearContext {
  /** The clock (the roll-up's documents are dated today). */
  readonly io: { readonly now: () => Date };
  readonly text: CliText;
  readonly language: Language;
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
}

const EXIT_OK = 0;
const EXIT_INVALID = 1;

function messages(command: string) {
  return {
    unknownOption: (option: string) => (t: CliText) => t.unknownOption(option, command),
    missingValue: (option: string) => (t: CliText) => t.missingValue(option),
  };
}

async function open(ctx: YearContext, file: string): Promise<XlsxWorkbook> {
  requireWorkbookName(file);
  const bytes = await readInput(ctx.resolve(file), file);
  try {
    return await openXlsx(bytes);
  } catch (error) {
    if (isWorkbookError(error))
      throw new FileError((t) => t.fileError(file, faultText(t.diagnostics, error.fault)));
    throw error;
  }
}

/** The output: an .xlsx named with -o, not one of the inputs, not an existing file without --ghi-de. */
async function outputOf(
  ctx: YearContext,
  y: YearText,
  command: string,
  options: ReadonlyMap<string, string | true>,
  inputs: readonly string[],
): Promise<string> {
  const out = options.get("out");
  if (typeof out !== "string") throw new UsageError(() => y.missingOutput(command));
  // A new workbook without macros: Excel refuses one named .xlsm.
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new UsageError((t) => t.notXlsxName(out));
  for (const input of inputs)
    if (await sameFile(ctx.resolve(input), ctx.resolve(out))) throw new UsageError((t) => t.outputIsInput);
  if (!options.has("ghi-de") && (await exists(ctx.resolve(out))))
    throw new FileError((t) => t.outputExists(out));
  return out;
}

function cellJson(at: CellRef | undefined): { sheet: string; cell: string } | Record<string, never> {
  return at ? { sheet: at.sheet, cell: cellAddress(at.row, at.col) } : {};
}

// ── thidua nam-moi ────────────────────────────────────────────────────────────────

const NAM_MOI_OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "pho-cum", takesValue: true },
  { name: "doi-ma", takesValue: true },
  { name: "ghi-de", takesValue: false },
  { name: "json", takesValue: false },
];

export async function namMoi(ctx: YearContext, argv: readonly string[]): Promise<number> {
  const y = yearTextFor(ctx.language);
  const args = parseArgs(argv, NAM_MOI_OPTIONS, messages("nam-moi"));
  if (args.help) {
    ctx.line(y.helpNamMoi);
    return EXIT_OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((t) => t.missingFile("nam-moi"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "nam-moi"));
  const mappingFile = args.options.get("doi-ma");
  const mappingName = typeof mappingFile === "string" ? mappingFile : undefined;
  const out = await outputOf(ctx, y, "nam-moi", args.options, mappingName ? [file, mappingName] : [file]);
  const deputyOption = args.options.get("pho-cum");
  const json = args.options.has("json");

  const source = await open(ctx, file);
  let mappingSheets;
  if (mappingName) {
    const mapping = await open(ctx, mappingName);
    const names = (await mapping.listSheets()).filter((s) => !s.generated).map((s) => s.name);
    mappingSheets = await mapping.readSheets(names);
  }
  const target = XlsxWorkbook.empty(NODE_PLATFORM);
  let result;
  try {
    result = await newYearWorkbook(source, target, {
      ...(typeof deputyOption === "string" ? { deputy: deputyOption } : {}),
      ...(mappingSheets ? { mappingSheets } : {}),
    });
  } catch (error) {
    if (!isWorkbookError(error)) throw error;
    // No cluster workbook at all (nothing to list): said with the file's name, as a file error.
    if (error.problems.length === 0)
      throw new FileError((t) => t.fileError(file, faultText(t.diagnostics, error.fault)));
    if (json) ctx.line(JSON.stringify({ input: file, written: false, problems: error.problems }, null, 2));
    else {
      ctx.fail(ctx.text.fileError(file, faultText(ctx.text.diagnostics, error.fault)));
      for (const line of problemLines(error.problems, ctx.text)) ctx.fail(line);
      ctx.fail(y.newYearRefused);
    }
    return EXIT_INVALID;
  }
  if (result.written) await writeAtomically(ctx.resolve(out), await target.toBuffer(), out);
  // With a mapping file there are two files: each problem names its own (the mapping's or last year's).
  const fileOf = (p: YearProblem): string | undefined =>
    mappingName === undefined ? undefined : p.code.startsWith("YEAR_MAP_") ? mappingName : file;
  const lineOf = (p: YearProblem): string => yearProblemLine(y, p, fileOf(p));
  const problemJson = (p: YearProblem) => ({
    code: p.code,
    severity: p.severity,
    file: fileOf(p) ?? file,
    ...cellJson(p.at),
    params: p.params,
    message: lineOf(p),
  });
  if (json) {
    ctx.line(
      JSON.stringify(
        {
          input: file,
          output: result.written ? out : null,
          written: result.written,
          period: result.period,
          units: result.units,
          historyRows: result.historyRows,
          officers: result.officers,
          problems: result.problems.map(problemJson),
        },
        null,
        2,
      ),
    );
    return result.written ? EXIT_OK : EXIT_INVALID;
  }
  const say = result.written ? ctx.line.bind(ctx) : ctx.fail.bind(ctx);
  for (const p of result.problems) say(lineOf(p));
  if (!result.written) {
    ctx.fail(y.newYearRefused);
    return EXIT_INVALID;
  }
  ctx.line(y.newYearWritten(out, result.period.label, result.units, result.historyRows));
  for (const o of result.officers) ctx.line(y.officersLine(o.cluster, o.head, o.deputy || y.toElect));
  return EXIT_OK;
}

// ── thidua tong-hop-khoi ────────────────────────────────────────────────────────────

const ROLLUP_OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "preset", takesValue: true },
  { name: "khong-word", takesValue: false },
  { name: "ghi-de", takesValue: false },
  { name: "json", takesValue: false },
];

export async function tongHopKhoi(ctx: YearContext, argv: readonly string[]): Promise<number> {
  const y = yearTextFor(ctx.language);
  const presetIds = PRESETS.map((p) => p.id);
  const args = parseArgs(argv, ROLLUP_OPTIONS, messages("tong-hop-khoi"));
  if (args.help) {
    ctx.line(y.helpTongHopKhoi(presetIds));
    return EXIT_OK;
  }
  const files = args.positionals;
  if (files.length === 0) throw new UsageError((t) => t.missingFile("tong-hop-khoi"));
  const presetOption = args.options.get("preset");
  const preset = typeof presetOption === "string" ? presetById(presetOption) : undefined;
  if (typeof presetOption === "string" && !preset)
    throw new UsageError(() => y.unknownPreset(presetOption, presetIds));
  if (presetOption === true) throw new UsageError((t) => t.missingValue("--preset"));
  // The same file named twice (or by two paths) would read as two workbooks of one cluster.
  const twice = await sameFileTwice(files.map((f) => ctx.resolve(f)));
  if (twice) throw new UsageError(() => y.fileTwice(files[twice[0]]!, files[twice[1]]!));
  const out = await outputOf(ctx, y, "tong-hop-khoi", args.options, files);
  const json = args.options.has("json");
  // The tờ trình and list beside the roll-up: «tong-hop.xlsx» → «tong-hop-to-trinh.docx», «…-danh-sach.docx».
  const base = out.slice(0, -path.extname(out).length);
  const wordFiles = { TTr: `${base}-to-trinh.docx`, DS: `${base}-danh-sach.docx` } as const;
  const word = !args.options.has("khong-word");
  if (word && !args.options.has("ghi-de"))
    for (const word of Object.values(wordFiles))
      if (await exists(ctx.resolve(word))) throw new FileError((t) => t.outputExists(word));

  // One workbook open at a time: each is read into what the roll-up takes and let go, so forty
  // workbooks' sheets are never all held at once.
  const reads: RollupRead[] = [];
  for (const file of files) reads.push(await readRollupSource(file, await open(ctx, file)));
  const target = XlsxWorkbook.empty(NODE_PLATFORM);
  const blocks = preset ? blocksOf(preset.clusters) : undefined;
  const rollup = await rollUpReads(reads, target, blocks ? { blocks } : {});
  const written: string[] = [];
  if (rollup.written && !word) await writeAtomically(ctx.resolve(out), await target.toBuffer(), out);
  else if (rollup.written) {
    const now = ctx.io.now();
    const documents = rollupDocumentFiles(rollup, {
      year: now.getFullYear(),
      month: now.getMonth() + 1,
      day: now.getDate(),
    });
    // Every file is made before any is written: a failure leaves the folder as it was.
    const bytes = await Promise.all(documents.map((d) => documentToDocx(d.document)));
    await writeAtomically(ctx.resolve(out), await target.toBuffer(), out);
    for (const [i, d] of documents.entries()) {
      await writeAtomically(ctx.resolve(wordFiles[d.kind]), bytes[i]!, wordFiles[d.kind]);
      written.push(wordFiles[d.kind]);
    }
  }
  const errors = rollup.problems.filter((p) => p.severity === "error").length;
  if (json) {
    const problemJson = (p: RollupProblem) => ({
      code: p.code,
      severity: p.severity,
      file: p.file,
      ...cellJson(p.at),
      params: p.params,
      message: rollupProblemLine(y, p),
    });
    ctx.line(
      JSON.stringify(
        {
          inputs: files,
          output: rollup.written ? out : null,
          documents: written,
          written: rollup.written,
          period: rollup.period,
          blocks: rollup.blocks.map((b) => ({
            name: b.name,
            clusters: b.clusters.map((c) => ({
              file: c.file,
              code: c.result.cluster.code,
              name: c.result.cluster.name,
              quota: c.result.cluster.quota,
              proposals: c.proposals.map((u) => ({ code: u.code, name: u.name, award: u.award })),
              awaitingVote: c.open.map((o) => ({
                award: o.award,
                places: o.places,
                units: o.units.map((u) => u.code),
              })),
            })),
          })),
          proposals: rollup.proposals.map((p) => ({
            block: p.block,
            cluster: p.cluster,
            file: p.file,
            code: p.unit.code,
            name: p.unit.name,
            total: numberFromPoints(p.unit.total),
            award: p.award,
          })),
          problems: rollup.problems.map(problemJson),
        },
        null,
        2,
      ),
    );
    return rollup.written ? EXIT_OK : EXIT_INVALID;
  }
  const say = rollup.written ? ctx.line.bind(ctx) : ctx.fail.bind(ctx);
  for (const p of rollup.problems) say(rollupProblemLine(y, p));
  if (!rollup.written) {
    ctx.fail(y.rollupRefused(errors));
    return EXIT_INVALID;
  }
  const clusters = rollup.blocks.reduce((n, b) => n + b.clusters.length, 0);
  ctx.line(y.rollupWritten(out, files.length, clusters, rollup.proposals.length));
  for (const word of written) ctx.line(y.documentWritten(word));
  for (const p of rollup.proposals)
    ctx.line(y.proposalLine(p.block, p.cluster, `${p.unit.code} ${p.unit.name}`, y.award[p.award]));
  return EXIT_OK;
}
