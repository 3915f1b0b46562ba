/**
 * The storage port over IndexedDB: one database, one object store, two records ("workbook",
 * "drafts"). Every failure becomes a StorageError the pane can word: no IndexedDB or a refused open
 * (private windows, storage turned off) is "unavailable", a full disk or origin quota is "quota",
 * anything else "failed" with the browser's own words.
 */
import { NO_DRAFTS, StorageError, type KeptWorkbook, type PaneDrafts, type WorkStore } from "./port";

const DATABASE = "thidua";
const VERSION = 1;
const STORE = "work";
const WORKBOOK = "workbook";
const DRAFTS = "drafts";

function failureOf(error: unknown, whenOpening: boolean): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === "QuotaExceededError") return new StorageError("quota", message);
  // Firefox's private windows refuse the open with InvalidStateError, Safari's with SecurityError or UnknownError.
  if (whenOpening || name === "SecurityError" || name === "InvalidStateError")
    return new StorageError("unavailable", `${name}${message === "" ? "" : `: ${message}`}`);
  return new StorageError("failed", `${name === "" ? "" : `${name}: `}${message}`);
}

export function indexedDbWorkStore(factory: IDBFactory | undefined, name = DATABASE): WorkStore {
  let connection: Promise<IDBDatabase> | null = null;

  const open = (): Promise<IDBDatabase> => {
    if (factory === undefined) return Promise.reject(new StorageError("unavailable", "no IndexedDB"));
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(name, VERSION);
      } catch (error) {
        reject(failureOf(error, true));
        return;
      }
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database: close, and open again on the next use.
        db.onversionchange = () => {
          db.close();
          connection = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(failureOf(request.error, true));
      request.onblocked = () => reject(new StorageError("unavailable", "blocked by another tab"));
    }).catch((error: unknown) => {
      connection = null;
      throw failureOf(error, true);
    });
    return connection;
  };

  /** One transaction; resolves when it has committed (a quota failure shows only then). */
  const run = async <T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest | null,
  ): Promise<T | undefined> => {
    const db = await open();
    return new Promise<T | undefined>((resolve, reject) => {
      let result: T | undefined;
      let transaction: IDBTransaction;
      try {
        transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        if (request !== null) request.onsuccess = () => (result = request.result as T);
      } catch (error) {
        reject(failureOf(error, false));
        return;
      }
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(failureOf(transaction.error, false));
      transaction.onabort = () => reject(failureOf(transaction.error ?? new Error("aborted"), false));
    });
  };

  return {
    loadWorkbook: async () => (await run<KeptWorkbook>("readonly", (s) => s.get(WORKBOOK))) ?? null,
    saveWorkbook: async (kept) => {
      await run("readwrite", (s) => s.put(kept, WORKBOOK));
    },
    loadDrafts: async () => (await run<PaneDrafts>("readonly", (s) => s.get(DRAFTS))) ?? NO_DRAFTS,
    saveDrafts: async (drafts) => {
      await run("readwrite", (s) => s.put(drafts, DRAFTS));
    },
    clear: async () => {
      await run("readwrite", (s) => s.clear());
    },
  };
}
