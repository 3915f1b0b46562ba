import { TCVN3_TO_UNICODE, TONES, VNI_LETTERS, VOWELS, toned } from "../../../src/core/text/legacy-tables";

/** Every lower-case Vietnamese letter that is not plain ASCII: 12 vowels × 6 forms − a e i o u y, and đ. */
const LETTERS = [...VOWELS.flatMap((v) => [toned(v, null), ...TONES.map((t) => toned(v, t))]), "đ"].filter(
  (letter) => letter > "\u007f",
);

describe("legacy tables", () => {
  it("count the 67 lower-case letters Vietnamese adds to ASCII (134 with capitals)", () => {
    expect(new Set(LETTERS).size).toBe(67);
    expect(new Set([...LETTERS, ...LETTERS.map((l) => l.toUpperCase())]).size).toBe(134);
  });

  it("give TCVN3 one code for each lower-case letter and for the seven untoned capitals", () => {
    const letters = [...TCVN3_TO_UNICODE.values()];
    expect(new Set(letters).size).toBe(letters.length);
    expect(new Set(letters)).toEqual(new Set([...LETTERS, ..."ĂÂÊÔƠƯĐ"]));
    for (const code of TCVN3_TO_UNICODE.keys()) expect(code.charCodeAt(0)).toBeGreaterThan(0xa0);
  });

  it("place TCVN3 letters where seed 001's legacy lines show them", () => {
    const seen: Array<[string, string]> = [
      ["¦", "Ư"],
      ["í", "ớ"],
      ["É", "ẫ"],
      ["§", "Đ"],
      ["µ", "à"],
      ["è", "ố"],
      ["«", "ô"],
      ["®", "đ"],
      ["ô", "ụ"],
    ];
    for (const [legacy, unicode] of seen) expect(TCVN3_TO_UNICODE.get(legacy)).toBe(unicode);
  });

  it("spell every VNI letter once, with a base and at most one mark", () => {
    const unicode = VNI_LETTERS.map(([u]) => u);
    const vni = VNI_LETTERS.map(([, v]) => v);
    expect(new Set(unicode).size).toBe(unicode.length);
    expect(new Set(vni).size).toBe(vni.length);
    // í and ì are the only letters VNI writes as Unicode does.
    expect(new Set([...unicode, "í", "ì"])).toEqual(new Set(LETTERS));
    for (const spelling of vni) expect([1, 2]).toContain(spelling.length);
  });

  it("write VNI's ơ and ư as one character followed by the tone mark", () => {
    const spelling = new Map(VNI_LETTERS);
    expect(spelling.get("ơ")).toBe("ô");
    expect(spelling.get("ư")).toBe("ö");
    expect(spelling.get("ớ")).toBe("ôù");
    expect(spelling.get("ừ")).toBe("öø");
    expect(spelling.get("ô")).toBe("oâ");
    expect(spelling.get("đ")).toBe("ñ");
  });
});
