/** The pane's collect actions on real files: the split as one .zip, returned files read with the .xlsx adapter. */
import JSZip from "jszip";
import * as xlsxModule from "../../src/adapters/xlsx/xlsx-workbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { toExcelSerial } from "../../src/core/calendar";
import { sampleUnitName } from "../../src/messages/vi/documents";
import type { PickedFile } from "../../src/taskpane/actions";
import { browserActions, sampleUnits } from "../../src/taskpane/browser-actions";
import { collectActions, ZIP_MIME } from "../../src/taskpane/collect-actions";
import { officeActions } from "../../src/taskpane/office-actions";
import { REFUSAL } from "../../src/workbook/collect/refusals";
import { readReturnedFile } from "../../src/workbook/collect/usecases";
import { SHEET } from "../../src/workbook/sheet-names";
import type { ProtectableWorkbookPort } from "../../src/workbook/port";
import { FakeWorkbook } from "../support/excel-fake";
import { clusterMemory, fillScores } from "../workbook/collect-support";

const today = () => ({ year: 2024, month: 10, day: 18 });
const signal = new AbortController().signal;

function picked(name: string, bytes: Uint8Array, lastModified = Date.UTC(2024, 9, 12, 3)): PickedFile {
  return { name, lastModified, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) };
}

describe("collecting from the pane", () => {
  it("hands the units' self-scoring files over as one .zip, each a unit file", async () => {
    const saved: { bytes: Uint8Array; name: string; mime: string | undefined }[] = [];
    const actions = browserActions({
      today,
      loadXlsx: () => Promise.resolve(xlsxModule),
      fetchSample: () => Promise.resolve(null),
      save: (bytes, name, mime) => saved.push({ bytes, name, mime }),
    });
    await actions.createWorkbook(
      { presetId: "thu-duc-1", year: 2024, units: sampleUnits(3, sampleUnitName) },
      signal,
    );
    const result = await actions.collect!.splitForUnits(signal);
    expect(result).toEqual({ files: 3, zipName: "tep-tu-cham-diem.zip" });
    expect(saved.map((s) => [s.name, s.mime])).toEqual([["tep-tu-cham-diem.zip", ZIP_MIME]]);

    const zip = await JSZip.loadAsync(saved[0]!.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/^DV01 - .+\.xlsx$/);
    const first = await zip.file(names[0]!)!.async("uint8array");
    const read = await readReturnedFile(await XlsxWorkbook.fromBuffer(first));
    expect(read.ok && read.file.identity.unitCode).toBe("DV01");
  });

  it("previews the returned files against the open workbook, then merges them, the arrival day the one the file gives (not its modification day)", async () => {
    const cluster = await clusterMemory({ preset: "thu-duc-1", units: 3 });
    const withPort = <T>(
      _signal: AbortSignal,
      use: (port: ProtectableWorkbookPort) => Promise<T>,
    ): Promise<T> => use(cluster);
    let zipped: Uint8Array | null = null;
    const collect = collectActions({
      withPort,
      today,
      loadXlsx: () => Promise.resolve(xlsxModule),
      handOut: { kind: "download", save: (bytes) => (zipped = bytes) },
    });
    await collect.splitForUnits(signal);
    const zip = await JSZip.loadAsync(zipped!);
    const name = Object.keys(zip.files).sort()[1]!;
    const filled = await fillScores(await zip.file(name)!.async("uint8array"), (row) => row.max, undefined, {
      year: 2024,
      month: 10,
      day: 9,
    });

    const preview = await collect.previewMerge(
      [picked(name, filled), picked("ghi-chu.xlsx", new TextEncoder().encode("không phải Excel"))],
      { overwrite: false },
      signal,
    );
    expect(preview.plan.files.map((f) => [f.outcome, f.unit?.code ?? f.refusal?.code])).toEqual([
      ["merge", "DV02"],
      ["refused", REFUSAL.UNREADABLE],
    ]);
    // Picked on the 12th (its modification day), merged on the 18th: the unit scored on the 9th.
    expect(preview.plan.files[0]).toMatchObject({
      receivedOn: { year: 2024, month: 10, day: 9 },
      receivedFrom: "file",
    });
    expect(cluster.cellWrites).toBe(0);

    const outcome = await collect.merge(preview, signal);
    expect(outcome.applied).toBe(true);
    expect(cluster.cellWrites).toBe(1);
    const row = cluster.sheets.find((s) => s.name === "DV02")!.values.find((r) => r[0] === "I.1")!;
    expect(row[4]).toBe(10);
  });
});

describe("the pane's Gộp writes the merge in both modes", () => {
  /** The day DV02 wrote in «Ngày chấm điểm». */
  const arrived = { year: 2024, month: 10, day: 11 };
  const units = sampleUnits(3, sampleUnitName);

  /** DV02's file from the .zip the pane saved, filled with full marks and one formula-like note. */
  async function filledDv02(zipped: Uint8Array): Promise<PickedFile> {
    const zip = await JSZip.loadAsync(zipped);
    const name = Object.keys(zip.files).sort()[1]!;
    const bytes = await fillScores(
      await zip.file(name)!.async("uint8array"),
      (row) => row.max,
      (row) => (row.code === "I.1" ? "=2+2" : null),
      arrived,
    );
    return picked(name, bytes);
  }

  it("in a plain browser: the downloaded workbook holds the merged scores and the arrival day", async () => {
    const saved: Uint8Array[] = [];
    const actions = browserActions({
      today,
      loadXlsx: () => Promise.resolve(xlsxModule),
      fetchSample: () => Promise.resolve(null),
      save: (bytes) => saved.push(bytes),
    });
    await actions.createWorkbook({ presetId: "thu-duc-1", year: 2024, units }, signal);
    await actions.collect!.splitForUnits(signal);
    const preview = await actions.collect!.previewMerge(
      [await filledDv02(saved[0]!)],
      { overwrite: false },
      signal,
    );
    expect((await actions.collect!.merge(preview, signal)).applied).toBe(true);

    await actions.download!();
    const wb = await XlsxWorkbook.fromBuffer(saved.at(-1)!);
    const [dv02, list] = await wb.readSheets(["DV02", SHEET.units], { formulas: true });
    const r = dv02!.values.findIndex((row) => row[0] === "I.1");
    expect([dv02!.values[r]![4], dv02!.values[r]![6], dv02!.formulas?.[r]?.[6] ?? null]).toEqual([
      10,
      "=2+2",
      null,
    ]);
    expect(list!.values.find((row) => row[0] === "DV02")?.[9]).toEqual(arrived);
    expect(list!.values.find((row) => row[0] === "DV01")?.[9] ?? null).toBeNull();
  });

  it("in Excel: the merge is written in one write sync, text kept as text", async () => {
    const fake = new FakeWorkbook();
    const saved: Uint8Array[] = [];
    const actions = officeActions({
      support: {
        excelApiFloor: true,
        platform: "web",
        mergedAreas: true,
        undoGroup: true,
        customFunctions: true,
        sharedRuntime: true,
      },
      today,
      runner: fake.runner,
      save: (bytes) => saved.push(bytes),
    });
    await actions.createWorkbook({ presetId: "thu-duc-1", year: 2024, units }, signal);
    await actions.collect!.splitForUnits(signal);
    const preview = await actions.collect!.previewMerge(
      [await filledDv02(saved[0]!)],
      { overwrite: false },
      signal,
    );
    const before = fake.syncs.length;
    expect((await actions.collect!.merge(preview, signal)).applied).toBe(true);
    // A fresh read to compare with the preview, then every column and date in one request, as one
    // undo step (a grouped-undo run: ExcelApi 1.20).
    const writes = fake.syncs.slice(before).filter((s) => s.calculationSuspended);
    expect(writes.map((s) => s.grouped)).toEqual([true]);

    const grid = fake.grid("DV02");
    const row = grid.find((cells) => cells[0] === "I.1")!;
    expect([row[4], row[6]]).toEqual([10, "=2+2"]);
    const r = grid.indexOf(row);
    expect(fake.findSheet("DV02")!.cells.get(`${r},6`)?.formula).toBeNull();
    const list = fake.grid(SHEET.units);
    expect(list.find((cells) => cells[0] === "DV02")?.[9]).toBe(toExcelSerial(arrived));
    // DV01 sent nothing: its date cell stays empty (formatted as a date, so the fake shows "").
    expect(["", null]).toContain(list.find((cells) => cells[0] === "DV01")?.[9] ?? null);
  });
});
