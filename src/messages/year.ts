/**
 * The text of `thidua nam-moi` and `thidua tong-hop-khoi`, in Vietnamese (vi/year.ts) and English
 * (en/year.ts): help, result lines, and every problem of the new year (core/new-year.ts) and of the
 * roll-up (core/block-rollup.ts), each table a complete Record over its codes.
 */
import type { RollupProblem, RollupProblemCode, RollupProblemParams } from "../core/block-rollup";
import type { CellRef } from "../core/model";
import type { YearProblem, YearProblemCode, YearProblemParams } from "../core/new-year";
import { cellAddress } from "../workbook/grid/address";
import type { Language } from "./diagnostics";
import { yearEn } from "./en/year";
import { yearVi } from "./vi/year";

export interface YearText {
  readonly helpNamMoi: string;
  readonly helpTongHopKhoi: (presets: readonly string[]) => string;
  readonly year: { readonly [C in YearProblemCode]: (p: YearProblemParams[C]) => string };
  readonly rollup: { readonly [C in RollupProblemCode]: (p: RollupProblemParams[C]) => string };
  /** "sheet «Cấu hình», cell B7" */
  readonly place: (sheet: string, address: string) => string;
  /** "file a.xlsx" */
  readonly inFile: (file: string) => string;
  readonly error: string;
  readonly warning: string;
  readonly newYearWritten: (out: string, period: string, units: number, history: number) => string;
  readonly officersLine: (cluster: string, head: string, deputy: string) => string;
  readonly toElect: string;
  readonly newYearRefused: string;
  readonly rollupWritten: (out: string, workbooks: number, clusters: number, proposals: number) => string;
  readonly rollupRefused: (errors: number) => string;
  /** One of the roll-up's Word files written beside it. */
  readonly documentWritten: (file: string) => string;
  /** One proposed unit; `block` null when its cluster is in no block apart from itself (named once). */
  readonly proposalLine: (block: string | null, cluster: string, unit: string, award: string) => string;
  readonly award: { readonly leading: string; readonly excellent: string };
  readonly unknownPreset: (given: string, known: readonly string[]) => string;
  readonly missingOutput: (command: string) => string;
  /** One file named twice among the roll-up's inputs (`a` and `b` as given, maybe two paths to it). */
  readonly fileTwice: (a: string, b: string) => string;
}

export function yearTextFor(language: Language): YearText {
  return language === "en" ? yearEn : yearVi;
}

function where(t: YearText, at: CellRef | undefined): string {
  return at ? ` (${t.place(at.sheet, cellAddress(at.row, at.col))})` : "";
}

/**
 * One new-year problem as a line: severity, the file where one of several is meant (last year's
 * workbook or the mapping file), sentence, sheet and cell.
 */
export function yearProblemLine(t: YearText, p: YearProblem, file?: string): string {
  const say = t.year[p.code] as (params: YearProblem["params"]) => string;
  const inFile = file === undefined ? "" : `${t.inFile(file)}: `;
  return `${p.severity === "error" ? t.error : t.warning}: ${inFile}${say(p.params)}${where(t, p.at)}`;
}

/** One roll-up problem as a line: severity, file, sentence, sheet and cell. */
export function rollupProblemLine(t: YearText, p: RollupProblem): string {
  const say = t.rollup[p.code] as (params: RollupProblem["params"]) => string;
  return `${p.severity === "error" ? t.error : t.warning}: ${t.inFile(p.file)}: ${say(p.params)}${where(t, p.at)}`;
}
