/**
 * Everything the pane needs from Office.js besides the port: what the host supports, running a user
 * action in Excel.run (waiting for a cell edit to end; cell edits as one undo step where the host
 * groups undo), selecting a cell, showing a sheet, hearing co-authors' edits, loading the add-in with
 * the workbook, and opening a file as a new workbook.
 */
import type { CellRef } from "../../core/model";
import { cellAddress } from "../../workbook/grid/address";
import { officeFailureOf } from "./errors";
import { OfficeWorkbook, type BatchRunner, type OfficeCapabilities } from "./office-workbook";
import { syncWithin } from "./sync";

/**
 * The requirement sets manifest.xml declares (<Requirements><Sets>); test/manifest.test.ts holds the
 * two to the same values. The code uses nothing above EXCEL_API_FLOOR without a check at runtime.
 */
export const MANIFEST_REQUIREMENTS = {
  ExcelApi: "1.9",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
} as const;

/** Where Excel runs, as Office.context.platform says (Office.PlatformType's values). */
export type OfficePlatform = "web" | "windows" | "mac" | "ipad" | "other";

export function officePlatformOf(platform: unknown): OfficePlatform {
  switch (platform) {
    case "OfficeOnline":
      return "web";
    case "PC":
      return "windows";
    case "Mac":
      return "mac";
    case "iOS":
      return "ipad";
    default:
      return "other";
  }
}

export interface OfficeSupport extends OfficeCapabilities {
  /** The manifest's ExcelApi floor: false only on a host that ignored the manifest. */
  readonly excelApiFloor: boolean;
  /** ExcelApi 1.20: `mergeUndoGroup`, one undo step for a whole cell edit (a merge, a conversion). */
  readonly undoGroup: boolean;
  /** SharedRuntime and CustomFunctionsRuntime at the manifest's versions: THIDUA.* beside the pane. */
  readonly customFunctions: boolean;
  readonly sharedRuntime: boolean;
  readonly platform: OfficePlatform;
  /**
   * ExcelApi 1.8: `Excel.createWorkbook(base64)` opens a file as a new workbook in a new instance of
   * Excel (office-js-docs-pr, docs/excel/excel-add-ins-workbooks.md, "Create a workbook"). Absent: false.
   */
  readonly newWorkbook?: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function officeSupport(
  requirements: RequirementChecker,
  platform: OfficePlatform = "other",
): OfficeSupport {
  const excel = (version: string): boolean => requirements.isSetSupported("ExcelApi", version);
  const sharedRuntime = requirements.isSetSupported("SharedRuntime", MANIFEST_REQUIREMENTS.SharedRuntime);
  return {
    excelApiFloor: excel(MANIFEST_REQUIREMENTS.ExcelApi),
    mergedAreas: excel("1.13"),
    undoGroup: excel("1.20"),
    newWorkbook: excel("1.8"),
    sharedRuntime,
    customFunctions:
      sharedRuntime &&
      requirements.isSetSupported("CustomFunctionsRuntime", MANIFEST_REQUIREMENTS.CustomFunctionsRuntime),
    platform,
  };
}

/** The requirement sets a report names, with the highest minor version asked. */
const REPORTED_SETS: readonly (readonly [string, number])[] = [
  ["ExcelApi", 30],
  ["SharedRuntime", 5],
  ["CustomFunctionsRuntime", 10],
];

/** The highest version of each reported requirement set the host supports (null: none). */
export function supportedVersions(
  requirements: RequirementChecker,
): { readonly name: string; readonly version: string | null }[] {
  return REPORTED_SETS.map(([name, most]) => {
    let version: string | null = null;
    for (let minor = 1; minor <= most; minor++) {
      if (!requirements.isSetSupported(name, `1.${minor}`)) break;
      version = `1.${minor}`;
    }
    return { name, version };
  });
}

/** Excel.run as Office.js has it: the run's options, then the batch. */
export type ExcelRunner = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Office.js's own Excel.run. */
export const officeRunner: ExcelRunner = (options, batch) => Excel.run(options, batch);

/** One Excel.run of the pane. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel.run waiting for the user to leave cell edit mode instead of failing
 * (docs/excel/excel-add-ins-delay-in-cell-edit.md). Not a grouped undo: deleting, renaming, moving
 * and protecting sheets throw UndoNotSupported inside one (docs/excel/excel-add-ins-undo-capabilities.md).
 */
export function excelRun(runner: ExcelRunner): ExcelRun {
  return (batch) => runner({ delayForCellEdit: true }, batch);
}

/** Excel.run as one undo step (`mergeUndoGroup`), where the host has ExcelApi 1.20. */
export function undoGroupRun(runner: ExcelRunner, support: OfficeSupport): BatchRunner | undefined {
  if (!support.undoGroup) return undefined;
  return (batch) => runner({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
}

export interface SessionOptions {
  readonly signal?: AbortSignal;
  readonly syncTimeoutMs?: number;
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
  readonly onSlowWrite?: () => void;
}

/**
 * Runs a use case on the port inside one Excel.run: one user action. Its cell edits, if any, go
 * through a grouped-undo run of their own where the host has one (one undo step).
 */
export async function withOfficeWorkbook<T>(
  runner: ExcelRunner,
  support: OfficeSupport,
  use: (port: OfficeWorkbook) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  const group = undoGroupRun(runner, support);
  try {
    return await excelRun(runner)((context) =>
      use(
        new OfficeWorkbook(context, {
          capabilities: support,
          ...options,
          ...(group === undefined ? {} : { undoGroup: group }),
        }),
      ),
    );
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
  return watchChanges(run, (source) => {
    if (source === "Remote") listener();
  });
}

/**
 * Calls `listener` with the change's source on every change to any sheet of the workbook:
 * `WorksheetCollection.onChanged` ("Occurs when any worksheet in the workbook is changed", ExcelApi
 * 1.9), whose `WorksheetChangedEventArgs.source` is "Local" or "Remote" (a co-author). Returns a
 * function that stops listening.
 */
export async function watchChanges(
  run: ExcelRun,
  listener: (source: "Local" | "Remote") => void,
): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add((event) => {
      listener(event.source === "Remote" ? "Remote" : "Local");
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

/** Office.addin's startup behaviour, as SharedRuntime 1.1 has it. */
export interface StartupBehaviour {
  get(): Promise<"load" | "none">;
  set(behaviour: "load"): Promise<void>;
}

export const officeStartup: StartupBehaviour = {
  get: async () =>
    (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load ? "load" : "none",
  set: (behaviour) =>
    Office.addin.setStartupBehavior(
      behaviour === "load" ? Office.StartupBehavior.load : Office.StartupBehavior.none,
    ),
};

/**
 * Makes the add-in (and so the THIDUA.* functions) load whenever this workbook opens, so a
 * co-author's cells compute instead of showing #NAME?. Called once a workbook is known to be a
 * cluster workbook, and only sets what is not set yet: the setting is saved in the document
 * (docs/develop/run-code-on-document-open.md), so setting it on every pane open would change every
 * workbook the pane was ever opened on. True when the workbook loads the add-in.
 */
export async function keepLoadingWithWorkbook(
  support: OfficeSupport,
  startup: StartupBehaviour = officeStartup,
): Promise<boolean> {
  if (!support.sharedRuntime) return false;
  if ((await startup.get()) === "load") return true;
  await startup.set("load");
  return true;
}

/**
 * Opens an .xlsx file as a new workbook (Excel.createWorkbook, ExcelApi 1.8): where Excel cannot
 * download. The argument is the file's bytes in plain Base64 — "The Base64-encoded .xlsx file"
 * (@types/office-js); office-js-docs-pr docs/excel/excel-add-ins-workbooks.md strips a data URL's
 * «…base64,» before it — never a data URL.
 */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  await Excel.createWorkbook(btoa(binary));
}
