/**
 * `thidua ho-so`: the award dossier as Word files in a folder — the tờ trình, the list, the
 * minutes of the deliberation meeting and the year report (workbook/dossier.ts makes them from
 * the summary; adapters/docx writes them). Refused, writing nothing, while something is missing
 * (unless --du-thao); files already in the folder are kept unless --ghi-de.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { documentToDocx } from "../adapters/docx/docx-writer";
import type { CalendarDate } from "../core/model";
import type { CliText } from "../messages/cli";
import { isWorkbookError } from "../workbook/errors";
import { makeDossier } from "../workbook/dossier";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { exists, FileError, writeAtomically } from "./files";

/** What the command needs from main.ts's context. */
export interface DossierContext {
  readonly text: CliText;
  line(text: string): void;
  fail(text: string): void;
  resolve(file: string): string;
  open(file: string): Promise<XlsxWorkbook>;
  readonly now: CalendarDate;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", takesValue: true },
  { name: "du-thao", takesValue: false },
  { name: "ghi-de", takesValue: false },
];

/** "<dir>/<name>-ho-so" beside the input. */
export function dossierFolder(input: string): string {
  const base = path.basename(input, path.extname(input));
  return path.join(path.dirname(input), `${base}-ho-so`);
}

/** Exit codes as main.ts has them. */
const OK = 0;
const INCOMPLETE = 1;

export async function hoSo(ctx: DossierContext, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, OPTIONS, {
    unknownOption: (option) => (t) => t.unknownOption(option, "ho-so"),
    missingValue: (option) => (t) => t.missingValue(option),
  });
  const t = ctx.text.dossier;
  if (args.help) {
    ctx.line(t.help);
    return OK;
  }
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError((x) => x.missingFile("ho-so"));
  if (extra !== undefined) throw new UsageError((x) => x.extraArgument(extra, "ho-so"));
  const outOption = args.options.get("out");
  if (outOption === true) throw new UsageError((x) => x.missingValue("--out"));
  const folder = outOption ?? dossierFolder(file);
  const target = ctx.resolve(folder);
  const stat = await fs.stat(target).catch(() => null);
  if (stat && !stat.isDirectory()) throw new FileError((x) => x.outputExists(folder));
  const draft = args.options.has("du-thao");

  const workbook = await ctx.open(file);
  let made;
  try {
    made = await makeDossier(workbook, { now: ctx.now, draft });
  } catch (error) {
    if (!isWorkbookError(error) || error.fault.code !== "DOSSIER_INCOMPLETE") throw error;
    ctx.fail(t.refused(error.fault.params.gaps.length));
    for (const gap of error.fault.params.gaps) ctx.fail(`  - ${ctx.text.diagnostics.dossierGap(gap)}`);
    ctx.fail(t.notWritten);
    return INCOMPLETE;
  }
  const names = made.files.map((f) => `${f.fileName}.docx`);
  if (!args.options.has("ghi-de")) {
    for (const name of names) {
      const shown = path.join(folder, name);
      if (await exists(path.join(target, name))) throw new FileError((x) => x.outputExists(shown));
    }
  }
  // Every file is made before any is written: a failure leaves the folder as it was.
  const bytes = await Promise.all(made.files.map((f) => documentToDocx(f.document)));
  await fs.mkdir(target, { recursive: true });
  for (const [i, name] of names.entries()) {
    await writeAtomically(path.join(target, name), bytes[i]!, path.join(folder, name));
  }
  ctx.line(t.written(folder, names.length, made.draft));
  for (const name of names) ctx.line(t.fileWritten(path.join(folder, name)));
  for (const f of made.files) ctx.line(t.checklist(t.documents[f.kind], f.gaps.length === 0));
  ctx.line(t.awardKinds(made.awardKinds));
  ctx.line(t.stamp(made.stamp));
  if (made.gaps.length > 0) {
    ctx.line(t.draftGaps(made.gaps.length));
    for (const gap of made.gaps) ctx.line(`  - ${ctx.text.diagnostics.dossierGap(gap)}`);
  }
  return OK;
}
