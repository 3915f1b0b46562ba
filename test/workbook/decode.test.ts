import type { BlockSummary, UnitResult } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { problemSubject } from "../../src/core/diagnostics";
import { DECODE_PROBLEM, decodeWorkbook } from "../../src/workbook/decode";
import { SHEET } from "../../src/workbook/sheet-names";
import type { SheetSnapshot } from "../../src/workbook/port";
import { sampleMemory } from "./sample";
import type { MemoryPort } from "./memory-port";
import { say } from "../support/say";
import { cellAt, addressOf } from "../support/cells";
import { problemText } from "../../src/messages/diagnostics";
import { en } from "../../src/messages/en/diagnostics";
import { recordMeeting } from "../../src/workbook/dossier";
import { inputFingerprint } from "../../src/workbook/fingerprint";
import { EMPTY_MEETING } from "../../src/workbook/sheets/meeting";

async function snapshots(port: MemoryPort): Promise<readonly SheetSnapshot[]> {
  return port.readSheets((await port.listSheets()).map((s) => s.name));
}

function sheetOf(port: MemoryPort, name: string) {
  return port.sheets.find((s) => s.name === name)!;
}

describe("decoding the cluster workbook", () => {
  it("reads the template back: units, criteria, scores and configuration with the cell of each value", async () => {
    const port = await sampleMemory({ units: 4 });
    const { input, problems, document } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([]);
    expect(input.units.map((u) => u.code.value)).toEqual(["DV01", "DV02", "DV03", "DV04"]);
    expect(input.units[1]!.code.at).toEqual(cellAt(SHEET.units, "A5"));
    expect(input.criteria.length).toBeGreaterThan(10);
    expect(input.config.selfScoreMax).toBe(9000);
    expect(input.config.departmentsMax).toBe(1000);
    expect(input.config.voteRule.passShare).toBe(0.5);
    // No preset ships a tie-break chain (DOMAIN.md: ties go to the vote): the row is left empty.
    expect(input.config.tieBreak).toEqual([]);
    expect(input.clusters).toHaveLength(1);
    expect(input.period.start).toEqual({ year: 2022, month: 1, day: 1 });
    const score = input.scores.find((s) => s.unit.value === "DV02" && s.criterion.value === "I.1")!;
    expect(score.self.at).toEqual(cellAt("DV02", "E5"));
    expect(input.departmentPoints.length).toBeGreaterThan(0);
    expect(document.place).toBe("Kon Tum");
    expect(document.recipients.length).toBeGreaterThan(0);
  });

  it("finds columns by header name wherever they are, ignoring case and spacing", async () => {
    const port = await sampleMemory({ units: 2 });
    const sheet = sheetOf(port, "DV01");
    // Swap "Tự chấm" and "Thẩm định" columns, and write one header in capitals with extra spaces.
    for (const row of sheet.values) [row[4], row[5]] = [row[5] ?? null, row[4] ?? null];
    sheet.values[2]![4] = "  THẨM   ĐỊNH ";
    const { input, problems } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([]);
    const row = input.scores.find((s) => s.unit.value === "DV01" && s.criterion.value === "I.1")!;
    expect(addressOf(row.self.at)).toBe("F5");
    expect(addressOf(row.appraised.at)).toBe("E5");
  });

  it("names the sheet and the header row when a required column was renamed", async () => {
    const port = await sampleMemory({ units: 2 });
    sheetOf(port, "DV02").values[2]![4] = "Điểm tự đánh giá";
    const { problems } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([
      expect.objectContaining({
        code: DECODE_PROBLEM.HEADER_MISSING,
        severity: "error",
        at: cellAt("DV02", "A3"),
      }),
    ]);
    expect(say(problems[0])).toContain("thiếu cột «Tự chấm» ở hàng tiêu đề 3");
  });

  it("reports a missing sheet by its name", async () => {
    const port = await sampleMemory({ units: 2 });
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === SHEET.criteria),
      1,
    );
    port.sheets.splice(
      port.sheets.findIndex((s) => s.name === "DV02"),
      1,
    );
    const { problems } = decodeWorkbook(await snapshots(port));
    expect(problems.map((p) => p.code)).toEqual([
      DECODE_PROBLEM.SHEET_MISSING,
      DECODE_PROBLEM.UNIT_SHEET_MISSING,
    ]);
    expect(say(problems[0])).toContain("«Tiêu chí»");
    expect(say(problems[1])).toContain("«DV02»");
  });

  it("refuses merged cells over the score area, naming the range", async () => {
    const port = await sampleMemory({ units: 2 });
    sheetOf(port, "DV01").merges.push("E6:F7");
    const { problems } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([
      expect.objectContaining({
        code: DECODE_PROBLEM.MERGED_SCORE_CELLS,
        at: cellAt("DV01", "E6"),
      }),
    ]);
    expect(say(problems[0])).toContain("E6:F7");
  });

  it("accepts merged cells outside the score area (a title over the table)", async () => {
    const port = await sampleMemory({ units: 2 });
    sheetOf(port, "DV01").merges.push("A1:G1");
    expect(decodeWorkbook(await snapshots(port)).problems).toEqual([]);
  });

  it("tolerates blank rows inside and after the tables", async () => {
    const port = await sampleMemory({ units: 3 });
    const before = decodeWorkbook(await snapshots(port)).input;
    for (const name of [SHEET.units, SHEET.criteria, "DV02"]) {
      const sheet = sheetOf(port, name);
      sheet.values.splice(5, 0, [], [null, "  "]);
      sheet.values.push([], []);
    }
    const { input, problems } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([]);
    expect(input.units.map((u) => u.code.value)).toEqual(before.units.map((u) => u.code.value));
    expect(input.criteria.map((c) => c.code.value)).toEqual(before.criteria.map((c) => c.code.value));
    expect(input.scores.map((s) => s.self.value)).toEqual(before.scores.map((s) => s.self.value));
  });

  it("names each cell whose formula evaluates to an error", async () => {
    const port = await sampleMemory({ units: 2 });
    port.set("DV01", "E5", { error: "#REF!" });
    port.set(SHEET.config, "B11", { error: "#DIV/0!" });
    const { problems } = decodeWorkbook(await snapshots(port));
    expect(problems.filter((p) => p.code === DECODE_PROBLEM.FORMULA_ERROR).map((p) => p.at)).toEqual(
      expect.arrayContaining([cellAt("DV01", "E5"), cellAt(SHEET.config, "B11")]),
    );
    expect(say(problems.find((p) => addressOf(p.at) === "E5"))).toContain("#REF!");
  });

  it("warns that a score stored as text is read but ignored by Excel's formulas", async () => {
    const port = await sampleMemory({ units: 2 });
    port.set("DV01", "E5", "4,5");
    const { problems, input } = decodeWorkbook(await snapshots(port));
    expect(problems).toEqual([
      expect.objectContaining({
        code: DECODE_PROBLEM.NUMBER_AS_TEXT,
        severity: "warning",
        at: cellAt("DV01", "E5"),
      }),
    ]);
    expect(
      input.scores.find((s) => addressOf(s.self.at) === "E5" && s.unit.value === "DV01")!.self.value,
    ).toBe("4,5");
  });

  it("reads a department's points typed as text as the core reads a unit's text score, warning with sheet and cell", async () => {
    const port = await sampleMemory({ units: 2 });
    const sheet = sheetOf(port, SHEET.departmentPoints);
    // The last department's column: the standing committee's bonus, up to 3 points.
    const col = sheet.values[2]!.length - 1;
    const typedAt = sheet.values.findIndex((r) => r[0] === "DV01");
    const before = summarizeBlock(decodeWorkbook(await snapshots(port)).input);
    const dv01 = (s: BlockSummary): UnitResult =>
      s.clusters.flatMap((c) => c.units).find((u) => u.code === "DV01")!;
    const old = Math.round(Number(sheet.values[typedAt]![col] ?? 0) * 100);
    sheet.values[typedAt]![col] = " 2,5 ";
    const { input, problems } = decodeWorkbook(await snapshots(port));
    const address = `${String.fromCharCode(65 + col)}${typedAt + 1}`;
    expect(problems).toEqual([
      expect.objectContaining({
        code: DECODE_PROBLEM.NUMBER_AS_TEXT,
        severity: "warning",
        at: cellAt(SHEET.departmentPoints, address),
      }),
    ]);
    expect(say(problems[0])).toContain("2,5");
    const after = summarizeBlock(input);
    // Counted as 2,5 points, never 0: the unit's departments' points change by what was typed.
    expect(dv01(after).departments).toBe(dv01(before).departments - old + 250);
  });

  it("reads the band each award needs from «Cấu hình», leaving an empty row to the default (the top band)", async () => {
    const port = await sampleMemory({ units: 2 });
    const config = sheetOf(port, SHEET.config).values;
    const row = config.findIndex((r) => r[0] === "Xếp loại tối thiểu để đề nghị đơn vị xuất sắc");
    const leading = config.findIndex((r) => r[0] === "Xếp loại tối thiểu để đề nghị đơn vị dẫn đầu");
    expect(row).toBeGreaterThan(0);
    // The sample cluster names «Hoàn thành tốt nhiệm vụ» in both rows (template.ts); a new one leaves them empty.
    expect(config[row]![1]).toBe("Hoàn thành tốt nhiệm vụ");
    config[row]![1] = "";
    config[leading]![1] = "";
    expect(decodeWorkbook(await snapshots(port)).input.config.awardMinBand).toEqual({});
    config[row]![1] = "Hoàn thành tốt nhiệm vụ";
    expect(decodeWorkbook(await snapshots(port)).input.config.awardMinBand).toEqual({
      excellent: "Hoàn thành tốt nhiệm vụ",
    });
  });

  it("reads the vote share as a percentage in any of the ways people type it", async () => {
    const port = await sampleMemory({ units: 2 });
    const row = sheetOf(port, SHEET.config).values.findIndex(
      (r) => r[0] === "Tỉ lệ phiếu để thông qua (hơn)",
    );
    for (const [typed, share] of [
      ["50%", 0.5],
      [66, 0.66],
      [0.75, 0.75],
    ] as const) {
      sheetOf(port, SHEET.config).values[row]![1] = typed;
      expect(decodeWorkbook(await snapshots(port)).input.config.voteRule.passShare).toBe(share);
    }
    sheetOf(port, SHEET.config).values[row]![1] = "hơn nửa";
    expect(decodeWorkbook(await snapshots(port)).problems[0]).toMatchObject({
      code: DECODE_PROBLEM.CONFIG_INVALID,
    });
  });

  it("does not take a totals column in the departments' points for a department", async () => {
    const port = await sampleMemory({ units: 2 });
    const sheet = sheetOf(port, SHEET.departmentPoints);
    const col = sheet.values[2]!.length;
    sheet.values[2]![col] = "Tổng cộng";
    sheet.values[3]![col] = 9.5;
    const { input, layout } = decodeWorkbook(await snapshots(port));
    expect(input.departmentPoints.some((d) => d.department.value === "Tổng cộng")).toBe(false);
    expect(layout.departmentPoints!.columns).not.toContain(col);
  });

  it("leaves section rows and unscored criteria out of the score rows", async () => {
    const port = await sampleMemory({ units: 1 });
    const { input } = decodeWorkbook(await snapshots(port));
    expect(input.scores.some((s) => s.criterion.value === "I")).toBe(false);
    port.set("DV01", "E5", null);
    port.set("DV01", "F5", null);
    const after = decodeWorkbook(await snapshots(port)).input;
    expect(after.scores.some((s) => s.criterion.value === "I.1")).toBe(false);
  });
});

describe("problems found on a unit's scoring sheet", () => {
  it("are the unit's, listed under it and not under «Chung», even where their parameters name no unit", async () => {
    const port = await sampleMemory({ units: 4 });
    const sheet = sheetOf(port, "DV02");
    const row = sheet.values.findIndex((r) => r[0] === "I.1");
    port.set("DV02", `E${row + 1}`, "4,5"); // a number typed as text
    port.set("DV02", `D${row + 1}`, 7); // the sheet's maximum edited
    const { problems } = decodeWorkbook(await snapshots(port));
    const found = problems.filter((p) => p.at?.sheet === "DV02");
    expect(found.map((p) => p.code).sort()).toEqual(["WB_NUMBER_AS_TEXT", "WB_UNIT_SHEET_MAX_MISMATCH"]);
    for (const p of found) expect(problemSubject(p).unit).toBe("DV02");
    // A problem about the workbook itself stays general.
    port.set(SHEET.units, "A5", "DV09");
    const general = decodeWorkbook(await snapshots(port)).problems.find(
      (p) => p.code === "WB_UNIT_SHEET_MISSING",
    );
    expect(problemSubject(general!).unit).toBeUndefined();
  });
});

describe("the vote threshold's basis in «Cấu hình»: the members, or the valid votes at the meeting", () => {
  const BASIS = "Tỉ lệ tính trên";
  const SHARE = "Tỉ lệ phiếu để thông qua (hơn)";
  const rowOf = (port: MemoryPort, label: string): number =>
    sheetOf(port, SHEET.config).values.findIndex((r) => r[0] === label);
  const meeting = {
    ...EMPTY_MEETING,
    present: 7,
    issued: 7,
    returned: 6,
    valid: 5,
  };

  it("writes the members as the basis in a new workbook, and reads it as the rule always was", async () => {
    const port = await sampleMemory({ units: 2 });
    const row = rowOf(port, BASIS);
    expect(sheetOf(port, SHEET.config).values[row]![1]).toBe("Tổng số thành viên");
    const decoded = decodeWorkbook(await snapshots(port));
    expect(decoded.input.config.voteRule).toEqual({ passShare: 0.5 });
    expect("validBallots" in decoded.input).toBe(false);
    expect(decoded.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reads a workbook made before the row (no basis) exactly as the same workbook with the default", async () => {
    const port = await sampleMemory({ units: 2 });
    await recordMeeting(port, meeting);
    const withRow = decodeWorkbook(await snapshots(port));
    const config = sheetOf(port, SHEET.config).values;
    config.splice(rowOf(port, BASIS), 1);
    const without = decodeWorkbook(await snapshots(port));
    expect(without.input).toEqual(withRow.input);
    expect(inputFingerprint(without.input)).toBe(inputFingerprint(withRow.input));
    expect(without.problems).toEqual(withRow.problems);
  });

  it("takes the valid votes of «Họp bình xét» as the base when the basis is «Số phiếu hợp lệ»", async () => {
    const port = await sampleMemory({ units: 2 });
    sheetOf(port, SHEET.config).values[rowOf(port, BASIS)]![1] = "số phiếu hợp lệ";
    sheetOf(port, SHEET.config).values[rowOf(port, SHARE)]![1] = "80%";
    expect(decodeWorkbook(await snapshots(port)).input).toMatchObject({
      config: { voteRule: { passShare: 0.8, basis: "validVotes" } },
      validBallots: null,
    });
    await recordMeeting(port, meeting);
    expect(decodeWorkbook(await snapshots(port)).input.validBallots).toBe(5);
  });

  it("refuses an unknown basis, naming the sheet and cell, in Vietnamese and English", async () => {
    const port = await sampleMemory({ units: 2 });
    const row = rowOf(port, BASIS);
    sheetOf(port, SHEET.config).values[row]![1] = "Số người có mặt";
    const { problems, input } = decodeWorkbook(await snapshots(port));
    const problem = problems.find((p) => p.code === DECODE_PROBLEM.CONFIG_INVALID)!;
    expect(problem.at).toEqual({ sheet: SHEET.config, row, col: 1 });
    expect(problem.severity).toBe("error");
    expect(say(problem)).toBe(
      "Giá trị «Số người có mặt» của «Tỉ lệ tính trên» không hợp lệ: cần «Tổng số thành viên» hoặc «Số phiếu hợp lệ». (ô B15, trang «Cấu hình»)",
    );
    expect(problemText(en, problem)).toContain(
      "«Số phiếu hợp lệ» (the valid votes at the meeting) is needed",
    );
    expect(input.config.voteRule).toEqual({ passShare: 0.5 });
  });

  it.each([0, "0%", 1, "100%", -0.5, "150%"])(
    "refuses a share of %p: no vote passes more than 100 %, and more than 0 % is no threshold",
    async (typed) => {
      const port = await sampleMemory({ units: 2 });
      const row = rowOf(port, SHARE);
      sheetOf(port, SHEET.config).values[row]![1] = typed;
      const problem = decodeWorkbook(await snapshots(port)).problems.find(
        (p) => p.code === DECODE_PROBLEM.CONFIG_INVALID,
      );
      expect(problem?.at).toEqual({ sheet: SHEET.config, row, col: 1 });
      expect(say(problem)).toContain("cần một tỷ lệ lớn hơn 0 và nhỏ hơn 1 (100%)");
    },
  );
});
