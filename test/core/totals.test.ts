import type { Points } from "../../src/core/model";
import { tablePart, tableTotal, unitTotals } from "../../src/core/totals";
import { cell } from "./fixtures/rows";
import { flat, say } from "../support/say";

const p = (n: number): Points => n as Points;

describe("tableTotal", () => {
  it("adds scored criteria and bonus, subtracts deductions", () => {
    const result = tableTotal([
      { score: "8,5", max: 10, kind: "scored" },
      { score: 9.25, max: "10", kind: "scored" },
      { score: 1, max: 2, kind: "bonus" },
      { score: "0,5", max: 1, kind: "deduction" },
    ]);
    expect(result).toEqual({ ok: true, total: 1825, scored: 1775, bonus: 100, deductions: 50, missing: [] });
  });

  it("is exact to the hundredth: 0,1 + 0,2 is 0,3", () => {
    const result = tableTotal([
      { score: 0.1, max: 1, kind: "scored" },
      { score: 0.2, max: 1, kind: "scored" },
    ]);
    expect(result).toMatchObject({ ok: true, total: 30 });
  });

  it("treats an empty scored cell as not scored, and lists it", () => {
    const result = tableTotal([
      { score: 5, max: 10, kind: "scored" },
      { score: null, max: 10, kind: "scored" },
      { score: "  ", max: 10, kind: "scored" },
      { score: null, max: 2, kind: "bonus" },
      { score: null, max: 2, kind: "deduction" },
    ]);
    expect(result).toEqual({ ok: true, total: 500, scored: 500, bonus: 0, deductions: 0, missing: [1, 2] });
  });

  it("never lets deductions take the table below zero", () => {
    const result = tableTotal([
      { score: 1, max: 10, kind: "scored" },
      { score: 3, max: 5, kind: "deduction" },
    ]);
    expect(result).toMatchObject({ ok: true, total: 0, scored: 100, deductions: 300 });
  });

  it("reads a deduction typed with a minus sign as the same deduction", () => {
    const plus = tableTotal([
      { score: 10, max: 10, kind: "scored" },
      { score: 1, max: 2, kind: "deduction" },
    ]);
    const minus = tableTotal([
      { score: 10, max: 10, kind: "scored" },
      { score: "-1", max: 2, kind: "deduction" },
    ]);
    expect(minus).toEqual(plus);
    expect(minus).toMatchObject({ total: 900, deductions: 100 });
  });

  it.each([
    ["tám", "SCORE_NOT_A_NUMBER"],
    ["#REF!", "SCORE_NOT_A_NUMBER"],
    ["8,5,1", "SCORE_NOT_A_NUMBER"],
    [{ year: 2024, month: 8, day: 5 }, "SCORE_NOT_A_NUMBER"],
    [-1, "SCORE_NEGATIVE"],
    [10.5, "SCORE_ABOVE_MAX"],
  ] as const)("stops at %p with %s naming the row and its cell", (score, code) => {
    const at = cell("Tự chấm", "D7");
    const result = tableTotal([
      { score: 5, max: 10, kind: "scored", label: "I.1" },
      { score, max: 10, kind: "scored", label: "I.2", at },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(1);
    expect(flat(result.problem)).toMatchObject({ code, severity: "error", criterion: "I.2", at });
    expect(say(result.problem)).toContain("I.2");
    expect(say(result.problem)).toContain("D7");
  });

  it("reports a deduction larger than its maximum", () => {
    const result = tableTotal([{ score: -3, max: 2, kind: "deduction", label: "V.1" }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(flat(result.problem)).toMatchObject({ code: "SCORE_ABOVE_MAX", criterion: "V.1" });
  });

  it("reports a row without a readable maximum", () => {
    const result = tableTotal([{ score: 1, max: null, kind: "scored" }]);
    expect(result).toMatchObject({ ok: false, index: 0 });
    // Without a label the criterion is the row's number: the core says no words of its own.
    if (!result.ok)
      expect(flat(result.problem)).toMatchObject({ code: "CRITERION_MAX_MISSING", criterion: "1" });
    expect(tableTotal([{ score: 1, max: "mười", kind: "scored", label: "I" }])).toMatchObject({
      ok: false,
      problem: { code: "CRITERION_MAX_INVALID" },
    });
    expect(tableTotal([{ score: 1, max: -2, kind: "scored", label: "I" }])).toMatchObject({
      ok: false,
      problem: { code: "CRITERION_MAX_INVALID" },
    });
  });
});

describe("the table part", () => {
  it("floors the table part at zero", () => {
    expect(tablePart(p(8000), p(200), p(500))).toBe(7700);
    expect(tablePart(p(100), p(0), p(500))).toBe(0);
  });
});

describe("unitTotals", () => {
  it("keeps the appraisal difference and adds departments after the table part", () => {
    const totals = unitTotals({
      self: 8000,
      table: 7800,
      bonus: 100,
      deductions: 50,
      departments: 900,
      appraisedCount: 2,
    });
    expect(totals).toEqual({
      self: 8000,
      appraised: 7800,
      appraisalDifference: -200,
      tableScore: 7800,
      bonus: 100,
      deductions: 50,
      departments: 900,
      total: 8750,
    });
  });

  it("has no appraised score when nothing was appraised", () => {
    const totals = unitTotals({
      self: 8000,
      table: 8000,
      bonus: 0,
      deductions: 0,
      departments: 0,
      appraisedCount: 0,
    });
    expect(totals.appraised).toBeNull();
    expect(totals.appraisalDifference).toBe(0);
    expect(totals.total).toBe(8000);
  });

  it("does not let deductions eat into the departments' points", () => {
    const totals = unitTotals({
      self: 100,
      table: 100,
      bonus: 0,
      deductions: 300,
      departments: 900,
      appraisedCount: 0,
    });
    expect(totals.total).toBe(900);
  });
});
