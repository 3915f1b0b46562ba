/**
 * The plain-browser mode on the real .xlsx adapter (as the lazily loaded chunk gives it): open,
 * sample, the steps, download — without a browser; the e2e test runs the same in chromium.
 */
import { readFileSync } from "fs";
import path from "path";
import * as xlsx from "../../src/adapters/xlsx/xlsx-workbook";
import {
  browserActions,
  type BrowserActionsOptions,
  type XlsxModule,
} from "../../src/taskpane/browser-actions";
import { vi } from "../../src/messages/vi/diagnostics";
import { paneTextFor } from "../../src/messages/pane";
import { describeError, NoWorkbookError } from "../../src/taskpane/errors";
import { SHEET } from "../../src/workbook/sheet-names";
import { workKeeper } from "../../src/taskpane/storage/keeper";
import { memoryWorkStore } from "../../src/taskpane/storage/memory";
import { StorageError } from "../../src/taskpane/storage/port";

const SAMPLE = readFileSync(path.join(__dirname, "..", "..", "assets", "samples", "kon-tum.xlsx"));
const today = () => ({ year: 2024, month: 12, day: 20 });
const signal = () => new AbortController().signal;

function setup(overrides: Partial<BrowserActionsOptions> = {}) {
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const actions = browserActions({
    today,
    loadXlsx: () => Promise.resolve(xlsx as unknown as XlsxModule),
    fetchSample: () => Promise.resolve(new Uint8Array(SAMPLE)),
    save: (bytes, name) => saved.push({ bytes, name }),
    ...overrides,
  });
  return { actions, saved };
}

describe("the plain-browser mode", () => {
  it("asks for a workbook before any step", async () => {
    const { actions } = setup();
    await expect(actions.validate(signal())).rejects.toBeInstanceOf(NoWorkbookError);
    await expect(actions.download?.()).rejects.toBeInstanceOf(NoWorkbookError);
    expect(actions.document?.current()).toBeNull();
  });

  it("opens the shipped sample, summarizes it and downloads a workbook holding the summary", async () => {
    const { actions, saved } = setup();
    expect(await actions.document?.openSample(signal())).toBe(true);
    expect(actions.document?.current()).toBe("kon-tum.xlsx");

    const progress: (number | null)[] = [];
    const result = await actions.generateSummary((p) => progress.push(p), signal());
    expect(result.sheetName).toBe(SHEET.summary);
    expect(progress[progress.length - 1]).toBe(1);
    await actions.download?.();

    expect(saved.map((s) => s.name)).toEqual(["kon-tum.xlsx"]);
    const reopened = await xlsx.XlsxWorkbook.fromBuffer(saved[0]?.bytes ?? new Uint8Array());
    expect((await reopened.listSheets()).find((s) => s.name === SHEET.summary)?.generated).toBe(true);
  });

  it("makes a sample in the browser when the shipped one cannot be fetched", async () => {
    const { actions } = setup({ fetchSample: () => Promise.resolve(null) });
    expect(await actions.document?.openSample(signal())).toBe(false);
    const { problems, summary } = await actions.validate(signal());
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(summary?.clusters.flatMap((c) => c.units)).toHaveLength(10);
  });

  it("refuses a file that is not an .xlsx and keeps the workbook that was open", async () => {
    const { actions } = setup();
    await actions.document?.openSample(signal());
    const notes = new Blob(["không phải Excel"]);
    // The adapter's own refusal, with its code; the pane words it in its language.
    const refusal = await actions.document?.open(notes, "ghi-chu.xlsx", signal()).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "XLSX_NOT_XLSX" });
    expect(describeError(refusal, paneTextFor("vi"))).toBe(vi.workbookErrors.XLSX_NOT_XLSX({}));
    expect(actions.document?.current()).toBe("kon-tum.xlsx");
  });

  it("creates a new workbook from the Set up step and names the download after the year", async () => {
    const { actions, saved } = setup();
    await actions.createWorkbook(
      {
        presetId: "thu-duc-1",
        year: 2025,
        units: [
          { code: "A", name: "Công đoàn A", type: "direct" },
          { code: "B", name: "Công đoàn B", type: "direct" },
        ],
      },
      signal(),
    );
    await actions.download?.();
    expect(saved[0]?.name).toBe("cum-thi-dua-2025.xlsx");
    const sheets = (
      await (await xlsx.XlsxWorkbook.fromBuffer(saved[0]?.bytes ?? new Uint8Array())).listSheets()
    ).map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining([SHEET.config, "A", "B"]));
  });

  it("stops when cancelled instead of adopting the file", async () => {
    const { actions } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(actions.document?.openSample(controller.signal)).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(actions.document?.current()).toBeNull();
  });
});

describe("the plain-browser mode keeps the work in the browser's storage", () => {
  function keptSetup(store = memoryWorkStore()) {
    const keeper = workKeeper(store, () => 1_734_660_000_000);
    return { store, keeper, ...setup({ keeper }) };
  }

  it("keeps the opened file, then its bytes after each write, with the sheets written not downloaded", async () => {
    const { actions, store } = keptSetup();
    await actions.document?.openSample(signal());
    expect((await store.loadWorkbook())?.pending).toEqual({ created: false, sheets: [] });

    await actions.generateSummary(() => undefined, signal());
    const kept = await store.loadWorkbook();
    expect(kept?.fileName).toBe("kon-tum.xlsx");
    expect(kept?.pending.sheets).toEqual([SHEET.summary]);
    const reopened = await xlsx.XlsxWorkbook.fromBuffer(kept?.bytes ?? new Uint8Array());
    expect((await reopened.listSheets()).map((s) => s.name)).toContain(SHEET.summary);

    await actions.download?.();
    expect((await store.loadWorkbook())?.pending.sheets).toEqual([]);
  });

  it("keeps nothing new for an action that only reads", async () => {
    const { actions, store } = keptSetup();
    await actions.document?.openSample(signal());
    const writes = store.writes();
    await actions.validate(signal());
    expect(store.writes()).toBe(writes);
  });

  it("gives a new page the kept workbook, changes and name included, when it continues", async () => {
    const { actions, store } = keptSetup();
    await actions.document?.openSample(signal());
    await actions.generateSummary(() => undefined, signal());

    // A reload: a new page, the same storage.
    const { actions: again, keeper } = keptSetup(store);
    expect(again.document?.current()).toBeNull();
    expect(await again.document?.saved()).toMatchObject({
      fileName: "kon-tum.xlsx",
      pending: { sheets: [SHEET.summary] },
    });
    expect(await again.document?.continueSaved(signal())).toBe(true);
    expect(again.document?.current()).toBe("kon-tum.xlsx");
    expect(keeper.status().pending.sheets).toEqual([SHEET.summary]);
    expect(await again.isSummaryStale(signal())).toBe(false);
  });

  it("says a workbook made in Set up is not downloaded", async () => {
    const { actions, keeper } = keptSetup();
    await actions.createWorkbook(
      { presetId: "thu-duc-1", year: 2025, units: [{ code: "A", name: "Công đoàn A", type: "direct" }] },
      signal(),
    );
    expect(keeper.status().pending.created).toBe(true);
    expect(keeper.status().fileName).toBe("cum-thi-dua-2025.xlsx");
  });

  it("still writes the workbook when the browser's storage is full, and says the storage failed", async () => {
    const store = memoryWorkStore();
    const keeper = workKeeper(
      { ...store, saveWorkbook: () => Promise.reject(new StorageError("quota", "full")) },
      () => 0,
    );
    const { actions } = setup({ keeper });
    await actions.document?.openSample(signal());
    const outcome = await actions.generateSummary(() => undefined, signal());
    expect(outcome.sheetName).toBe(SHEET.summary);
    expect(keeper.status().failure?.reason).toBe("quota");
  });
});
