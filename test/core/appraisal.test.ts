import fc from "fast-check";
import { appraisalDifference, appraisalTotals, checkAppraisal } from "../../src/core/appraisal";
import type { Points } from "../../src/core/model";
import { rowScore } from "../../src/core/score";

const p = (n: number) => n as Points;
const scored = { max: p(1000), kind: "scored" as const };

describe("checking one appraisal entry", () => {
  it("needs a reason when the appraised score differs from the self score", () => {
    expect(checkAppraisal(scored, 8, "7,5", "")).toEqual({ ok: false, refusal: { kind: "reason-missing" } });
    expect(checkAppraisal(scored, 8, "7,5", "   ")).toEqual({
      ok: false,
      refusal: { kind: "reason-missing" },
    });
    expect(checkAppraisal(scored, 8, "7,5", "Thiếu minh chứng")).toEqual({ ok: true, appraised: 750 });
  });

  it("needs no reason to confirm the self score or to leave the appraisal empty", () => {
    expect(checkAppraisal(scored, 8, "8,0", "")).toEqual({ ok: true, appraised: 800 });
    expect(checkAppraisal(scored, 8, "", "")).toEqual({ ok: true, appraised: null });
  });

  it("refuses by the score rule: text, below zero and above the maximum", () => {
    expect(checkAppraisal(scored, 8, "bảy", "x")).toMatchObject({
      ok: false,
      refusal: { kind: "unreadable" },
    });
    expect(checkAppraisal(scored, 8, -1, "x")).toMatchObject({ ok: false, refusal: { kind: "negative" } });
    expect(checkAppraisal(scored, 8, 12, "x")).toEqual({
      ok: false,
      refusal: { kind: "above-max", value: 1200, max: 1000 },
    });
  });

  it("counts a deduction's sign away, as the summary does", () => {
    const deduction = { max: p(200), kind: "deduction" as const };
    expect(checkAppraisal(deduction, 0, -1, "Nộp báo cáo muộn")).toEqual({ ok: true, appraised: 100 });
  });

  it("accepts exactly what the summary would count as the appraised score (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100),
          fc.string(),
        ),
        fc.constantFrom("scored" as const, "bonus" as const, "deduction" as const),
        (typed, kind) => {
          const criterion = { max: p(1000), kind };
          const check = checkAppraisal(criterion, null, typed, "lý do");
          const summary = rowScore(null, typed, criterion);
          if (check.ok && check.appraised !== null)
            expect(summary).toEqual({ counted: check.appraised, appraised: true });
          if (!check.ok) expect(summary.counted).toBeNull();
        },
      ),
    );
  });
});

describe("the differences an appraisal makes", () => {
  it("is appraised minus self, turned on a deduction row, and none where a score is missing", () => {
    expect(appraisalDifference("scored", p(800), p(750))).toBe(-50);
    expect(appraisalDifference("deduction", p(0), p(100))).toBe(-100);
    expect(appraisalDifference("scored", null, p(100))).toBeNull();
    expect(appraisalDifference("scored", p(100), null)).toBeNull();
  });

  it("adds up the table before and after, the self score counting where nothing was appraised", () => {
    const totals = appraisalTotals([
      { kind: "scored", self: p(800), appraised: p(750) },
      { kind: "scored", self: p(500), appraised: null },
      { kind: "bonus", self: p(100), appraised: p(100) },
      { kind: "deduction", self: p(0), appraised: p(50) },
    ]);
    expect(totals).toEqual({ self: 1400, final: 1300, difference: -100, changed: 2 });
  });

  it("has a total difference equal to the sum of the criteria's differences (property)", () => {
    const score = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null });
    const line = fc.record({
      kind: fc.constantFrom("scored" as const, "bonus" as const, "deduction" as const),
      self: score,
      appraised: score,
    });
    fc.assert(
      fc.property(fc.array(line), (lines) => {
        const typed = lines.map((l) => ({
          ...l,
          self: l.self as Points | null,
          appraised: l.appraised as Points | null,
        }));
        // Lines with no self score count their appraisal whole.
        const sum = typed.reduce((acc, l) => {
          const sign = l.kind === "deduction" ? -1 : 1;
          return (
            acc +
            (appraisalDifference(l.kind, l.self, l.appraised) ??
              (l.self === null ? sign * (l.appraised ?? 0) : 0))
          );
        }, 0);
        expect(appraisalTotals(typed).difference).toBe(sum);
      }),
    );
  });
});
