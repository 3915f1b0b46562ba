/**
 * The use cases on the Office.js adapter, over the recording fake: the same code the pane runs in
 * Excel, held to its sync budget whatever the number of units.
 */
import { OfficeWorkbook } from "../../../src/adapters/office/office-workbook";
import { sampleUnits } from "../../../src/taskpane/browser-actions";
import {
  createClusterWorkbook,
  generateRecommendation,
  generateSummary,
  isSummaryStale,
  recordVotes,
  validateWorkbook,
} from "../../../src/workbook/usecases";
import { SHEET } from "../../../src/workbook/sheet-names";
import { sampleUnitName } from "../../../src/messages/vi/documents";
import { FakeWorkbook, WEB_PAYLOAD_LIMIT } from "../../support/excel-fake";

const NOW = { year: 2024, month: 12, day: 20 };

function session(fake: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(fake.context() as unknown as Excel.RequestContext, {
    capabilities: { mergedAreas: true },
  });
}

async function clusterWorkbook(units: number): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook();
  await createClusterWorkbook(session(fake), {
    presetId: "kon-tum",
    year: 2024,
    units: sampleUnits(units, sampleUnitName),
    head: "DV01",
    deputy: "DV02",
    sampleScores: true,
  });
  return fake;
}

describe("use cases on the Office.js adapter", () => {
  it.each([
    [20, 4],
    [200, 4],
    [2000, 9],
  ])(
    "generates the summary of %i units in at most %i syncs, each request and response under Excel on the web's 5 MB",
    async (units, syncs) => {
      const fake = await clusterWorkbook(units);
      const before = fake.syncCount;

      const result = await generateSummary(session(fake), { now: NOW });

      // The listing, the sheets' sizes, their cells in pieces under the response limit, the write.
      const made = fake.syncs.slice(before);
      expect(made.length).toBeLessThanOrEqual(syncs);
      expect(Math.max(...made.map((s) => s.bytes))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
      expect(Math.max(...made.map((s) => s.responseBytes))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
      expect(result.sheetName).toBe(SHEET.summary);
      expect(result.summary.clusters.flatMap((c) => c.units)).toHaveLength(units);
      const written = fake.grid(SHEET.summary);
      expect(written.length).toBeGreaterThan(units);
      // The write happened with calculation suspended.
      expect(fake.syncs[fake.syncs.length - 1]?.calculationSuspended).toBe(true);
    },
    120_000,
  );

  it("validates in three syncs: the listing, the sheets' sizes, their cells", async () => {
    const fake = await clusterWorkbook(20);
    const before = fake.syncCount;
    const { summary } = await validateWorkbook(session(fake));
    expect(fake.syncCount - before).toBe(3);
    expect(summary?.clusters[0]?.units).toHaveLength(20);
  });

  it("regenerates its own summary in place and knows when the inputs changed since", async () => {
    const fake = await clusterWorkbook(20);
    await generateSummary(session(fake), { now: NOW });
    expect(await isSummaryStale(session(fake))).toBe(false);

    const again = await generateSummary(session(fake), { now: NOW });
    expect(again.renamedBecauseTaken).toBe(false);
    expect(fake.sheets.filter((s) => s.name.startsWith(SHEET.summary))).toHaveLength(1);

    // A self score edited by hand after generating makes the summary stale.
    const grid = fake.grid("DV03");
    const header = grid.findIndex((row) => row.includes("Tự chấm"));
    const column = grid[header]?.indexOf("Tự chấm") ?? -1;
    const row = grid.findIndex((cells, r) => r > header && typeof cells[column] === "number");
    const cell = fake.sheet("DV03")?.cells.get(`${row},${column}`);
    if (cell === undefined) throw new Error("no self score in DV03");
    cell.value = (cell.value as number) > 0 ? 0 : 1;
    expect(await isSummaryStale(session(fake))).toBe(true);
  });

  it("writes next to a user's own sheet of the same name instead of over it", async () => {
    const fake = await clusterWorkbook(20);
    fake.seedSheet(SHEET.summary, [["Bảng của tôi"]]);
    const result = await generateSummary(session(fake), { now: NOW });
    expect(result.renamedBecauseTaken).toBe(true);
    expect(fake.grid(SHEET.summary)).toEqual([["Bảng của tôi"]]);
    expect(fake.sheet(result.sheetName)).toBeDefined();
  });

  it("records votes and writes the printable recommendation", async () => {
    const fake = await clusterWorkbook(20);
    await recordVotes(session(fake), new Map([["DV05", 12]]));
    expect(fake.grid(SHEET.votes).some((row) => row.includes("DV05") && row.includes(12))).toBe(true);
    const before = fake.syncCount;
    const result = await generateRecommendation(session(fake), { now: NOW });
    expect(fake.syncCount - before).toBeLessThanOrEqual(4);
    expect(fake.sheet(result.sheetName)).toBeDefined();
  });
});
