/**
 * The Excel mode: each user action is one Excel.run through the Office.js adapter (waiting for a cell
 * edit to end; cell edits as one undo step where Excel groups undo); requirement sets are checked
 * once, and what the host lacks becomes a notice in the pane instead of a failure later.
 */
import { dossierActions } from "./dossier-actions";
import type { CalendarDate } from "../core/model";
import {
  excelRun,
  keepLoadingWithWorkbook,
  officePlatformOf,
  officeRunner,
  officeSupport,
  openAsNewWorkbook,
  selectCellInExcel,
  showSheetInExcel,
  supportedVersions,
  watchChanges,
  watchRemoteChanges,
  withOfficeWorkbook,
  type ExcelRun,
  type ExcelRunner,
  type OfficeSupport,
  type StartupBehaviour,
} from "../adapters/office/excel-host";
import { officeFailureOf } from "../adapters/office/errors";
import type { HostReport } from "../messages/self-test";
import type { HostNotice, PaneActions, SelfTestActions } from "./actions";
import { bindUseCases, loadSetupKit, type WithPort } from "./bind-use-cases";
import { saveWithAnchor, XLSX_MIME } from "./browser-actions";
import { collectActions, type HandOut } from "./collect-actions";
import { newYearActions, type NewYearDelivery } from "./year-actions";

export function noticesFor(support: OfficeSupport): HostNotice[] {
  const notices: HostNotice[] = [];
  if (!support.excelApiFloor) notices.push("excel-too-old");
  else if (!support.mergedAreas) notices.push("no-merge-reading");
  if (!support.customFunctions) notices.push("functions-unavailable");
  if (support.excelApiFloor && !support.undoGroup) notices.push("no-undo-group");
  return notices;
}

export interface OfficeActionsOptions {
  readonly support: OfficeSupport;
  readonly today: () => CalendarDate;
  /** Excel.run (options, batch); tests pass the fake's. */
  readonly runner?: ExcelRunner;
  /** Hands a file to the user as a download (the units' self-scoring files); tests pass their own. */
  readonly save?: (bytes: Uint8Array, fileName: string, mime: string) => void;
  /** Opens a file as a new workbook, where Excel cannot download (Mac, iPad); tests pass their own. */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<void>;
  /** Office.addin's startup behaviour; tests pass their own. */
  readonly startup?: StartupBehaviour;
  /** What Office says about itself, for the self-test's report. */
  readonly host?: HostReport;
}

/** «Tự kiểm tra» on the open workbook: each step one Excel.run through the adapter; its code loads when run. */
function selfTestActions(runner: ExcelRunner, support: OfficeSupport, host: HostReport): SelfTestActions {
  return {
    host,
    run: async (describe, signal) => {
      const { runSelfTest } = await import(/* webpackChunkName: "self-test" */ "../workbook/self-test");
      return runSelfTest({
        session: (use, limits) => withOfficeWorkbook(runner, support, use, { signal, ...limits }),
        functions: support.customFunctions,
        undoGroup: support.undoGroup,
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        describe,
      });
    },
  };
}

/**
 * How the units' files reach the user: a .zip download, except in Excel on Mac and iPad, where a
 * task pane cannot download (office-js issue #3385: a link's `download` does nothing there), so each
 * file opens as a new workbook to save and send.
 */
export function handOutFor(support: OfficeSupport): "download" | "open" {
  return support.platform === "mac" || support.platform === "ipad" ? "open" : "download";
}

export function officeActions(options: OfficeActionsOptions): PaneActions {
  const { support } = options;
  const runner = options.runner ?? officeRunner;
  const run: ExcelRun = excelRun(runner);

  // A write waiting for Excel (a cell edit): the pane says so while it lasts.
  const waitingListeners = new Set<(waiting: boolean) => void>();
  const tell = (waiting: boolean): void => waitingListeners.forEach((listener) => listener(waiting));
  const withPort: WithPort = async (signal, use) => {
    let slow = false;
    try {
      return await withOfficeWorkbook(runner, support, use, {
        signal,
        onSlowWrite: () => {
          slow = true;
          tell(true);
        },
      });
    } finally {
      if (slow) tell(false);
    }
  };

  // The add-in loads with the workbook once it is known to be a cluster workbook; asked at most once.
  let loading: Promise<boolean> | null = null;
  const keepLoading = (): void => {
    loading ??= keepLoadingWithWorkbook(support, options.startup).catch(() => false);
  };

  const bound = bindUseCases(withPort, options.today);
  const handOut: HandOut =
    handOutFor(support) === "open"
      ? { kind: "open", open: options.openWorkbook ?? openAsNewWorkbook }
      : { kind: "download", save: options.save ?? saveWithAnchor };
  return {
    // Word files cannot open as workbooks: where Excel cannot download (Mac, iPad) the dossier is the command's.
    ...(handOut.kind === "download"
      ? { dossier: dossierActions({ withPort, today: options.today, save: handOut.save }) }
      : {}),
    host: "excel",
    loadSetup: loadSetupKit,
    notices: noticesFor(support),
    // Creating and replacing sheets cannot be undone in Excel (docs/excel/excel-add-ins-undo-capabilities.md).
    sheetWritesUndoable: false,
    onWriteWaiting: (listener) => {
      waitingListeners.add(listener);
      return () => waitingListeners.delete(listener);
    },
    createWorkbook: async (input, signal) => {
      await withPort(signal, (port) => bound.create(port, input));
      keepLoading();
    },
    validate: async (signal) => {
      const outcome = await bound.validate(signal);
      if (outcome.summary !== null) keepLoading();
      return outcome;
    },
    generateSummary: async (onProgress, signal) => {
      const outcome = await bound.generateSummary(onProgress, signal);
      keepLoading();
      return outcome;
    },
    recordVotes: bound.recordVotes,
    generateRecommendation: bound.generateRecommendation,
    isSummaryStale: bound.isSummaryStale,
    whatIsDue: bound.whatIsDue,
    // The returned files are .xlsx files on disk, read with the exceljs adapter, loaded when first needed.
    collect: collectActions({
      withPort,
      today: options.today,
      loadXlsx: () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-workbook"),
      handOut,
    }),
    appraisal: bound.appraisal,
    unitEntry: bound.unitEntry,
    // The open workbook is read, never changed; the new one opens beside it where Excel can.
    newYear: newYearActions({
      withPort,
      loadXlsx: () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-workbook"),
      currentName: () => null,
      delivery: support.newWorkbook === true ? "opened" : "download",
      deliver: (bytes, fileName) =>
        newWorkbookOrDownload(support, bytes, fileName, {
          open: options.openWorkbook ?? openAsNewWorkbook,
          save: options.save ?? saveWithAnchor,
        }),
    }),
    legacyText: {
      canUseSelection: true,
      preview: async (request, signal) => {
        const selection = request.scope === "selection" ? await selectedAddress(run) : null;
        const preview = await bound.previewLegacyText(
          {
            ...(selection === null ? {} : { selection }),
            ...(request.encoding === null ? {} : { encoding: request.encoding }),
          },
          signal,
        );
        return { ...preview, selection };
      },
      apply: bound.applyLegacyText,
    },
    selfTest: selfTestActions(
      runner,
      support,
      options.host ?? {
        host: "Excel",
        platform: support.platform,
        version: null,
        officeJs: null,
        apiSets: [],
      },
    ),
    selectCell: (at) => selectCellInExcel(run, at),
    openSheet: (name) => showSheetInExcel(run, name),
    onWorkbookChange: (listener, onError) => {
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      watchChanges(run, () => listener()).then((remove) => {
        if (stopped) void remove();
        else stop = remove;
      }, onError);
      return () => {
        stopped = true;
        if (stop !== null) void stop();
      };
    },
    onRemoteChange: (listener, onError) => {
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      watchRemoteChanges(run, listener).then((remove) => {
        if (stopped) void remove();
        else stop = remove;
      }, onError);
      return () => {
        stopped = true;
        if (stop !== null) void stop();
      };
    },
  };
}

/**
 * Hands a new workbook over in Excel: opened as a new workbook (Excel.createWorkbook, ExcelApi 1.8)
 * where the host supports it, else — or when Excel refuses it — downloaded.
 */
export async function newWorkbookOrDownload(
  support: OfficeSupport,
  bytes: Uint8Array,
  fileName: string,
  how: {
    readonly open: (bytes: Uint8Array) => Promise<void>;
    readonly save: (bytes: Uint8Array, fileName: string, mime: string) => void;
  },
): Promise<NewYearDelivery> {
  if (support.newWorkbook === true) {
    try {
      await how.open(bytes);
      return "opened";
    } catch {
      // Refused (a policy such as extension hardening, an old host): the download still reaches the user.
    }
  }
  how.save(bytes, fileName, XLSX_MIME);
  return "download";
}

/** The selected range's address as Excel gives it ("'Đơn vị'!B5:B9"), for "Chuyển mã" over the selection. */
export async function selectedAddress(run: ExcelRun): Promise<string> {
  try {
    return await run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
  } catch (error) {
    throw officeFailureOf(error);
  }
}

export { officePlatformOf, officeSupport, supportedVersions };
