/**
 * The custom functions' messages: Excel shows them under the error flag of a #VALUE! or #N/A cell
 * (it shows no message for #NUM!), in Office's display language (vi/functions.ts, en/functions.ts).
 * What a function returns into a cell ("Dẫn đầu", "Đủ điều kiện") is workbook content and stays
 * Vietnamese (vi/functions.ts `functionValues`). Descriptions and parameter help live in the
 * functions' JSDoc, because Excel reads them from the generated functions.json, not from here.
 */
import type { InvalidReason } from "../core/numbers";
import type { DiagnosticText } from "./diagnostics";
import { en } from "./en/functions";
import type { Language } from "./language";
import { vi } from "./vi/functions";

export type NotANumberReason = InvalidReason;

export interface FunctionText {
  readonly diagnostics: DiagnosticText;
  /** Where a value sits in the range the user passed: "Dòng 3" for a column, "Cột 2" for a row. */
  position(p: { index: number; rows: number; columns: number }): string;
  /** "Dòng 3: …" where the value came from a range, the bare sentence (capitalised) for a single value. */
  readonly at: (place: string | null, sentence: string) => string;
  /** A core problem found at a place of a range: "Dòng 3: …". */
  readonly located: (place: string | null, sentence: string) => string;
  /** Why a value is not a number (lower case, to follow "Dòng 3: "); `what` names the parameter. */
  notANumber(p: { shown: string; reason: NotANumberReason; what?: string }): string;
  singleValueExpected(p: { parameter: string; rows: number; columns: number }): string;
  sizesDiffer(p: { first: string; firstCount: number; second: string; secondCount: number }): string;
  readonly tableEmpty: (p: { parameter: string }) => string;
  columnsExpected(p: { parameter: string; columns: string; found: number }): string;
  readonly kindInvalid: (p: { shown: string }) => string;
  readonly unitTypeInvalid: (p: { shown: string }) => string;
  readonly unitTypeMissing: () => string;
  readonly departmentUnknown: (p: { department: string }) => string;
  yesNoInvalid(p: { shown: string; what: string }): string;
  readonly disciplineInvalid: (p: { shown: string }) => string;
  reportInvalid(p: { shown: string; report: string }): string;
  readonly reportsMissing: () => string;
  readonly totalNotInList: (p: { total: string }) => string;
  /** DENGHI's name for its k-th tie-break column, in messages: "tiêu chí phụ 1". */
  readonly tieBreakColumn: (p: { index: number }) => string;
  readonly unexpected: (p: { detail: string }) => string;
  scoreAboveMax(p: { value: string; max: string; deduction: boolean }): string;
  readonly scoreNegative: (p: { value: string }) => string;
  readonly maxMissing: () => string;
  readonly maxNegative: (p: { value: string }) => string;
  readonly rowsDepartmentMissing: () => string;
  readonly tooManyReports: (p: { count: number }) => string;
  readonly registrationCells: (p: { count: number }) => string;
}

/** The functions' messages in a language. */
export function functionTextFor(language: Language): FunctionText {
  return language === "en" ? en : vi;
}
