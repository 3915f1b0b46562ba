import type { ProblemOf } from "../../src/core/diagnostics";
import { awardsForCluster, type AwardCandidate } from "../../src/core/awards";
import { pointsFromNumber } from "../../src/core/decimal";
import {
  clusterCode,
  unitCode,
  type BlockInput,
  type BlockSummary,
  type ClassificationBand,
} from "../../src/core/model";
import { summarizeBlock } from "../../src/core/summary";
import { konTumBlock } from "./fixtures/kon-tum-cum-3";
import { say } from "../support/say";

const XUAT_SAC = "Hoàn thành xuất sắc nhiệm vụ";
const TOT = "Hoàn thành tốt nhiệm vụ";
/** The top band also asks every section for 85 % of its maximum (an extra condition DOMAIN.md allows). */
const BANDS: readonly ClassificationBand[] = [
  { label: XUAT_SAC, minTotal: pointsFromNumber(90), minSectionShare: 0.85 },
  { label: TOT, minTotal: pointsFromNumber(70) },
  { label: "Hoàn thành nhiệm vụ", minTotal: pointsFromNumber(50) },
  { label: "Không hoàn thành nhiệm vụ", minTotal: pointsFromNumber(0) },
];
// DH: 94,5 points, second in Cụm thi đua số 3, but section II at 33/40 (82,5 %): "Hoàn thành tốt".
const dhWeakSection = { DH: [9, "9,5", " 9 ", 19, 14, 19, 5, null] };

function block(awardMinBand?: BlockInput["config"]["awardMinBand"]): BlockInput {
  const input = konTumBlock({ scores: dhWeakSection });
  return {
    ...input,
    config: { ...input.config, bands: BANDS, ...(awardMinBand !== undefined && { awardMinBand }) },
  };
}
const unitOf = (summary: BlockSummary, code: string) =>
  summary.clusters.flatMap((c) => c.units).find((u) => u.code === code)!;
const passedOverProblems = (summary: BlockSummary): ProblemOf<"AWARD_CLASSIFICATION_BELOW">[] =>
  summary.problems.filter(
    (p): p is ProblemOf<"AWARD_CLASSIFICATION_BELOW"> => p.code === "AWARD_CLASSIFICATION_BELOW",
  );

describe("an award needs the right classification", () => {
  it("does not propose a unit classified «Hoàn thành tốt nhiệm vụ» for the excellent award; the next unit takes the place", () => {
    const summary = summarizeBlock(block());
    expect(unitOf(summary, "DH")).toMatchObject({ total: 9450, classification: TOT, award: null });
    expect(unitOf(summary, "GD").award).toBe("leading");
    expect(unitOf(summary, "DT")).toMatchObject({ classification: XUAT_SAC, award: "excellent" });
    expect(unitOf(summary, "DH").passedOver).toEqual([
      { award: "excellent", classification: TOT, required: XUAT_SAC, takenBy: ["DT"], unconfirmed: true },
    ]);
  });

  it("says why the unit was passed over and who takes the place, marked to be checked while the band is the default", () => {
    const summary = summarizeBlock(block());
    const [passed] = passedOverProblems(summary);
    expect(passed?.severity).toBe("warning");
    expect(passed?.params).toMatchObject({ unit: { code: "DH" }, award: "excellent", unconfirmed: true });
    const text = say(passed);
    expect(text).toContain("xếp loại «Hoàn thành tốt nhiệm vụ», thấp hơn «Hoàn thành xuất sắc nhiệm vụ»");
    expect(text).toContain("suất này dành cho «LĐLĐ huyện Đắk Tô» (DT)");
    expect(text).toContain("kiểm tra lại");
  });

  it("follows the band the cluster set for the award, without asking to check it", () => {
    const summary = summarizeBlock(block({ excellent: TOT }));
    expect(unitOf(summary, "DH").award).toBe("excellent");
    expect(unitOf(summary, "DT").award).toBeNull();
    expect(passedOverProblems(summary)).toEqual([]);
  });

  it("refuses a band setting that names no band, and applies the top band meanwhile", () => {
    const summary = summarizeBlock(block({ excellent: "Tốt" }));
    const unknown = summary.problems.find((p) => p.code === "AWARD_BAND_UNKNOWN");
    expect(unknown?.severity).toBe("error");
    expect(say(unknown)).toContain("«Tốt»");
    expect(unitOf(summary, "DH").award).toBeNull();
  });
});

describe("awardsForCluster with classifications", () => {
  const cluster = { code: clusterCode("C"), name: "Cụm", quota: { leading: 1, excellent: 1 } };
  const candidate = (unit: string, total: number, excellent: boolean): AwardCandidate => ({
    unit: unitCode(unit),
    total: pointsFromNumber(total),
    considered: true,
    complete: true,
    qualifies: { leading: excellent, excellent },
  });

  it("leaves a place empty when no unit below has the classification, and says so", () => {
    const outcome = awardsForCluster(
      cluster,
      [candidate("A", 95, true), candidate("B", 88, false), candidate("C", 80, false)],
      { passShare: 0.5 },
      3,
    );
    expect([...outcome.awards]).toEqual([["A", "leading"]]);
    expect(outcome.passedOver).toEqual([
      { unit: "B", award: "excellent", takenBy: [] },
      { unit: "C", award: "excellent", takenBy: [] },
    ]);
  });

  it("gives a unit short of the leading band an excellent place while the next unit leads", () => {
    const outcome = awardsForCluster(
      cluster,
      [
        { ...candidate("A", 95, true), qualifies: { leading: false, excellent: true } },
        candidate("B", 92, true),
      ],
      { passShare: 0.5 },
      2,
    );
    expect(outcome.awards.get(unitCode("A"))).toBe("excellent");
    expect(outcome.awards.get(unitCode("B"))).toBe("leading");
    expect(outcome.passedOver).toEqual([{ unit: "A", award: "leading", takenBy: ["B"] }]);
  });
});
