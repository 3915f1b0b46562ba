/**
 * A minimal CustomFunctions runtime, as Excel provides it: the Error class and the error codes.
 * Importing this file makes it the global, so the functions throw CustomFunctions.Error as in
 * Excel; the registration itself is the build's (test/functions/bundle.test.ts).
 */

/** Excel's error codes (CustomFunctions.ErrorCode), with the values the runtime uses. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Stands in for CustomFunctions.Error: a code and an optional message, not a JS Error. */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, { CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode } });

/** The error Excel would show, when `run` throws a CustomFunctions.Error; fails the test otherwise. */
export function excelError(run: () => unknown): { code: string; message?: string } {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof FakeCustomFunctionsError) return { code: thrown.code, message: thrown.message };
    throw new Error(`expected a CustomFunctions.Error, got ${String(thrown)}`);
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned");
}

/** A column range as Excel passes it: one value per row. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}
