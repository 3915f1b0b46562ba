/**
 * The plain-browser mode: the pane's steps on an .xlsx file the user opens or drops, through the
 * .xlsx adapter, loaded only when a file is first needed. Results are downloaded; nothing leaves the
 * user's machine. After each write through the port the workbook's bytes are kept in the browser's
 * storage (storage/keeper.ts), so a reload or a closed tab loses nothing.
 */
import { dossierActions } from "./dossier-actions";
import type { CalendarDate } from "../core/model";
import { isWorkbookError } from "../workbook/errors";
import type { ProtectableWorkbookPort } from "../workbook/port";
import type { MergePreview } from "../workbook/collect/usecases";
import type { PaneActions, SetupUnit } from "./actions";
import { bindUseCases, loadSetupKit, type WithPort } from "./bind-use-cases";
import { collectActions } from "./collect-actions";
import { NoWorkbookError, NotXlsxError } from "./errors";
import { memoryWorkStore } from "./storage/memory";
import { workKeeper, type WorkKeeper } from "./storage/keeper";
import { newYearActions } from "./year-actions";
import { rollupActions } from "./rollup-actions";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SAMPLE_PRESET = "kon-tum";
const SAMPLE_UNITS = 10;

/** The part of the exceljs adapter this mode uses (its module is imported lazily). */
export interface XlsxPort extends ProtectableWorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}
export interface XlsxModule {
  readonly XlsxWorkbook: {
    empty(): XlsxPort;
    fromBuffer(data: Uint8Array): Promise<XlsxPort>;
  };
}

export interface BrowserActionsOptions {
  readonly today: () => CalendarDate;
  /** Loads the exceljs adapter (a dynamic import in the bundle; tests pass the module). */
  readonly loadXlsx: () => Promise<XlsxModule>;
  /** The shipped sample's bytes, or null when it can't be fetched (not generated yet, offline …). */
  readonly fetchSample: (signal: AbortSignal) => Promise<Uint8Array | null>;
  /** Hands the bytes to the user as a file (Blob + anchor in the page); .xlsx unless `mime` says otherwise. */
  readonly save: (bytes: Uint8Array, fileName: string, mime?: string) => void;
  /** Keeps the work in the browser's storage; in memory only when not given (tests). */
  readonly keeper?: WorkKeeper;
}

/**
 * The port as the use cases get it, noting the sheets each write touches: what a write changed is
 * what is not downloaded yet.
 */
function recordingWrites(port: ProtectableWorkbookPort, touched: Set<string>): ProtectableWorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names, options) => port.readSheets(names, options),
    writeSheets: async (sheets) => {
      await port.writeSheets(sheets);
      for (const sheet of sheets) touched.add(sheet.name);
    },
    writeCells: async (edits) => {
      await port.writeCells(edits);
      for (const edit of edits) touched.add(edit.sheet);
    },
    updateCells: async (updates) => {
      await port.updateCells(updates);
      for (const update of updates) touched.add(update.sheet);
    },
    changeProtection: async (change) => {
      await port.changeProtection(change);
      for (const lock of change.lock) touched.add(lock.sheet);
      for (const sheet of change.unlock) touched.add(sheet);
      for (const update of change.updates) touched.add(update.sheet);
    },
  };
}

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

/** Units for a sample made in the browser when the shipped file is missing (names from `nameOf`). */
export function sampleUnits(count = SAMPLE_UNITS, nameOf: (index: number) => string): SetupUnit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `DV${String(i + 1).padStart(2, "0")}`,
    name: nameOf(i),
    type: i % 4 === 3 ? "coordinating" : "direct",
  }));
}

export function browserActions(options: BrowserActionsOptions): PaneActions {
  let workbook: XlsxPort | null = null;
  let fileName: string | null = null;
  const keeper = options.keeper ?? workKeeper(memoryWorkStore(), () => Date.now());

  const withPort: WithPort = async (signal, use) => {
    throwIfAborted(signal);
    const open = workbook;
    if (open === null) throw new NoWorkbookError();
    const touched = new Set<string>();
    try {
      return await use(recordingWrites(open, touched));
    } finally {
      // Kept even when the action failed after writing: what was written is in the workbook.
      if (touched.size > 0 && workbook === open) await keeper.written([...touched], await open.toBuffer());
    }
  };
  const bound = bindUseCases(withPort, options.today);
  // The pane makes every write here: each one tells the listeners, so the pane checks after each
  // whether the summary and recommendation still show the data.
  const changeListeners = new Set<() => void>();
  const changed =
    <A extends unknown[], T>(write: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      const result = await write(...args);
      for (const listener of changeListeners) listener();
      return result;
    };
  const collect = collectActions({
    withPort,
    today: options.today,
    loadXlsx: options.loadXlsx,
    handOut: { kind: "download", save: options.save },
  });

  /** Makes `opened` the open workbook and keeps it (`bytes` as read, or its own when made here). */
  const adopt = async (
    opened: XlsxPort,
    name: string,
    signal: AbortSignal,
    how: { readonly bytes?: Uint8Array; readonly created: boolean },
  ): Promise<void> => {
    throwIfAborted(signal);
    workbook = opened;
    fileName = name;
    await keeper.opened(name, how.bytes ?? (await opened.toBuffer()), how.created);
  };

  const openBytes = async (bytes: Uint8Array, name: string): Promise<XlsxPort> => {
    const { XlsxWorkbook } = await options.loadXlsx();
    try {
      return await XlsxWorkbook.fromBuffer(bytes);
    } catch (error) {
      // The adapter explains encrypted, truncated or oversized files itself; anything else is "not an .xlsx".
      if (isWorkbookError(error)) throw error;
      throw new NotXlsxError(name);
    }
  };

  return {
    host: "browser",
    loadSetup: loadSetupKit,
    notices: [],
    createWorkbook: async (input, signal) => {
      const { XlsxWorkbook } = await options.loadXlsx();
      const fresh = XlsxWorkbook.empty();
      await bound.create(fresh, input);
      await adopt(fresh, `cum-thi-dua-${input.year}.xlsx`, signal, { created: true });
    },
    validate: bound.validate,
    generateSummary: changed(bound.generateSummary),
    recordVotes: changed(bound.recordVotes),
    generateRecommendation: changed(bound.generateRecommendation),
    isSummaryStale: bound.isSummaryStale,
    whatIsDue: bound.whatIsDue,
    onWorkbookChange: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    collect: {
      ...collect,
      merge: changed((preview: MergePreview, signal: AbortSignal) => collect.merge(preview, signal)),
      recordArrivals: changed((signal: AbortSignal) => collect.recordArrivals(signal)),
    },
    dossier: dossierActions({ withPort, today: options.today, save: options.save }),
    // The new year's workbook is downloaded; the open file stays as it is.
    newYear: newYearActions({
      withPort,
      loadXlsx: options.loadXlsx,
      currentName: () => fileName,
      delivery: "download",
      deliver: (bytes, name) => {
        options.save(bytes, name);
        return Promise.resolve("download");
      },
    }),
    rollup: rollupActions({ loadXlsx: options.loadXlsx, save: options.save, today: options.today }),
    // No grid, so no selection: the whole workbook, by fonts and detection.
    appraisal: bound.appraisal,
    unitEntry: bound.unitEntry,
    legacyText: {
      canUseSelection: false,
      preview: async (_request, signal) => ({
        ...(await bound.previewLegacyText({}, signal)),
        selection: null,
      }),
      apply: changed(bound.applyLegacyText),
    },
    download: async () => {
      if (workbook === null || fileName === null) throw new NoWorkbookError();
      const bytes = await workbook.toBuffer();
      options.save(bytes, fileName);
      await keeper.downloaded(bytes);
    },
    keeping: keeper,
    document: {
      current: () => fileName,
      open: async (file, name, signal) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        throwIfAborted(signal);
        await adopt(await openBytes(bytes, name), name, signal, { bytes, created: false });
      },
      openSample: async (signal) => {
        const name = `${SAMPLE_PRESET}.xlsx`;
        const bytes = await options.fetchSample(signal);
        throwIfAborted(signal);
        if (bytes !== null) {
          await adopt(await openBytes(bytes, name), name, signal, { bytes, created: false });
          return true;
        }
        const { XlsxWorkbook } = await options.loadXlsx();
        const { sampleUnitName } = await import(
          /* webpackChunkName: "usecases" */ "../messages/vi/documents"
        );
        const fresh = XlsxWorkbook.empty();
        const year = options.today().year;
        await bound.create(fresh, {
          presetId: SAMPLE_PRESET,
          year,
          units: sampleUnits(SAMPLE_UNITS, sampleUnitName),
          head: "DV01",
          deputy: "DV02",
          sampleScores: true,
        });
        await adopt(fresh, name, signal, { created: true });
        return false;
      },
      saved: () => keeper.saved(),
      continueSaved: (signal) =>
        keeper.restore(async (kept) => {
          const opened = await openBytes(kept.bytes, kept.fileName);
          throwIfAborted(signal);
          workbook = opened;
          fileName = kept.fileName;
        }),
      discardSaved: () => keeper.discard(),
    },
  };
}

/** The page's way to hand bytes over as a download. */
export function saveWithAnchor(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: mime });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = "noopener";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The sample the build ships in dist/assets/samples/, relative to the pane's page. */
export async function fetchSampleFrom(url: string, signal: AbortSignal): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") throw error;
    return null;
  }
}
