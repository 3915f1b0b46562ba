import type { BlockSummary, UnitResult } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { CUM_3, konTumBlock } from "./fixtures/kon-tum-cum-3";
import { flat, say } from "../support/say";

const unitOf = (summary: BlockSummary, code: string): UnitResult =>
  summary.clusters.flatMap((c) => c.units).find((u) => u.code === code)!;
const cum3 = (summary: BlockSummary) => summary.clusters.find((c) => c.cluster.code === CUM_3)!;

describe("missing is never zero", () => {
  it("names a department that never scored a unit as missing, and does not propose the unit on a total short of it", () => {
    // Ban Tài chính gave Đắk Hà nothing: its 1,5 points are missing, not 0.
    const full = summarizeBlock(konTumBlock());
    const summary = summarizeBlock(
      konTumBlock({ departments: { DH: { TC: 1, TGNC: 1, CSPL: 1.5, UBKT: 1, VP: 1, TT: 3 } } }),
    );
    const missing = summary.problems.find((p) => p.code === "DEPARTMENT_POINTS_MISSING");
    expect(missing?.severity).toBe("warning");
    expect(say(missing)).toContain(
      "chưa chấm điểm cho «LĐLĐ huyện Đắk Hà» (DH): điểm còn thiếu, không tính là 0",
    );
    expect(unitOf(summary, "DH")).toMatchObject({ complete: false, award: null, classification: null });
    expect(unitOf(summary, "DH").missingDepartments?.map((d) => d.code)).toEqual(["TAICHINH"]);
    expect(unitOf(full, "DH").award).not.toBeNull();
    expect(cum3(summary).provisional).toBe(true);
  });

  it("names a unit that sent nothing as having no score, not as a unit still scoring every criterion", () => {
    const input = konTumBlock();
    const summary = summarizeBlock({ ...input, scores: input.scores.filter((s) => s.unit.value !== "DT") });
    const dt = summary.problems.filter((p) => flat(p)?.unit === "DT");
    expect(dt.map((p) => p.code)).toEqual(["UNIT_NO_SCORES"]);
    expect(say(dt[0])).toContain("chưa có điểm nào");
    expect(unitOf(summary, "DT")).toMatchObject({ noScores: true, complete: false, award: null });
    expect(cum3(summary).provisional).toBe(true);
  });

  it("refuses to rank an empty workbook's cluster instead of ranking every unit first with 0 points", () => {
    const summary = summarizeBlock(konTumBlock({ extra: { scores: [], departmentPoints: [] } }));
    expect(summary.blocked).toBe(true);
    const refused = summary.problems.filter((p) => p.code === "CLUSTER_NO_SCORES");
    expect(refused.map((p) => p.severity)).toEqual(["error", "error"]);
    expect(say(refused[0])).toContain("chưa thể xếp hạng");
    expect(summary.clusters.every((c) => c.provisional === true)).toBe(true);
    expect(summary.clusters.flatMap((c) => c.units).every((u) => u.award === null)).toBe(true);
  });

  it("presents the ranks as final only when no unit's data is missing", () => {
    const summary = summarizeBlock(konTumBlock());
    // KT has unscored criteria in the fixture; the banks cluster is complete.
    expect(summary.clusters.map((c) => [c.cluster.code, c.provisional])).toEqual([
      [CUM_3, true],
      ["NGAN-HANG", false],
    ]);
  });
});
