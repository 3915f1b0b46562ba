/**
 * Each THIDUA function against the core's own results: the wrappers only shape arguments, so the
 * expected values come from calling the core on the same data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { column, excelError } from "./support";
import {
  classification,
  departmentAllocation,
  departmentsPoints,
  eligibility,
  legacyToUnicode,
  numberFromText,
  proposedAwards,
  ranks,
  tableTotalOf,
} from "../../src/functions/functions";
import {
  DEFAULT_ALLOCATION,
  allocationFor,
  allocationTableFrom,
  departmentPointsFor,
} from "../../src/core/allocation";
import { DEFAULT_QUOTA, DEFAULT_VOTE_RULE, awardsForCluster } from "../../src/core/awards";
import { DEFAULT_BANDS, bandsFrom, classify } from "../../src/core/classification";
import { numberFromPoints } from "../../src/core/decimal";
import { eligibilityOf } from "../../src/core/eligibility";
import type { CriterionKind, Points } from "../../src/core/model";
import { clusterCode, unitCode } from "../../src/core/model";
import { parseCriterionKind, parseScore } from "../../src/core/numbers";
import { rankingFromTotals } from "../../src/core/ranking";
import { convertLegacyText } from "../../src/core/text/legacy";
import { tableTotal } from "../../src/core/totals";
import { functionValues } from "../../src/messages/vi/functions";
import { say, reason } from "../support/say";

function points(n: number): Points {
  const parsed = parseScore(n);
  if (parsed.kind !== "number") throw new Error(`not points: ${n}`);
  return parsed.points;
}

describe("THIDUA.DOCSO", () => {
  it("reads numbers typed with a decimal comma, stray and non-breaking spaces as the core does", () => {
    for (const typed of ["8,5", " 8.5 ", "\u00a08,5\u00a0", "8,50", "10", "-1,25"]) {
      const parsed = parseScore(typed);
      expect(parsed.kind).toBe("number");
      if (parsed.kind === "number") expect(numberFromText(typed)).toBe(numberFromPoints(parsed.points));
    }
    expect(numberFromText(" 8.5 ")).toBe(8.5);
  });

  it("passes numbers through and leaves a blank cell blank", () => {
    expect(numberFromText(7.25)).toBe(7.25);
    expect(numberFromText("")).toBe("");
    expect(numberFromText(null)).toBe("");
  });

  it("shows #VALUE! with a Vietnamese reason for text that is not a number", () => {
    expect(excelError(() => numberFromText("tám"))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("«tám» không phải là số"),
    });
    expect(excelError(() => numberFromText("8,5,1")).code).toBe("#VALUE!");
    expect(excelError(() => numberFromText("8 5"))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("«8 5» không phải là số"),
    });
    expect(excelError(() => numberFromText("8,555")).message).toContain("quá 2 chữ số thập phân");
  });

  it("reads a 1 × 1 range like a single cell and refuses a larger one", () => {
    expect(numberFromText([["8,5"]])).toBe(8.5);
    expect(excelError(() => numberFromText([["8,5"], ["9"]])).code).toBe("#VALUE!");
  });
});

describe("THIDUA.XEPHANG", () => {
  const totals = [90, 85.5, 90, 70, 85.5];

  it("spills the core's competition ranks for a whole column (1, 2, 2, 4)", () => {
    const expected = rankingFromTotals(totals.map(points));
    expect(ranks(column(...totals))).toEqual(expected.map((r) => [r]));
    expect(ranks(column(...totals))).toEqual([[1], [3], [1], [5], [3]]);
  });

  it("leaves blank rows blank and gives them no place", () => {
    const withBlanks = [90, "", 80, null, 80, 70];
    const expected = rankingFromTotals(withBlanks.map((v) => (typeof v === "number" ? points(v) : null)));
    expect(ranks(column(...withBlanks))).toEqual(expected.map((r) => [r ?? ""]));
    expect(ranks(column(...withBlanks))).toEqual([[1], [""], [2], [""], [2], [4]]);
  });

  it("leaves excluded units blank and ranks the considered ones among themselves", () => {
    const considered = ["Có", "Không", "", false, "x"];
    const expected = rankingFromTotals([points(90), null, points(90), null, points(85.5)]);
    expect(ranks(column(...totals), column(...considered))).toEqual(expected.map((r) => [r ?? ""]));
  });

  it("reads totals typed as text with a decimal comma", () => {
    expect(ranks(column("8,5", " 9 ", "8.5"))).toEqual([[2], [1], [2]]);
  });

  it("spills a row as a row", () => {
    expect(ranks([[70, 90, 80]])).toEqual([[3, 1, 2]]);
  });

  it("ranks one cell within a column like RANK.EQ when the second argument is a range", () => {
    const all = rankingFromTotals(totals.map(points));
    totals.forEach((total, i) => expect(ranks([[total]], column(...totals))).toEqual([[all[i]]]));
    expect(ranks(85.5 as unknown as unknown[][], column(...totals))).toEqual([[3]]);
  });

  it("ranks again when the column's values change between single-value calls", () => {
    const before = column(90, 80, 70);
    expect(ranks([[80]], before)).toEqual([[2]]);
    const after = column(90, 80, 85);
    expect(ranks([[80]], after)).toEqual([[rankingFromTotals([9000, 8000, 8500] as Points[])[1]]]);
    expect(ranks([[80]], after)).toEqual([[3]]);
    expect(ranks([[80]], before)).toEqual([[2]]);
  });

  it("gives #N/A when the single total is not in the column, and a blank for a blank cell", () => {
    expect(excelError(() => ranks([[60]], column(...totals)))).toEqual({
      code: "#N/A",
      message: expect.stringContaining("60"),
    });
    expect(ranks([[""]], column(...totals))).toEqual([[""]]);
  });

  it("treats one cell with one cell as the spilled form (the second is «considered»)", () => {
    expect(ranks([[8]], [["Có"]])).toEqual([[1]]);
    expect(ranks([[8]], [["Không"]])).toEqual([[""]]);
  });

  it("shows #VALUE! naming the row of an unreadable total or considered value", () => {
    expect(excelError(() => ranks(column(90, "chín mươi", 80)))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^Dòng 2: tổng điểm «chín mươi»/),
    });
    expect(excelError(() => ranks(column(90, 80), column("Có", "có lẽ"))).message).toMatch(
      /^Dòng 2: xét thi đua «có lẽ»/,
    );
    expect(excelError(() => ranks([[90]], column(90, "abc"))).message).toMatch(/^Dòng 2:/);
  });

  it("shows #VALUE! when the considered column is not as long as the totals", () => {
    expect(excelError(() => ranks(column(90, 80, 70), column("Có", "Có"))).code).toBe("#VALUE!");
  });
});

describe("THIDUA.TONGDIEM", () => {
  const scores = [8.5, "9", 1, "-0,5"];
  const maxima = [10, "10", 2, 1];
  const kinds = ["", "Chấm điểm", "Điểm thưởng", "Điểm trừ"];
  const kindOf: CriterionKind[] = ["scored", "scored", "bonus", "deduction"];

  it("gives the core's total: bonus adds, deductions subtract (typed with or without a minus)", () => {
    const core = tableTotal(scores.map((score, i) => ({ score, max: maxima[i]!, kind: kindOf[i]! })));
    expect(core.ok).toBe(true);
    if (core.ok)
      expect(tableTotalOf(column(...scores), column(...maxima), column(...kinds))).toBe(
        numberFromPoints(core.total),
      );
    expect(tableTotalOf(column(...scores), column(...maxima), column(...kinds))).toBe(18);
  });

  it("never goes below zero", () => {
    const core = tableTotal([
      { score: 1, max: 10, kind: "scored" },
      { score: 3, max: 5, kind: "deduction" },
    ]);
    expect(core.ok && numberFromPoints(core.total)).toBe(0);
    expect(tableTotalOf(column(1, 3), column(10, 5), column("", "điểm trừ"))).toBe(0);
  });

  it("counts every row as a scored criterion when the kinds are left out", () => {
    expect(tableTotalOf(column(1, 2), column(2, 2))).toBe(3);
  });

  it("skips blank rows and counts a blank score as not scored, as the core does", () => {
    const core = tableTotal([
      { score: 8, max: 10, kind: "scored" },
      { score: null, max: 10, kind: "scored" },
    ]);
    expect(core.ok && core.missing).toEqual([1]);
    expect(tableTotalOf(column(8, "", null, ""), column(10, null, "", 10))).toBe(
      core.ok ? numberFromPoints(core.total) : NaN,
    );
  });

  it("shows #VALUE! naming the row of a score above its maximum", () => {
    expect(excelError(() => tableTotalOf(column(8, 9, 12), column(10, 10, 10)))).toEqual({
      code: "#VALUE!",
      message: "Dòng 3: điểm 12 vượt điểm tối đa 10",
    });
  });

  it("counts the row within the range, blank rows included", () => {
    expect(excelError(() => tableTotalOf(column(8, "", 12), column(10, "", 10))).message).toMatch(/^Dòng 3:/);
  });

  it("shows #VALUE! naming the row of a negative score, a score that is not a number or a missing maximum", () => {
    expect(excelError(() => tableTotalOf(column(1, -2), column(5, 5))).message).toBe(
      "Dòng 2: điểm -2 là số âm: điểm không được âm",
    );
    expect(excelError(() => tableTotalOf(column(1, "tám"), column(5, 10))).message).toMatch(
      /^Dòng 2: điểm «tám» không phải là số/,
    );
    expect(excelError(() => tableTotalOf(column(1, 2), column(5, ""))).message).toMatch(
      /^Dòng 2: .*điểm tối đa/,
    );
  });

  it("names a deduction above its maximum as a deduction", () => {
    expect(excelError(() => tableTotalOf(column(5, -3), column(10, 2), column("", "Điểm trừ"))).message).toBe(
      "Dòng 2: trừ 3 điểm, vượt mức trừ tối đa 2",
    );
  });

  it("reads the kinds as the core does, short forms included", () => {
    const typed = ["", "chấm điểm", "cộng", "trừ"];
    expect(typed.map(parseCriterionKind)).toEqual([null, "scored", "bonus", "deduction"]);
    expect(tableTotalOf(column(...scores), column(...maxima), column(...typed))).toBe(
      tableTotalOf(column(...scores), column(...maxima), column(...kinds)),
    );
  });

  it("shows #VALUE! for a kind outside the workbook's list and for ranges of different lengths", () => {
    expect(
      excelError(() => tableTotalOf(column(1, 1), column(2, 2), column("", "thưởng nóng"))).message,
    ).toBe(
      "Dòng 2: loại «thưởng nóng» không hợp lệ: để trống (tiêu chí chấm điểm) hoặc ghi «Chấm điểm», «Điểm thưởng», «Điểm trừ»",
    );
    expect(excelError(() => tableTotalOf(column(1, 2), column(2))).code).toBe("#VALUE!");
    expect(excelError(() => tableTotalOf(column(1, 2), column(2, 2), column(""))).code).toBe("#VALUE!");
  });
});

describe("THIDUA.PHANBO", () => {
  it("gives the seed table's allocation of every department, by code or name, for both unit types", () => {
    for (const entry of DEFAULT_ALLOCATION.entries) {
      for (const [typed, type] of [
        ["trực tiếp", "direct"],
        ["Phối hợp", "coordinating"],
      ] as const) {
        const expected = numberFromPoints(allocationFor(DEFAULT_ALLOCATION, entry.code, type)!);
        expect(departmentAllocation(entry.code, typed)).toBe(expected);
        expect(departmentAllocation(entry.name, typed)).toBe(expected);
      }
    }
    expect(departmentAllocation("Ban CSPL", "phối hợp")).toBe(2.5);
  });

  it("shows #N/A with a Vietnamese message for an unknown department", () => {
    expect(excelError(() => departmentAllocation("Ban Kế hoạch", "trực tiếp"))).toEqual({
      code: "#N/A",
      message: expect.stringContaining("«Ban Kế hoạch»"),
    });
  });

  it("shows #VALUE! for a unit type that is neither «trực tiếp» nor «phối hợp», or left blank", () => {
    expect(excelError(() => departmentAllocation("TC", "gián tiếp")).code).toBe("#VALUE!");
    expect(excelError(() => departmentAllocation("TC", "")).code).toBe("#VALUE!");
  });

  it("leaves a blank department blank", () => {
    expect(departmentAllocation("", "trực tiếp")).toBe("");
  });

  it("reads the workbook's own table, skipping its heading and blank rows", () => {
    const table = [
      ["Ban", "Trực tiếp", "Phối hợp"],
      ["Ban A", 2, "2,5"],
      ["", "", ""],
      ["Ban B", 3, 1],
    ];
    const core = allocationTableFrom([
      { code: { value: "Ban A" }, name: "", direct: { value: 2 }, coordinating: { value: "2,5" } },
      { code: { value: "Ban B" }, name: "", direct: { value: 3 }, coordinating: { value: 1 } },
    ]).table;
    expect(departmentAllocation("ban a", "phối hợp", table)).toBe(
      numberFromPoints(allocationFor(core, "Ban A", "coordinating")!),
    );
    expect(departmentAllocation("Ban B", "trực tiếp", table)).toBe(3);
    expect(excelError(() => departmentAllocation("TC", "trực tiếp", table)).code).toBe("#N/A");
  });

  it("reads a four-column table (code, name, direct, coordinating) by code or name", () => {
    const table = [
      ["A", "Ban A", 2, 1],
      ["B", "Ban B", 1, 0],
    ];
    expect(departmentAllocation("A", "trực tiếp", table)).toBe(2);
    expect(departmentAllocation("Ban B", "phối hợp", table)).toBe(0);
  });

  it("shows #VALUE! with the core's message for a table with an unreadable allocation", () => {
    const problems = allocationTableFrom([
      { code: { value: "A" }, name: "", direct: { value: 2 }, coordinating: { value: "x" } },
    ]).problems;
    expect(
      excelError(() =>
        departmentAllocation("A", "trực tiếp", [
          ["A", 2, "x"],
          ["B", 1, 1],
        ]),
      ),
    ).toEqual({
      code: "#VALUE!",
      message: say(problems[0]),
    });
    expect(excelError(() => departmentAllocation("A", "trực tiếp", [["A", 2]])).code).toBe("#VALUE!");
  });
});

describe("THIDUA.DIEMBAN", () => {
  it("gives the core's sum of the departments' points for the unit type, skipping blank rows", () => {
    const points = [1, "1,5", "", 3];
    const departments = ["TC", "Ban CSPL", "", "TT"];
    const core = departmentPointsFor(
      DEFAULT_ALLOCATION,
      [0, 1, 3].map((i) => ({ department: departments[i]!, points: points[i]! })),
      "coordinating",
    );
    expect(core.problems).toEqual([]);
    expect(departmentsPoints(column(...points), column(...departments), "phối hợp")).toBe(
      numberFromPoints(core.points),
    );
    expect(departmentsPoints(column(...points), column(...departments), "phối hợp")).toBe(5.5);
  });

  it("shows #VALUE! naming the row of a department's points above its allocation", () => {
    const core = departmentPointsFor(DEFAULT_ALLOCATION, [{ department: "UBKT", points: 2 }], "coordinating");
    expect(excelError(() => departmentsPoints(column(1, 2), column("TC", "UBKT"), "phối hợp"))).toEqual({
      code: "#VALUE!",
      message: `Dòng 2: ${say(core.problems[0])}`,
    });
  });

  it("shows #N/A naming the row of an unknown department", () => {
    expect(excelError(() => departmentsPoints(column(1, 2), column("TC", "Ban XYZ"), "trực tiếp"))).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/^Dòng 2: .*XYZ/),
    });
  });

  it("shows #VALUE! for points without a department and for a department scoring twice", () => {
    expect(excelError(() => departmentsPoints(column(1, 1), column("TC", ""), "trực tiếp")).message).toMatch(
      /^Dòng 2:/,
    );
    expect(
      excelError(() => departmentsPoints(column(1, 1), column("TC", "Ban Tổ chức"), "trực tiếp")).message,
    ).toMatch(/^Dòng 2:/);
  });

  it("names the row of the first bad entry, counting blank rows of the range", () => {
    const f = excelError(() =>
      departmentsPoints(column(1, "", null, "một", 9), column("TC", "", "VP", "CSPL", "TT"), "trực tiếp"),
    );
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/^Dòng 4: .*«một»/);
  });

  it("uses the workbook's table where given", () => {
    expect(departmentsPoints(column(2), column("A"), "trực tiếp", [["A", 2, 1]])).toBe(2);
    expect(excelError(() => departmentsPoints(column(2), column("A"), "phối hợp", [["A", 2, 1]])).code).toBe(
      "#VALUE!",
    );
  });
});

describe("THIDUA.XEPLOAI", () => {
  it("gives the core's classification by the default bands", () => {
    for (const total of [100, 90, 89.99, 70, "69,5", 50, 49.99, 0.5]) {
      const parsed = parseScore(total);
      if (parsed.kind !== "number") throw new Error("test data");
      expect(classification(total)).toBe(classify(parsed.points, DEFAULT_BANDS));
    }
    expect(classification(92.5)).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("uses the workbook's bands, heading row and all", () => {
    const rows = [
      ["Xếp loại", "Điểm từ"],
      ["Tốt", 70],
      ["Khá", "50"],
      ["Yếu", 0],
    ];
    const { bands } = bandsFrom(rows.slice(1).map(([label, min]) => ({ label: label!, min: min! })));
    expect(classification(75, rows)).toBe(classify(7500 as Points, bands));
    expect(classification("49,5", rows)).toBe("Yếu");
  });

  it("leaves a blank total blank and shows #VALUE! for one that is not a number", () => {
    expect(classification("")).toBe("");
    // Excel on Windows and Mac passes a blank cell as 0 (office-js #4702): a total of 0 is not scored.
    expect(classification(0)).toBe("");
    expect(excelError(() => classification("chín mươi")).code).toBe("#VALUE!");
  });

  it("shows #VALUE! with the core's message for bands it cannot read", () => {
    const problems = bandsFrom([
      { label: "Tốt", min: 70 },
      { label: "Khá", min: 70 },
    ]).problems;
    expect(
      excelError(() =>
        classification(80, [
          ["Tốt", 70],
          ["Khá", 70],
        ]),
      ),
    ).toEqual({
      code: "#VALUE!",
      message: say(problems.find((p) => p.severity === "error")),
    });
  });
});

describe("THIDUA.DENGHI", () => {
  const rule = DEFAULT_VOTE_RULE;
  /** The core's proposal for the same rows (blank totals are not candidates). */
  function coreLabels(
    totals: number[],
    considered: boolean[],
    leading: number,
    excellent: number,
    votes?: (number | null)[],
    tieBreak?: number[][],
  ) {
    const candidates = totals.map((total, i) => ({
      unit: unitCode(String(i)),
      total: Math.round(total * 100) as Points,
      considered: considered[i]!,
      complete: true,
      votes: votes?.[i] ?? null,
      tieBreak: (tieBreak?.[i] ?? []).map((v) => Math.round(v * 100)),
    }));
    const outcome = awardsForCluster(
      { code: clusterCode("C"), name: "", quota: { leading, excellent } },
      candidates,
      rule,
      totals.length,
    );
    const voting = new Set(outcome.ties.filter((t) => !t.settled).flatMap((t) => t.units));
    return candidates.map((c) => {
      const award = outcome.awards.get(c.unit);
      return [award !== undefined ? functionValues.awards[award] : voting.has(c.unit) ? "Bỏ phiếu" : ""];
    });
  }

  it("proposes the leading and excellent units within the quota, as the core does", () => {
    const totals = [92, 90, 90, 85];
    const expected = coreLabels(totals, [true, true, true, true], 1, 2);
    expect(proposedAwards(column(...totals), column("Có", "Có", "Có", "Có"), 1, 2)).toEqual(expected);
    expect(expected).toEqual([["Dẫn đầu"], ["Xuất sắc"], ["Xuất sắc"], [""]]);
  });

  it("marks a tie straddling the quota «Bỏ phiếu» instead of picking silently", () => {
    const totals = [92, 90, 90, 85];
    // Quota left out: the core's default, 1 + 1.
    const expected = coreLabels(
      totals,
      [true, true, true, true],
      DEFAULT_QUOTA.leading,
      DEFAULT_QUOTA.excellent,
    );
    expect(proposedAwards(column(...totals), column("", "", "", ""))).toEqual(expected);
    expect(expected).toEqual([["Dẫn đầu"], ["Bỏ phiếu"], ["Bỏ phiếu"], [""]]);
  });

  it("settles the tie by the votes column under the vote rule", () => {
    const totals = [92, 90, 90, 85];
    const votes = [null, 3, 1, null];
    const expected = coreLabels(totals, [true, true, true, true], 1, 1, votes);
    expect(
      proposedAwards(column(...totals), column("", "", "", ""), null, null, column("", 3, 1, "")),
    ).toEqual(expected);
    expect(expected).toEqual([["Dẫn đầu"], ["Xuất sắc"], [""], [""]]);
  });

  it("keeps the tie open when the votes do not reach more than half of the members", () => {
    expect(
      proposedAwards(column(92, 90, 90, 85), column("", "", "", ""), 1, 1, column("", 2, 1, "")),
    ).toEqual([["Dẫn đầu"], ["Bỏ phiếu"], ["Bỏ phiếu"], [""]]);
  });

  describe("with tie-break columns (tiêu chí phụ)", () => {
    // Cụm 1: DV01 leads; DV03 and DV04 both 90,5. Excel passes the repeated columns as one array.
    const totals = [95, 90.5, 90.5, 85];
    const considered = column("", "", "", "");
    const appraised = column(85, 85, 84.5, 80);

    it("shows just the award where the first column decides equal totals, as the core does", () => {
      const expected = coreLabels(totals, [true, true, true, true], 1, 1, undefined, [
        [85],
        [85],
        [84.5],
        [80],
      ]);
      expect(
        proposedAwards(column(...totals), considered, undefined, undefined, undefined, [appraised]),
      ).toEqual(expected);
      expect(expected).toEqual([["Dẫn đầu"], ["Xuất sắc"], [""], [""]]);
    });

    it("goes to the next column while equal; a minus before the deductions makes fewer deductions win", () => {
      const section = column(30, 28, 28, 25);
      const lessDeducted = column(0, -1, "-0,5", 0);
      expect(
        proposedAwards(column(...totals), considered, 1, 1, undefined, [
          column(85, 84, 84, 80),
          section,
          lessDeducted,
        ]),
      ).toEqual([["Dẫn đầu"], [""], ["Xuất sắc"], [""]]);
    });

    it("still asks for a vote where every column is equal too", () => {
      expect(
        proposedAwards(column(...totals), considered, 1, 1, undefined, [column(85, 84, 84, 80)]),
      ).toEqual([["Dẫn đầu"], ["Bỏ phiếu"], ["Bỏ phiếu"], [""]]);
    });

    it("compares tied rows only on the columns all of them filled", () => {
      expect(
        proposedAwards(column(...totals), considered, 1, 1, undefined, [
          column(85, 84, "", 80),
          column(1, 2, 1, 1),
        ]),
      ).toEqual([["Dẫn đầu"], ["Bỏ phiếu"], ["Bỏ phiếu"], [""]]);
    });

    it("ignores a repeated argument left empty, and the whole parameter left out", () => {
      expect(
        proposedAwards(column(...totals), considered, 1, 1, undefined, [appraised, [[null]], [[""]]]),
      ).toEqual([["Dẫn đầu"], ["Xuất sắc"], [""], [""]]);
      expect(proposedAwards(column(...totals), considered, 1, 1, undefined, undefined)).toEqual([
        ["Dẫn đầu"],
        ["Bỏ phiếu"],
        ["Bỏ phiếu"],
        [""],
      ]);
    });

    it("shows #VALUE! naming the row and the argument of an unreadable cell, or a column of another length", () => {
      const unreadable = excelError(() =>
        proposedAwards(column(...totals), considered, 1, 1, undefined, [
          appraised,
          [[""]],
          column(1, "hai", 1, 1),
        ]),
      );
      expect(unreadable.code).toBe("#VALUE!");
      // Named by its place among the arguments, the empty one counted.
      expect(unreadable.message).toMatch(/^Dòng 2: tiêu chí phụ 3 «hai»/u);
      const short = excelError(() =>
        proposedAwards(column(...totals), considered, 1, 1, undefined, [column(85, 85)]),
      );
      expect(short.code).toBe("#VALUE!");
      expect(short.message).toContain("tiêu chí phụ 1");
    });
  });

  it("never proposes an excluded unit and leaves blank rows blank", () => {
    expect(proposedAwards(column(95, "", 90, 89, 85), column("Không", "", "Có", "Có", "Có"))).toEqual([
      [""],
      [""],
      ["Dẫn đầu"],
      ["Xuất sắc"],
      [""],
    ]);
  });

  it("shows #NUM! for a quota that is not a whole number ≥ 0", () => {
    expect(excelError(() => proposedAwards(column(90), column("Có"), -1)).code).toBe("#NUM!");
    expect(excelError(() => proposedAwards(column(90), column("Có"), 1, 1.5)).code).toBe("#NUM!");
  });

  it("shows #VALUE! naming the row of an unreadable total, considered flag or vote count", () => {
    expect(excelError(() => proposedAwards(column(90, "x"), column("", ""))).message).toMatch(/^Dòng 2:/);
    expect(excelError(() => proposedAwards(column(90, 80), column("", "có lẽ"))).message).toMatch(/^Dòng 2:/);
    expect(
      excelError(() => proposedAwards(column(90, 80), column("", ""), 1, 1, column(1, "ba"))).message,
    ).toMatch(/^Dòng 2:/);
    expect(excelError(() => proposedAwards(column(90, 80), column(""))).code).toBe("#VALUE!");
  });
});

describe("THIDUA.DUDIEUKIEN", () => {
  // Excel passes the repeated reports as one array (custom-functions-parameter-options.md).
  const sent = { year: 2024, month: 6, day: 20 };

  it("says «Đủ điều kiện» when no exclusion applies", () => {
    const core = eligibilityOf(
      { registered: true, pactSigned: true, midReport: sent, endReport: sent, discipline: "none" },
      {},
      [],
    );
    expect(core.considered).toBe(true);
    expect(eligibility("", [["Có"]], ["20/06/2024", 45000])).toBe("Đủ điều kiện");
    expect(eligibility("Không", [["x"]], [45000])).toBe("Đủ điều kiện");
  });

  it("gives the core's reasons, in rule order, when the unit is not considered", () => {
    const core = eligibilityOf(
      { registered: true, pactSigned: false, midReport: sent, endReport: null, discipline: "reprimand" },
      {},
      [],
    );
    const reasons = core.exclusions.map((e) => reason(e));
    expect(reasons).toHaveLength(3);
    expect(eligibility("Khiển trách", [["Có", "Không"]], ["20/06/2024", ""])).toBe(reasons.join(" "));
  });

  it("treats a report marked «Không» like a blank one: not sent", () => {
    const core = eligibilityOf(
      { registered: true, pactSigned: true, midReport: null, endReport: sent, discipline: "none" },
      {},
      [],
    );
    expect(eligibility("", [["Có"]], ["Không", "20/06/2024"])).toBe(reason(core.exclusions[0]));
  });

  it("says so when the registration cell is blank", () => {
    const core = eligibilityOf(
      { registered: null, pactSigned: null, midReport: sent, endReport: sent, discipline: "none" },
      {},
      [],
    );
    expect(eligibility("", [[""]], [45000, 45000])).toBe(reason(core.exclusions[0]));
  });

  it("accepts «Có» for a report sent without a date, as the core reads it", () => {
    const core = eligibilityOf(
      { registered: true, pactSigned: true, midReport: "sent", endReport: "sent", discipline: "none" },
      {},
      [],
    );
    expect(core.considered).toBe(true);
    expect(eligibility("", [["Có"]], ["Có", "x"])).toBe("Đủ điều kiện");
    expect(eligibility("", [["Có"]], ["Đã gửi"])).toBe("Đủ điều kiện");
  });

  it("shows #VALUE! for an unknown discipline, an unreadable report cell, too many reports or none", () => {
    expect(excelError(() => eligibility("phạt", [["Có"]], [45000])).code).toBe("#VALUE!");
    expect(excelError(() => eligibility("", [["Có"]], ["sắp gửi"])).message).toContain("«Có» nếu đã gửi");
    expect(excelError(() => eligibility("", [["Có"]], [45000, 45000, 45000])).code).toBe("#VALUE!");
    expect(excelError(() => eligibility("", [["Có"]])).code).toBe("#VALUE!");
    expect(excelError(() => eligibility("", [["Có", "Có", "Có"]], [45000])).code).toBe("#VALUE!");
  });
});

describe("THIDUA.CHUYENMA", () => {
  it("converts TCVN3 and VNI text as the core does, to NFC", () => {
    for (const legacy of ["C«ng ®oµn", "thµnh phè", "Coâng ñoaøn cô sôû"]) {
      const converted = legacyToUnicode(legacy);
      expect(converted).toBe(convertLegacyText(legacy).text);
      expect(converted).toBe(converted.normalize("NFC"));
    }
    expect(legacyToUnicode("C«ng ®oµn")).toBe("Công đoàn");
  });

  it("uses the font name where given: a .Vn…H font gives capitals", () => {
    expect(legacyToUnicode("H¦íNG DÉN", ".VnTimeH")).toBe(
      convertLegacyText("H¦íNG DÉN", { font: ".VnTimeH" }).text,
    );
    expect(legacyToUnicode("H¦íNG DÉN", ".VnTimeH")).toBe("HƯỚNG DẪN");
  });

  it("leaves Unicode text and blank cells unchanged", () => {
    expect(legacyToUnicode("Công đoàn cơ sở")).toBe("Công đoàn cơ sở");
    expect(legacyToUnicode("")).toBe("");
  });
});

describe("what the functions depend on", () => {
  it("imports only the core, the messages and its own argument helpers, never the workbook codec", () => {
    for (const file of ["functions.ts", "arguments.ts"]) {
      const source = readFileSync(path.resolve(__dirname, "../../src/functions", file), "utf8");
      const imported = [...source.matchAll(/^import[^;]*?from "([^"]+)";/gmu)].map((m) => m[1]);
      expect(imported.length).toBeGreaterThan(0);
      for (const from of imported) expect(from).toMatch(/^(?:\.\.\/core\/|\.\.\/messages\/|\.\/)/u);
    }
  });
});
