import { readFileSync } from "fs";
import path from "path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { readAppraisal, saveAppraisal, type AppraisalEntry } from "../../src/workbook/appraisal";
import { isWorkbookError } from "../../src/workbook/errors";
import type { EditableWorkbookPort, SheetSnapshot } from "../../src/workbook/port";
import { SHEET } from "../../src/workbook/sheet-names";
import { createClusterWorkbook, generateSummary } from "../../src/workbook/usecases";
import { MemoryPort } from "./memory-port";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "kon-tum.xlsx");
const author = { when: "06/12/2026 09:15", who: "Nguyễn Văn A" };
const units = [
  { code: "DV01", name: "Công đoàn Sở Y tế", type: "direct" as const },
  { code: "DV02", name: "Công đoàn Kho bạc", type: "direct" as const },
];

const entry = (
  criterion: string,
  appraised: string,
  reason = "",
  more: Partial<AppraisalEntry> = {},
): AppraisalEntry => ({
  criterion,
  appraised,
  reason,
  evidence: "",
  explanation: "",
  ...more,
});

async function cluster(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await createClusterWorkbook(port, { presetId: "kon-tum", year: 2024, units, sampleScores: true, seed: 7 });
  return port;
}

function refusal(error: unknown) {
  if (!isWorkbookError(error)) throw error;
  return error.fault;
}

describe("reading a unit's appraisal", () => {
  it("lists every criterion with its maximum and the self score, the leaves alone taking scores", async () => {
    const port = await cluster();
    const appraisal = await readAppraisal(port, "DV02");
    expect(appraisal.unit).toEqual({ code: "DV02", name: "Công đoàn Kho bạc" });
    expect(appraisal.units.map((u) => u.code)).toEqual(["DV01", "DV02"]);
    const leaves = appraisal.rows.filter((r) => r.leaf);
    expect(leaves.length).toBeGreaterThan(5);
    expect(leaves.every((r) => r.cell !== null && /^F\d+$/.test(r.cell))).toBe(true);
    expect(leaves.some((r) => r.self !== null)).toBe(true);
    expect(appraisal.rows.some((r) => !r.leaf)).toBe(true);
  });

  it("refuses a unit with no scoring sheet, naming it", async () => {
    const port = await cluster();
    await expect(readAppraisal(port, "DV99").catch(refusal)).resolves.toEqual({
      code: "APPRAISAL_UNIT_MISSING",
      params: { unit: "DV99" },
    });
  });
});

describe("saving an appraisal", () => {
  it("refuses a changed score without a reason, naming the sheet, the cell and the criterion, and writes nothing", async () => {
    const port = await cluster();
    const leaf = (await readAppraisal(port, "DV01")).rows.find(
      (r) => r.leaf && r.self !== null && r.self > 0,
    )!;
    const writes = port.writes;
    const fault = await saveAppraisal(port, "DV01", [entry(leaf.code, "0")], author).catch(refusal);
    expect(fault).toEqual({
      code: "APPRAISAL_REFUSED",
      params: { sheet: "DV01", cell: leaf.cell, criterion: leaf.code, refusal: { kind: "reason-missing" } },
    });
    expect(port.writes).toBe(writes);
  });

  it("refuses a score above the criterion's maximum", async () => {
    const port = await cluster();
    const leaf = (await readAppraisal(port, "DV01")).rows.find((r) => r.leaf)!;
    const fault = await saveAppraisal(port, "DV01", [entry(leaf.code, "999", "x")], author).catch(refusal);
    expect(fault).toMatchObject({
      code: "APPRAISAL_REFUSED",
      params: { refusal: { kind: "above-max", max: leaf.max } },
    });
  });

  it("writes the scores, the texts and their «Nhật ký» rows in one write of cells, and the summary counts them", async () => {
    const port = await cluster();
    const before = await readAppraisal(port, "DV01");
    const [a, b] = before.rows.filter((r) => r.leaf && r.kind === "scored" && r.self !== null && r.self > 0);
    const cellWrites = port.cellWrites;
    const saved = await saveAppraisal(
      port,
      "DV01",
      [
        entry(a!.code, "0", "Không có minh chứng", {
          evidence: "Biên bản số 12",
          explanation: "Đơn vị nhận thiếu sót",
        }),
        entry(b!.code, "0,25", "Báo cáo muộn"),
      ],
      author,
    );
    expect(port.cellWrites - cellWrites).toBe(1);
    const rowA = saved.appraisal.rows.find((r) => r.code === a!.code)!;
    expect(rowA).toMatchObject({
      appraised: 0,
      difference: 0 - a!.self!,
      reason: "Không có minh chứng",
      evidence: "Biên bản số 12",
      explanation: "Đơn vị nhận thiếu sót",
    });
    const counted = (r: typeof a) => r!.appraised ?? r!.self!;
    expect(saved.appraisal.totals.final - before.totals.final).toBe(0 - counted(a) + (25 - counted(b)));
    const log = port.sheets.find((s) => s.name === SHEET.changeLog)!;
    const rows = log.values.slice(3);
    expect(rows[0]).toEqual([
      "06/12/2026 09:15",
      "Nguyễn Văn A",
      "DV01",
      a!.cell,
      null, // empty before (the memory port keeps "" as an empty cell)
      0,
      "Không có minh chứng",
    ]);
    expect(rows.map((r) => r[6])).toContain("Báo cáo muộn");
    expect(rows).toHaveLength(saved.changes);

    // The summary reads the appraised scores: the unit's table score moves as the appraisal's total.
    const tableScore = async () =>
      (await generateSummary(port, { now: { year: 2024, month: 12, day: 20 } })).summary.clusters
        .flatMap((c) => c.units)
        .find((r) => r.code === "DV01")!.tableScore;
    const after = await tableScore();
    await saveAppraisal(
      port,
      "DV01",
      [entry(b!.code, String(counted(b) / 100).replace(".", ","), "Trả lại")],
      author,
    );
    expect((await tableScore()) - after).toBe(counted(b) - 25);
  });

  it("appends under the log's last row on the next save, and a save that changes nothing writes nothing", async () => {
    const port = await cluster();
    const [a, b] = (await readAppraisal(port, "DV01")).rows.filter(
      (r) => r.leaf && r.self !== null && r.self > 0,
    );
    await saveAppraisal(port, "DV01", [entry(a!.code, "0", "r1")], author);
    await saveAppraisal(port, "DV01", [entry(b!.code, "0", "r2")], { ...author, who: "" });
    const log = port.sheets.find((s) => s.name === SHEET.changeLog)!;
    // Each save: the score's row with its reason, then the reason cell's own row.
    expect(log.values.slice(3).map((r) => [r[2], r[5], r[6]])).toEqual([
      ["DV01", 0, "r1"],
      ["DV01", "r1", null],
      ["DV01", 0, "r2"],
      ["DV01", "r2", null],
    ]);
    const writes = port.writes;
    const again = await saveAppraisal(port, "DV01", [entry(b!.code, "0", "r2")], author);
    expect(again.changes).toBe(0);
    expect(port.writes).toBe(writes);
  });
});

describe("an old workbook's unit sheet (no appraisal text columns)", () => {
  it("gets the columns' headers in free cells right of its header row; no cell that held something changes (.xlsx adapter, the sample)", async () => {
    const port: EditableWorkbookPort = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));
    const first = await readAppraisal(port);
    const unitSheet = first.sheet;
    const names = (await port.listSheets()).map((s) => s.name);
    const before = await port.readSheets(names);
    const leaf = first.rows.find((r) => r.leaf && r.self !== null)!;
    await saveAppraisal(
      port,
      first.unit.code,
      [entry(leaf.code, "0", "Thiếu hồ sơ", { evidence: "QĐ 15" })],
      author,
    );
    const after = await port.readSheets([...names, SHEET.changeLog]);
    const changed: string[] = [];
    for (const old of before) {
      const now = after.find((s: SheetSnapshot) => s.name === old.name)!;
      old.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== now.values[r]?.[c]) changed.push(`${old.name}!${r},${c}`);
        }),
      );
    }
    // Only the appraised cell that held a value (if it held one) may change.
    const sheet = after.find((s) => s.name === unitSheet)!;
    const header = sheet.values.find((row) => row.includes("Tự chấm"))!;
    expect(header).toEqual(expect.arrayContaining(["Lý do thẩm định", "Minh chứng"]));
    expect(changed.filter((c) => !c.startsWith(`${unitSheet}!`))).toEqual([]);
    expect(changed.length).toBeLessThanOrEqual(1);
    const again = await readAppraisal(port, first.unit.code);
    expect(again.rows.find((r) => r.code === leaf.code)).toMatchObject({
      appraised: 0,
      reason: "Thiếu hồ sơ",
      evidence: "QĐ 15",
    });
    const reopened = await XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer());
    expect(
      (await readAppraisal(reopened, first.unit.code)).rows.find((r) => r.code === leaf.code)?.reason,
    ).toBe("Thiếu hồ sơ");
  });
});
