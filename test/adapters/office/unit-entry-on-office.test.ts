/**
 * Saving the departments' points and a unit's facts through the Office.js adapter, on the recording
 * fake: the cells and their «Nhật ký» rows are written in one sync.
 *
 * Microsoft's documented model (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model,
 * "Asynchronous nature of the promise-based APIs"): actions on proxy objects are queued and run as
 * one batch by a single call to context.sync(); nothing reaches the workbook before it. So "one
 * write" is one sync that changes the workbook, counted here by snapshotting the sheets before each.
 */
import { OfficeWorkbook } from "../../../src/adapters/office/office-workbook";
import { SHEET } from "../../../src/workbook/sheet-names";
import { readUnitEntry, saveDepartmentPoints, saveUnitFacts } from "../../../src/workbook/unit-entry";
import { createClusterWorkbook } from "../../../src/workbook/usecases";
import { FakeWorkbook } from "../../support/excel-fake";

const asOf = { year: 2024, month: 12, day: 20 };
const author = { when: "06/12/2026 09:15", who: "Trần Thị B" };

function session(fake: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(fake.context() as unknown as Excel.RequestContext, {
    capabilities: { mergedAreas: true },
  });
}

async function clusterWorkbook(): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook();
  await createClusterWorkbook(session(fake), {
    presetId: "kon-tum",
    year: 2024,
    units: [
      { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" },
      { code: "DV02", name: "Công đoàn Kho bạc", type: "coordinating" },
    ],
    sampleScores: true,
    seed: 3,
  });
  return fake;
}

/** The syncs after which the named sheets differ from before them. */
function watchWrites(fake: FakeWorkbook, sheets: readonly string[]): () => number[] {
  const seen = (): string => JSON.stringify(sheets.map((s) => (fake.findSheet(s) ? fake.grid(s) : null)));
  let last = seen();
  const changedAt: number[] = [];
  fake.beforeSync((index) => {
    const now = seen();
    if (now !== last) changedAt.push(index - 1);
    last = now;
  });
  return () => {
    if (seen() !== last) changedAt.push(fake.syncCount - 1);
    return changedAt;
  };
}

describe("entering departments' points and facts in Excel", () => {
  it("writes the points and their «Nhật ký» rows in one sync", async () => {
    const fake = await clusterWorkbook();
    const entry = await readUnitEntry(session(fake), "DV01", asOf);
    const [a, b] = entry.departments.filter((d) => d.cap >= 50);
    // A first change makes «Nhật ký» (a new sheet is its own operation, sheet-plan.ts).
    await saveDepartmentPoints(session(fake), "DV01", [{ department: a!.code, points: "0,5" }], author, asOf);
    const writes = watchWrites(fake, [SHEET.departmentPoints, SHEET.changeLog]);
    const before = fake.syncCount;
    const saved = await saveDepartmentPoints(
      session(fake),
      "DV01",
      [
        { department: a!.code, points: "0,25" },
        { department: b!.code, points: "" },
      ],
      author,
      asOf,
    );
    expect(saved.changes).toBe(2);
    const changed = writes();
    expect(changed).toHaveLength(1);
    expect(changed[0]).toBeGreaterThanOrEqual(before);
    const log = fake.grid(SHEET.changeLog);
    expect(log.slice(-2).map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      [author.who, SHEET.departmentPoints, a!.cell, 0.25],
      [author.who, SHEET.departmentPoints, b!.cell, null], // "" written: the fake reads an empty cell as null
    ]);
  });

  it("writes a unit's facts and their «Nhật ký» rows in one sync", async () => {
    const fake = await clusterWorkbook();
    await saveUnitFacts(session(fake), "DV02", { registered: "Không" }, author, asOf);
    const writes = watchWrites(fake, [SHEET.units, SHEET.changeLog]);
    const saved = await saveUnitFacts(
      session(fake),
      "DV02",
      { registered: "Có", discipline: "Cảnh cáo" },
      author,
      asOf,
    );
    expect(writes()).toHaveLength(1);
    expect(saved.entry.eligibility.exclusions).toEqual([{ rule: "discipline", level: "warning" }]);
  });
});
