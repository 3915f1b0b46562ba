/** Keeping the browser mode's work: what is pending, saves in order, failures said and cleared. */
import { workKeeper } from "../../../src/taskpane/storage/keeper";
import { memoryWorkStore } from "../../../src/taskpane/storage/memory";
import { NO_DRAFTS, StorageError, type WorkStore } from "../../../src/taskpane/storage/port";

const bytes = (n: number) => new Uint8Array([n]);

describe("the work keeper", () => {
  it("counts each written sheet once as not downloaded, until the download", async () => {
    const store = memoryWorkStore();
    const keeper = workKeeper(store, () => 1000);
    await keeper.opened("kon-tum.xlsx", bytes(1), false);
    expect(keeper.status().pending).toEqual({ created: false, sheets: [] });
    await keeper.written(["Bảng tổng hợp"], bytes(2));
    await keeper.written(["Bỏ phiếu", "Bảng tổng hợp"], bytes(3));
    expect(keeper.status().pending.sheets).toEqual(["Bảng tổng hợp", "Bỏ phiếu"]);
    expect((await store.loadWorkbook())?.pending.sheets).toEqual(["Bảng tổng hợp", "Bỏ phiếu"]);
    expect([...((await store.loadWorkbook())?.bytes ?? [])]).toEqual([3]);
    await keeper.downloaded(bytes(3));
    expect(keeper.status().pending).toEqual({ created: false, sheets: [] });
    expect((await store.loadWorkbook())?.pending.sheets).toEqual([]);
  });

  it("says a workbook made here is not downloaded even before anything is written", async () => {
    const keeper = workKeeper(memoryWorkStore(), () => 1000);
    await keeper.opened("cum-thi-dua-2024.xlsx", bytes(1), true);
    expect(keeper.status().pending.created).toBe(true);
    expect(keeper.status().savedAt).toBe(1000);
  });

  it("lands saves in the order they were asked, whatever each takes", async () => {
    const kept: number[] = [];
    const slowFirst: WorkStore = {
      ...memoryWorkStore(),
      saveWorkbook: async (work) => {
        if (work.bytes[0] === 1) await new Promise((resolve) => setTimeout(resolve, 20));
        kept.push(work.bytes[0] ?? -1);
      },
      saveDrafts: () => Promise.resolve(),
    };
    const keeper = workKeeper(slowFirst, () => 1000);
    void keeper.opened("a.xlsx", bytes(1), false);
    await keeper.written(["A"], bytes(2));
    expect(kept).toEqual([1, 2]);
  });

  it("gives a save's failure to the status instead of throwing, and clears it on the next success", async () => {
    const store = memoryWorkStore();
    let full = true;
    const keeper = workKeeper(
      {
        ...store,
        saveWorkbook: (work) =>
          full ? Promise.reject(new StorageError("quota", "full")) : store.saveWorkbook(work),
      },
      () => 1000,
    );
    const seen: (string | null)[] = [];
    keeper.subscribe((s) => seen.push(s.failure?.reason ?? null));
    await expect(keeper.opened("a.xlsx", bytes(1), false)).resolves.toBeUndefined();
    expect(keeper.status().failure?.reason).toBe("quota");
    expect(keeper.status().savedAt).toBeNull();
    full = false;
    await keeper.written(["A"], bytes(2));
    expect(keeper.status().failure).toBeNull();
    expect(keeper.status().savedAt).toBe(1000);
    expect(seen).toContain("quota");
  });

  it("restores what an earlier page kept, drafts included, only once the workbook opened", async () => {
    const store = memoryWorkStore();
    const before = workKeeper(store, () => 1000);
    await before.opened("kon-tum.xlsx", bytes(1), false);
    await before.written(["Bỏ phiếu"], bytes(2));
    await before.updateDrafts((d) => ({ ...d, votes: { tie: { DV01: "9" } } }));

    const after = workKeeper(store, () => 2000);
    expect(await after.saved()).toEqual({
      fileName: "kon-tum.xlsx",
      savedAt: 1000,
      pending: { created: false, sheets: ["Bỏ phiếu"] },
      hasDrafts: true,
    });
    await expect(after.restore(() => Promise.reject(new Error("unreadable")))).rejects.toThrow("unreadable");
    expect(after.status().fileName).toBeNull();
    expect(after.drafts()).toEqual(NO_DRAFTS);

    let opened: number | undefined;
    expect(await after.restore((kept) => Promise.resolve(void (opened = kept.bytes[0])))).toBe(true);
    expect(opened).toBe(2);
    expect(after.status()).toMatchObject({ fileName: "kon-tum.xlsx", pending: { sheets: ["Bỏ phiếu"] } });
    expect(after.drafts().votes).toEqual({ tie: { DV01: "9" } });
  });

  it("drops the drafts when another workbook is opened, and forgets everything on discard", async () => {
    const store = memoryWorkStore();
    const keeper = workKeeper(store, () => 1000);
    await keeper.opened("a.xlsx", bytes(1), false);
    await keeper.updateDrafts((d) => ({ ...d, votes: { tie: { DV01: "9" } } }));
    await keeper.opened("b.xlsx", bytes(2), false);
    expect(keeper.drafts()).toEqual(NO_DRAFTS);
    expect(await store.loadDrafts()).toEqual(NO_DRAFTS);
    await keeper.discard();
    expect(await keeper.saved()).toBeNull();
  });
});
