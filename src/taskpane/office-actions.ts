/**
 * The Excel mode: each user action is one Excel.run through the Office.js adapter (one undo group,
 * waiting for a cell edit to end); requirement sets are checked once, and what the host lacks becomes
 * a notice in the pane instead of a failure later.
 */
import type { CalendarDate } from "../core/model";
import {
  excelRun,
  loadWithWorkbook,
  officeSupport,
  selectCellInExcel,
  showSheetInExcel,
  watchRemoteChanges,
  withOfficeWorkbook,
  type ExcelRun,
  type OfficeSupport,
} from "../adapters/office/excel-host";
import { officeFailureOf } from "../adapters/office/errors";
import type { HostNotice, PaneActions } from "./actions";
import { bindUseCases, loadSetupKit, type WithPort } from "./bind-use-cases";
import { saveWithAnchor } from "./browser-actions";
import { collectActions } from "./collect-actions";

export function noticesFor(support: OfficeSupport, functionsLoaded: boolean): HostNotice[] {
  const notices: HostNotice[] = [];
  if (!support.excelApi112) notices.push("excel-too-old");
  else if (!support.mergedAreas) notices.push("no-merge-reading");
  if (!support.customFunctions || !functionsLoaded) notices.push("functions-unavailable");
  if (support.excelApi112 && !support.undoGroup) notices.push("no-undo-group");
  return notices;
}

export interface OfficeActionsOptions {
  readonly support: OfficeSupport;
  readonly today: () => CalendarDate;
  /** False when the custom functions did not register (the pane says so). */
  readonly functionsLoaded: boolean;
  /** Excel.run with the pane's options; tests pass the fake's. */
  readonly run?: ExcelRun;
  /** Hands a file to the user (the units' self-scoring files); tests pass their own. */
  readonly save?: (bytes: Uint8Array, fileName: string, mime: string) => void;
}

export function officeActions(options: OfficeActionsOptions): PaneActions {
  const { support } = options;
  const run = options.run ?? excelRun(support);
  const withPort: WithPort = (signal, use) => withOfficeWorkbook(run, support, use, { signal });
  const bound = bindUseCases(withPort, options.today);
  return {
    host: "excel",
    loadSetup: loadSetupKit,
    notices: noticesFor(support, options.functionsLoaded),
    createWorkbook: (input, signal) => withPort(signal, (port) => bound.create(port, input)),
    validate: bound.validate,
    generateSummary: bound.generateSummary,
    recordVotes: bound.recordVotes,
    generateRecommendation: bound.generateRecommendation,
    isSummaryStale: bound.isSummaryStale,
    // The returned files are .xlsx files on disk, read with the exceljs adapter, loaded when first needed.
    collect: collectActions({
      withPort,
      today: options.today,
      loadXlsx: () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-workbook"),
      save: options.save ?? saveWithAnchor,
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
    selectCell: (at) => selectCellInExcel(run, at),
    openSheet: (name) => showSheetInExcel(run, name),
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

export { loadWithWorkbook, officeSupport };
