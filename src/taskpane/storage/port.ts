/**
 * The browser's storage as the plain-browser mode sees it: the open workbook as last written, what
 * of it is not downloaded yet, and what the pane holds that is not in the file (votes being typed,
 * returned files picked for a merge). One record of each; the IndexedDB adapter keeps them across a
 * reload or a closed tab, the in-memory one serves the tests. Components never see this port: they
 * get the keeper (keeper.ts) through the pane's actions.
 */

/** What of the open workbook is not in a downloaded file yet. */
export interface NotDownloaded {
  /** Made in the browser (Set up, a sample made here) and never downloaded. */
  readonly created: boolean;
  /** Sheets written since the file was opened or last downloaded, in the order first written. */
  readonly sheets: readonly string[];
}

export const NOTHING_PENDING: NotDownloaded = { created: false, sheets: [] };

export function isPending(pending: NotDownloaded): boolean {
  return pending.created || pending.sheets.length > 0;
}

/** The open workbook as the browser keeps it. */
export interface KeptWorkbook {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** When it was kept, in milliseconds since 1970 (the page's clock). */
  readonly savedAt: number;
  readonly pending: NotDownloaded;
}

/** A returned file the user picked for a merge, kept with its bytes. */
export interface KeptFile {
  readonly name: string;
  readonly lastModified: number;
  readonly bytes: Uint8Array;
}

/** What the pane holds that is not in the workbook yet. */
export interface PaneDrafts {
  /** Vote counts being typed, by tie (see tieDraftKey), by unit code. */
  readonly votes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The returned files picked for a merge not written yet, and the overwrite choice. */
  readonly merge: { readonly files: readonly KeptFile[]; readonly overwrite: boolean } | null;
}

export const NO_DRAFTS: PaneDrafts = { votes: {}, merge: null };

export interface WorkStore {
  loadWorkbook(): Promise<KeptWorkbook | null>;
  saveWorkbook(kept: KeptWorkbook): Promise<void>;
  loadDrafts(): Promise<PaneDrafts>;
  saveDrafts(drafts: PaneDrafts): Promise<void>;
  /** Forgets the workbook and the drafts. */
  clear(): Promise<void>;
}

/**
 * Why the browser did not keep the work: it has no storage for this page (IndexedDB missing, a
 * private window, storage turned off), it is full, or it failed otherwise (`detail` says how).
 */
export type StorageFailureReason = "unavailable" | "quota" | "failed";

export class StorageError extends Error {
  constructor(
    readonly reason: StorageFailureReason,
    readonly detail: string = "",
  ) {
    super(`Browser storage ${reason}${detail === "" ? "" : `: ${detail}`}`);
    this.name = "StorageError";
  }
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}
