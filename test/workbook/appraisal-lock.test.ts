import { readAppraisal, saveAppraisal } from "../../src/workbook/appraisal";
import {
  LOCK_WORDS,
  lockAppraisal,
  readLockState,
  unitSheetLock,
  unlockAppraisal,
} from "../../src/workbook/appraisal-lock";
import { isWorkbookError } from "../../src/workbook/errors";
import { Grid } from "../../src/workbook/grid/grid";
import { SHEET } from "../../src/workbook/sheet-names";
import { createClusterWorkbook } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

const author = { when: "06/12/2026 09:15", who: "Nguyễn Văn A" };
const units = [
  { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" as const },
  { code: "DV02", name: "Công đoàn Kho bạc", type: "direct" as const },
];

async function cluster(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createClusterWorkbook(port, { presetId: "kon-tum", year: 2024, units, sampleScores: true, seed: 7 });
  return port;
}

function fault(error: unknown) {
  if (!isWorkbookError(error)) throw error;
  return error.fault;
}

async function logRows(port: MemoryPort): Promise<unknown[][]> {
  const [log] = await port.readSheets([SHEET.changeLog]);
  const values = (log?.values ?? []) as unknown[][];
  const header = values.findIndex((row) => row[0] === "Thời điểm");
  return values.slice(header + 1).filter((row) => row.some((v) => v !== null && v !== ""));
}

describe("the lock of one scoring sheet", () => {
  it("locks the table's columns from the header down and leaves Ghi chú editable under it", async () => {
    const port = await cluster();
    const [dv01] = await port.readSheets(["DV01"]);
    const grid = new Grid(dv01!);
    const lock = unitSheetLock(grid);
    const header = dv01!.values.findIndex((row) => row.includes("Tự chấm"));
    const last = grid.usedRows();
    // Mã … Thẩm định are A..F, Ghi chú is G (unit-scores.ts).
    expect(lock).toEqual({
      sheet: "DV01",
      locked: [`A${header + 1}:F${last}`],
      editable: [`G${header + 2}:G${last}`],
    });
  });

  it("locks the appraisal's text columns too once a save added them", async () => {
    const port = await cluster();
    const leaf = (await readAppraisal(port, "DV01")).rows.find((r) => r.leaf && r.self !== null)!;
    await saveAppraisal(
      port,
      "DV01",
      [{ criterion: leaf.code, appraised: "0", reason: "Thiếu minh chứng", evidence: "", explanation: "" }],
      author,
    );
    const [dv01] = await port.readSheets(["DV01"]);
    const lock = unitSheetLock(new Grid(dv01!));
    expect(lock.locked).toHaveLength(2);
    expect(lock.locked[0]).toMatch(/^A\d+:F\d+$/);
    expect(lock.locked[1]).toMatch(/^H\d+:H\d+$/);
    expect(lock.editable).toEqual([expect.stringMatching(/^G\d+:G\d+$/)]);
  });
});

describe("locking and unlocking the appraisal", () => {
  it("locks every scoring sheet in one change, each recorded in «Nhật ký», and the step then refuses to save", async () => {
    const port = await cluster();
    const locked = await lockAppraisal(port, author);
    expect(locked.sheets).toEqual(["DV01", "DV02"]);
    expect(locked.state).toEqual({ locked: ["DV01", "DV02"], open: [] });
    expect(port.protectionChanges).toHaveLength(1);
    expect(port.protectionChanges[0]!.lock.map((l) => l.sheet)).toEqual(["DV01", "DV02"]);
    expect(await logRows(port)).toEqual([
      [
        author.when,
        author.who,
        "DV01",
        expect.stringMatching(/^A\d+:F\d+$/),
        LOCK_WORDS.open,
        LOCK_WORDS.locked,
        LOCK_WORDS.lockReason,
      ],
      [
        author.when,
        author.who,
        "DV02",
        expect.stringMatching(/^A\d+:F\d+$/),
        LOCK_WORDS.open,
        LOCK_WORDS.locked,
        LOCK_WORDS.lockReason,
      ],
    ]);

    const appraisal = await readAppraisal(port, "DV01");
    expect(appraisal.locked).toBe(true);
    const leaf = appraisal.rows.find((r) => r.leaf && r.self !== null)!;
    const writes = port.writes;
    await expect(
      saveAppraisal(
        port,
        "DV01",
        [{ criterion: leaf.code, appraised: "0", reason: "x", evidence: "", explanation: "" }],
        author,
      ).catch(fault),
    ).resolves.toEqual({ code: "APPRAISAL_LOCKED", params: { sheet: "DV01" } });
    expect(port.writes).toBe(writes);
  });

  it("locks nothing a second time and records nothing", async () => {
    const port = await cluster();
    await lockAppraisal(port, author);
    const again = await lockAppraisal(port, author);
    expect(again.sheets).toEqual([]);
    expect(port.protectionChanges).toHaveLength(1);
    expect(await logRows(port)).toHaveLength(2);
  });

  it("refuses to unlock without a reason, changing nothing", async () => {
    const port = await cluster();
    await lockAppraisal(port, author);
    await expect(unlockAppraisal(port, author, "  ").catch(fault)).resolves.toEqual({
      code: "APPRAISAL_UNLOCK_REASON",
      params: {},
    });
    expect(await readLockState(port)).toEqual({ locked: ["DV01", "DV02"], open: [] });
    expect(await logRows(port)).toHaveLength(2);
  });

  it("unlocks with the reason recorded for each sheet, and the step saves again", async () => {
    const port = await cluster();
    await lockAppraisal(port, author);
    const unlocked = await unlockAppraisal(port, author, " Đơn vị khiếu nại ");
    expect(unlocked.sheets).toEqual(["DV01", "DV02"]);
    expect(unlocked.state).toEqual({ locked: [], open: ["DV01", "DV02"] });
    expect((await logRows(port)).slice(2)).toEqual([
      [author.when, author.who, "DV01", null, LOCK_WORDS.locked, LOCK_WORDS.open, "Đơn vị khiếu nại"],
      [author.when, author.who, "DV02", null, LOCK_WORDS.locked, LOCK_WORDS.open, "Đơn vị khiếu nại"],
    ]);
    const leaf = (await readAppraisal(port, "DV01")).rows.find((r) => r.leaf && r.self !== null)!;
    const saved = await saveAppraisal(
      port,
      "DV01",
      [{ criterion: leaf.code, appraised: "0", reason: "Sau khiếu nại", evidence: "", explanation: "" }],
      author,
    );
    expect(saved.changes).toBe(2);
    expect(saved.appraisal.locked).toBe(false);
  });
});
