import { displayFormula, fileFormula, formulaString } from "../../src/workbook/formulas";

describe("file and display formulas", () => {
  it("prefixes functions newer than Excel 2007 for the file format, once", () => {
    expect(fileFormula("=ROUND(RANK.EQ(J5,J$5:J$9),0)")).toBe("ROUND(_xlfn.RANK.EQ(J5,J$5:J$9),0)");
    expect(fileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
  });

  it("leaves function-like text inside strings and sheet names alone", () => {
    expect(fileFormula(`=IF(A1="RANK.EQ(",'RANK.EQ(x'!A1,0)`)).toBe(`IF(A1="RANK.EQ(",'RANK.EQ(x'!A1,0)`);
  });

  it("reads a stored formula back in display form", () => {
    expect(displayFormula("_xlfn.RANK.EQ(J5,J$5:J$9)")).toBe("=RANK.EQ(J5,J$5:J$9)");
  });

  it("quotes text literals with doubled quotes", () => {
    expect(formulaString('Điểm "trừ"')).toBe('"Điểm ""trừ"""');
  });
});
