/**
 * Failures the Office.js adapter names, so the pane can explain them in the user's language
 * (src/messages/pane.ts) instead of showing Excel's English error codes.
 */
export type OfficeFailure =
  /** A sync did not come back in time (Excel on the web can hang on a busy workbook). */
  | { readonly kind: "timeout"; readonly seconds: number }
  /** A sheet with the target name exists and is not the product's own. */
  | { readonly kind: "sheet-taken"; readonly sheet: string }
  /** The workbook changed between reading and writing (a co-author, usually). */
  | { readonly kind: "changed"; readonly detail: string }
  /** The user is editing a cell and the host refused to wait. */
  | { readonly kind: "cell-edit" }
  /**
   * A write larger than a request may be (Excel on the web: 5 MB) even when split; the sheet where
   * one piece alone is too large, when known.
   */
  | { readonly kind: "request-too-large"; readonly sheet: string | null }
  /** A read larger than a response may be (Excel on the web: 5 MB) even when split; the sheet, when known. */
  | { readonly kind: "response-too-large"; readonly sheet: string | null }
  /**
   * Excel refused an API inside a grouped undo (UndoNotSupported,
   * docs/excel/excel-add-ins-undo-capabilities.md): the adapter never groups those, so this is a host
   * that refuses more than documented.
   */
  | { readonly kind: "undo-not-supported"; readonly detail: string }
  /** Any other error Excel reported, with its own message. */
  | { readonly kind: "excel"; readonly code: string; readonly detail: string };

export class OfficeAdapterError extends Error {
  constructor(readonly failure: OfficeFailure) {
    super(`Office adapter: ${failure.kind}${"detail" in failure ? ` (${failure.detail})` : ""}`);
    this.name = "OfficeAdapterError";
  }
}

/** Excel's own error (OfficeExtension.Error) without naming the host global. */
interface ExcelErrorLike {
  readonly code: string;
  readonly message: string;
}

function isExcelError(error: unknown): error is ExcelErrorLike {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Maps what Excel threw to a named failure; our own errors and aborts pass through unchanged. */
export function officeFailureOf(error: unknown): unknown {
  if (error instanceof OfficeAdapterError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  if (!isExcelError(error)) return error;
  switch (error.code) {
    case "InvalidOperationInCellEditMode":
      return new OfficeAdapterError({ kind: "cell-edit" });
    case "ItemNotFound":
    case "ItemAlreadyExists":
    case "Conflict":
    case "EditModeCannotUpdate":
      return new OfficeAdapterError({ kind: "changed", detail: error.message });
    // docs/testing/application-specific-api-error-handling.md: "only occurs in Office on the web".
    case "RequestPayloadSizeLimitExceeded":
      return new OfficeAdapterError({ kind: "request-too-large", sheet: null });
    case "ResponsePayloadSizeLimitExceeded":
      return new OfficeAdapterError({ kind: "response-too-large", sheet: null });
    case "UndoNotSupported":
      return new OfficeAdapterError({ kind: "undo-not-supported", detail: error.message });
    default:
      return new OfficeAdapterError({ kind: "excel", code: error.code, detail: error.message });
  }
}
