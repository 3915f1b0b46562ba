/**
 * Everything the pane needs from Office.js besides the port: what the host supports, running a user
 * action as one Excel.run (one undo group, waiting for a cell edit to end), selecting a cell, showing a
 * sheet, hearing co-authors' edits, and loading the add-in with the workbook.
 */
import type { CellRef } from "../../core/model";
import { cellAddress } from "../../workbook/grid/address";
import { officeFailureOf } from "./errors";
import { OfficeWorkbook, type OfficeCapabilities } from "./office-workbook";
import { syncWithin } from "./sync";

export interface OfficeSupport extends OfficeCapabilities {
  /** ExcelApi 1.12, the floor the pane needs (Excel 2021, Microsoft 365, Excel on the web). */
  readonly excelApi112: boolean;
  /** ExcelApi 1.20: `mergeUndoGroup`, one undo step for a whole action. */
  readonly undoGroup: boolean;
  /** SharedRuntime 1.1 and CustomFunctionsRuntime 1.1: THIDUA.* functions beside the pane. */
  readonly customFunctions: boolean;
  readonly sharedRuntime: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function officeSupport(requirements: RequirementChecker): OfficeSupport {
  const excel = (version: string): boolean => requirements.isSetSupported("ExcelApi", version);
  const sharedRuntime = requirements.isSetSupported("SharedRuntime", "1.1");
  return {
    excelApi112: excel("1.12"),
    api19: excel("1.9"),
    mergedAreas: excel("1.13"),
    undoGroup: excel("1.20"),
    sharedRuntime,
    customFunctions: sharedRuntime && requirements.isSetSupported("CustomFunctionsRuntime", "1.1"),
  };
}

/** Excel.run with the options every action of the pane uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function excelRun(support: OfficeSupport): ExcelRun {
  const options: Excel.RunOptions = {
    // Wait for the user to leave cell edit mode instead of failing.
    delayForCellEdit: true,
    // Only where the host knows the option; older hosts would reject an unknown one.
    ...(support.undoGroup ? { mergeUndoGroup: true } : {}),
  };
  return (batch) => Excel.run(options, batch);
}

export interface SessionOptions {
  readonly signal?: AbortSignal;
  readonly syncTimeoutMs?: number;
  readonly maxRequestBytes?: number;
}

/** Runs a use case on the port inside one Excel.run: one user action, one undo group. */
export async function withOfficeWorkbook<T>(
  run: ExcelRun,
  capabilities: OfficeCapabilities,
  use: (port: OfficeWorkbook) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  try {
    return await run((context) => use(new OfficeWorkbook(context, { capabilities, ...options })));
  } catch (error) {
    throw officeFailureOf(error);
  }
}

/** Shows the sheet and selects the cell a problem names. */
export async function selectCellInExcel(run: ExcelRun, at: CellRef): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(at.sheet);
      sheet.activate();
      sheet.getRange(cellAddress(at.row, at.col)).select();
      await syncWithin(() => context.sync());
    });
  } catch (error) {
    throw officeFailureOf(error);
  }
}

export async function showSheetInExcel(run: ExcelRun, name: string): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.activate();
      sheet.getRange("A1").select();
      await syncWithin(() => context.sync());
    });
  } catch (error) {
    throw officeFailureOf(error);
  }
}

/**
 * Calls `listener` when a co-author changes any sheet (source Remote). The listener only marks
 * state: no dialog may open from an event. Returns a function that stops listening.
 */
export async function watchRemoteChanges(run: ExcelRun, listener: () => void): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add((event) => {
      if (event.source === "Remote") listener();
      return Promise.resolve();
    });
    await syncWithin(() => context.sync());
    return handler;
  });
  return () =>
    Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
}

/**
 * Loads the add-in (and so the THIDUA.* functions) whenever this workbook opens, so a co-author's
 * cells compute instead of showing #NAME?. Needs the shared runtime.
 */
export async function loadWithWorkbook(support: OfficeSupport): Promise<boolean> {
  if (!support.sharedRuntime) return false;
  await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  return true;
}
