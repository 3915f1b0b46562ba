/**
 * Each THIDUA function against the core's own results: the wrappers only shape arguments, so the
 * expected values come from calling the core on the same data.
 */
import { column, excelError } from "./support";
import { numberFromText, ranks } from "../../src/functions/functions";
import { numberFromPoints } from "../../src/core/decimal";
import type { Points } from "../../src/core/model";
import { parseScore } from "../../src/core/numbers";
import { rankingFromTotals } from "../../src/core/ranking";

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
