import type { AppraisalRefusal } from "../core/appraisal";
import type { Problem } from "../core/model";
import type { DossierGap } from "./generated/dossier";

/** The refusals of the .xlsx package reader: `limit` is the limit passed (MB for sizes, a count for sheets, cells, rows). */
export interface FileFaultParams {
  readonly limit?: number;
  /** XLSX_LEGACY_XLS, XLSX_OTHER_FORMAT: what the file is, told by its content whatever its name. */
  readonly format?: "xls" | "ods" | "csv" | "numbers" | "xlsb";
  /** XLSX_UNREADABLE: the part that is not what it says (bad XML, a size that lies). */
  readonly part?: string;
  /** XLSX_UNREADABLE: the part declares a DTD, which no workbook has. */
  readonly doctype?: boolean;
}

/** Every refusal of an operation on a workbook, with its parameters. Codes are stable (the command's output relies on them). */
export interface WorkbookErrorParams {
  // ── creating the cluster workbook ──
  readonly PRESET_UNKNOWN: { readonly id: string; readonly known: readonly string[] };
  readonly YEAR_INVALID: { readonly year: number };
  /** `index`: the unit's place in the list, 0-based. */
  readonly UNIT_CODE_MISSING: { readonly index: number };
  readonly UNIT_CODE_NOT_SHEET_NAME: { readonly code: string };
  readonly UNIT_CODE_RESERVED: { readonly code: string };
  readonly UNIT_CODE_DUPLICATE: { readonly code: string };
  readonly TEMPLATE_SHEETS_TAKEN: { readonly names: readonly string[] };
  // ── reading, summarising, recording votes ──
  readonly WORKBOOK_TOO_MANY_SHEETS: { readonly sheets: number; readonly limit: number };
  readonly WORKBOOK_TOO_LARGE: Record<string, never>;
  readonly WORKBOOK_UNREADABLE: Record<string, never>;
  /** A readable workbook with none of the cluster's sheets. */
  readonly NOT_CLUSTER_WORKBOOK: Record<string, never>;
  readonly SUMMARY_BLOCKED: { readonly errors: number };
  readonly ABORTED: Record<string, never>;
  readonly VOTES_INVALID: { readonly unit: string };
  // ── the award dossier ──
  /** The dossier is not final: what is missing, each a gap (a draft may still be made). */
  readonly DOSSIER_INCOMPLETE: { readonly gaps: readonly DossierGap[] };
  // ── appraisal (Thẩm định) ──
  readonly APPRAISAL_UNIT_MISSING: { readonly unit: string };
  readonly APPRAISAL_CRITERION_UNKNOWN: { readonly unit: string; readonly criterion: string };
  /** `cell`: the appraised score's cell, A1-style, on `sheet`. */
  readonly APPRAISAL_REFUSED: {
    readonly sheet: string;
    readonly cell: string;
    readonly criterion: string;
    readonly refusal: AppraisalRefusal;
  };
  /** The unit's scoring sheet is protected (the appraisal was locked): nothing is written. */
  readonly APPRAISAL_LOCKED: { readonly sheet: string };
  readonly APPRAISAL_UNLOCK_REASON: Record<string, never>;
  // ── departments' points and units' facts entered in the pane ──
  readonly ENTRY_UNIT_MISSING: { readonly unit: string };
  readonly ENTRY_DEPARTMENT_UNKNOWN: { readonly department: string };
  /** `cell`: the cell the value was for, A1-style, on `sheet`; `problem`: the core's reason. */
  readonly ENTRY_REFUSED: { readonly sheet: string; readonly cell: string; readonly problem: Problem };
  /** A day typed for an item whose later row `row` (1-based) on `sheet` would still decide it. */
  readonly ENTRY_SUBMISSION_LATER: { readonly sheet: string; readonly row: number; readonly day: string };
  // ── Chuyển mã ──
  readonly SELECTION_UNREADABLE: { readonly address: string };
  readonly ENCODING_NEEDS_SELECTION: Record<string, never>;
  readonly SHEET_MISSING: { readonly sheet: string };
  // ── collecting the units' files ──
  readonly COLLECT_BLOCKED: { readonly errors: number };
  readonly COLLECT_UNITS_UNKNOWN: { readonly codes: readonly string[] };
  readonly COLLECT_NO_UNITS: Record<string, never>;
  // ── opening a file (the .xlsx adapter) ──
  readonly XLSX_EMPTY: FileFaultParams;
  readonly XLSX_NOT_XLSX: FileFaultParams;
  readonly XLSX_LEGACY_XLS: FileFaultParams;
  readonly XLSX_ENCRYPTED: FileFaultParams;
  readonly XLSX_NOT_WORKBOOK: FileFaultParams;
  readonly XLSX_TRUNCATED: FileFaultParams;
  readonly XLSX_TOO_LARGE: FileFaultParams;
  readonly XLSX_TOO_MANY_SHEETS: FileFaultParams;
  readonly XLSX_TOO_MANY_CELLS: FileFaultParams;
  readonly XLSX_TOO_MANY_ROWS: FileFaultParams;
  readonly XLSX_OTHER_FORMAT: FileFaultParams;
  readonly XLSX_TOO_MANY_MERGES: FileFaultParams;
  readonly XLSX_TOO_MANY_VALIDATIONS: FileFaultParams;
  readonly XLSX_TOO_MANY_STRINGS: FileFaultParams;
  readonly XLSX_TOO_MANY_ENTRIES: FileFaultParams;
  readonly XLSX_UNREADABLE: FileFaultParams;
  // ── writing (both adapters) ──
  readonly WRITE_SHEET_MISSING: { readonly sheet: string };
  readonly WRITE_BAD_RANGE: { readonly range: string };
  readonly WRITE_SHEET_TAKEN: { readonly sheet: string };
  /** The sheet is protected with a password: only Excel, given it, can unprotect it. */
  readonly WRITE_SHEET_PASSWORD: { readonly sheet: string };
  /** `cell`, A1-style, is locked on the protected sheet `sheet`: nothing is written. */
  readonly WRITE_CELL_LOCKED: { readonly sheet: string; readonly cell: string };
}

export type WorkbookErrorCode = keyof WorkbookErrorParams;
/** The codes whose parameters are a file fault's. */
export type FileFaultCode = {
  [C in WorkbookErrorCode]: WorkbookErrorParams[C] extends FileFaultParams
    ? FileFaultParams extends WorkbookErrorParams[C]
      ? C
      : never
    : never;
}[WorkbookErrorCode];

/** A refusal as data: its code and parameters, rendered in the user's language by src/messages. */
export type WorkbookFault = {
  readonly [C in WorkbookErrorCode]: { readonly code: C; readonly params: WorkbookErrorParams[C] };
}[WorkbookErrorCode];

type FaultArgs = {
  readonly [C in WorkbookErrorCode]: [code: C, params: WorkbookErrorParams[C], problems?: readonly Problem[]];
}[WorkbookErrorCode];

/**
 * An operation on a workbook refused, with a stable code and typed parameters; the shells render it
 * in the user's language. `problems` carries the details when the refusal comes from validation
 * (errors in the input). The Error's own message is the code, for logs only: it is never shown.
 */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly fault: WorkbookFault;
  readonly problems: readonly Problem[];

  constructor(...args: FaultArgs);
  /** A file fault whose code is only known as one of the file codes (the .xlsx guard). */
  constructor(code: FileFaultCode, params: FileFaultParams);
  constructor(code: WorkbookErrorCode, params: object, problems: readonly Problem[] = []) {
    super(code);
    this.name = "WorkbookError";
    this.code = code;
    // The overloads pair each code with its own parameters.
    this.fault = { code, params } as WorkbookFault;
    this.problems = problems;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
