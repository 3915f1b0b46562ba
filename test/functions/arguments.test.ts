import {
  FunctionFailure,
  cellValue,
  cellsOf,
  countArg,
  isBlankRow,
  isOmitted,
  isSingle,
  placeOf,
  pointsAt,
  requireSameLength,
  rowsOf,
  sameValues,
  singleValue,
  snapshot,
  spill,
} from "../../src/functions/arguments";
import { parseScore } from "../../src/core/numbers";
import type { CellValue } from "../../src/core/model";

function failure(run: () => unknown): FunctionFailure {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof FunctionFailure) return thrown;
    throw thrown;
  }
  throw new Error("expected a FunctionFailure");
}

describe("cellValue", () => {
  it("reads blank cells, given as empty text, null or undefined, as null", () => {
    expect(cellValue("")).toBeNull();
    expect(cellValue(null)).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });

  it("keeps numbers, text and booleans as they are", () => {
    expect(cellValue(8.5)).toBe(8.5);
    expect(cellValue(" 8,5 ")).toBe(" 8,5 ");
    expect(cellValue(true)).toBe(true);
  });

  it("turns an Excel error object into a cell error with its code", () => {
    expect(cellValue({ code: "#REF!", message: "x" })).toEqual({ error: "#REF!" });
  });

  it("reads rich values and non-finite numbers as error cells, never as numbers", () => {
    expect(cellValue({ type: "Entity", text: "x" })).toEqual({ error: "#VALUE!" });
    expect(cellValue(Number.NaN)).toEqual({ error: "#NUM!" });
  });
});

describe("cellsOf", () => {
  it("reads a scalar as one single cell", () => {
    expect(cellsOf(7)).toEqual({ values: [7], rows: 1, columns: 1, single: true });
  });

  it("reads a 1 × 1 range as a single cell too", () => {
    expect(cellsOf([[7]]).single).toBe(true);
    expect(isSingle([[7]])).toBe(true);
    expect(isSingle([[7], [8]])).toBe(false);
  });

  it("reads a range row by row, blanks as null", () => {
    const cells = cellsOf([
      [1, ""],
      [null, "a"],
    ]);
    expect(cells).toEqual({ values: [1, null, null, "a"], rows: 2, columns: 2, single: false });
  });

  it("pads ragged rows with blanks so positions stay right", () => {
    expect(cellsOf([[1, 2], [3]]).values).toEqual([1, 2, 3, null]);
  });
});

describe("isOmitted", () => {
  it("treats null and undefined as a left-out optional argument, a blank range as given", () => {
    expect(isOmitted(null)).toBe(true);
    expect(isOmitted(undefined)).toBe(true);
    expect(isOmitted([[""]])).toBe(false);
    expect(isOmitted(0)).toBe(false);
  });
});

describe("singleValue", () => {
  it("returns the one value of a scalar or a 1 × 1 range", () => {
    expect(singleValue("trực tiếp", "loại")).toBe("trực tiếp");
    expect(singleValue([["phối hợp"]], "loại")).toBe("phối hợp");
  });

  it("fails with #VALUE! naming the parameter and the range's size for a larger range", () => {
    const f = failure(() => singleValue([["a"], ["b"]], "loại đơn vị"));
    expect(f.code).toBe("invalidValue");
    expect(f.message).toContain("loại đơn vị");
    expect(f.message).toContain("2 × 1");
  });
});

describe("placeOf", () => {
  it("names the row of a column, the column of a row, both in a block, nothing for a single value", () => {
    expect(placeOf(cellsOf([[1], [2], [3]]), 2)).toBe("Dòng 3");
    expect(placeOf(cellsOf([[1, 2, 3]]), 1)).toBe("Cột 2");
    expect(
      placeOf(
        cellsOf([
          [1, 2],
          [3, 4],
        ]),
        3,
      ),
    ).toBe("Dòng 2, cột 2");
    expect(placeOf(cellsOf(5), 0)).toBeNull();
  });
});

describe("pointsAt", () => {
  it("gives the core's points for numbers typed as users type them", () => {
    for (const typed of ["8,5", " 8.5 ", "8\u00a05", "\u00a08,50"]) {
      const expected = parseScore(typed);
      if (expected.kind === "number") expect(pointsAt(typed, null)).toBe(expected.points);
      else expect(() => pointsAt(typed, null)).toThrow(FunctionFailure);
    }
    expect(pointsAt(8.5, null)).toBe(850);
  });

  it("gives null for a blank cell", () => {
    expect(pointsAt(null, "Dòng 1")).toBeNull();
    expect(pointsAt("   ", "Dòng 1")).toBeNull();
  });

  it("fails with #VALUE! naming the row and the value for text that is not a number", () => {
    const f = failure(() => pointsAt("tám", "Dòng 3", "điểm"));
    expect(f.code).toBe("invalidValue");
    expect(f.message).toMatch(/^Dòng 3: điểm «tám» không phải là số/);
  });

  it("fails for more than two decimals, error cells and booleans alike", () => {
    expect(failure(() => pointsAt("8,555", null)).message).toContain("quá 2 chữ số thập phân");
    expect(failure(() => pointsAt({ error: "#REF!" }, null)).message).toContain("#REF!");
    expect(failure(() => pointsAt(true, null)).message).toContain("đúng/sai");
  });

  it("starts the sentence with a capital when there is no row to name", () => {
    expect(failure(() => pointsAt("abc", null)).message).toMatch(/^Giá trị «abc»/);
  });
});

describe("requireSameLength", () => {
  it("accepts ranges of the same length and names both when they differ", () => {
    expect(() => requireSameLength(cellsOf([[1], [2]]), "a", cellsOf([[1], [2]]), "b")).not.toThrow();
    const f = failure(() => requireSameLength(cellsOf([[1], [2]]), "điểm", cellsOf([[1]]), "điểm tối đa"));
    expect(f.code).toBe("invalidValue");
    expect(f.message).toContain("«điểm» có 2 ô");
    expect(f.message).toContain("«điểm tối đa» có 1 ô");
  });
});

describe("rowsOf and isBlankRow", () => {
  it("splits a table argument into rows and tells blank rows apart", () => {
    const rows = rowsOf([
      ["TC", 1, 1.5],
      ["", null, " "],
    ]);
    expect(rows).toEqual([
      ["TC", 1, 1.5],
      [null, null, " "],
    ]);
    expect(isBlankRow(rows[0]!)).toBe(false);
    expect(isBlankRow(rows[1]!)).toBe(true);
  });
});

describe("countArg", () => {
  it("uses the default when the argument is left out or blank", () => {
    expect(countArg(null, "số dẫn đầu", 1)).toBe(1);
    expect(countArg("", "số dẫn đầu", 2)).toBe(2);
  });

  it("reads whole numbers ≥ 0, typed or as text", () => {
    expect(countArg(0, "x", 1)).toBe(0);
    expect(countArg(" 2 ", "x", 1)).toBe(2);
  });

  it("fails with #NUM! for a negative, fractional or non-numeric count", () => {
    for (const bad of [-1, 1.5, "hai", true] as CellValue[])
      expect(failure(() => countArg(bad, "x", 1)).code).toBe("invalidNumber");
  });
});

describe("spill", () => {
  it("gives a column back as a column and a row as a row", () => {
    expect(spill([1, 2, 3], { rows: 3, columns: 1 })).toEqual([[1], [2], [3]]);
    expect(spill([1, 2, 3], { rows: 1, columns: 3 })).toEqual([[1, 2, 3]]);
  });
});

describe("snapshot and sameValues", () => {
  it("recognise a range holding the same values, even as a new array", () => {
    const saved = snapshot([[1], ["8,5"], [""]]);
    expect(sameValues(saved, [[1], ["8,5"], [""]])).toBe(true);
  });

  it("tell a changed value, a changed shape or a scalar apart", () => {
    const saved = snapshot([[1], [2]]);
    expect(sameValues(saved, [[1], [3]])).toBe(false);
    expect(sameValues(saved, [[1], [2], [3]])).toBe(false);
    expect(sameValues(saved, [[1, 2]])).toBe(false);
    expect(sameValues(saved, 1)).toBe(false);
  });

  it("keep a copy, so changing the argument afterwards does not change the snapshot", () => {
    const arg = [[1], [2]];
    const saved = snapshot(arg);
    arg[1]![0] = 5;
    expect(sameValues(saved, arg)).toBe(false);
  });
});
