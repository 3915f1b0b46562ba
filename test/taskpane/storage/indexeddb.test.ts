/**
 * The storage port over IndexedDB, on fake-indexeddb (an implementation of the W3C IndexedDB API
 * that runs its tests against the Web Platform Tests): what is kept comes back after the database is
 * opened again, as a new page would; and each way the browser refuses is a StorageError the pane
 * can word. The same adapter runs in chromium in the e2e test (e2e/keep-work.spec.ts).
 */
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { indexedDbWorkStore } from "../../../src/taskpane/storage/indexeddb";
import { NO_DRAFTS, StorageError } from "../../../src/taskpane/storage/port";

const kept = (bytes: number[]) => ({
  fileName: "kon-tum.xlsx",
  bytes: new Uint8Array(bytes),
  savedAt: 1_734_660_000_000,
  pending: { created: false, sheets: ["Bảng tổng hợp"] },
});

describe("the browser's storage over IndexedDB", () => {
  it("gives back the workbook and the drafts to a page that opens the database again", async () => {
    const factory = new IDBFactory();
    const first = indexedDbWorkStore(factory);
    await first.saveWorkbook(kept([80, 75, 3, 4]));
    await first.saveDrafts({ votes: { "c|excellent|DV01,DV02": { DV01: "7" } }, merge: null });

    const reopened = indexedDbWorkStore(factory);
    const workbook = await reopened.loadWorkbook();
    expect(workbook?.fileName).toBe("kon-tum.xlsx");
    expect([...(workbook?.bytes ?? [])]).toEqual([80, 75, 3, 4]);
    expect(workbook?.pending.sheets).toEqual(["Bảng tổng hợp"]);
    expect((await reopened.loadDrafts()).votes["c|excellent|DV01,DV02"]).toEqual({ DV01: "7" });
  });

  it("keeps the latest save, and nothing after clear", async () => {
    const store = indexedDbWorkStore(new IDBFactory());
    expect(await store.loadWorkbook()).toBeNull();
    expect(await store.loadDrafts()).toEqual(NO_DRAFTS);
    await store.saveWorkbook(kept([1]));
    await store.saveWorkbook(kept([2]));
    expect([...((await store.loadWorkbook())?.bytes ?? [])]).toEqual([2]);
    await store.clear();
    expect(await store.loadWorkbook()).toBeNull();
  });

  it("says storage is unavailable when the browser has no IndexedDB", async () => {
    const failure = await indexedDbWorkStore(undefined)
      .saveWorkbook(kept([1]))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ reason: "unavailable" });
  });

  it("says storage is unavailable when the browser refuses to open the database (private windows)", async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException(
        "A mutation operation was attempted on a database that did not allow mutations.",
        "InvalidStateError",
      );
    };
    await expect(indexedDbWorkStore(refusing).loadWorkbook()).rejects.toMatchObject({
      reason: "unavailable",
    });
  });

  it("says the storage is full when a save exceeds the quota, and works again after", async () => {
    const factory = new IDBFactory();
    const store = indexedDbWorkStore(factory);
    await store.saveDrafts(NO_DRAFTS);
    // What a browser does at its quota (IndexedDB 3.0, "abort a transaction" with QuotaExceededError):
    // the put's transaction aborts, its error the QuotaExceededError. fake-indexeddb's own abort step does it.
    const spy = jest.spyOn(IDBObjectStore.prototype, "put").mockImplementationOnce(function (
      this: IDBObjectStore,
    ): IDBRequest<IDBValidKey> {
      (this.transaction as unknown as { _abort(name: string): void })._abort("QuotaExceededError");
      return {} as IDBRequest<IDBValidKey>;
    });
    await expect(store.saveWorkbook(kept([1]))).rejects.toMatchObject({ reason: "quota" });
    spy.mockRestore();
    await store.saveWorkbook(kept([3]));
    expect([...((await store.loadWorkbook())?.bytes ?? [])]).toEqual([3]);
  });
});
