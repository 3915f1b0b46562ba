/**
 * The pane's entry. Decides the mode once: inside Excel, the Office.js adapter; anywhere else (a
 * plain browser, Office.js reporting no host), the .xlsx adapter on files. Components get their
 * actions from the context set up here and never touch Office.js.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { CalendarDate } from "../core/model";
import { paneTextFor } from "../messages/pane";
import type { PaneActions } from "./actions";
import { PaneActionsContext } from "./actions";
import { browserActions, fetchSampleFrom, saveWithAnchor } from "./browser-actions";
import { App } from "./components/App";
import { describeError } from "./errors";
import { indexedDbWorkStore } from "./storage/indexeddb";
import { workKeeper } from "./storage/keeper";
import { guardLeaving } from "./storage/leave-guard";
import { isPending } from "./storage/port";
import { PaneTextContext } from "./text";

/** Today on the user's machine (Vietnam: UTC+7), as the core's calendar date. */
function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function languageOutsideOffice(): string {
  // Vietnamese unless asked otherwise (?lang=en): the product's users work in Vietnamese.
  return new URLSearchParams(window.location.search).get("lang") ?? "vi";
}

async function officeHost(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined") return null; // Office.js could load from neither the CDN nor our copy
  const info = await Office.onReady();
  return info.host ?? null;
}

/**
 * Excel mode: the Office.js adapter, in its own chunk (the plain-browser mode never needs it). Nothing
 * is written to the workbook on opening: the add-in is set to load with a workbook only once that
 * workbook is known to be a cluster workbook (office-actions.ts).
 */
async function excelActions(): Promise<PaneActions> {
  const { officeActions, officeSupport, officePlatformOf, supportedVersions } = await import(
    /* webpackChunkName: "office" */ "./office-actions"
  );
  const requirements = Office.context.requirements;
  const support = officeSupport(requirements, officePlatformOf(Office.context.platform));
  const source = (window as { __thiduaOfficeSource?: string }).__thiduaOfficeSource;
  return officeActions({
    support,
    today,
    host: {
      host: "Excel",
      platform: String(Office.context.platform),
      version: Office.context.diagnostics?.version ?? null,
      officeJs: source ?? null,
      apiSets: supportedVersions(requirements),
    },
  });
}

/** The browser's IndexedDB, or undefined where it is missing or refused (reading it can throw). */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return window.indexedDB ?? undefined;
  } catch {
    return undefined; // said to the user as "storage unavailable" at the first save
  }
}

function plainBrowserActions(): PaneActions {
  const sampleUrl = new URL("assets/samples/kon-tum.xlsx", document.baseURI).toString();
  const keeper = workKeeper(indexedDbWorkStore(browserIndexedDb()), () => Date.now());
  // Leaving with changes not downloaded asks first (the work is kept, but the file on disk is older).
  guardLeaving(window, () => isPending(keeper.status().pending));
  return browserActions({
    keeper,
    today,
    loadXlsx: () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-workbook"),
    fetchSample: (signal) => fetchSampleFrom(sampleUrl, signal),
    save: saveWithAnchor,
  });
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root");
  const host = await officeHost();
  const inExcel = host !== null && host === Office.HostType.Excel;
  const text = paneTextFor(inExcel ? Office.context.displayLanguage : languageOutsideOffice());
  document.documentElement.lang = text.language;
  const actions = inExcel ? await excelActions() : plainBrowserActions();
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <PaneTextContext.Provider value={text}>
          <PaneActionsContext.Provider value={actions}>
            <App defaultYear={today().year} />
          </PaneActionsContext.Provider>
        </PaneTextContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Nothing rendered yet: say what failed in plain HTML rather than leave "Đang tải…" forever.
  const container = document.getElementById("root");
  if (container !== null) {
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = describeError(error, paneTextFor("vi"));
    container.replaceChildren(message);
  }
});
