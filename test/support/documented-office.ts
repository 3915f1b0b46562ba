/**
 * Office.js as the documented model (excel-fake.ts, custom-functions-host.ts): the globals a page
 * gets from Microsoft's office.js — `Office`, `Excel`, `CustomFunctions` — backed by the model, so
 * the real pane (dist/taskpane.html, its functions bundle included) runs in "Excel" in a plain
 * chromium. The end-to-end tests serve this in place of office.js (e2e/documented-office.ts).
 */
import { CustomFunctionsHost, customFunctionsRuntime, type FunctionMetadata } from "./custom-functions-host";
import { FakeWorkbook, type Platform } from "./excel-fake";

export interface DocumentedOfficeOptions {
  readonly platform: Platform;
  /** functions.json's functions, as Excel read them from the manifest's metadata URL. */
  readonly functions: readonly FunctionMetadata[];
  readonly displayLanguage: string;
  /** Requirement sets the host supports (the model's default: ExcelApi 1.1–1.20 and the runtimes). */
  readonly requirementSets?: readonly string[];
}

/** Office.PlatformType's values. */
const PLATFORM_TYPES: Readonly<Record<Platform, string>> = { web: "OfficeOnline", windows: "PC", mac: "Mac" };

export function installDocumentedOffice(
  target: Record<string, unknown>,
  options: DocumentedOfficeOptions,
): FakeWorkbook {
  const functions = new CustomFunctionsHost(options.functions, "THIDUA");
  const fake = new FakeWorkbook({
    platform: options.platform,
    customFunctions: functions,
    ...(options.requirementSets ? { requirementSets: options.requirementSets } : {}),
  });
  // A new workbook in Excel has one sheet.
  fake.seedSheet("Sheet1");
  const platform = PLATFORM_TYPES[options.platform];
  let startup = "None";
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
    StartupBehavior: { load: "Load", none: "None" },
    onReady: () => Promise.resolve({ host: "Excel", platform }),
    context: {
      requirements: fake.requirements,
      displayLanguage: options.displayLanguage,
      platform,
      diagnostics: { version: "documented-model", platform },
    },
    addin: {
      getStartupBehavior: () => Promise.resolve(startup),
      setStartupBehavior: (behaviour: string) => {
        startup = behaviour;
        return Promise.resolve();
      },
    },
  };
  target.Excel = {
    run: fake.run,
    createWorkbook: fake.createWorkbook,
  };
  target.CustomFunctions = customFunctionsRuntime(functions);
  target.__documentedExcel = fake;
  return fake;
}
