/** The Excel mode's wiring: notices from the host's support, and the use cases through one Excel.run each. */
import type { OfficeSupport } from "../../src/adapters/office/excel-host";
import { noticesFor, officeActions } from "../../src/taskpane/office-actions";
import { sampleUnits } from "../../src/taskpane/browser-actions";
import { sampleUnitName } from "../../src/messages/vi/documents";
import { FakeWorkbook } from "../support/excel-fake";
import { cellAt } from "../support/cells";

const FULL: OfficeSupport = {
  excelApi112: true,
  api19: true,
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

describe("the Excel mode", () => {
  it("tells the user what the host lacks, and nothing when it lacks nothing", () => {
    expect(noticesFor(FULL, true)).toEqual([]);
    expect(
      noticesFor({ ...FULL, excelApi112: false, api19: false, mergedAreas: false, undoGroup: false }, true),
    ).toEqual(["excel-too-old"]);
    expect(noticesFor({ ...FULL, customFunctions: false }, true)).toEqual(["functions-unavailable"]);
    expect(noticesFor(FULL, false)).toEqual(["functions-unavailable"]);
    expect(noticesFor({ ...FULL, mergedAreas: false, undoGroup: false }, true)).toEqual([
      "no-merge-reading",
      "no-undo-group",
    ]);
  });

  it("runs each step as its own Excel.run: create, check, summary, then select a problem's cell", async () => {
    const fake = new FakeWorkbook();
    const actions = officeActions({
      support: FULL,
      today: () => ({ year: 2024, month: 12, day: 20 }),
      functionsLoaded: true,
      run: (batch) => fake.run(batch),
    });
    const signal = new AbortController().signal;
    await actions.createWorkbook(
      { presetId: "kon-tum", year: 2024, units: sampleUnits(6, sampleUnitName), sampleScores: true },
      signal,
    );
    const { summary } = await actions.validate(signal);
    expect(summary?.clusters.flatMap((c) => c.units)).toHaveLength(6);
    const before = fake.syncCount;
    const generated = await actions.generateSummary(() => undefined, signal);
    expect(fake.syncCount - before).toBeLessThanOrEqual(3);
    await actions.openSheet?.(generated.sheetName);
    expect(fake.active?.sheet).toBe(generated.sheetName);
    await actions.selectCell?.(cellAt("DV03", "E9"));
    expect(fake.active).toEqual({ sheet: "DV03", address: "E9" });
    expect(await actions.isSummaryStale(signal)).toBe(false);
  });
});
