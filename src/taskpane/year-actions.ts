/**
 * «Năm mới» from the pane, in both modes: the open workbook (Excel's, or the browser's file) is read
 * through `withPort` and never written; the new workbook is made by the same use case as `thidua
 * nam-moi` (workbook/new-year.ts) into an empty .xlsx, then handed to the user — in a browser as a
 * download, in Excel opened as a new workbook (Excel.createWorkbook) where the host can, else as a
 * download. The use case and the .xlsx adapter load on the first use, not with the pane.
 */
import type * as NewYearModule from "../workbook/new-year";
import type { MappingEntry, NewYearPreview, NewYearResult } from "../workbook/new-year";
import type { WithPort } from "./bind-use-cases";
import type { XlsxModule } from "./browser-actions";

export type { MappingEntry, NewYearPreview, NewYearResult };

/** What the user chose in the step: the new deputies (one per cluster at most) and the mapping. */
export interface NewYearRequest {
  readonly deputies: readonly string[];
  readonly mapping: readonly MappingEntry[];
}

/** How the new workbook reached the user. */
export type NewYearDelivery = "download" | "opened";

export interface NewYearMade {
  readonly result: NewYearResult;
  /** The file's name (the download's, or the one suggested), null when nothing was made. */
  readonly fileName: string | null;
  readonly delivered: NewYearDelivery | null;
}

export interface NewYearActions {
  /** How the new workbook will reach the user: opened in a new Excel window, or downloaded. */
  readonly delivery: NewYearDelivery;
  /** What will be carried and made; reads the open workbook, writes nothing. */
  preview(request: NewYearRequest, signal: AbortSignal): Promise<NewYearPreview>;
  /** Makes the new workbook and hands it over; the open workbook is never changed. */
  make(request: NewYearRequest, signal: AbortSignal): Promise<NewYearMade>;
}

export type NewYearUseCases = typeof NewYearModule;

export const loadNewYear = (): Promise<NewYearUseCases> =>
  import(/* webpackChunkName: "year" */ "../workbook/new-year");

export interface NewYearActionsOptions {
  readonly withPort: WithPort;
  readonly loadXlsx: () => Promise<XlsxModule>;
  /** The open file's name (browser), null where there is none to go by (Excel). */
  readonly currentName: () => string | null;
  /** Hands the new workbook to the user; says how it went. */
  readonly deliver: (bytes: Uint8Array, fileName: string) => Promise<NewYearDelivery>;
  /** How `deliver` means to hand it over, as the pane tells the user before (it may still fall back). */
  readonly delivery: NewYearDelivery;
  readonly load?: () => Promise<NewYearUseCases>;
}

function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  throw error;
}

/**
 * The new workbook's name: the open file's with last year's first year moved on where it names it
 * ("cum-1-2025.xlsx" → "cum-1-2026.xlsx"), else the file's name (or "cum-thi-dua") with the new
 * period's first year after it.
 *
 * @example newYearFileName("cum-1-2025.xlsx", 2025, 2026) === "cum-1-2026.xlsx"
 * @example newYearFileName(null, 2025, 2026) === "cum-thi-dua-2026.xlsx"
 */
export function newYearFileName(current: string | null, lastYear: number, newYear: number): string {
  const base = (current ?? "cum-thi-dua").replace(/\.(xlsx|xlsm|xls)$/iu, "");
  const year = String(lastYear);
  if (base.includes(year)) return `${base.split(year).join(String(newYear))}.xlsx`;
  return `${base}-${newYear}.xlsx`;
}

export function newYearActions(options: NewYearActionsOptions): NewYearActions {
  const load = options.load ?? loadNewYear;
  const optionsOf = (request: NewYearRequest) => ({
    deputy: request.deputies.filter((d) => d.trim() !== ""),
    mapping: request.mapping,
  });
  return {
    delivery: options.delivery,
    preview: async (request, signal) => {
      const cases = await load();
      throwIfAborted(signal);
      return options.withPort(signal, (port) => cases.previewNewYear(port, optionsOf(request)));
    },
    make: async (request, signal) => {
      const [cases, xlsx] = await Promise.all([load(), options.loadXlsx()]);
      throwIfAborted(signal);
      const target = xlsx.XlsxWorkbook.empty();
      const result = await options.withPort(signal, (port) =>
        cases.newYearWorkbook(port, target, optionsOf(request)),
      );
      if (!result.written) return { result, fileName: null, delivered: null };
      throwIfAborted(signal);
      const lastYear = result.period.start.year - 1;
      const fileName = newYearFileName(options.currentName(), lastYear, result.period.start.year);
      const delivered = await options.deliver(await target.toBuffer(), fileName);
      return { result, fileName, delivered };
    },
  };
}
