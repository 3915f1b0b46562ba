import fc from "fast-check";
import { cellRef, detached } from "../../../src/adapters/xlsx/sheet-read";
import { columnIndex } from "../../../src/workbook/grid/address";

/** A cell reference as ECMA-376 Part 1 §18.18.62 (ST_CellRef) writes it, with any case and $ signs. */
function byPattern(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/u.exec(ref);
  if (!m?.[1] || !m[2]) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col < 0 || row < 0 ? null : [row, col];
}

describe("reading a cell reference", () => {
  it("reads A1, lower case, absolute parts and the last column and row", () => {
    expect(cellRef("A1")).toEqual([0, 0]);
    expect(cellRef("b12")).toEqual([11, 1]);
    expect(cellRef("$AA$3")).toEqual([2, 26]);
    expect(cellRef("XFD1048576")).toEqual([1048575, 16383]);
  });

  it("refuses what is not a single cell: a range, a 0 row, four letters, no row, signs, spaces", () => {
    for (const bad of ["A1:B2", "A0", "ABCD1", "A", "1", "A-1", " A1", "A1 ", "$$A1", "A1$", "Ä1", ""])
      expect(cellRef(bad)).toBeNull();
  });

  it("agrees with the pattern of a reference on any text made of reference characters", () => {
    const piece = fc.constantFrom(
      "$",
      "A",
      "z",
      "Q",
      "0",
      "1",
      "9",
      "00",
      "99999999999999999",
      ":",
      "@",
      "[",
      "`",
      "{",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const ref = parts.join("");
        expect(cellRef(ref)).toEqual(byPattern(ref));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a value kept from a part", () => {
  it("is the same text, short or long, whatever its characters", () => {
    const part = `<c><is><t>${"Công đoàn cơ sở số 1 ".repeat(20)}</t></is></c>`;
    const long = part.slice(10, 200);
    expect(detached(long)).toBe(long);
    expect(detached("Mã")).toBe("Mã");
    expect(detached("")).toBe("");
    fc.assert(fc.property(fc.string({ unit: "binary" }), (t) => expect(detached(t)).toBe(t)));
  });
});
