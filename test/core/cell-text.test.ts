/**
 * One cell-as-text function and one whole-number reading for the whole product: the copies there
 * were disagreed ("2,0" a vote count in one place and not in another; a date "1/9/2024" in one
 * message and "01/09/2024" in the next).
 */
import { cellText, isBlankCell } from "../../src/core/cell-text";
import { parseWholeNumber } from "../../src/core/numbers";

describe("a cell as text", () => {
  it("writes every kind of value one way", () => {
    expect(cellText(" Công  đoàn\u00a0A ")).toBe("Công đoàn A");
    expect(cellText("Co\u0302ng")).toBe("Công");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(12)).toBe("12");
    expect(cellText({ year: 2024, month: 9, day: 1 })).toBe("01/09/2024");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("calls a cell blank when it holds nothing or white space only", () => {
    expect([null, undefined, "", "  ", "\u00a0"].every(isBlankCell)).toBe(true);
    expect([0, "0", false, { error: "#N/A" }].some(isBlankCell)).toBe(false);
  });
});

describe("a whole number", () => {
  it("reads a count typed as a number or as text, with a decimal comma or stray spaces", () => {
    expect(parseWholeNumber(5)).toBe(5);
    expect(parseWholeNumber(" 5 ")).toBe(5);
    expect(parseWholeNumber("2,0")).toBe(2);
    expect(parseWholeNumber("2.0")).toBe(2);
    expect(parseWholeNumber(0)).toBe(0);
  });

  it("leaves an empty cell empty and refuses what is no count", () => {
    expect(parseWholeNumber(null)).toBeNull();
    expect(parseWholeNumber(" ")).toBeNull();
    for (const bad of [2.5, "2,5", -1, "năm", true, { error: "#N/A" }, { year: 2024, month: 1, day: 1 }]) {
      expect([bad, parseWholeNumber(bad)]).toEqual([bad, "invalid"]);
    }
  });
});
