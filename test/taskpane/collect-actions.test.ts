/** The pane's collect actions on real files: the split as one .zip, returned files read with the .xlsx adapter. */
import JSZip from "jszip";
import * as xlsxModule from "../../src/adapters/xlsx/xlsx-workbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { sampleUnitName } from "../../src/messages/workbook";
import type { PickedFile } from "../../src/taskpane/actions";
import { browserActions, sampleUnits } from "../../src/taskpane/browser-actions";
import { collectActions, ZIP_MIME } from "../../src/taskpane/collect-actions";
import { REFUSAL } from "../../src/workbook/collect";
import { readReturnedFile } from "../../src/workbook/collect-usecases";
import type { WorkbookPort } from "../../src/workbook/port";
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

  it("previews the returned files against the open workbook, then merges them, the arrival day from the file", async () => {
    const cluster = await clusterMemory({ preset: "thu-duc-1", units: 3 });
    const withPort = <T>(_signal: AbortSignal, use: (port: WorkbookPort) => Promise<T>): Promise<T> =>
      use(cluster);
    let zipped: Uint8Array | null = null;
    const collect = collectActions({
      withPort,
      today,
      loadXlsx: () => Promise.resolve(xlsxModule),
      save: (bytes) => (zipped = bytes),
    });
    await collect.splitForUnits(signal);
    const zip = await JSZip.loadAsync(zipped!);
    const name = Object.keys(zip.files).sort()[1]!;
    const filled = await fillScores(await zip.file(name)!.async("uint8array"), (row) => row.max);

    const preview = await collect.previewMerge(
      [picked(name, filled), picked("ghi-chu.xlsx", new TextEncoder().encode("không phải Excel"))],
      { overwrite: false },
      signal,
    );
    expect(preview.plan.files.map((f) => [f.outcome, f.unit?.code ?? f.refusal?.code])).toEqual([
      ["merge", "DV02"],
      ["refused", REFUSAL.UNREADABLE],
    ]);
    expect(preview.plan.files[0]!.receivedOn).toEqual({ year: 2024, month: 10, day: 12 });
    expect(cluster.cellWrites).toBe(0);

    const outcome = await collect.merge(preview, signal);
    expect(outcome.applied).toBe(true);
    expect(cluster.cellWrites).toBe(1);
    const row = cluster.sheets.find((s) => s.name === "DV02")!.values.find((r) => r[0] === "I.1")!;
    expect(row[4]).toBe(10);
  });
});
