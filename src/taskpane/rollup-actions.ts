/**
 * «Tổng hợp khối» in the plain browser: the cluster workbooks the user picks are read with the .xlsx
 * adapter (never written), rolled up by the same use case as `thidua tong-hop-khoi`
 * (workbook/block-rollup.ts), and the roll-up's .xlsx downloaded; its tờ trình and list are the
 * same Word writer's, downloaded as one .zip. The open workbook has no part in it. The use case, the
 * adapter, the writer and the zip load on the first use, not with the pane.
 */
import type { CalendarDate } from "../core/model";
import type * as RollupModule from "../workbook/block-rollup";
import type { RollupWritten } from "../workbook/block-rollup";
import { isWorkbookError } from "../workbook/errors";
import type { PickedFile } from "./actions";
import type { XlsxModule, XlsxPort } from "./browser-actions";
import { loadZip, ZIP_MIME, type ZipWriter } from "./collect-actions";
import { InFileError, NotXlsxError } from "./errors";

export type { RollupWritten };

export const ROLLUP_FILE = "tong-hop-khoi.xlsx";
export const ROLLUP_DOCUMENTS_ZIP = "to-trinh-danh-sach-tong-hop-khoi.zip";

export interface RollupOutcome {
  readonly rollup: RollupWritten;
  /** The files as picked, in the order rolled up. */
  readonly files: readonly string[];
  /** The downloaded roll-up's name; null when it was refused (nothing downloaded). */
  readonly downloaded: string | null;
}

export interface RollupActions {
  /** Rolls the picked workbooks up; downloads the roll-up .xlsx unless something refuses it. */
  rollUp(files: readonly PickedFile[], signal: AbortSignal): Promise<RollupOutcome>;
  /** Downloads the roll-up's tờ trình and list (Word) as one .zip; their names. */
  downloadDocuments(outcome: RollupOutcome, signal: AbortSignal): Promise<readonly string[]>;
}

export type RollupUseCases = typeof RollupModule;

const loadRollup = (): Promise<RollupUseCases> =>
  import(/* webpackChunkName: "rollup" */ "../workbook/block-rollup");
const loadWriter = () => import(/* webpackChunkName: "docx" */ "../adapters/docx/docx-writer");

export interface RollupActionsOptions {
  readonly loadXlsx: () => Promise<XlsxModule>;
  readonly save: (bytes: Uint8Array, fileName: string, mime?: string) => void;
  readonly today: () => CalendarDate;
  readonly load?: () => Promise<RollupUseCases>;
  readonly loadZip?: () => Promise<() => ZipWriter>;
}

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

export function rollupActions(options: RollupActionsOptions): RollupActions {
  const load = options.load ?? loadRollup;
  const zip = options.loadZip ?? loadZip;
  return {
    rollUp: async (files, signal) => {
      const [cases, xlsx] = await Promise.all([load(), options.loadXlsx()]);
      const workbooks: { file: string; port: XlsxPort }[] = [];
      for (const f of files) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        throwIfAborted(signal);
        try {
          workbooks.push({ file: f.name, port: await xlsx.XlsxWorkbook.fromBuffer(bytes) });
        } catch (error) {
          // The adapter explains encrypted, truncated or oversized files; anything else is "not an .xlsx".
          // Several files are read: the sentence names the one.
          throw new InFileError(f.name, isWorkbookError(error) ? error : new NotXlsxError(f.name));
        }
      }
      const target = xlsx.XlsxWorkbook.empty();
      const rollup = await cases.rollUpWorkbooks(workbooks, target);
      throwIfAborted(signal);
      if (!rollup.written) return { rollup, files: files.map((f) => f.name), downloaded: null };
      options.save(await target.toBuffer(), ROLLUP_FILE);
      return { rollup, files: files.map((f) => f.name), downloaded: ROLLUP_FILE };
    },
    downloadDocuments: async (outcome, signal) => {
      const [cases, writer, makeZip] = await Promise.all([load(), loadWriter(), zip()]);
      throwIfAborted(signal);
      const archive = makeZip();
      const names: string[] = [];
      for (const d of cases.rollupDocumentFiles(outcome.rollup, options.today())) {
        const name = `${d.fileName}.docx`;
        archive.file(name, await writer.documentToDocx(d.document));
        names.push(name);
      }
      throwIfAborted(signal);
      options.save(await archive.generateAsync({ type: "uint8array" }), ROLLUP_DOCUMENTS_ZIP, ZIP_MIME);
      return names;
    },
  };
}
