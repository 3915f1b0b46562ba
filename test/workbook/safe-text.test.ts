import { isFormulaLike, needsTextGuard, officeTextValue, xlsxTextCell } from "../../src/workbook/safe-text";

describe("safe text", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")'])(
    "treats %j as formula-like",
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(officeTextValue(text)).toBe(`'${text}`);
      expect(xlsxTextCell(text)).toEqual({ value: text, numberFormat: "@" });
    },
  );

  it("leaves ordinary Vietnamese names alone in both adapters", () => {
    const name = "Công đoàn Sở Y tế";
    expect(needsTextGuard(name)).toBe(false);
    expect(officeTextValue(name)).toBe(name);
    expect(xlsxTextCell(name)).toEqual({ value: name });
  });

  it("guards text Office would turn into a number, date or boolean", () => {
    for (const text of ["0123", "8,5", "20/10/2022", "50%", "TRUE", "'quoted", "#REF!"]) {
      expect(officeTextValue(text)).toBe(`'${text}`);
    }
  });
});
