import type { Problem } from "../core/model";

/**
 * An operation on a workbook refused, with a stable code and one Vietnamese sentence for the user.
 * `problems` carries the details when the refusal comes from validation (errors in the input).
 */
export class WorkbookError extends Error {
  readonly code: string;
  readonly problems: readonly Problem[];

  constructor(code: string, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.problems = problems;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}
