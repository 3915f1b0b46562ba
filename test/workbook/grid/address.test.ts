import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCellAddress,
  parseRange,
  rangeAddress,
  sheetRef,
} from "../../../src/workbook/grid/address";

describe("A1 addresses", () => {
  it("turns column numbers into letters and back, past Z and ZZ", () => {
    for (const [n, letters] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
    ] as const) {
      expect(columnLetter(n)).toBe(letters);
      expect(columnIndex(letters)).toBe(n);
    }
  });

  it("reads absolute and relative cells and rejects what is not a cell", () => {
    expect(parseCellAddress("$C$5")).toEqual({ row: 4, col: 2 });
    expect(parseCellAddress("c5")).toEqual({ row: 4, col: 2 });
    expect(parseCellAddress("C0")).toBeNull();
    expect(parseCellAddress("5C")).toBeNull();
    expect(cellAddress(4, 2, true)).toBe("$C$5");
  });

  it("normalises a range given corner to corner in any order and ignores a sheet prefix", () => {
    expect(parseRange("'Đơn vị'!D5:B3")).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
    expect(parseRange("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(rangeAddress(2, 1, 4, 3)).toBe("B3:D5");
  });

  it("quotes sheet names for formulas and doubles their apostrophes", () => {
    expect(sheetRef("Đơn vị")).toBe("'Đơn vị'!");
    expect(sheetRef("O'Neil")).toBe("'O''Neil'!");
  });
});
