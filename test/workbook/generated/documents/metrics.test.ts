/**
 * The width estimates against facts of the font; the print test (test/adapters/docx/print.test.ts)
 * checks them against the widths LibreOffice prints.
 */
import fc from "fast-check";
import { longestWordPt, textWidthPt, wrapText } from "../../../../src/workbook/generated/documents/metrics";

describe("text widths in Times New Roman", () => {
  it("measures a line from the advance widths: 'Số' at 13 pt is S (556) + ố (500) thousandths of 13", () => {
    expect(textWidthPt("Số", 13, "regular")).toBeCloseTo(((556 + 500) * 13) / 1000, 6);
  });

  it("scales with the size", () => {
    expect(textWidthPt("Hạnh phúc", 26, "bold")).toBeCloseTo(2 * textWidthPt("Hạnh phúc", 13, "bold"), 6);
  });

  it("makes a toned letter as wide as its base letter", () => {
    expect(textWidthPt("ệ", 10, "regular")).toBe(textWidthPt("e", 10, "regular"));
    expect(textWidthPt("Ấ", 10, "bold")).toBe(textWidthPt("A", 10, "bold"));
  });

  it("gives the horned letters their own, wider advance, tones included", () => {
    expect(textWidthPt("ự", 10, "regular")).toBe(textWidthPt("ư", 10, "regular"));
    expect(textWidthPt("ư", 10, "regular")).toBeGreaterThan(textWidthPt("u", 10, "regular"));
    expect(textWidthPt("Ở", 10, "bold")).toBe(textWidthPt("Ơ", 10, "bold"));
  });

  it("measures decomposed text (NFD) as its composed form", () => {
    const text = "Công đoàn Viên chức tỉnh Thanh Hóa";
    expect(textWidthPt(text.normalize("NFD"), 13, "regular")).toBe(textWidthPt(text, 13, "regular"));
  });

  it("sets bold capitals wider than regular ones", () => {
    expect(textWidthPt("CỤM THI ĐUA", 13, "bold")).toBeGreaterThan(textWidthPt("CỤM THI ĐUA", 13, "regular"));
  });

  it("counts an unknown character as an average letter, never as nothing", () => {
    expect(textWidthPt("中", 10, "regular")).toBe(5);
  });
});

describe("wrapping", () => {
  it("breaks a long issuing body into lines no wider than the column", () => {
    const lines = wrapText("CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC", 175, 13, "bold");
    expect(lines.map((l) => l.text)).toEqual(["CỤM THI ĐUA LĐLĐ CÁC", "TỈNH BIÊN GIỚI PHÍA BẮC"]);
    for (const line of lines) expect(line.widthPt).toBeLessThanOrEqual(175);
  });

  it("keeps every word, in order, and puts a word wider than the line on a line of its own", () => {
    const words = fc.array(
      fc.constantFrom("Công", "đoàn", "Ngân", "hàng", "Thương", "mại", "cổ", "phần", "–", "Chi", "nhánh"),
      {
        minLength: 1,
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 5, max: 400 }), (list, width) => {
        const lines = wrapText(list.join(" "), width, 13, "regular");
        expect(lines.map((l) => l.text).join(" ")).toBe(list.join(" "));
        for (const line of lines) {
          if (line.text.includes(" ")) expect(line.widthPt).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it("finds the widest word, the narrowest a column can be", () => {
    expect(longestWordPt("Hoàn thành xuất sắc nhiệm vụ", 13, "regular")).toBe(
      textWidthPt("nhiệm", 13, "regular"),
    );
  });
});
