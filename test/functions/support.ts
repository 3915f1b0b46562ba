/**
 * A minimal CustomFunctions global, as Excel's runtime provides it: the Error class, the error
 * codes and associate (a spy). Import this before src/functions/functions.ts so the file registers
 * its functions with the spy when it loads.
 */

/** Excel's error codes (CustomFunctions.ErrorCode), with the values the runtime uses. */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Stands in for CustomFunctions.Error: a code and an optional message, not a JS Error. */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associate = jest.fn<void, [string, (...args: never[]) => unknown]>();

Object.assign(globalThis, { CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode, associate } });

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
