/**
 * Collecting the units' self-scores from the pane, in both modes: the cluster workbook is the one
 * the mode works on (Excel's open workbook, or the browser's open file), through `withPort`; the
 * units' files are read with the .xlsx adapter, loaded only when first needed, like the collect
 * use cases and the zip writer.
 */
import type { CalendarDate } from "../core/model";
import type * as CollectModule from "../workbook/collect/usecases";
import type { ReturnedFile } from "../workbook/collect/usecases";
import type { CollectActions, PickedFile, SplitOutcome } from "./actions";
import type { ChangeAuthor } from "../workbook/sheets/change-log";
import { changeTime, type WithPort } from "./bind-use-cases";
import { officerName } from "./officer";
import type { XlsxModule } from "./browser-actions";

export type CollectUseCases = typeof CollectModule;

export const loadCollectUseCases = (): Promise<CollectUseCases> =>
  import(/* webpackChunkName: "collect" */ "../workbook/collect/usecases");

/** The zip writer the split uses (files in, one archive out). */
export interface ZipWriter {
  file(name: string, data: Uint8Array): unknown;
  generateAsync(options: { type: "uint8array" }): Promise<Uint8Array>;
}

/** fflate's zip, the library the .xlsx package layer already brings into the bundle. */
export const loadZip = (): Promise<() => ZipWriter> =>
  import(/* webpackChunkName: "zip" */ "fflate").then((fflate) => () => {
    const files: Record<string, Uint8Array> = {};
    return {
      file: (name: string, data: Uint8Array) => (files[name] = data),
      generateAsync: () => Promise.resolve(fflate.zipSync(files, { level: 6 })),
    };
  });

export const ZIP_MIME = "application/zip";
export const ZIP_NAME = "tep-tu-cham-diem.zip";

/** How the units' files reach the user: one .zip download, or each opened as a new workbook. */
export type HandOut =
  | { readonly kind: "download"; readonly save: (bytes: Uint8Array, fileName: string, mime: string) => void }
  | { readonly kind: "open"; readonly open: (bytes: Uint8Array) => Promise<void> };

export interface CollectActionsOptions {
  readonly withPort: WithPort;
  readonly today: () => CalendarDate;
  readonly loadXlsx: () => Promise<XlsxModule>;
  readonly handOut: HandOut;
  readonly loadZip?: () => Promise<() => ZipWriter>;
  readonly load?: () => Promise<CollectUseCases>;
  /** Who merges and when, for «Nhật ký» (the officer's remembered name, the page's clock). */
  readonly author?: () => ChangeAuthor;
}

const defaultAuthor = (): ChangeAuthor => ({ when: changeTime(Date.now()), who: officerName() });

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

export function collectActions(options: CollectActionsOptions): CollectActions {
  const load = options.load ?? loadCollectUseCases;

  const open = async (
    cases: CollectUseCases,
    file: PickedFile,
    signal: AbortSignal,
  ): Promise<ReturnedFile> => {
    const { XlsxWorkbook } = await options.loadXlsx();
    const bytes = new Uint8Array(await file.arrayBuffer());
    throwIfAborted(signal);
    // The modification time only orders two files of one unit; the date recorded is the file's own, else today's.
    const base = { name: file.name, receivedAt: file.lastModified, mergedOn: options.today() };
    try {
      return { ...base, workbook: await XlsxWorkbook.fromBuffer(bytes) };
    } catch (error) {
      // Refused like any other bad file, so the others still show what they bring.
      return { ...base, workbook: { unreadable: cases.unreadableReason(error) } };
    }
  };

  return {
    splitForUnits: async (signal): Promise<SplitOutcome> => {
      const handOut = options.handOut;
      const [cases, { XlsxWorkbook }, newZip] = await Promise.all([
        load(),
        options.loadXlsx(),
        handOut.kind === "download" ? (options.loadZip ?? loadZip)() : Promise.resolve(null),
      ]);
      throwIfAborted(signal);
      const files = await options.withPort(signal, (port) =>
        cases.splitForUnits(port, { now: options.today() }),
      );
      const zip = newZip?.() ?? null;
      for (const file of files) {
        throwIfAborted(signal);
        const workbook = XlsxWorkbook.empty();
        await workbook.writeSheets(file.sheets);
        const bytes = await workbook.toBuffer();
        if (zip !== null) zip.file(file.fileName, bytes);
        else if (handOut.kind === "open") await handOut.open(bytes);
      }
      if (zip === null || handOut.kind !== "download") {
        return { files: files.length, opened: files.map((file) => file.fileName) };
      }
      handOut.save(await zip.generateAsync({ type: "uint8array" }), ZIP_NAME, ZIP_MIME);
      return { files: files.length, zipName: ZIP_NAME };
    },
    previewMerge: async (picked, mergeOptions, signal) => {
      const cases = await load();
      const returned: ReturnedFile[] = [];
      for (const file of picked) returned.push(await open(cases, file, signal));
      throwIfAborted(signal);
      return options.withPort(signal, (port) => cases.planMerge(port, returned, mergeOptions));
    },
    merge: async (preview, signal) => {
      const cases = await load();
      throwIfAborted(signal);
      const author = (options.author ?? defaultAuthor)();
      return options.withPort(signal, (port) => cases.mergeIfUnchanged(port, preview, author));
    },
    progress: async (signal) => {
      const cases = await load();
      throwIfAborted(signal);
      return options.withPort(signal, (port) => cases.unitProgress(port, options.today()));
    },
    recordArrivals: async (signal) => {
      const cases = await load();
      throwIfAborted(signal);
      return options.withPort(signal, (port) => cases.recordArrivals(port, options.today()));
    },
  };
}
