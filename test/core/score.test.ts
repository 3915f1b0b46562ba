/**
 * The score rule, once (src/core/score.ts): what a score typed against a criterion counts for. The
 * summary's fast path agrees with it on every value a cell can hold.
 */
import fc from "fast-check";
import type { CellValue, Points } from "../../src/core/model";
import { NOT_GIVEN } from "../../src/core/numbers";
import { INVALID_SCORE, countedOrFlag, countedPoints, rowScore, scoreVerdict } from "../../src/core/score";

const p = (n: number): Points => n as Points;
const scored = { max: p(1000), kind: "scored" as const };
const deduction = { max: p(200), kind: "deduction" as const };

describe("one score against its criterion", () => {
  it("counts a score from zero to the maximum, typed as a number or as text with a decimal comma", () => {
    expect(scoreVerdict(8.5, scored)).toEqual({ kind: "counted", points: 850 });
    expect(scoreVerdict(" 8,5 ", scored)).toEqual({ kind: "counted", points: 850 });
    expect(scoreVerdict(0, scored)).toEqual({ kind: "counted", points: 0 });
    expect(scoreVerdict(10, scored)).toEqual({ kind: "counted", points: 1000 });
  });

  it("leaves an empty cell unscored, never 0", () => {
    expect(scoreVerdict(null, scored)).toEqual({ kind: "empty" });
    expect(scoreVerdict("  ", scored)).toEqual({ kind: "empty" });
  });

  it("counts a deduction typed as 1 or -1 as the same deduction, checked by its size", () => {
    expect(scoreVerdict(-1, deduction)).toEqual({ kind: "counted", points: 100 });
    expect(scoreVerdict(1, deduction)).toEqual({ kind: "counted", points: 100 });
    expect(scoreVerdict(-3, deduction)).toEqual({ kind: "above-max", value: 300, max: 200 });
    expect(countedPoints(-150, "deduction")).toBe(150);
    expect(countedPoints(-150, "bonus")).toBe(-150);
  });

  it("says why a score does not count", () => {
    expect(scoreVerdict(-1, scored)).toEqual({ kind: "negative", value: -100 });
    expect(scoreVerdict(10.5, scored)).toEqual({ kind: "above-max", value: 1050, max: 1000 });
    expect(scoreVerdict("tám", scored)).toEqual({ kind: "unreadable", reason: "text", shown: "tám" });
    expect(scoreVerdict({ error: "#REF!" }, scored)).toMatchObject({ kind: "unreadable", reason: "error" });
  });
});

describe("the fast path", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100),
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.integer({ min: -2000, max: 2000 }).map((n) => String(n / 100).replace(".", ",")),
    fc.constantFrom("", " ", "tám", "8,5,1", "#REF!", "1e3", "-0"),
    fc.boolean(),
  ) as fc.Arbitrary<CellValue>;

  it("agrees with the rule on every cell, for every kind of criterion", () => {
    fc.assert(
      fc.property(
        cell,
        fc.constantFrom(scored, deduction, { max: p(500), kind: "bonus" as const }),
        (value, c) => {
          const verdict = scoreVerdict(value, c);
          const fast = countedOrFlag(value, c.kind === "deduction", c.max);
          if (verdict.kind === "empty") expect(fast).toBe(NOT_GIVEN);
          else if (verdict.kind === "counted") expect(fast).toBe(verdict.points);
          else expect(fast).toBe(INVALID_SCORE);
        },
      ),
    );
  });
});

describe("a row's counted score", () => {
  it("takes the appraised score where one is given, else the self score", () => {
    expect(rowScore(8, 7, scored)).toEqual({ counted: 700, appraised: true });
    expect(rowScore(8, null, scored)).toEqual({ counted: 800, appraised: false });
    expect(rowScore(8, " ", scored)).toEqual({ counted: 800, appraised: false });
    expect(rowScore("tám", 7, scored)).toEqual({ counted: 700, appraised: true });
  });

  it("leaves the criterion unscored when the score given does not count", () => {
    expect(rowScore(8, 12, scored)).toEqual({ counted: null, appraised: false });
    expect(rowScore(12, null, scored)).toEqual({ counted: null, appraised: false });
    expect(rowScore(null, null, scored)).toEqual({ counted: null, appraised: false });
  });
});
