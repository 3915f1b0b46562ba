import type { BlockSummary, ClusterResult, Points, UnitResult } from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { BANKS, CUM_3, UNITS, konTumBlock } from "./fixtures/kon-tum-cum-3";
import { cell, voteRows } from "./fixtures/rows";
import { thuDucBlock } from "./fixtures/thu-duc-cum-1";
import { flat, noteOf, reason, say } from "../support/say";
import { addressOf } from "../support/cells";

const clusterOf = (summary: BlockSummary, code: string): ClusterResult =>
  summary.clusters.find((c) => c.cluster.code === code)!;
const unitOf = (summary: BlockSummary, code: string): UnitResult =>
  summary.clusters.flatMap((c) => c.units).find((u) => u.code === code)!;
const codes = (summary: BlockSummary): string[] => summary.problems.map((p) => p.code);

describe("summarizeBlock on Cụm thi đua số 3 – LĐLĐ tỉnh Kon Tum", () => {
  const summary = summarizeBlock(konTumBlock());

  it("is not blocked: only warnings (an incomplete unit, a late report, a tie the chain decided)", () => {
    expect(summary.blocked).toBe(false);
    expect(summary.problems.every((p) => p.severity === "warning")).toBe(true);
    expect(codes(summary).sort()).toEqual(["REPORT_LATE", "TIE_BROKEN_BY_RULE", "UNIT_INCOMPLETE"]);
  });

  it("gives results per cluster, in the block's order", () => {
    expect(summary.clusters.map((c) => [c.cluster.code, c.units.length])).toEqual([
      [CUM_3, 6],
      [BANKS, 5],
    ]);
  });

  it("totals each unit: table after appraisal, bonus, deductions, departments", () => {
    const totals = Object.fromEntries(summary.clusters.flatMap((c) => c.units).map((u) => [u.code, u.total]));
    expect(totals).toEqual({
      NHO: 9900,
      GD: 9600,
      DH: 9600,
      DT: 9100,
      YT: 8150,
      KT: 6000,
      AGR: 9600,
      VCB: 9200,
      BIDV: 9200,
      NHCS: 8800,
      CTG: 8000,
    });
    expect(unitOf(summary, "YT")).toMatchObject({
      self: 7200,
      appraised: null,
      tableScore: 7200,
      bonus: 100,
      deductions: 50,
      departments: 900,
    });
  });

  it("replaces self scores by appraised ones and keeps the difference", () => {
    expect(unitOf(summary, "DT")).toMatchObject({
      self: 9000,
      appraised: 8300,
      appraisalDifference: -700,
      tableScore: 8300,
      total: 9100,
    });
  });

  it("ranks by total within each cluster, equal totals sharing a rank, listed by rank then Vietnamese name", () => {
    const cum3 = clusterOf(summary, CUM_3).units.map((u) => [u.code, u.rank]);
    // GD "Công đoàn ngành Giáo dục" before DH "LĐLĐ huyện Đắk Hà": name order, not code order.
    expect(cum3).toEqual([
      ["NHO", 1],
      ["GD", 2],
      ["DH", 2],
      ["DT", 4],
      ["YT", 5],
      ["KT", 6],
    ]);
  });

  it("keeps an excluded unit's place but gives it no award rank and no award", () => {
    const ngocHoi = unitOf(summary, "NHO");
    expect(ngocHoi).toMatchObject({ rank: 1, awardRank: null, considered: false, award: null });
    expect(ngocHoi.exclusions.map((e) => e.rule)).toEqual(["discipline"]);
    expect(reason(ngocHoi.exclusions[0])).toMatch(/khiển trách/i);
    expect(unitOf(summary, "NHCS").exclusions.map((e) => e.rule)).toEqual(["not-registered"]);
  });

  it("marks an incomplete unit, lists what is missing, and proposes nothing for it", () => {
    expect(unitOf(summary, "KT")).toMatchObject({
      complete: false,
      missing: ["II.2", "III"],
      classification: null,
      awardRank: null,
      award: null,
      rank: 6,
    });
    const warning = summary.problems.find((p) => p.code === "UNIT_INCOMPLETE");
    expect(flat(warning)).toMatchObject({ severity: "warning", unit: "KT" });
    expect(say(warning)).toContain("II.2, III");
    expect(say(warning)).toContain("LĐLĐ thành phố Kon Tum");
  });

  it("breaks a tie on total with the tie-break chain (appraised table score first)", () => {
    // GD and DH both total 96; DH's table is 84,5 against GD's 84.
    expect(unitOf(summary, "DH").award).toBe("leading");
    expect(unitOf(summary, "GD").award).toBe("excellent");
    expect(clusterOf(summary, CUM_3).ties).toEqual([]);
  });

  it("says the chain decided that tie: the units, the award, the rule and each unit's figure", () => {
    expect(clusterOf(summary, CUM_3).tieBreaks).toEqual([
      {
        cluster: CUM_3,
        award: "leading",
        units: ["DH", "GD"],
        ahead: 1,
        total: 9600,
        decidedBy: "appraisedTotal",
        values: [8450, 8400],
      },
    ]);
    const warnings = summary.problems.filter((p) => p.code === "TIE_BROKEN_BY_RULE");
    expect(warnings.map((p) => [p.code, p.severity, say(p)])).toEqual([
      [
        "TIE_BROKEN_BY_RULE",
        "warning",
        "Cụm «Cụm thi đua số 3»: «LĐLĐ huyện Đắk Hà» (DH), «Công đoàn ngành Giáo dục» (GD) cùng 96 điểm, tranh suất đơn vị dẫn đầu. Theo thứ tự xét khi bằng điểm của cụm, LĐLĐ huyện Đắk Hà được xếp trên Công đoàn ngành Giáo dục theo điểm thẩm định (84,5 so với 84).",
      ],
    ]);
  });

  it("notes on the two tied units' rows why one leads, and on no other row", () => {
    expect(noteOf(unitOf(summary, "DH"))).toBe(
      "Suất dẫn đầu: cùng 96 điểm với GD, được xếp trên theo điểm thẩm định (84,5 so với 84).",
    );
    expect(noteOf(unitOf(summary, "GD"))).toBe(
      "Suất dẫn đầu: cùng 96 điểm với DH, xếp dưới theo điểm thẩm định (84 so với 84,5).",
    );
    const noted = summary.clusters.flatMap((c) => c.units).filter((u) => noteOf(u) !== undefined);
    expect(noted.map((u) => u.code).sort()).toEqual(["DH", "GD"]);
    // Banks: VCB and BIDV tie at 92 but both fit the two excellent places, so nothing was decided.
    expect(clusterOf(summary, BANKS).tieBreaks).toEqual([]);
  });

  it("gives the Banks cluster one leading and two excellent units", () => {
    const awards = clusterOf(summary, BANKS).units.map((u) => [u.code, u.award]);
    expect(awards).toEqual([
      ["AGR", "leading"],
      ["BIDV", "excellent"],
      ["VCB", "excellent"],
      ["NHCS", null],
      ["CTG", null],
    ]);
    expect(clusterOf(summary, BANKS).units.map((u) => u.awardRank)).toEqual([1, 2, 2, null, 4]);
  });

  it("classifies complete units by the bands", () => {
    expect(unitOf(summary, "GD").classification).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(unitOf(summary, "YT").classification).toBe("Hoàn thành tốt nhiệm vụ");
    expect(unitOf(summary, "CTG").classification).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("warns of a late report, counting from the deadline", () => {
    const late = summary.problems.find((p) => p.code === "REPORT_LATE");
    expect(flat(late)).toMatchObject({ severity: "warning", unit: "YT", at: cell("Đơn vị", "H3") });
    expect(say(late)).toContain("3 ngày");
    expect(say(late)).toContain("10/12/2024");
    expect(unitOf(summary, "YT").considered).toBe(true);
  });

  it("counts a report marked «Có» or «x» in the unit list as sent, with no lateness to work out", () => {
    const units = UNITS.map((u) =>
      u.code === "YT" ? { ...u, mid: "Có", end: "x" } : u.code === "DT" ? { ...u, end: "Đã gửi" } : u,
    );
    const result = summarizeBlock(konTumBlock({ units }));
    expect(unitOf(result, "YT")).toMatchObject({ considered: true, exclusions: [] });
    expect(unitOf(result, "DT")).toMatchObject({ considered: true, exclusions: [] });
    // YT's report was late by its date; marked sent without one, it is not.
    expect(codes(result)).not.toContain("REPORT_LATE");
    expect(result.blocked).toBe(false);
  });

  it("still excludes a unit whose report cell says «Không», and refuses one it cannot read", () => {
    const units = UNITS.map((u) =>
      u.code === "YT" ? { ...u, end: "Không" } : u.code === "DT" ? { ...u, mid: "sắp gửi" } : u,
    );
    const result = summarizeBlock(konTumBlock({ units }));
    expect(unitOf(result, "YT").exclusions.map((e) => e.rule)).toEqual(["no-report"]);
    const invalid = result.problems.find((p) => p.code === "UNIT_DATE_INVALID");
    expect(flat(invalid)).toMatchObject({ severity: "error", unit: "DT", at: cell("Đơn vị", "G5") });
    expect(say(invalid)).toContain("«sắp gửi»");
    expect(say(invalid)).toContain("«Có» nếu đã gửi");
  });

  it("in a draft made before the end-of-period deadline, warns of unsent reports instead of excluding", () => {
    const units = UNITS.map((u) => ({ ...u, end: null }));
    const draft = summarizeBlock(konTumBlock({ units, extra: { asOf: { year: 2024, month: 11, day: 25 } } }));
    const notDue = draft.problems.filter((p) => p.code === "REPORT_NOT_DUE");
    expect(notDue).toHaveLength(UNITS.length);
    expect(notDue[0]).toMatchObject({ severity: "warning", at: { sheet: "Đơn vị" } });
    expect(addressOf(notDue[0]!.at)).toMatch(/^H\d+$/);
    expect(say(notDue[0])).toContain("chưa đến hạn gửi báo cáo (hạn 10/12/2024)");
    expect(draft.blocked).toBe(false);
    // Only the exclusions that do not depend on the report remain (NHO's leader, NHCS's pact).
    const excluded = draft.clusters.flatMap((c) => c.units).filter((u) => !u.considered);
    expect(excluded.map((u) => u.code).sort()).toEqual(["NHCS", "NHO"]);
    expect(unitOf(draft, "DH").award).toBe("leading");
  });

  it("excludes for unsent reports as before without asOf, or once the deadline has passed", () => {
    const units = UNITS.map((u) => ({ ...u, end: null }));
    for (const extra of [{}, { asOf: { year: 2024, month: 12, day: 11 } }]) {
      const result = summarizeBlock(konTumBlock({ units, extra }));
      expect(codes(result)).not.toContain("REPORT_NOT_DUE");
      expect(result.clusters.flatMap((c) => c.units).every((u) => !u.considered)).toBe(true);
    }
  });

  it("reads each unit's type for its department allocation", () => {
    expect(unitOf(summary, "AGR")).toMatchObject({ type: "coordinating", departments: 1000 });
    expect(unitOf(summary, "GD")).toMatchObject({ type: "direct", departments: 1000 });
  });
});

describe("summarizeBlock: ties and votes", () => {
  // DH scores exactly as GD: equal on every link of the tie-break chain.
  const tied = { DH: ["9,5", 9, 8.5, 24, 14, 19, 2, null] };

  it("flags a tie at the quota boundary for a vote and picks nobody", () => {
    const summary = summarizeBlock(konTumBlock({ scores: tied }));
    const ties = clusterOf(summary, CUM_3).ties;
    // The excellent place goes to this tier whoever wins, so it waits for the same vote.
    expect(ties).toEqual([
      expect.objectContaining({
        award: "leading",
        places: 1,
        units: ["DH", "GD"],
        total: 9600,
        settled: false,
      }),
      expect.objectContaining({ award: "excellent", places: 1, units: ["DH", "GD"], settled: false }),
    ]);
    expect(unitOf(summary, "DH").award).toBeNull();
    expect(unitOf(summary, "GD").award).toBeNull();
    // The chain could not tell them apart: no decision and no note, the vote decides.
    expect(clusterOf(summary, CUM_3).tieBreaks).toEqual([]);
    expect(codes(summary)).not.toContain("TIE_BROKEN_BY_RULE");
    expect(noteOf(unitOf(summary, "DH"))).toBeUndefined();
    const warning = summary.problems.find((p) => p.code === "TIE_NEEDS_VOTE");
    expect(warning?.severity).toBe("warning");
    expect(say(warning)).toContain("Cụm thi đua số 3");
    expect(say(warning)).toContain("bỏ phiếu");
    expect(summary.blocked).toBe(false);
  });

  it("settles the tie with the cluster's votes", () => {
    const votes = voteRows({ GD: 4, DH: "2" });
    const summary = summarizeBlock(konTumBlock({ scores: tied, extra: { votes } }));
    expect(clusterOf(summary, CUM_3).ties).toEqual([
      expect.objectContaining({ settled: true, units: ["DH", "GD"] }),
    ]);
    expect(unitOf(summary, "GD").award).toBe("leading");
    expect(unitOf(summary, "DH").award).toBe("excellent");
    expect(codes(summary)).not.toContain("TIE_NEEDS_VOTE");
  });

  it("keeps the flag when the votes do not pass the rule", () => {
    const votes = voteRows({ GD: 3, DH: 2 });
    const summary = summarizeBlock(konTumBlock({ scores: tied, extra: { votes } }));
    expect(clusterOf(summary, CUM_3).ties[0]?.settled).toBe(false);
    const warning = summary.problems.find((p) => p.code === "TIE_NEEDS_VOTE");
    expect(say(warning)).toContain("chưa đủ");
  });

  it("goes down the chain to fewer deductions and gives the points deducted, no vote asked", () => {
    // DH: the same table and section I as GD, half a point more bonus and half a point deducted.
    const summary = summarizeBlock(
      konTumBlock({ scores: { DH: ["9,5", 9, 8.5, 24, 14, 19, "2,5", "0,5"] } }),
    );
    expect(unitOf(summary, "GD").award).toBe("leading");
    expect(unitOf(summary, "DH").award).toBe("excellent");
    expect(clusterOf(summary, CUM_3).ties).toEqual([]);
    expect(clusterOf(summary, CUM_3).tieBreaks).toEqual([
      expect.objectContaining({ units: ["GD", "DH"], decidedBy: "fewerDeductions", values: [0, 50] }),
    ]);
    const warning = summary.problems.find((p) => p.code === "TIE_BROKEN_BY_RULE");
    expect(say(warning)).toContain(
      "Công đoàn ngành Giáo dục được xếp trên LĐLĐ huyện Đắk Hà theo số điểm trừ ít hơn (0 so với 0,5)",
    );
    expect(codes(summary)).not.toContain("TIE_NEEDS_VOTE");
  });

  it("reports vote counts that cannot be votes", () => {
    const votes = voteRows({ GD: "bốn", DH: 7, YT: 1.5 });
    const summary = summarizeBlock(konTumBlock({ extra: { votes } }));
    expect(summary.problems.filter((p) => p.code === "VOTE_INVALID").map((p) => flat(p)!.unit)).toEqual([
      "DH",
      "GD",
      "YT",
    ]);
  });
});

describe("summarizeBlock: validation", () => {
  it("reports every bad score for its cell and does not count it", () => {
    const summary = summarizeBlock(
      konTumBlock({
        scores: { GD: ["tám", { error: "#REF!" }, "8,5,1", 26, -1, { year: 2024, month: 9, day: 5 }, 6, 4] },
      }),
    );
    expect(summary.blocked).toBe(true);
    const gd = summary.problems.filter((p) => flat(p)!.unit === "GD");
    expect(gd.map((p) => [p.code, flat(p)!.criterion])).toEqual([
      ["SCORE_NOT_A_NUMBER", "I.1"],
      ["SCORE_NOT_A_NUMBER", "I.2.a"],
      ["SCORE_NOT_A_NUMBER", "I.2.b"],
      ["SCORE_ABOVE_MAX", "II.1"],
      ["SCORE_NEGATIVE", "II.2"],
      ["SCORE_NOT_A_NUMBER", "III"],
      ["SCORE_ABOVE_MAX", "IV.1"],
      ["SCORE_ABOVE_MAX", "V.1"],
      // Every criterion not counted has its own error: none is also reported as not scored yet.
    ]);
    for (const p of gd.slice(0, 8)) {
      expect(p.severity).toBe("error");
      expect(p.at?.sheet).toBe("Bảng điểm");
      expect(say(p)).toContain("Công đoàn ngành Giáo dục");
    }
    expect(say(gd[0])).toContain("«tám»");
    expect(say(gd[1])).toContain("#REF!");
    expect(say(gd[3])).toContain("cao hơn điểm tối đa 25");
    // Nothing that was reported counted: a blocked summary still shows what it could compute.
    expect(unitOf(summary, "GD")).toMatchObject({
      complete: false,
      tableScore: 0,
      bonus: 0,
      deductions: 0,
      total: 1000,
    });
  });

  it("does not also report a score above its maximum as unscored («chưa chấm»); an empty criterion still is", () => {
    const summary = summarizeBlock(konTumBlock({ scores: { DT: [99, null, 10, 25, 15, 20, null, null] } }));
    const dt = summary.problems.filter((p) => flat(p)!.unit === "DT");
    expect(dt.map((p) => [p.code, flat(p)!.criterion])).toEqual([
      ["SCORE_ABOVE_MAX", "I.1"],
      ["UNIT_INCOMPLETE", "I.2.a"],
    ]);
    const incomplete = dt.find((p) => p.code === "UNIT_INCOMPLETE")!;
    expect(incomplete.params).toMatchObject({ missing: ["I.2.a"] });
    expect(say(incomplete)).not.toContain("I.1");
    // The unit is still not complete, and its result still names both criteria as not counted.
    expect(unitOf(summary, "DT")).toMatchObject({ complete: false, missing: ["I.1", "I.2.a"] });
  });

  it("refuses a score typed with a space between its digits instead of reading it as one number", () => {
    const summary = summarizeBlock(konTumBlock({ scores: { DT: ["8 5", 10, 10, 25, 15, 20, null, null] } }));
    const p = summary.problems.find((x) => flat(x)!.unit === "DT" && x.code === "SCORE_NOT_A_NUMBER");
    expect(flat(p)).toMatchObject({ criterion: "I.1", severity: "error" });
    expect(say(p)).toContain("«8 5»");
    expect(unitOf(summary, "DT").missing).toEqual(["I.1"]);
  });

  it("reports an unreadable appraised score and leaves the criterion unscored", () => {
    const summary = summarizeBlock(
      konTumBlock({ scores: { DT: [[10, "tám"], 10, 10, 25, 15, 20, null, null] } }),
    );
    const p = summary.problems.find((x) => x.code === "SCORE_NOT_A_NUMBER");
    expect(say(p)).toMatch(/^Điểm thẩm định/);
    expect(addressOf(p?.at)).toMatch(/^E/);
    expect(unitOf(summary, "DT").missing).toEqual(["I.1"]);
  });

  it("uses the self score where the appraised cell is empty and the appraised where there is no self score", () => {
    const summary = summarizeBlock(
      konTumBlock({ scores: { DT: [[null, 8], 10, 10, [25, ""], 15, 20, null, null] } }),
    );
    expect(unitOf(summary, "DT")).toMatchObject({
      complete: true,
      self: 8000,
      tableScore: 8800,
      appraised: 8800,
      appraisalDifference: 800,
    });
  });

  it("reports score rows for units that are not in the unit list, once per unit code", () => {
    const input = konTumBlock();
    const stray = input.scores
      .filter((r) => r.unit.value === "DH")
      .map((r) => ({ ...r, unit: { ...r.unit, value: "Đắk Glei" } }));
    const summary = summarizeBlock({ ...input, scores: [...input.scores, ...stray] });
    const unknown = summary.problems.filter((p) => p.code === "UNIT_UNKNOWN");
    expect(unknown).toHaveLength(1);
    expect(flat(unknown[0])).toMatchObject({ severity: "error", unit: "Đắk Glei", at: stray[0]!.unit.at });
    expect(say(unknown[0])).toContain("8 dòng");
    expect(summary.blocked).toBe(true);
  });

  it("compares unit codes after NFC, trimming and case-folding: a decomposed, padded code is the same unit", () => {
    const input = konTumBlock();
    const scores = input.scores.map((r) =>
      r.unit.value === "NHO" ? { ...r, unit: { ...r.unit, value: " nho " } } : r,
    );
    const summary = summarizeBlock({ ...input, scores });
    expect(codes(summary)).not.toContain("UNIT_UNKNOWN");
    expect(unitOf(summary, "NHO").total).toBe(9900);
  });

  it("reports a unit listed twice, comparing codes after NFC and trimming", () => {
    const units = [...UNITS, { code: " Gd ", name: "Công đoàn ngành Giáo dục (trùng)", cluster: "CUM3" }];
    const summary = summarizeBlock(konTumBlock({ units }));
    const dup = summary.problems.find((p) => p.code === "UNIT_DUPLICATE");
    expect(flat(dup)).toMatchObject({ severity: "error", unit: "Gd", at: cell("Đơn vị", "A13") });
    expect(clusterOf(summary, CUM_3).units.filter((u) => u.code.toLowerCase() === "gd")).toHaveLength(1);
  });

  it("sees a code typed decomposed (NFD, as some Mac forms send it) as the same unit", () => {
    const composed = "ĐẮK-HÀ";
    const decomposed = " \u0110A\u0306\u0301K-HA\u0300 ";
    expect(decomposed).not.toBe(composed);
    const units = [
      ...UNITS,
      { code: composed, name: "LĐLĐ huyện Đắk Hà (mã mới)", cluster: "CUM3" },
      { code: decomposed, name: "LĐLĐ huyện Đắk Hà (dòng lặp)", cluster: "CUM3" },
    ];
    const summary = summarizeBlock(konTumBlock({ units }));
    expect(summary.problems.filter((p) => p.code === "UNIT_DUPLICATE")).toHaveLength(1);
  });

  it("reports a department score above its allocation for the unit's type", () => {
    const summary = summarizeBlock(
      konTumBlock({ departments: { AGR: { TC: 1.5, TAICHINH: 0.5, TGNC: 2, CSPL: 2.5, VP: 1, TT: 3 } } }),
    );
    const over = summary.problems.find((p) => p.code === "DEPARTMENT_ABOVE_ALLOCATION");
    expect(flat(over)).toMatchObject({ severity: "error", unit: "AGR", department: "TAICHINH" });
    expect(say(over)).toContain("phối hợp");
    expect(unitOf(summary, "AGR").departments).toBe(1000);
    expect(summary.blocked).toBe(true);
  });

  it("reports a score row on a parent criterion and an unknown criterion once per code", () => {
    const input = konTumBlock();
    const first = input.scores[0]!;
    const scores = [
      ...input.scores,
      { ...first, criterion: { value: "I.2" }, unit: { value: "GD" } },
      { ...first, criterion: { value: "I.2" }, unit: { value: "DH" } },
      { ...first, criterion: { value: "VI.1" }, unit: { value: "GD" } },
    ];
    const summary = summarizeBlock({ ...input, scores });
    const parent = summary.problems.find((p) => p.code === "SCORE_ON_PARENT");
    expect(flat(parent)).toMatchObject({ severity: "warning", criterion: "I.2" });
    expect(say(parent)).toContain("2 dòng");
    const unknown = summary.problems.find((p) => p.code === "CRITERION_UNKNOWN");
    expect(flat(unknown)).toMatchObject({ severity: "error", criterion: "VI.1", unit: "GD" });
    expect(unitOf(summary, "GD").total).toBe(9600);
  });

  it("reports two score rows for the same unit and criterion", () => {
    const input = konTumBlock();
    const again = input.scores.find((r) => r.unit.value === "DH" && r.criterion.value === "II.1")!;
    const summary = summarizeBlock({ ...input, scores: [...input.scores, { ...again, self: { value: 1 } }] });
    expect(flat(summary.problems.find((p) => p.code === "SCORE_DUPLICATE"))).toMatchObject({
      unit: "DH",
      criterion: "II.1",
    });
    expect(unitOf(summary, "DH").total).toBe(9600);
  });

  it("blocks the summary on a criteria table that does not add up to 90, naming the sections", () => {
    const input = konTumBlock();
    const criteria = input.criteria.map((r) =>
      r.code.value === "III" ? { ...r, max: { ...r.max, value: 18 } } : r,
    );
    const summary = summarizeBlock({ ...input, criteria });
    expect(summary.blocked).toBe(true);
    const p = summary.problems[0];
    expect(p?.code).toBe("SCORED_MAX_MISMATCH");
    expect(say(p)).toContain("mục III: 18");
    // Still computed: the rows are there for the officer to look at.
    expect(summary.clusters[0]?.units).toHaveLength(6);
  });

  it("places a unit whose cluster is left blank in the only cluster there is, and asks when there are several", () => {
    const cum3 = ["GD", "YT", "DH", "DT", "NHO", "KT"];
    const blank = UNITS.filter((u) => cum3.includes(u.code)).map((u) => ({ ...u, cluster: "" }));
    const input = konTumBlock({ units: blank });
    const single = summarizeBlock({ ...input, clusters: [input.clusters[0]!] });
    expect(single.clusters[0]?.units.map((u) => u.code).sort()).toEqual([
      "DH",
      "DT",
      "GD",
      "KT",
      "NHO",
      "YT",
    ]);
    const several = summarizeBlock(input);
    expect(several.problems.filter((p) => p.code === "UNIT_CLUSTER_MISSING")).toHaveLength(6);
  });
});

describe("summarizeBlock on Cụm thi đua 1 – LĐLĐ thành phố Thủ Đức (100 points, no departments)", () => {
  const summary = summarizeBlock(thuDucBlock());
  const cluster = summary.clusters[0]!;

  it("puts every unit in the preset's only cluster and totals the table alone", () => {
    expect(summary.blocked).toBe(false);
    expect(cluster.units.map((u) => [u.code, u.total, u.departments])).toEqual([
      ["BV", 9450, 0],
      ["THPT", 9450, 0],
      ["TH", 8800, 0],
      ["PGD", 7550, 0],
      ["TTYT", 6900, 0],
      ["BQL", 4800, 0],
    ]);
  });

  it("keeps the appraisal difference, including an appraised deduction where the unit wrote none", () => {
    expect(unitOf(summary, "TTYT")).toMatchObject({
      self: 7400,
      appraised: 7000,
      appraisalDifference: -400,
      deductions: 100,
      total: 6900,
    });
  });

  it("breaks the tie on total by the first section, then proposes 1 leading and 1 excellent", () => {
    expect(unitOf(summary, "BV").award).toBe("leading");
    expect(unitOf(summary, "THPT").award).toBe("excellent");
    expect(cluster.units.filter((u) => u.award !== null)).toHaveLength(2);
  });

  it("names the first section by its code when it decided the tie", () => {
    expect(cluster.tieBreaks).toEqual([
      expect.objectContaining({ units: ["BV", "THPT"], decidedBy: "mainSection", values: [3500, 3200] }),
    ]);
    const warning = summary.problems.find((p) => p.code === "TIE_BROKEN_BY_RULE");
    expect(say(warning)).toContain(
      "Công đoàn Bệnh viện thành phố Thủ Đức được xếp trên Công đoàn Trường THPT Linh Trung theo điểm mục I (35 so với 32)",
    );
    expect(noteOf(unitOf(summary, "THPT"))).toBe(
      "Suất dẫn đầu: cùng 94,5 điểm với BV, xếp dưới theo điểm mục I (32 so với 35).",
    );
  });

  it("classifies across the whole ladder", () => {
    expect(cluster.units.map((u) => u.classification)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
    ]);
  });

  it("warns that a self-score report came 5 days after 20/10", () => {
    const late = summary.problems.filter((p) => p.code === "REPORT_LATE");
    expect(late).toHaveLength(1);
    expect(flat(late[0])).toMatchObject({ unit: "TH" });
    expect(say(late[0])).toContain("5 ngày");
  });

  it("applies a band's section-share condition", () => {
    const strict = {
      ...thuDucBlock().config,
      bands: [
        { label: "Xuất sắc", minTotal: 9000 as Points, minSectionShare: 0.85 },
        { label: "Tốt", minTotal: 0 as Points },
      ],
    };
    const result = summarizeBlock({ ...thuDucBlock(), config: strict });
    // THPT's weakest section is IV (13/15 ≈ 87 %); BV's is V (8/10 = 80 %).
    expect(unitOf(result, "THPT").classification).toBe("Xuất sắc");
    expect(unitOf(result, "BV").classification).toBe("Tốt");
  });
});
