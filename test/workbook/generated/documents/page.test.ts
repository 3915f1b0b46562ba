import {
  MARGINS_MM,
  SIZES_PT,
  mmToPt,
  pageSizeMm,
  textAreaWidthPt,
} from "../../../../src/workbook/generated/documents/page";

describe("the page of the format (Nghị định 30/2020, Phụ lục I)", () => {
  it("keeps the margins within the decree's ranges: top and bottom 20–25, left 30–35, right 15–20 mm", () => {
    expect(MARGINS_MM.top).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.top).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.bottom).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.bottom).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.left).toBeGreaterThanOrEqual(30);
    expect(MARGINS_MM.left).toBeLessThanOrEqual(35);
    expect(MARGINS_MM.right).toBeGreaterThanOrEqual(15);
    expect(MARGINS_MM.right).toBeLessThanOrEqual(20);
  });

  it("prints nothing below 13 pt but the recipients (12 and 11, as the decree sets them)", () => {
    const small = Object.entries(SIZES_PT).filter(([, size]) => size < 13);
    expect(small).toEqual([
      ["recipientsTitle", 12],
      ["recipients", 11],
    ]);
  });

  it("turns A4 for landscape and measures the text width between the margins", () => {
    expect(pageSizeMm("landscape")).toEqual({ width: 297, height: 210 });
    expect(textAreaWidthPt("portrait")).toBeCloseTo(mmToPt(165), 6);
    expect(textAreaWidthPt("landscape")).toBeCloseTo(mmToPt(252), 6);
  });
});
