import { numberFromPoints } from "../../src/core/decimal";
import type { CalendarDate } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { decodeWorkbook } from "../../src/workbook/decode";
import { SHEET } from "../../src/workbook/sheet-names";
import {
  generateRecommendation,
  generateSummary,
  isSummaryStale,
  readCluster,
  checkWithResults,
  generateResults,
  recordVotes,
  resultsStatus,
  validateWorkbook,
} from "../../src/workbook/usecases";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { sampleMemory, sampleXlsx } from "./sample";
import type { MemoryPort } from "./memory-port";
import { say } from "../support/say";
import { cellAt, addressOf } from "../support/cells";

const now: CalendarDate = { year: 2023, month: 1, day: 5 };

async function coreSummary(port: MemoryPort) {
  const sheets = await port.readSheets(
    (await port.listSheets()).filter((s) => !s.generated || s.name === SHEET.votes).map((s) => s.name),
  );
  return summarizeBlock(decodeWorkbook(sheets).input);
}

/** Two units tied at the top of a 1 + 1 cluster, so the leading place needs a vote. */
async function tiedAtTheTop(): Promise<MemoryPort> {
  const port = await sampleMemory({ preset: "thu-duc-1", units: 5 });
  // DV01 and DV02 both take the sample's best scores (DV04's, «Hoàn thành xuất sắc nhiệm vụ», so the
  // award's band does not pass them over), then everyone else drops on one criterion.
  const source = port.sheets.find((s) => s.name === "DV04")!;
  for (const name of ["DV01", "DV02"]) {
    const copy = port.sheets.find((s) => s.name === name)!;
    copy.values = source.values.map((row, r) => (r < 3 ? (copy.values[r] ?? []) : [...row]));
  }
  for (const name of ["DV03", "DV04", "DV05"]) {
    const sheet = port.sheets.find((s) => s.name === name)!;
    for (const row of sheet.values.slice(3)) if (typeof row[4] === "number") row[4] = 0;
  }
  return port;
}

describe("use cases over the workbook port", () => {
  it("reads the cluster into the core's input", async () => {
    const port = await sampleMemory({ units: 3 });
    const { input, problems } = await readCluster(port);
    expect(problems).toEqual([]);
    expect(input!.units).toHaveLength(3);
  });

  it("gives no input when a core sheet is missing, and says which", async () => {
    const port = await sampleMemory({ units: 2 });
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === SHEET.units),
      1,
    );
    const { input, problems } = await readCluster(port);
    expect(input).toBeNull();
    expect(say(problems[0])).toContain("«Đơn vị»");
    expect((await validateWorkbook(port)).summary).toBeNull();
  });

  it("validates: the core's problems with the decoder's, and the summary", async () => {
    const port = await sampleMemory({ units: 3 });
    port.set("DV01", "E5", 99);
    const { problems, summary } = await validateWorkbook(port);
    expect(problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({ code: "SCORE_ABOVE_MAX", at: cellAt("DV01", "E5") }),
    ]);
    expect(summary!.blocked).toBe(true);
    expect(port.writes).toBe(0);
  });

  it("says a broken formula once, not once more as 'not a number'", async () => {
    const port = await sampleMemory({ units: 2 });
    port.set("DV01", "E5", { error: "#REF!" });
    const { problems } = await validateWorkbook(port);
    expect(
      problems.filter((p) => addressOf(p.at) === "E5" && p.at?.sheet === "DV01").map((p) => p.code),
    ).toEqual(["WB_FORMULA_ERROR"]);
  });

  it("generates the summary reading once and writing once, with the core's figures as results", async () => {
    const port = await sampleMemory({ units: 6 });
    const progress: number[] = [];
    const result = await generateSummary(port, {
      now,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(port.reads).toBe(1);
    expect(port.writes).toBe(1);
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(result).toMatchObject({ sheetName: SHEET.summary, renamedBecauseTaken: false });
    const core = await coreSummary(port);
    const sheet = port.sheets.find((s) => s.name === SHEET.summary)!;
    expect(sheet.generated).toBe(true);
    for (const unit of core.clusters.flatMap((c) => c.units)) {
      const row = sheet.values.find((r) => r[1] === unit.code)!;
      expect(row[3]).toBe(numberFromPoints(unit.self));
      expect(row[9]).toBe(numberFromPoints(unit.total));
      expect(row[10]).toBe(unit.rank);
    }
  });

  it("refuses to generate while the workbook has errors, returning the problems, and writes nothing", async () => {
    const port = await sampleMemory({ units: 3 });
    port.set("DV02", "F6", -1);
    await expect(generateSummary(port, { now })).rejects.toMatchObject({
      code: "SUMMARY_BLOCKED",
      problems: expect.arrayContaining([
        expect.objectContaining({ code: "SCORE_NEGATIVE", severity: "error" }),
      ]),
    });
    await expect(generateRecommendation(port, { now })).rejects.toMatchObject({ code: "SUMMARY_BLOCKED" });
    expect(port.writes).toBe(0);
  });

  it("writes beside a user's sheet of the same name instead of over it, and says so", async () => {
    const port = await sampleMemory({ units: 3 });
    await port.writeSheets([
      { name: SHEET.summary, generated: false, blocks: [{ at: "A1", cells: [["của tôi"]] }] },
    ]);
    const result = await generateSummary(port, { now });
    expect(result).toMatchObject({ sheetName: "Bảng tổng hợp (2)", renamedBecauseTaken: true });
    expect(port.get(SHEET.summary, "A1")).toBe("của tôi");
  });

  it("replaces its own summary when run again", async () => {
    const port = await sampleMemory({ units: 3 });
    await generateSummary(port, { now });
    await generateSummary(port, { now: { year: 2023, month: 2, day: 1 } });
    expect(port.sheets.filter((s) => s.name.startsWith(SHEET.summary))).toHaveLength(1);
    expect(port.get(SHEET.summary, "A3")).toEqual(expect.stringContaining("01/02/2023"));
  });

  it("leaves the previous summary in place when writing fails", async () => {
    const port = await sampleMemory({ units: 3 });
    await generateSummary(port, { now });
    const before = JSON.stringify(port.sheets.find((s) => s.name === SHEET.summary)!.values);
    port.set("DV01", "E5", 1);
    port.failNextWrite = true;
    await expect(generateSummary(port, { now })).rejects.toThrow("disk full");
    expect(JSON.stringify(port.sheets.find((s) => s.name === SHEET.summary)!.values)).toBe(before);
  });

  it("stops before writing when cancelled", async () => {
    const port = await sampleMemory({ units: 3 });
    const controller = new AbortController();
    const run = generateSummary(port, {
      now,
      signal: controller.signal,
      onProgress: (done) => done === 3 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: "ABORTED" });
    expect(port.writes).toBe(0);
  });

  it("tells a stale summary: fresh after generating, stale after a score changes, fresh again after regenerating", async () => {
    const port = await sampleMemory({ units: 3 });
    expect(await isSummaryStale(port)).toBe(false);
    await generateSummary(port, { now });
    expect(await isSummaryStale(port)).toBe(false);
    port.set("DV03", "E5", 1.5);
    expect(await isSummaryStale(port)).toBe(true);
    await generateSummary(port, { now });
    expect(await isSummaryStale(port)).toBe(false);
  });

  it("flags a tie at the quota boundary, then settles it with the recorded votes", async () => {
    const port = await tiedAtTheTop();
    const first = await generateSummary(port, { now });
    const ties = first.summary.clusters[0]!.ties;
    expect(ties[0]).toMatchObject({ award: "leading", settled: false, units: ["DV01", "DV02"] });
    const row = port.sheets.find((s) => s.name === SHEET.summary)!.values.find((r) => r[1] === "DV01")!;
    expect(row[14]).toBe("Chờ bỏ phiếu");

    await recordVotes(
      port,
      new Map([
        ["DV02", 4],
        ["DV01", 1],
      ]),
    );
    expect(port.sheets.find((s) => s.name === SHEET.votes)!.generated).toBe(true);
    const second = await generateSummary(port, { now });
    const units = second.summary.clusters[0]!.units;
    expect(units.find((u) => u.code === "DV02")!.award).toBe("leading");
    expect(units.find((u) => u.code === "DV01")!.award).toBe("excellent");
  });

  it("keeps earlier vote counts when recording more", async () => {
    const port = await tiedAtTheTop();
    await recordVotes(port, new Map([["DV01", 1]]));
    await recordVotes(port, new Map([["DV02", 4]]));
    const { input } = await readCluster(port);
    expect(input!.votes.map((v) => [v.unit.value, v.votes.value])).toEqual([
      ["DV01", 1],
      ["DV02", 4],
    ]);
    await expect(recordVotes(port, new Map([["DV01", -2]]))).rejects.toMatchObject({ code: "VOTES_INVALID" });
  });

  it("keeps another unit's count typed as text, which the core counts, when recording a vote", async () => {
    const port = await tiedAtTheTop();
    await recordVotes(port, new Map([["DV01", 1]]));
    // The officer types DV02's count by hand, as text (a cell formatted as Text, or pasted).
    const votes = port.sheets.find((s) => s.name === SHEET.votes)!;
    const header = votes.values.findIndex((r) => r.includes("Số phiếu"));
    const column = votes.values[header]!.indexOf("Số phiếu");
    votes.values.push(["DV02", "", " 5 "]);
    expect(votes.values[header]![0]).toBe("Mã đơn vị");
    expect(column).toBe(2);
    const counted = (await coreSummary(port)).problems.filter((p) => p.code === "VOTE_INVALID");
    expect(counted).toEqual([]); // the core takes " 5 " as 5

    await recordVotes(port, new Map([["DV01", 2]]));
    const { input } = await readCluster(port);
    expect(input!.votes.map((v) => [v.unit.value, v.votes.value])).toEqual([
      ["DV01", 2],
      ["DV02", 5],
    ]);
  });

  it("writes the recommendation with the awarded units and the ties awaiting a vote", async () => {
    const port = await tiedAtTheTop();
    const result = await generateRecommendation(port, { now });
    expect(result.sheetName).toBe(SHEET.recommendation);
    const text = port.sheets
      .find((s) => s.name === SHEET.recommendation)!
      .values.flat()
      .filter((v) => typeof v === "string");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Tp. Thủ Đức, ngày 05 tháng 01 năm 2023");
    // Never more units than places: both places stay open, no tied unit is named in the table.
    const values = port.sheets.find((s) => s.name === SHEET.recommendation)!.values;
    const openRows = values.filter((r) => r[1] === "(Suất còn để trống)");
    expect(openRows.map((r) => [r[4], r[5]])).toEqual([
      ["Bằng khen (đơn vị dẫn đầu)", "Chờ bỏ phiếu"],
      ["Bằng khen (đơn vị xuất sắc)", "Chờ bỏ phiếu"],
    ]);
    const names = result.summary.clusters[0]!.units.map((u) => u.name);
    expect(values.filter((r) => names.includes(r[1] as string))).toEqual([]);
    // The tied units are named under the table, with the places they wait for.
    const notes = text.filter((t) => String(t).startsWith("Chờ bỏ phiếu:"));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(
      /^Chờ bỏ phiếu: 01 suất dẫn đầu giữa .+, .+ \(cùng [\d,]+ điểm; đơn vị được chọn cần ít nhất \d+\/\d+ phiếu\); suất này để trống/,
    );
    // The votes needed are the core's, for this cluster's threshold.
    const voting = result.summary.clusters[0]!.voting!;
    expect(notes[0]).toContain(`cần ít nhất ${voting.needed}/${voting.members} phiếu)`);
    expect(notes[1]).toMatch(/^Chờ bỏ phiếu: 01 suất xuất sắc giữa/);
    expect(text).toContain("Nơi nhận:");
    expect(text.some((t) => String(t).startsWith("- Lưu: VT"))).toBe(true);
    expect(text).toContain("TM. CỤM THI ĐUA");
    expect(text).toContain("CỤM TRƯỞNG");
  });
});

describe("checking with the results' standing (thidua kiem-tra)", () => {
  it("reads the workbook once and says what validateWorkbook and resultsStatus say", async () => {
    const port = await sampleMemory({ units: 3 });
    await generateSummary(port, { now });
    // The data changes after the summary: both sheets are stale by their stamp.
    const dv01 = port.sheets.find((s) => s.name === "DV01")!.values;
    const row = dv01.findIndex((r) => typeof r[4] === "number");
    dv01[row]![4] = 0;
    const expected = { ...(await validateWorkbook(port)), status: await resultsStatus(port) };
    const reads = jest.spyOn(port, "readSheets");
    const checked = await checkWithResults(port);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(checked).toEqual(expected);
    expect(checked.status).toMatchObject({ summary: "stale", recommendation: "stale", stale: true });
  });
});

describe("the results' stamp through a save", () => {
  it.each(["kon-tum", "thu-duc-1", "thanh-hoa-5", "bien-gioi-phia-bac"] as const)(
    "%s: a summary made in a new workbook (the browser's case) is current after saving and reopening",
    async (preset) => {
      // Made and summed up before any save, as in the browser: Setup, then Tổng hợp, then Tải xuống.
      const wb = await sampleXlsx({ preset, units: 6 });
      const made = await generateResults(wb, { now });
      expect(await resultsStatus(wb)).toMatchObject({ stamp: made.stamp, stale: false });
      const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      expect(await resultsStatus(reopened)).toEqual({
        stamp: made.stamp,
        summary: "current",
        recommendation: "current",
        stale: false,
      });
    },
  );
});
