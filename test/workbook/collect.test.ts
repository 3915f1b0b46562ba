/** The split, every refusal of the merge with its message, sending twice, all-or-nothing per file, progress. */
import type { Worksheet } from "exceljs";
import type { CellValue } from "../../src/core/model";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { collectPaneText } from "../../src/messages/collect";
import { uniqueFileNames, unitFileName } from "../../src/workbook/collect/file-names";
import { IDENTITY_LABELS, UNIT_FILE_INFO_SHEET } from "../../src/workbook/collect/identity";
import type { MergePlan } from "../../src/workbook/collect/merge-plan";
import { REFUSAL } from "../../src/workbook/collect/refusals";
import { decodeUnitFile } from "../../src/workbook/collect/unit-file";
import {
  applyMerge,
  mergeIfUnchanged,
  planMerge,
  readReturnedFile,
  recordArrivals,
  splitForUnits,
  unitProgress,
  type ReturnedFile,
  type UnitFileToWrite,
} from "../../src/workbook/collect/usecases";
import { isWorkbookError } from "../../src/workbook/errors";
import { SHEET } from "../../src/workbook/sheet-names";
import { validateWorkbook } from "../../src/workbook/usecases";
import {
  clusterMemory,
  editUnitFile,
  fileRows,
  fillScores,
  returned,
  TODAY,
  unitFileBytes,
  type CellMemoryPort,
} from "./collect-support";
import { sampleBytes } from "./sample";
import { detailsOf, refusalOf, remarkOf, say } from "../support/say";

/** The 0-based row of a criterion on a cluster sheet (column A holds the code). */
function rowOf(port: CellMemoryPort, sheet: string, code: string): number {
  const values = port.sheets.find((s) => s.name === sheet)!.values;
  const row = values.findIndex((r) => r[0] === code);
  if (row < 0) throw new Error(`no row ${code} on ${sheet}`);
  return row;
}

function selfOf(port: CellMemoryPort, unit: string, code: string): CellValue {
  return port.row(unit, rowOf(port, unit, code))[4] ?? null;
}

async function split(port: CellMemoryPort): Promise<Map<string, UnitFileToWrite>> {
  const files = await splitForUnits(port, { now: TODAY });
  return new Map(files.map((f) => [f.unit.code, f]));
}

/** The unit's file with every scored row filled with half its maximum. */
async function halfMarks(file: UnitFileToWrite): Promise<Uint8Array> {
  return fillScores(await unitFileBytes(file), (row) => row.max / 2);
}

async function planOf(
  port: CellMemoryPort,
  files: readonly ReturnedFile[],
  overwrite = false,
): Promise<MergePlan> {
  return (await planMerge(port, files, { overwrite })).plan;
}

function onlyFile(plan: MergePlan) {
  expect(plan.files).toHaveLength(1);
  return plan.files[0]!;
}

describe("the self-scoring file of a unit", () => {
  it("holds only that unit's sheet, criteria locked and score cells open, validated to each maximum", async () => {
    const port = await clusterMemory({ units: 3 });
    const file = (await split(port)).get("DV02")!;
    expect(file.fileName).toBe("DV02 - Công đoàn Sở Y tế.xlsx");
    expect(file.sheets.map((s) => s.name)).toEqual(["DV02", UNIT_FILE_INFO_SHEET]);
    const [scores, info] = file.sheets;
    expect(scores!.protect).toBe(true);
    expect(info!.protect).toBe(true);
    // Only «Ngày chấm điểm» (E4) and the self and note columns (E:F) of scored rows are unlocked.
    expect(scores!.unlocked![0]).toBe("E4");
    expect(scores!.unlocked!.slice(1).every((range) => /^E\d+:F\d+$/.test(range))).toBe(true);
    const lines = port.sheets.find((s) => s.name === SHEET.criteria)!.values.slice(3);
    const codes = lines.map((r) => (typeof r[0] === "string" ? r[0] : ""));
    const leaves = codes.filter((code) => !codes.some((other) => other.startsWith(`${code}.`)));
    const unlockedRows = scores!.unlocked!.slice(1).reduce((n, range) => {
      const [, a, b] = /^E(\d+):F(\d+)$/.exec(range)!;
      return n + Number(b) - Number(a) + 1;
    }, 0);
    expect(unlockedRows).toBe(leaves.length);
    expect(scores!.validations![0]).toMatchObject({ range: "E4", kind: "date" });
    expect(
      scores!.validations!.slice(1).every((v) => v.kind === "decimal" && v.min === 0 && v.max! > 0),
    ).toBe(true);
    // Kon Tum's guidance sets no date for the self-scores: the head announces it.
    expect(scores!.blocks.find((b) => b.at === "A3")!.cells[0]![0]).toBe(
      "Hạn gửi về cụm trưởng: theo thông báo của cụm trưởng.",
    );
  });

  it("shows the deadline: the end-of-period report's, which the self-score table goes with", async () => {
    const port = await clusterMemory({ preset: "thu-duc-1", units: 2 });
    const [scores] = (await split(port)).get("DV01")!.sheets;
    expect(scores!.blocks.find((b) => b.at === "A3")!.cells[0]![0]).toBe("Hạn gửi về cụm trưởng: 20/10/2024");
  });

  it("reads back with the identity the merge checks: cluster, period, unit, criteria fingerprint, version", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    const read = await readReturnedFile(await XlsxWorkbook.fromBuffer(await unitFileBytes(file)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.identity).toMatchObject({
      version: 1,
      unitCode: "DV01",
      unitName: "Công đoàn Sở Giáo dục và Đào tạo",
      period: "Năm 2024",
      created: TODAY,
    });
    expect(read.file.identity.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(read.file.identity.block).not.toBe("");
    expect(read.file.rows.map((r) => r.code)[0]).toBe("I");
  });

  it("comes prefilled with the scores and notes the cluster already holds for the unit", async () => {
    const port = await clusterMemory({ units: 2 });
    port.set("DV01", `E${rowOf(port, "DV01", "I.1") + 1}`, 2);
    port.set("DV01", `G${rowOf(port, "DV01", "I.1") + 1}`, "Nghị quyết số 12");
    const file = (await split(port)).get("DV01")!;
    const read = decodeUnitFile(
      await (
        await XlsxWorkbook.fromBuffer(await unitFileBytes(file))
      ).readSheets(["DV01", UNIT_FILE_INFO_SHEET]),
    );
    if (!read.ok) throw new Error("not read");
    const row = read.file.rows.find((r) => r.code === "I.1")!;
    expect([row.self, row.note]).toEqual([2, "Nghị quyết số 12"]);
  });

  it("names files safely for Windows, keeping the Vietnamese name, and never twice the same", () => {
    expect(unitFileName("DV01", 'Công đoàn "Ngân hàng": CN/Kon Tum?')).toBe(
      "DV01 - Công đoàn Ngân hàng CN Kon Tum.xlsx",
    );
    expect(unitFileName("CON", "")).toBe("CON_.xlsx");
    expect(unitFileName("A1", "Trường THPT Số 1...")).toBe("A1 - Trường THPT Số 1.xlsx");
    expect(unitFileName("DV9", "Co\u0302ng đoàn")).toBe("DV9 - Công đoàn.xlsx");
    expect(unitFileName("X", "y".repeat(300)).length).toBeLessThanOrEqual(105);
    expect(uniqueFileNames(["a.xlsx", "A.xlsx", "a.xlsx"])).toEqual(["a.xlsx", "A (2).xlsx", "a (3).xlsx"]);
  });

  it("splits only the units asked for, and refuses an unknown one", async () => {
    const port = await clusterMemory({ units: 4 });
    const files = await splitForUnits(port, { now: TODAY, units: ["dv03", "DV01"] });
    expect(files.map((f) => f.unit.code)).toEqual(["DV01", "DV03"]);
    expect(await refusalOf(splitForUnits(port, { now: TODAY, units: ["DV09"] }))).toBe(
      "Không có đơn vị mang mã «DV09» trong danh sách đơn vị.",
    );
  });

  it("is not made while the criteria table has errors, and the problems say which", async () => {
    const port = await clusterMemory({ units: 2 });
    const criteria = port.sheets.find((s) => s.name === SHEET.criteria)!;
    const row = criteria.values.findIndex((r) => r[0] === "I.1");
    criteria.values[row]![2] = null;
    const failure = await splitForUnits(port, { now: TODAY }).catch((e: unknown) => e);
    expect(isWorkbookError(failure) && failure.code).toBe("COLLECT_BLOCKED");
    if (!isWorkbookError(failure)) return;
    expect(say(failure)).toContain("chưa tách hay gộp được");
    expect(failure.problems.map((p) => p.code)).toContain("CRITERION_MAX_MISSING");
  });
});

describe("merging the returned files", () => {
  it("writes only the merged units' score and note columns, the unit list and a «Bảng tự chấm» row, in one write", async () => {
    const port = await clusterMemory({ units: 3 });
    const files = await split(port);
    port.reads = 0;
    const plan = await planOf(port, [await returned("a.xlsx", await halfMarks(files.get("DV02")!))]);
    expect(port.reads).toBe(1);
    expect(onlyFile(plan)).toMatchObject({ outcome: "merge", unit: { code: "DV02" }, refusal: null });
    expect(onlyFile(plan).counts.new).toBeGreaterThan(10);
    // The new row's unit, name, item, date, outcome and file name (A–F of «Đăng ký và nộp»).
    const ticked = ["A", "B", "C", "D", "E", "F"].map((c) => `${SHEET.submissions}!${c}`);
    expect(new Set(plan.updates.map((u) => `${u.sheet}!${u.at.replace(/\d+/, "")}`))).toEqual(
      new Set(["DV02!E", "DV02!G", "Đơn vị!J", ...ticked]),
    );
    await applyMerge(port, plan);
    expect(port.writes).toBe(1);
    expect(selfOf(port, "DV02", "I.1")).toBe(2.5);
    expect(selfOf(port, "DV01", "I.1")).toBeNull();
    // The template's empty table row takes the first entry: the self-score file, dated, named.
    expect(["A4", "C4", "E4", "F4"].map((a) => port.get(SHEET.submissions, a))).toEqual([
      "DV02",
      "Bảng tự chấm",
      "Đã nhận",
      "a.xlsx",
    ]);
    expect(port.get(SHEET.submissions, "D4")).toBe(port.get(SHEET.units, "J5"));
  });

  it("merges into an older workbook without «Đăng ký và nộp» as before, ticking nothing off", async () => {
    const port = await clusterMemory({ units: 3 });
    const files = await split(port);
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === SHEET.submissions),
      1,
    );
    const plan = await planOf(port, [await returned("a.xlsx", await halfMarks(files.get("DV02")!))]);
    expect(new Set(plan.updates.map((u) => u.sheet))).toEqual(new Set(["DV02", SHEET.units]));
  });

  it("matches a file to its unit by what is inside, not by its name", async () => {
    const port = await clusterMemory({ units: 3 });
    const files = await split(port);
    const plan = await planOf(port, [
      await returned("DV01 - Công đoàn.xlsx", await halfMarks(files.get("DV03")!)),
    ]);
    expect(onlyFile(plan).unit?.code).toBe("DV03");
  });

  it("refuses a file from another cluster", async () => {
    const ours = await clusterMemory({ units: 2, clusterName: "Cụm thi đua số 1" });
    const theirs = await clusterMemory({ units: 2, clusterName: "Cụm thi đua số 2" });
    const file = (await split(theirs)).get("DV01")!;
    const f = onlyFile(await planOf(ours, [await returned("x.xlsx", await halfMarks(file))]));
    expect(f.outcome).toBe("refused");
    expect(f.refusal?.code).toBe(REFUSAL.OTHER_CLUSTER);
    expect(say(f.refusal)).toBe("Tệp của «Cụm thi đua số 2», không phải của «Cụm thi đua số 1».");
  });

  it("refuses a file from another period", async () => {
    const ours = await clusterMemory({ units: 2, year: 2024 });
    const lastYear = await clusterMemory({ units: 2, year: 2023 });
    const file = (await split(lastYear)).get("DV01")!;
    const f = onlyFile(await planOf(ours, [await returned("x.xlsx", await halfMarks(file))]));
    expect(f.refusal?.code).toBe(REFUSAL.OTHER_PERIOD);
    expect(say(f.refusal)).toBe("Tệp của kỳ thi đua «Năm 2023», còn sổ làm việc này là kỳ «Năm 2024».");
  });

  describe("refuses a file whose criteria table was changed, naming the row", () => {
    async function edited(edit: (ws: Worksheet) => void) {
      const port = await clusterMemory({ units: 2 });
      const file = (await split(port)).get("DV01")!;
      const bytes = await editUnitFile(await halfMarks(file), edit);
      const f = onlyFile(await planOf(port, [await returned("x.xlsx", bytes)]));
      expect(f.outcome).toBe("refused");
      expect(f.refusal?.code).toBe(REFUSAL.CRITERIA_EDITED);
      expect(say(f.refusal)).toBe("Bảng tiêu chí trong tệp đã bị sửa so với bảng của cụm:");
      // Nothing from the file is written.
      expect(selfOf(port, "DV01", "I.1")).toBeNull();
      return detailsOf(f.refusal);
    }

    it("a row added", async () => {
      const details = await edited((ws) => {
        const at = fileRows(ws).find((r) => r.code === "I.2")!.row;
        ws.spliceRows(at, 0, ["I.9", "Tiêu chí tự thêm", "Chấm điểm", 1, 1]);
      });
      expect(details).toContain("thêm dòng «I.9» (hàng 9)");
    });

    it("a row removed", async () => {
      const details = await edited((ws) => ws.spliceRows(fileRows(ws).find((r) => r.code === "I.2")!.row, 1));
      expect(details).toEqual(["thiếu dòng «I.2»"]);
    });

    it("rows reordered", async () => {
      const details = await edited((ws) => {
        const [a, b] = ["I.1", "I.2"].map((code) => fileRows(ws).find((r) => r.code === code)!.row);
        const first = ws.getRow(a!).values;
        ws.getRow(a!).values = ws.getRow(b!).values;
        ws.getRow(b!).values = first;
      });
      expect(details).toEqual(["dòng «I.2» (hàng 8) bị đổi thứ tự: đúng ra ở đó là dòng «I.1»"]);
    });

    it("a maximum edited", async () => {
      const details = await edited((ws) => {
        const row = fileRows(ws).find((r) => r.code === "I.3")!;
        ws.getCell(row.row, 4).value = row.max + 1.5;
      });
      expect(details).toEqual(["điểm tối đa của «I.3» (hàng 10) là 6,5, bảng của cụm là 5"]);
    });

    it("but not for reworded criteria: the wording is free", async () => {
      const port = await clusterMemory({ units: 2 });
      const file = (await split(port)).get("DV01")!;
      const bytes = await editUnitFile(await halfMarks(file), (ws) => {
        ws.getCell(fileRows(ws)[1]!.row, 2).value = "Diễn đạt lại nội dung";
      });
      expect(onlyFile(await planOf(port, [await returned("x.xlsx", bytes)])).outcome).toBe("merge");
    });
  });

  it("refuses a file made before the cluster changed its criteria table", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    // The head adds a criterion worth nothing yet: totals hold, the table is not the one sent.
    port.sheets.find((s) => s.name === SHEET.criteria)!.values.push(["I.4", "Tiêu chí mới", 0, "Chấm điểm"]);
    const f = onlyFile(await planOf(port, [await returned("x.xlsx", await halfMarks(file))]));
    expect(f.refusal?.code).toBe(REFUSAL.CRITERIA_OUTDATED);
    expect(say(f.refusal)).toMatch(/^Tệp được tách từ một bảng tiêu chí khác/);
    expect(detailsOf(f.refusal)).toEqual(["thiếu dòng «I.4»"]);
  });

  it("never overwrites an appraised score: a file changing an appraised criterion's self-score is refused whole", async () => {
    const port = await clusterMemory({ units: 2 });
    const row = rowOf(port, "DV01", "I.1") + 1;
    port.set("DV01", `E${row}`, 2);
    port.set("DV01", `F${row}`, 1.5);
    const file = (await split(port)).get("DV01")!;
    const bytes = await fillScores(await unitFileBytes(file), (r) => (r.code === "I.1" ? 2.5 : r.max / 2));
    const plan = await planOf(port, [await returned("x.xlsx", bytes)]);
    const f = onlyFile(plan);
    expect(f.refusal?.code).toBe(REFUSAL.APPRAISED);
    expect(detailsOf(f.refusal)).toEqual(["«I.1»: tự chấm 2 → 2,5, đã thẩm định 1,5"]);
    expect(plan.updates).toEqual([]);
    expect([selfOf(port, "DV01", "I.1"), port.row("DV01", row - 1)[5]]).toEqual([2, 1.5]);
    expect(selfOf(port, "DV01", "I.2")).toBeNull();
  });

  it("takes a file that leaves an appraised criterion as it was, and never writes the appraisal column", async () => {
    const port = await clusterMemory({ units: 2 });
    const row = rowOf(port, "DV01", "I.1") + 1;
    port.set("DV01", `E${row}`, 2);
    port.set("DV01", `F${row}`, 1.5);
    const file = (await split(port)).get("DV01")!;
    const bytes = await fillScores(await unitFileBytes(file), (r) => (r.code === "I.1" ? 2 : r.max / 2));
    const plan = await planOf(port, [await returned("x.xlsx", bytes)]);
    expect(onlyFile(plan).outcome).toBe("merge");
    expect(plan.updates.some((u) => u.sheet === "DV01" && u.at.startsWith("F"))).toBe(false);
    await applyMerge(port, plan);
    expect(port.row("DV01", row - 1)[5]).toBe(1.5);
  });

  it("takes nothing from a file with one bad cell, and names the cell", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    const bytes = await fillScores(await unitFileBytes(file), (r) => (r.code === "II.2" ? "tám" : r.max / 2));
    const plan = await planOf(port, [await returned("x.xlsx", bytes)]);
    const f = onlyFile(plan);
    expect(f.refusal?.code).toBe(REFUSAL.SCORES_INVALID);
    expect(say(f.refusal)).toMatch(/^Có 1 ô điểm không hợp lệ, nên chưa nhận điểm nào/);
    expect(detailsOf(f.refusal)).toEqual([
      expect.stringMatching(/^«II\.2»: «tám» không phải là số \(ô E\d+, trang «DV01»\)$/),
    ]);
    expect(plan.updates).toEqual([]);
    await applyMerge(port, plan);
    expect(port.writes).toBe(0);
  });

  it("refuses scores above the maximum, negative ones and a score on a section, and takes a deduction typed as -1", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    const bytes = await editUnitFile(
      await fillScores(await unitFileBytes(file), (r) => {
        if (r.code === "I.1") return r.max + 1;
        if (r.code === "I.2") return -1;
        if (r.kind === "Điểm trừ") return -1;
        return 0;
      }),
      (ws) => (ws.getCell(fileRows(ws).find((r) => r.code === "II")!.row, 5).value = 3),
    );
    const details = detailsOf(onlyFile(await planOf(port, [await returned("x.xlsx", bytes)])).refusal);
    expect(details).toEqual([
      "«I.1»: điểm 6 vượt điểm tối đa 5 (ô E8, trang «DV01»)",
      expect.stringMatching(/^«I\.2»: điểm -1 là số âm /),
      expect.stringMatching(/^«II» là mục lớn, không chấm điểm trực tiếp /),
    ]);
  });

  it("refuses a file that is not a unit file, and one that is not a workbook at all", async () => {
    const port = await clusterMemory({ units: 2 });
    const plan = await planOf(port, [
      await returned("cum.xlsx", await sampleBytes({ units: 2 })),
      await returned("ghi-chu.xlsx", new TextEncoder().encode("không phải tệp Excel")),
    ]);
    expect(plan.files.map((f) => f.refusal?.code)).toEqual([REFUSAL.NOT_UNIT_FILE, REFUSAL.UNREADABLE]);
    expect(say(plan.files[0]!.refusal)).toBe(
      "Không phải tệp tự chấm điểm do Thi Đua tạo (không có trang «Thông tin tệp» hợp lệ).",
    );
    expect(say(plan.files[1]!.refusal)).toMatch(/^Không mở được tệp: /);
  });

  it("refuses a file whose identity was edited to pass for another unit", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    const bytes = await editUnitFile(await halfMarks(file), (_ws, wb) => {
      const info = wb.getWorksheet(UNIT_FILE_INFO_SHEET)!;
      info.eachRow((row) => {
        if (row.getCell(1).value === IDENTITY_LABELS.unitCode) row.getCell(2).value = "DV02";
      });
    });
    expect(onlyFile(await planOf(port, [await returned("x.xlsx", bytes)])).refusal?.code).toBe(
      REFUSAL.IDENTITY_EDITED,
    );
  });

  describe("a unit that sent twice", () => {
    async function twice(overwrite: boolean) {
      const port = await clusterMemory({ units: 2 });
      const file = (await split(port)).get("DV01")!;
      const first = await fillScores(await unitFileBytes(file), () => 1);
      const second = await fillScores(await unitFileBytes(file), () => 0.5);
      // Given later first on the command line: "later" is the modification time, not the order.
      const plan = await planOf(
        port,
        [await returned("lan-2.xlsx", second, 2000), await returned("lan-1.xlsx", first, 1000)],
        overwrite,
      );
      await applyMerge(port, plan);
      return { port, plan };
    }

    it("keeps the earlier file and refuses the later one, saying so", async () => {
      const { port, plan } = await twice(false);
      expect(plan.files.map((f) => [f.file, f.outcome])).toEqual([
        ["lan-2.xlsx", "refused"],
        ["lan-1.xlsx", "merge"],
      ]);
      expect(plan.files[0]!.refusal?.code).toBe(REFUSAL.DUPLICATE);
      expect(say(plan.files[0]!.refusal)).toBe(
        "DV01 (Công đoàn Sở Giáo dục và Đào tạo) gửi hai lần: đã nhận tệp «lan-1.xlsx», tệp này có điểm khác. Hãy chọn ghi đè nếu muốn lấy tệp gửi sau.",
      );
      expect(selfOf(port, "DV01", "I.1")).toBe(1);
    });

    it("takes the later file when asked to overwrite", async () => {
      const { port, plan } = await twice(true);
      expect(plan.files.map((f) => [f.file, f.outcome])).toEqual([
        ["lan-2.xlsx", "merge"],
        ["lan-1.xlsx", "superseded"],
      ]);
      expect(plan.refused).toBe(0);
      expect(remarkOf(plan.files[1]!.remark)).toBe("Được thay bằng tệp gửi sau «lan-2.xlsx».");
      expect(selfOf(port, "DV01", "I.1")).toBe(0.5);
    });

    it("is not a refusal when the second file says the same", async () => {
      const port = await clusterMemory({ units: 2 });
      const bytes = await halfMarks((await split(port)).get("DV01")!);
      const plan = await planOf(port, [
        await returned("a.xlsx", bytes, 1),
        await returned("b.xlsx", bytes, 2),
      ]);
      expect(plan.files.map((f) => f.outcome)).toEqual(["merge", "unchanged"]);
      expect(remarkOf(plan.files[1]!.remark)).toBe("Gửi lại giống hệt tệp «a.xlsx»: không có gì mới.");
    });

    it("in a later merge: scores already received stay unless asked to overwrite", async () => {
      const port = await clusterMemory({ units: 2 });
      const file = (await split(port)).get("DV01")!;
      await applyMerge(port, await planOf(port, [await returned("a.xlsx", await halfMarks(file))]));
      const changed = await fillScores(await unitFileBytes(file), () => 0);
      const again = onlyFile(await planOf(port, [await returned("b.xlsx", changed)]));
      expect(say(again.refusal)).toBe(
        "DV01 (Công đoàn Sở Giáo dục và Đào tạo) đã gửi điểm ngày 18/10/2024; tệp này có điểm khác. Hãy chọn ghi đè nếu muốn lấy tệp này.",
      );
      const plan = await planOf(port, [await returned("b.xlsx", changed)], true);
      expect(onlyFile(plan)).toMatchObject({ outcome: "merge", previouslyReceived: TODAY });
      expect(onlyFile(plan).counts.changed).toBeGreaterThan(0);
    });
  });

  it("merges the good files of a batch and refuses the bad ones", async () => {
    const port = await clusterMemory({ units: 3 });
    const files = await split(port);
    const bad = await fillScores(await unitFileBytes(files.get("DV02")!), () => "x");
    const plan = await planOf(port, [
      await returned("1.xlsx", await halfMarks(files.get("DV01")!)),
      await returned("2.xlsx", bad),
      await returned("3.xlsx", await halfMarks(files.get("DV03")!)),
    ]);
    expect(plan.files.map((f) => f.outcome)).toEqual(["merge", "refused", "merge"]);
    expect([plan.merged, plan.refused]).toEqual([2, 1]);
    await applyMerge(port, plan);
    expect([selfOf(port, "DV01", "I.1"), selfOf(port, "DV02", "I.1"), selfOf(port, "DV03", "I.1")]).toEqual([
      2.5,
      null,
      2.5,
    ]);
  });

  it("empties a score the unit emptied, and says so", async () => {
    const port = await clusterMemory({ units: 2 });
    port.set("DV01", `E${rowOf(port, "DV01", "I.1") + 1}`, 2);
    const file = (await split(port)).get("DV01")!;
    const bytes = await fillScores(await unitFileBytes(file), (r) => (r.code === "I.1" ? null : 1));
    const plan = await planOf(port, [await returned("x.xlsx", bytes)]);
    expect(onlyFile(plan).changes.find((c) => c.criterion === "I.1")).toEqual({
      criterion: "I.1",
      kind: "cleared",
      before: 200,
      after: null,
      beforeShown: "",
    });
    await applyMerge(port, plan);
    expect(selfOf(port, "DV01", "I.1")).toBeNull();
  });

  it("writes nothing when the workbook changed after the preview, and shows the new plan", async () => {
    const port = await clusterMemory({ units: 2 });
    const file = (await split(port)).get("DV01")!;
    const preview = await planMerge(port, [await returned("x.xlsx", await halfMarks(file))], {
      overwrite: false,
    });
    // A co-author appraises a criterion the file scores, between the preview and the merge.
    const row = rowOf(port, "DV01", "I.1") + 1;
    port.set("DV01", `E${row}`, 2);
    port.set("DV01", `F${row}`, 2);
    const outcome = await mergeIfUnchanged(port, preview);
    expect(outcome.applied).toBe(false);
    expect(outcome.preview.plan.files[0]!.refusal?.code).toBe(REFUSAL.APPRAISED);
    expect(port.writes).toBe(0);

    // The plan the user has now seen applies as it is: the file is refused, so nothing is written.
    expect((await mergeIfUnchanged(port, outcome.preview)).applied).toBe(true);
    expect(port.writes).toBe(0);
    const other = await planMerge(
      port,
      [await returned("y.xlsx", await halfMarks((await split(port)).get("DV02")!))],
      {
        overwrite: false,
      },
    );
    expect((await mergeIfUnchanged(port, other)).applied).toBe(true);
    expect(port.writes).toBe(1);
    expect(selfOf(port, "DV02", "I.1")).toBe(2.5);
  });

  it("adds the arrival column to an older unit list that lacks it", async () => {
    const port = await clusterMemory({ units: 2 });
    const units = port.sheets.find((s) => s.name === SHEET.units)!;
    for (const row of units.values) row.splice(9);
    const plan = await planOf(port, [
      await returned("x.xlsx", await halfMarks((await split(port)).get("DV02")!)),
    ]);
    await applyMerge(port, plan);
    expect(units.values[2]![9]).toBe("Ngày nhận điểm");
    expect(units.values.find((r) => r[0] === "DV02")![9]).toBe(45583);
  });
});

describe("progress in a shared workbook", () => {
  async function shared() {
    const port = await clusterMemory({ preset: "thu-duc-1", units: 4 });
    const leaves = (await split(port)).get("DV01")!;
    const codes = (await fileRowsOf(leaves)).filter((r) => !r.section);
    const fill = (unit: string, count: number, value: CellValue = 0.5): void =>
      codes.slice(0, count).forEach((r) => port.set(unit, `E${rowOf(port, unit, r.code) + 1}`, value));
    fill("DV01", codes.length);
    fill("DV02", 3);
    fill("DV03", codes.length);
    port.set("DV02", `E${rowOf(port, "DV02", codes[5]!.code) + 1}`, "tám");
    // DV04's file came in after the deadline.
    port.set(
      SHEET.units,
      `J${port.sheets.find((s) => s.name === SHEET.units)!.values.findIndex((r) => r[0] === "DV04") + 1}`,
      45600,
    );
    port.reads = 0;
    // Complete is every scored criterion counted, as the core says (bonus and deduction rows aside).
    return { port, total: codes.filter((r) => r.kind === "Chấm điểm").length };
  }

  it("lists each unit with criteria scored of all, its errors, and whether its scores are in on time", async () => {
    const { port, total } = await shared();
    const report = await unitProgress(port, { year: 2024, month: 10, day: 1 });
    expect(port.reads).toBe(1);
    // 20/10/2024 is a Sunday: the scores are due on Monday 21/10.
    expect([report.deadline, report.dueBy]).toEqual([
      { year: 2024, month: 10, day: 20 },
      { year: 2024, month: 10, day: 21 },
    ]);
    const byCode = new Map(report.units.map((u) => [u.code, u]));
    expect(byCode.get("DV01")).toMatchObject({ scored: total, total, status: "complete", errors: [] });
    expect(byCode.get("DV02")).toMatchObject({ scored: 3, status: "waiting" });
    expect(byCode.get("DV02")!.errors.map(say)).toEqual([expect.stringContaining("tám")]);
    expect(byCode.get("DV04")).toMatchObject({
      scored: 0,
      status: "late",
      received: { year: 2024, month: 11, day: 4 },
    });
    expect(byCode.get("DV04")!.daysLate).toBe(14);

    const after = await unitProgress(port, { year: 2024, month: 12, day: 31 });
    expect(after.units.map((u) => u.status)).toEqual([
      "complete-undated",
      "overdue",
      "complete-undated",
      "late",
    ]);
  });

  it("counts a unit that scored every scored criterion as complete, its bonus and deduction rows left empty", async () => {
    // The core calls such a unit complete (an empty bonus or deduction is none); progress must agree.
    const port = await clusterMemory({ preset: "thu-duc-1", units: 2 });
    const rows = (await fileRowsOf((await split(port)).get("DV01")!)).filter((r) => !r.section);
    const scored = rows.filter((r) => r.kind === "Chấm điểm");
    expect(scored.length).toBeLessThan(rows.length); // the table has bonus and deduction rows
    for (const r of scored) port.set("DV01", `E${rowOf(port, "DV01", r.code) + 1}`, 0.5);
    const { summary } = await validateWorkbook(port);
    const core = summary!.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    expect(core.complete).toBe(true);

    const report = await unitProgress(port, { year: 2024, month: 10, day: 1 });
    const dv01 = report.units.find((u) => u.code === "DV01")!;
    expect(dv01).toMatchObject({ scored: scored.length, total: scored.length, status: "complete" });
    expect(report.criteria).toBe(scored.length);
  });

  it("says a unit's scores are in, without judging them, where the cluster set no deadline", async () => {
    const port = await clusterMemory({ preset: "kon-tum", units: 2 });
    const row = port.sheets.find((s) => s.name === SHEET.units)!.values.findIndex((r) => r[0] === "DV01");
    port.set(SHEET.units, `J${row + 1}`, 45583);
    const report = await unitProgress(port, { year: 2025, month: 3, day: 1 });
    expect([report.deadline, report.dueBy]).toEqual([null, null]);
    expect(report.units.map((u) => [u.code, u.status])).toEqual([
      ["DV01", "received"],
      ["DV02", "not-sent"],
    ]);
  });

  it("shows a unit that sent nothing as not sent («Chưa gửi»), not as scoring («Đang chấm»)", async () => {
    const port = await clusterMemory({ preset: "thu-duc-1", units: 2 });
    const codes = (await fileRowsOf((await split(port)).get("DV01")!)).filter((r) => !r.section);
    for (const r of codes.slice(0, 3)) port.set("DV01", `E${rowOf(port, "DV01", r.code) + 1}`, 0.5);
    const before = await unitProgress(port, { year: 2024, month: 10, day: 1 });
    expect(before.units.map((u) => [u.code, u.scored, u.status])).toEqual([
      ["DV01", 3, "waiting"],
      ["DV02", 0, "not-sent"],
    ]);
    const after = await unitProgress(port, { year: 2024, month: 12, day: 31 });
    expect(after.units.map((u) => u.status)).toEqual(["overdue", "not-sent-overdue"]);
    const words = collectPaneText("vi").progress.status;
    expect([words["not-sent"], words["not-sent-overdue"], words.waiting]).toEqual([
      "Chưa gửi",
      "Quá hạn, chưa gửi",
      "Đang chấm",
    ]);
  });

  it("records today as the arrival date of the complete units that have none, in one write", async () => {
    const { port } = await shared();
    const dated = await recordArrivals(port, { year: 2024, month: 10, day: 15 });
    expect(dated).toBe(2);
    expect(port.writes).toBe(1);
    const report = await unitProgress(port, { year: 2024, month: 10, day: 16 });
    expect(report.units.map((u) => [u.code, u.status])).toEqual([
      ["DV01", "on-time"],
      ["DV02", "waiting"],
      ["DV03", "on-time"],
      ["DV04", "late"],
    ]);
  });
});

async function fileRowsOf(file: UnitFileToWrite) {
  const rows: { code: string; section: boolean; kind: string }[] = [];
  await editUnitFile(await unitFileBytes(file), (ws) => rows.push(...fileRows(ws)));
  return rows;
}
