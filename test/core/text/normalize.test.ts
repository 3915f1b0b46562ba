import fc from "fast-check";
import { normalizeKey, normalizeText } from "../../../src/core/text/normalize";

/** The rule written out in full, with no shortcut: NFC, every run of white space one space, trimmed. */
const reference = (text: string): string => text.normalize("NFC").replace(/\s+/gu, " ").trim();

describe("normalizeText", () => {
  it.each([
    ["  Công\u00a0đoàn   ngành\tGiáo dục ", "Công đoàn ngành Giáo dục"],
    ["Co\u0302ng ty", "Công ty"],
    ["\ufeffLĐLĐ\u202ftỉnh", "LĐLĐ tỉnh"],
    ["Đắk Hà", "Đắk Hà"],
    ["", ""],
    [" \u00a0 ", ""],
  ])("tidies %p to %p, keeping case", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("returns text that is already NFC and tidy unchanged", () => {
    const tidy = "Công đoàn Viên chức tỉnh";
    expect(normalizeText(tidy)).toBe(tidy);
  });

  it("composes tidy text that is still decomposed (NFD, as some Mac forms send it)", () => {
    expect(normalizeText("Đắk Hà".normalize("NFD"))).toBe("Đắk Hà".normalize("NFC"));
  });

  describe("over random mixes of letters, combining marks and every kind of space", () => {
    const alphabet = [
      "a",
      "A",
      "ê",
      "Đ",
      "o",
      "\u0301",
      "\u0323",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "\u202f",
      "\ufeff",
      "\u2007",
      "1",
      "-",
    ];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((parts) => parts.join(""));

    it("gives exactly what the full rule gives, shortcut or not", () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(normalizeText(t)).toBe(reference(t));
          expect(normalizeKey(t)).toBe(reference(t).toLowerCase());
        }),
        { numRuns: 2000 },
      );
    });

    it("is idempotent", () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(normalizeText(normalizeText(t))).toBe(normalizeText(t));
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe("normalizeKey", () => {
  it("compares codes and names typed by different people alike", () => {
    expect(normalizeKey("  Co\u0302ng  ty\u00a0A ")).toBe(normalizeKey("công ty a"));
    expect(normalizeKey("CUM3")).toBe("cum3");
  });
});
