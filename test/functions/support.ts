/**
 * A minimal CustomFunctions runtime, as Excel provides it: the Error class and the error codes.
 * Importing this file makes it the global, so the functions throw CustomFunctions.Error as in
 * Excel; the registration itself is the build's (test/functions/bundle.test.ts). `sourceHost()`
 * associates the source functions with the metadata generated from their JSDoc, exactly as the
 * build does, so tests can call them the way Excel calls them (test/support/custom-functions-host.ts).
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as source from "../../src/functions/functions";
import {
  CustomFunctionsError,
  CustomFunctionsHost,
  ERROR_CODES,
  type FunctionMetadata,
} from "../support/custom-functions-host";

/** Excel's error codes (CustomFunctions.ErrorCode), with the values the runtime uses. */
export const ErrorCode = ERROR_CODES;

/** Stands in for CustomFunctions.Error: a code and an optional message, not a JS Error. */
export const FakeCustomFunctionsError = CustomFunctionsError;

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });

/** The error Excel would show, when `run` throws a CustomFunctions.Error; fails the test otherwise. */
export function excelError(run: () => unknown): { code: string; message?: string } {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof CustomFunctionsError) return { code: thrown.code, message: thrown.message };
    throw new Error(`expected a CustomFunctions.Error, got ${String(thrown)}`);
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned");
}

/** A column range as Excel passes it: one value per row. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

export const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** functions.json as the build generates it from the JSDoc, and which export each id names. */
export async function sourceMetadata(): Promise<{
  readonly functions: readonly FunctionMetadata[];
  readonly associate: readonly { readonly id: string; readonly functionName: string }[];
}> {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  const json = JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] };
  return { functions: json.functions, associate: generated.associate };
}

/** Excel's side of the source functions: the generated metadata, each id associated with its export. */
export async function sourceHost(): Promise<CustomFunctionsHost> {
  const { functions, associate } = await sourceMetadata();
  const host = new CustomFunctionsHost(functions, "THIDUA");
  const exported = source as unknown as Record<string, unknown>;
  for (const { id, functionName } of associate) host.associate(id, exported[functionName]);
  return host;
}
