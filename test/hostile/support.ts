/** Running `thidua` in-process over the hostile fixtures, and what every run must never show. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { runCli, type CliIO } from "../../src/cli/main";
import { isWorkbookError } from "../../src/workbook/errors";
import { validateWorkbook } from "../../src/workbook/usecases";
import { FIXTURE_DIRS, type Expected } from "../../scripts/make-fixtures";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `thidua` with `cwd` as the working directory, as on 5 January 2023. */
export async function thidua(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date(2023, 0, 5, 9, 30),
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A stack frame, or the command's last-resort line for an error nobody named. */
const CRASH = /\n\s+at .+:\d+:\d+|Lỗi không mong đợi|TypeError|RangeError|ReferenceError|undefined is not/u;

/** True when the output shows a crash instead of a sentence for the user. */
export function showsCrash(run: Run): boolean {
  return CRASH.test(run.stdout) || CRASH.test(run.stderr);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface FixtureFile {
  readonly name: string;
  readonly file: string;
  readonly expected: Expected;
}

/** The committed fixtures of a folder, with their expected outcomes. */
export function fixtureFiles(folder: "bad" | "tricky"): FixtureFile[] {
  const dir = FIXTURE_DIRS[folder];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".xlsx".length);
      const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected;
      return { name, file: path.join(dir, f), expected };
    });
}

/** The code of the WorkbookError that opening or reading the bytes gives; null when both succeed. */
export async function refusalCode(bytes: Uint8Array): Promise<string | null> {
  try {
    await validateWorkbook(await XlsxWorkbook.fromBuffer(bytes));
    return null;
  } catch (error) {
    if (isWorkbookError(error)) return error.code;
    throw error;
  }
}
