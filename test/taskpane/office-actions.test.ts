/** The Excel mode's wiring: notices from the host's support, and the use cases through one Excel.run each. */
import type { OfficeSupport, StartupBehaviour } from "../../src/adapters/office/excel-host";
import { handOutFor, noticesFor, officeActions } from "../../src/taskpane/office-actions";
import { sampleUnits } from "../../src/taskpane/browser-actions";
import { sampleUnitName } from "../../src/messages/vi/documents";
import { FakeWorkbook } from "../support/excel-fake";
import { cellAt } from "../support/cells";

const FULL: OfficeSupport = {
  excelApiFloor: true,
  platform: "web",
  mergedAreas: true,
  undoGroup: true,
  customFunctions: true,
  sharedRuntime: true,
};

const today = () => ({ year: 2024, month: 12, day: 20 });

function recordingStartup(): StartupBehaviour & { calls: string[] } {
  let current: "load" | "none" = "none";
  const calls: string[] = [];
  return {
    calls,
    get: () => {
      calls.push("get");
      return Promise.resolve(current);
    },
    set: (behaviour) => {
      calls.push(`set ${behaviour}`);
      current = behaviour;
      return Promise.resolve();
    },
  };
}

describe("the Excel mode", () => {
  it("tells the user what the host lacks, and nothing when it lacks nothing", () => {
    expect(noticesFor(FULL)).toEqual([]);
    expect(noticesFor({ ...FULL, excelApiFloor: false, mergedAreas: false, undoGroup: false })).toEqual([
      "excel-too-old",
    ]);
    expect(noticesFor({ ...FULL, customFunctions: false })).toEqual(["functions-unavailable"]);
    expect(noticesFor({ ...FULL, mergedAreas: false, undoGroup: false })).toEqual([
      "no-merge-reading",
      "no-undo-group",
    ]);
  });

  it("runs each step as its own Excel.run: create, check, summary, then select a problem's cell", async () => {
    const fake = new FakeWorkbook();
    const actions = officeActions({ support: FULL, today, runner: fake.runner, startup: recordingStartup() });
    const signal = new AbortController().signal;
    await actions.createWorkbook(
      { presetId: "kon-tum", year: 2024, units: sampleUnits(6, sampleUnitName), sampleScores: true },
      signal,
    );
    const { summary } = await actions.validate(signal);
    expect(summary?.clusters.flatMap((c) => c.units)).toHaveLength(6);
    const before = fake.syncCount;
    const generated = await actions.generateSummary(() => undefined, signal);
    // The listing, the sheets' sizes, their cells, the write.
    expect(fake.syncCount - before).toBeLessThanOrEqual(4);
    await actions.openSheet?.(generated.sheetName);
    expect(fake.active?.sheet).toBe(generated.sheetName);
    await actions.selectCell?.(cellAt("DV03", "E9"));
    expect(fake.active).toEqual({ sheet: "DV03", address: "E9" });
    expect(await actions.isSummaryStale(signal)).toBe(false);
  });

  it("says Excel cannot undo its sheet writes, and never writes them in a grouped undo", async () => {
    for (const platform of ["web", "windows", "mac"] as const) {
      const fake = new FakeWorkbook({ platform });
      const actions = officeActions({
        support: { ...FULL, platform },
        today,
        runner: fake.runner,
        startup: recordingStartup(),
      });
      expect(actions.sheetWritesUndoable).toBe(false);
      const signal = new AbortController().signal;
      await actions.createWorkbook(
        { presetId: "thu-duc-1", year: 2024, units: sampleUnits(3, sampleUnitName), sampleScores: true },
        signal,
      );
      await actions.generateSummary(() => undefined, signal);
      // Again: the old summary is deleted, which has no undo anywhere.
      await actions.generateSummary(() => undefined, signal);
      expect({ platform, grouped: fake.syncs.filter((s) => s.grouped).length }).toEqual({
        platform,
        grouped: 0,
      });
      expect(fake.undoClearedBy).toContain("Worksheet.delete");
      expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    }
  });

  it("sets the add-in to load with the workbook once it is a cluster workbook, never on opening", async () => {
    const fake = new FakeWorkbook();
    const startup = recordingStartup();
    const actions = officeActions({ support: FULL, today, runner: fake.runner, startup });
    expect(startup.calls).toEqual([]);
    const signal = new AbortController().signal;
    await actions.createWorkbook(
      { presetId: "thu-duc-1", year: 2024, units: sampleUnits(3, sampleUnitName), sampleScores: true },
      signal,
    );
    await actions.validate(signal);
    await actions.generateSummary(() => undefined, signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(startup.calls).toEqual(["get", "set load"]);
  });

  it("opens the units' files as new workbooks on Mac and iPad, where a task pane cannot download (office-js #3385)", async () => {
    expect(
      ["web", "windows", "mac", "ipad"].map((platform) => handOutFor({ ...FULL, platform } as OfficeSupport)),
    ).toEqual(["download", "download", "open", "open"]);
    const fake = new FakeWorkbook({ platform: "mac" });
    const opened: Uint8Array[] = [];
    const saved: string[] = [];
    const actions = officeActions({
      support: { ...FULL, platform: "mac" },
      today,
      runner: fake.runner,
      startup: recordingStartup(),
      save: (_bytes, name) => saved.push(name),
      openWorkbook: (bytes) => {
        opened.push(bytes);
        return Promise.resolve();
      },
    });
    const signal = new AbortController().signal;
    await actions.createWorkbook(
      { presetId: "thu-duc-1", year: 2024, units: sampleUnits(3, sampleUnitName), sampleScores: true },
      signal,
    );
    const outcome = await actions.collect!.splitForUnits(signal);
    expect(saved).toEqual([]);
    expect(opened).toHaveLength(3);
    // Each is an .xlsx package (a zip: "PK").
    for (const bytes of opened) expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    expect(outcome).toEqual({ files: 3, opened: expect.arrayContaining([expect.stringMatching(/\.xlsx$/)]) });
  });
});
