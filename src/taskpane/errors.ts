/**
 * Every failure reaches the user as one sentence in their language; nothing is swallowed.
 * The workbook layer's refusals are data (a code and parameters) rendered in the pane's language;
 * the Office adapter's are named failures worded here; anything else is shown with its own message
 * as an unexpected error.
 */
import { OfficeAdapterError } from "../adapters/office/errors";
import { faultText } from "../messages/diagnostics";
import { excelHostText } from "../messages/excel-host";
import type { PaneText } from "../messages/pane";
import { isWorkbookError } from "../workbook/errors";

/** Raised by the plain-browser mode when a step needs a workbook and none is open. */
export class NoWorkbookError extends Error {
  constructor() {
    super("No workbook is open");
    this.name = "NoWorkbookError";
  }
}

/** Raised by the plain-browser mode for a file that exceljs cannot read as .xlsx. */
export class NotXlsxError extends Error {
  constructor(readonly fileName: string) {
    super(`Not an .xlsx file: ${fileName}`);
    this.name = "NotXlsxError";
  }
}

/** A file of several the user picked could not be read: which one, and why (the adapter's reason). */
export class InFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: unknown,
  ) {
    super(`Cannot read ${fileName}`);
    this.name = "InFileError";
  }
}

export function isAbort(error: unknown): boolean {
  if (error instanceof Error && error.name === "AbortError") return true;
  return isWorkbookError(error) && error.code === "ABORTED";
}

/**
 * Whether the same action, tried again as it is, can succeed: not when no file is open, when the
 * file is not a workbook that can be read (trying it again reads the same bytes), or when the form's
 * own input was refused (the form must change first). Everything else may pass once Excel, a
 * co-author or the user has changed the workbook.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NoWorkbookError || error instanceof NotXlsxError || error instanceof InFileError)
    return false;
  if (isWorkbookError(error))
    return !(
      error.code.startsWith("XLSX_") ||
      error.code.startsWith("UNIT_CODE_") ||
      error.code === "PRESET_UNKNOWN" ||
      error.code === "YEAR_INVALID" ||
      error.code === "ABORTED"
    );
  return true;
}

export function describeError(error: unknown, text: PaneText): string {
  if (error instanceof InFileError) return `${error.fileName}: ${describeError(error.reason, text)}`;
  if (error instanceof OfficeAdapterError) {
    const failure = error.failure;
    switch (failure.kind) {
      case "timeout":
        return text.errors.timeout(failure.seconds);
      case "sheet-taken":
        return text.errors.sheetTaken(failure.sheet);
      case "changed":
        return text.errors.sheetChanged;
      case "cell-edit":
        return text.errors.cellEdit;
      case "request-too-large":
        return excelHostText(text.language).requestTooLarge(failure.sheet);
      case "response-too-large":
        return excelHostText(text.language).responseTooLarge(failure.sheet);
      case "undo-not-supported":
        return excelHostText(text.language).undoRefused(failure.detail);
      case "excel":
        return text.errors.officeFailed(failure.detail);
    }
  }
  if (error instanceof NoWorkbookError) return text.errors.noWorkbook;
  if (error instanceof NotXlsxError) return text.errors.notXlsx(error.fileName);
  if (isWorkbookError(error)) return faultText(text.diagnostics, error.fault);
  if (error instanceof Error) return text.errors.unexpected(error.message);
  return text.errors.unexpected(String(error));
}
