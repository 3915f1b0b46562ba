import { isVietnameseSyllable } from "../../../src/core/text";

describe("isVietnameseSyllable", () => {
  it.each([
    "a",
    "ăn",
    "Trường",
    "người",
    "Nguyễn",
    "nghiêng",
    "khuya",
    "khuỷu",
    "gì",
    "gìn",
    "giữa",
    "quốc",
    "Quyết",
    "hoà",
    "hòa",
    "Thủy",
    "thuỷ",
    "oanh",
    "Việt",
    "Đức",
    "yến",
    "Kon",
    "Đắk",
    "HƯỚNG",
    "Co\u0302ng",
  ])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ["Dupont", "no such final"],
    ["and", "no such final"],
    ["cafộ", "two syllables"],
    ["Mỹller", "two syllables"],
    ["tơt", "t takes only sắc or nặng"],
    ["gỏt", "t takes only sắc or nặng"],
    ["huơng", "no such rhyme (hương is)"],
    ["ce", "c is never written before e"],
    ["ghan", "gh is written only before e, ê, i"],
    ["hóà", "two tones"],
    ["qũe", "the tone sits on the rhyme, not on the u of qu"],
    ["tie", "no such rhyme (tia, tiê… are)"],
    ["Straße", "ß is not a Vietnamese letter"],
    ["", "empty"],
    ["LĐLĐ", "an acronym, not a syllable"],
  ])("refuses %s (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
