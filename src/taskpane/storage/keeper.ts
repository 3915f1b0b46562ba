/**
 * Keeping the plain-browser mode's work: after each write through the port, the open workbook's
 * bytes go to the browser's storage with what is not downloaded yet; the pane's drafts (votes being
 * typed, files picked for a merge) likewise. Saves run one after another, so an older snapshot never
 * lands after a newer one. A storage failure never fails the user's action: it becomes the status's
 * `failure`, which the pane says (and clears on the next success).
 */
import {
  isPending,
  NO_DRAFTS,
  NOTHING_PENDING,
  StorageError,
  type KeptWorkbook,
  type NotDownloaded,
  type PaneDrafts,
  type WorkStore,
} from "./port";

export interface KeepStatus {
  /** The workbook kept (or being kept) for this page, null before one is open. */
  readonly fileName: string | null;
  /** When the browser last kept it, null if it never did. */
  readonly savedAt: number | null;
  readonly pending: NotDownloaded;
  /** Why the last save failed; null once one succeeds. */
  readonly failure: StorageError | null;
}

/** What an earlier visit left, as the offer to continue shows it. */
export interface SavedWork {
  readonly fileName: string;
  readonly savedAt: number;
  readonly pending: NotDownloaded;
  readonly hasDrafts: boolean;
}

export interface WorkKeeper {
  status(): KeepStatus;
  /** Calls `listener` on every change of the status; returns the unsubscribe function. */
  subscribe(listener: (status: KeepStatus) => void): () => void;
  /** What an earlier visit left in the storage, or null (a failure to read it is thrown). */
  saved(): Promise<SavedWork | null>;
  /**
   * Opens the kept workbook with `open`, then adopts it and its drafts as this page's; false when
   * nothing is kept. When `open` fails nothing is adopted.
   */
  restore(open: (kept: KeptWorkbook) => Promise<void>): Promise<boolean>;
  /** Forgets what is kept (the user chose to start afresh). */
  discard(): Promise<void>;
  /** A workbook was opened or made here: kept with nothing pending (or `created`), drafts dropped. */
  opened(fileName: string, bytes: Uint8Array, created: boolean): Promise<void>;
  /** Sheets were written: the new bytes are kept, and the sheets count as not downloaded. */
  written(sheets: readonly string[], bytes: Uint8Array): Promise<void>;
  /** The workbook was downloaded: nothing is pending any more. */
  downloaded(bytes: Uint8Array): Promise<void>;
  drafts(): PaneDrafts;
  /** Changes the drafts and keeps them. */
  updateDrafts(change: (drafts: PaneDrafts) => PaneDrafts): Promise<void>;
}

function hasDrafts(drafts: PaneDrafts): boolean {
  return Object.keys(drafts.votes).length > 0 || drafts.merge !== null;
}

export function workKeeper(store: WorkStore, now: () => number): WorkKeeper {
  let status: KeepStatus = { fileName: null, savedAt: null, pending: NOTHING_PENDING, failure: null };
  let drafts: PaneDrafts = NO_DRAFTS;
  const listeners = new Set<(status: KeepStatus) => void>();
  let queue: Promise<void> = Promise.resolve();

  const set = (next: Partial<KeepStatus>): void => {
    status = { ...status, ...next };
    for (const listener of listeners) listener(status);
  };

  /** Runs saves in order; a failure is recorded, never thrown at the caller. */
  const enqueue = (save: () => Promise<number | null>): Promise<void> => {
    queue = queue.then(async () => {
      try {
        const savedAt = await save();
        set(savedAt === null ? { failure: null } : { savedAt, failure: null });
      } catch (error) {
        set({
          failure:
            error instanceof StorageError
              ? error
              : new StorageError("failed", error instanceof Error ? error.message : String(error)),
        });
      }
    });
    return queue;
  };

  const keepWorkbook = (bytes: Uint8Array): Promise<void> => {
    const fileName = status.fileName;
    const pending = status.pending;
    if (fileName === null) return Promise.resolve();
    return enqueue(async () => {
      const savedAt = now();
      await store.saveWorkbook({ fileName, bytes, savedAt, pending });
      return savedAt;
    });
  };

  const keepDrafts = (): Promise<void> => {
    const snapshot = drafts;
    return enqueue(async () => {
      await store.saveDrafts(snapshot);
      return null;
    });
  };

  return {
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saved: async () => {
      const [kept, keptDrafts] = await Promise.all([store.loadWorkbook(), store.loadDrafts()]);
      if (kept === null) return null;
      return {
        fileName: kept.fileName,
        savedAt: kept.savedAt,
        pending: kept.pending,
        hasDrafts: hasDrafts(keptDrafts),
      };
    },
    restore: async (open) => {
      const [kept, keptDrafts] = await Promise.all([store.loadWorkbook(), store.loadDrafts()]);
      if (kept === null) return false;
      await open(kept);
      drafts = keptDrafts;
      set({ fileName: kept.fileName, savedAt: kept.savedAt, pending: kept.pending, failure: null });
      return true;
    },
    discard: async () => {
      drafts = NO_DRAFTS;
      await enqueue(async () => {
        await store.clear();
        return null;
      });
    },
    opened: async (fileName, bytes, created) => {
      drafts = NO_DRAFTS;
      set({ fileName, savedAt: null, pending: { created, sheets: [] } });
      // Both queued at once, so a write that follows lands after them.
      void keepDrafts();
      await keepWorkbook(bytes);
    },
    written: (sheets, bytes) => {
      const known = new Set(status.pending.sheets);
      const added = sheets.filter((sheet) => !known.has(sheet));
      set({ pending: { ...status.pending, sheets: [...status.pending.sheets, ...added] } });
      return keepWorkbook(bytes);
    },
    downloaded: (bytes) => {
      if (!isPending(status.pending)) return Promise.resolve();
      set({ pending: NOTHING_PENDING });
      return keepWorkbook(bytes);
    },
    drafts: () => drafts,
    updateDrafts: (change) => {
      drafts = change(drafts);
      return keepDrafts();
    },
  };
}
