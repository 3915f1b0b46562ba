import { DEFAULT_BANDS, bandsFrom, classify } from "../../src/core/classification";
import type { ClassificationBand, Points } from "../../src/core/model";
import { say } from "../support/say";

const p = (n: number): Points => n as Points;

describe("DEFAULT_BANDS", () => {
  it.each([
    [10000, "Hoàn thành xuất sắc nhiệm vụ"],
    [9000, "Hoàn thành xuất sắc nhiệm vụ"],
    [8999, "Hoàn thành tốt nhiệm vụ"],
    [7000, "Hoàn thành tốt nhiệm vụ"],
    [6999, "Hoàn thành nhiệm vụ"],
    [5000, "Hoàn thành nhiệm vụ"],
    [4999, "Không hoàn thành nhiệm vụ"],
    [0, "Không hoàn thành nhiệm vụ"],
  ])("classifies %p hundredths as %s", (total, label) => {
    expect(classify(p(total), DEFAULT_BANDS)).toBe(label);
  });

  it("asks the federation to check them", () => {
    for (const band of DEFAULT_BANDS) expect(band.unconfirmed).toBe(true);
  });
});

describe("classify", () => {
  const withCondition: readonly ClassificationBand[] = [
    { label: "Vững mạnh xuất sắc", minTotal: p(9000), minSectionShare: 0.8 },
    { label: "Vững mạnh", minTotal: p(7000) },
    { label: "Trung bình", minTotal: p(0) },
  ];

  it("drops a unit to the next band when a section is below the required share", () => {
    expect(classify(p(9500), withCondition, [0.95, 0.9])).toBe("Vững mạnh xuất sắc");
    expect(classify(p(9500), withCondition, [0.95, 0.79])).toBe("Vững mạnh");
    expect(classify(p(9500), withCondition, [1, 0.8])).toBe("Vững mạnh xuất sắc");
  });

  it("does not grant a conditional band when the shares are not known", () => {
    expect(classify(p(9500), withCondition)).toBe("Vững mạnh");
  });

  it("does not depend on the order the bands are listed in", () => {
    expect(classify(p(7500), [...withCondition].reverse(), [1])).toBe("Vững mạnh");
  });

  it("gives no label below every band", () => {
    expect(classify(p(100), [{ label: "Khá", minTotal: p(7000) }])).toBe("");
  });
});

describe("bandsFrom", () => {
  it("reads the workbook's bands, highest first, with shares as decimals or percentages", () => {
    const { bands, problems } = bandsFrom([
      { label: "Khá", min: "70" },
      { label: "Xuất sắc", min: 90, minSectionShare: "80%" },
      { label: "Tốt", min: "80,5", minSectionShare: 0.5 },
      { label: "Yếu", min: 0, minSectionShare: "" },
    ]);
    expect(problems).toEqual([]);
    expect(bands).toEqual([
      { label: "Xuất sắc", minTotal: 9000, minSectionShare: 0.8 },
      { label: "Tốt", minTotal: 8050, minSectionShare: 0.5 },
      { label: "Khá", minTotal: 7000 },
      { label: "Yếu", minTotal: 0 },
    ]);
  });

  it("skips blank lines", () => {
    expect(
      bandsFrom([
        { label: null, min: null },
        { label: "Đạt", min: 0 },
      ]).bands,
    ).toHaveLength(1);
  });

  it("reports a missing label, an unreadable minimum or share, and duplicates", () => {
    const { bands, problems } = bandsFrom([
      { label: "", min: 50 },
      { label: "Tốt", min: "bảy mươi" },
      { label: "Khá", min: 70, minSectionShare: "150%" },
      { label: "Đạt", min: 0 },
      { label: "Đạt", min: 10 },
      { label: "Trung bình", min: 0 },
    ]);
    expect(problems.map((x) => x.code)).toEqual([
      "BAND_LABEL_MISSING",
      "BAND_MIN_INVALID",
      "BAND_SHARE_INVALID",
      "BAND_DUPLICATE",
      "BAND_DUPLICATE",
    ]);
    expect(say(problems[1])).toContain("bảy mươi");
    expect(say(problems[2])).toContain("150%");
    expect(bands.map((b) => b.label)).toEqual(["Đạt"]);
  });

  it("warns when no band starts at zero", () => {
    const { problems } = bandsFrom([{ label: "Tốt", min: 70 }]);
    expect(problems).toEqual([expect.objectContaining({ code: "BANDS_NO_FLOOR", severity: "warning" })]);
  });
});
