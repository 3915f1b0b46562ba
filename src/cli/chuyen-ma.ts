/**
 * `thidua chuyen-ma`: legacy Vietnamese text (TCVN3, VNI-Windows) to Unicode, in a whole workbook
 * (written to a copy; cells in a .Vn…/VNI-… font by their font, others only when detection is sure)
 * or in a text given on the command line. The rules are the core's and the workbook's
 * (core/text/legacy.ts, workbook/legacy-text.ts); this file reads and writes and says what it did.
 */
import * as path from "node:path";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import {
  convertLegacyText,
  hasUnicodeVietnamese,
  UNICODE_FONT,
  type LegacyEncoding,
} from "../core/text/legacy";
import type { CliText } from "../messages/cli";
import { faultText } from "../messages/diagnostics";
import { LEGACY_ENCODING_LABEL } from "../messages/vi/diagnostics";
import { isWorkbookError } from "../workbook/errors";
import { applyLegacyText, previewLegacyText } from "../workbook/usecases";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import {
  FileError,
  requireOutputKind,
  readWorkbookInput,
  refuseOverwrite,
  requireWorkbookName,
  sameFile,
  writeAtomically,
  openXlsx,
} from "./files";

/** What the command needs from main.ts's context. */
export interface ConvertContext {
  /** The command's text in the user's language. */
  readonly text: CliText;
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "text", takesValue: true },
  { name: "tu", takesValue: true },
  { name: "ghi-de", takesValue: false },
];

/** Detection-only conversions listed for a second look; the count of the rest follows. */
const MAX_GUESSES_LISTED = 10;

const ENCODINGS: Readonly<Record<string, LegacyEncoding>> = { tcvn3: "tcvn3", abc: "tcvn3", vni: "vni" };

function encodingOption(value: string | true | undefined): LegacyEncoding | undefined {
  if (value === undefined) return undefined;
  const given = value === true ? "" : value;
  const encoding = ENCODINGS[given.trim().toLowerCase()];
  if (encoding === undefined) throw new UsageError((t) => t.legacy.unknownEncoding(given));
  return encoding;
}

/** "<dir>/<name>-unicode.xlsx" beside the input. */
export function convertedOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-unicode${ext || ".xlsx"}`);
}

/** `--text`: the converted text on stdout; on stderr, why nothing changed when nothing did. */
function convertText(ctx: ConvertContext, text: string, encoding: LegacyEncoding | undefined): number {
  const result = convertLegacyText(text, encoding === undefined ? {} : { encoding });
  ctx.line(result.text);
  if (!result.changed)
    ctx.fail(hasUnicodeVietnamese(text) ? ctx.text.legacy.alreadyUnicode : ctx.text.legacy.notRecognised);
  return 0;
}

async function convertWorkbook(
  ctx: ConvertContext,
  input: string,
  out: string,
  overwrite: boolean,
): Promise<number> {
  const C = ctx.text.convert;
  // The input first: a real .xls is named for what it is, not for the output name made from it.
  const bytes = await readWorkbookInput(ctx.resolve(input), input);
  requireWorkbookName(out);
  if (await sameFile(ctx.resolve(input), ctx.resolve(out)))
    throw new UsageError((t) => t.convert.outputIsInput);
  await refuseOverwrite(ctx.resolve(out), out, overwrite);
  let workbook: XlsxWorkbook;
  try {
    workbook = await openXlsx(bytes);
  } catch (error) {
    if (isWorkbookError(error))
      throw new FileError((t) => t.fileError(input, faultText(t.diagnostics, error.fault)));
    throw error;
  }
  requireOutputKind(out, workbook.macroEnabled);
  const preview = await previewLegacyText(workbook);
  if (preview.cells.length === 0) {
    ctx.line(C.nothing(input));
    return 0;
  }
  const applied = await applyLegacyText(workbook, preview);
  await writeAtomically(ctx.resolve(out), await workbook.toBuffer(), out);

  ctx.line(C.written(out, applied.written, UNICODE_FONT));
  for (const count of preview.counts) {
    ctx.line(C.sheetLine(count.sheet, count.cells, LEGACY_ENCODING_LABEL[count.encoding]));
  }
  // Cells without a legacy font were converted on detection alone: show them for a second look.
  const guesses = preview.cells.filter((c) => c.font === null);
  if (guesses.length > 0) {
    ctx.line(C.guessed(guesses.length));
    for (const c of guesses.slice(0, MAX_GUESSES_LISTED))
      ctx.line(C.guessLine(c.sheet, c.address, c.before, c.after));
    if (guesses.length > MAX_GUESSES_LISTED) ctx.line(C.moreGuesses(guesses.length - MAX_GUESSES_LISTED));
  }
  return 0;
}

/**
 * Runs `thidua chuyen-ma` with its arguments; returns the exit code (0 done, 2 usage or file errors).
 *
 * @example await chuyenMa(ctx, ["cum.xlsx", "-o", "cum-unicode.xlsx"])
 * @example await chuyenMa(ctx, ["--text", "C«ng ®oµn"]) // prints "Công đoàn"
 */
export async function chuyenMa(ctx: ConvertContext, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, OPTIONS, {
    unknownOption: (option) => (t) => t.unknownOption(option, "chuyen-ma"),
    missingValue: (option) => (t) => t.missingValue(option),
  });
  if (args.help) {
    ctx.line(ctx.text.help.convert);
    return 0;
  }
  const encoding = encodingOption(args.options.get("tu"));
  const text = args.options.get("text");
  const [file, extra] = args.positionals;
  if (text !== undefined) {
    if (file !== undefined) throw new UsageError((t) => t.convert.textAndFile);
    if (args.options.has("out")) throw new UsageError((t) => t.convert.outWithText);
    return convertText(ctx, text === true ? "" : text, encoding);
  }
  if (file === undefined) throw new UsageError((t) => t.missingFile("chuyen-ma"));
  if (extra !== undefined) throw new UsageError((t) => t.extraArgument(extra, "chuyen-ma"));
  // A forced encoding over a whole workbook would garble its Unicode text: the pane forces it on a selection.
  if (encoding !== undefined) throw new UsageError((t) => t.convert.forcedOnWorkbook);
  const outOption = args.options.get("out");
  const out = typeof outOption === "string" ? outOption : convertedOutput(file);
  return convertWorkbook(ctx, file, out, args.options.has("ghi-de"));
}
