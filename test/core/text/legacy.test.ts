import {
  UNICODE_FONT,
  convertLegacyText,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodingFromFont,
} from "../../../src/core/text";
import { TONES, VOWELS, toned } from "../../../src/core/text/legacy-tables";
import { encodeTcvn3, encodeVni } from "./legacy-encoder";

/** Seed 001 (Kon Tum), lines 1–3, exactly as the seed holds them: TCVN3 read as Latin-1, mixed with Unicode. */
const SEED_001_LINE_1 = " H¦íNG DÉN";
const SEED_001_LINE_2 = " Tổ chức giao ước thi đua Cụm, khối L§L§ huyện, thµnh phè;";
const SEED_001_LINE_3 = "C«ng ®oµn ngµnh; Công đoàn cơ sở trực thuộc và CĐCS thuộc ngành TW";

/** Unicode sentences from seed 001, used for round trips through both encodings. */
const SEED_001_SENTENCES = [
  "Ban Thường vụ Liên đoàn Lao động tỉnh Kon Tum hướng dẫn tổ chức GƯTĐ của Cụm thuộc các khối thi đua công đoàn như sau:",
  "Căn cứ Quy chế khen thưởng của tổ chức Công đoàn ban hành kèm theo Quyết định số 2106/QĐ-TLĐ ngày 28/12/2017 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam;",
  "Tổ chức kiểm tra chéo giữa các đơn vị trong Cụm, khối; chấm điểm các nội dung, tiêu chí GƯTĐ theo kết quả đạt được của các đơn vị; bình xét thi đua, suy tôn đơn vị xuất sắc, đơn vị dẫn đầu của Cụm, khối và đề nghị hình thức khen thưởng của năm thực hiện.",
  "Cụm trưởng và Cụm phó do các đơn vị thành viên trong Cụm tổ chức bầu và luân phiên hàng năm.",
];

/** All 144 vowel forms (12 vowels × untoned and 5 tones) and đ, lower-case. */
const LOWER_LETTERS = [...VOWELS.flatMap((v) => [toned(v, null), ...TONES.map((t) => toned(v, t))]), "đ"];

describe("decodeTcvn3", () => {
  it("reads seed 001's legacy fragments as the Vietnamese they were typed as", () => {
    expect(decodeTcvn3("C«ng ®oµn")).toBe("Công đoàn");
    expect(decodeTcvn3("thµnh phè")).toBe("thành phố");
    expect(decodeTcvn3("L§L§")).toBe("LĐLĐ");
    expect(decodeTcvn3("C«ng ®oµn ngµnh;")).toBe("Công đoàn ngành;");
  });

  it("decodes the capitals-font heading to lower-case toned letters, which the font draws as capitals", () => {
    // ¦ is the capital Ư, í and É are the lower-case codes of ớ and ẫ.
    expect(decodeTcvn3("H¦íNG DÉN")).toBe("HƯớNG DẫN");
  });

  it("round-trips every lower-case letter and the seven untoned capitals", () => {
    for (const letter of [...LOWER_LETTERS, ..."ĂÂÊÔƠƯĐ"]) {
      expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
    }
  });

  it("round-trips every capital through a .Vn…H font, which draws lower-case codes as capitals", () => {
    for (const letter of LOWER_LETTERS) {
      const capital = letter.toUpperCase();
      expect(convertLegacyText(encodeTcvn3(letter), { font: ".VnTimeH" }).text).toBe(capital);
    }
  });

  it("leaves ASCII, digits and characters outside its table alone, and returns NFC", () => {
    expect(decodeTcvn3("THCS 2024 (A-B)")).toBe("THCS 2024 (A-B)");
    expect(decodeTcvn3("ư €")).toBe("ư €");
    expect(decodeTcvn3("a\u0300 ®")).toBe("à đ");
  });
});

describe("decodeVni", () => {
  it("reads the VNI example as Unicode", () => {
    expect(decodeVni("Coâng ñoaøn cô sôû")).toBe("Công đoàn cơ sở");
  });

  it("reads ơ and ư with every tone, in both cases and with marks of either case", () => {
    const cases: Array<[string, string]> = [
      ["ô", "ơ"],
      ["ôù", "ớ"],
      ["ôø", "ờ"],
      ["ôû", "ở"],
      ["ôõ", "ỡ"],
      ["ôï", "ợ"],
      ["ö", "ư"],
      ["öù", "ứ"],
      ["öø", "ừ"],
      ["öû", "ử"],
      ["öõ", "ữ"],
      ["öï", "ự"],
      ["Ô", "Ơ"],
      ["ÔÙ", "Ớ"],
      ["ÔØ", "Ờ"],
      ["ÔÛ", "Ở"],
      ["ÔÕ", "Ỡ"],
      ["ÔÏ", "Ợ"],
      ["Ö", "Ư"],
      ["ÖÙ", "Ứ"],
      ["ÖØ", "Ừ"],
      ["ÖÛ", "Ử"],
      ["ÖÕ", "Ữ"],
      ["ÖÏ", "Ự"],
      ["Ôø", "Ờ"],
      ["Öù", "Ứ"],
      ["ôÙ", "ớ"],
    ];
    for (const [vni, unicode] of cases) expect(decodeVni(vni)).toBe(unicode);
  });

  it("reads a base with the mark after it before reading either alone (longest match first)", () => {
    const cases: Array<[string, string]> = [
      ["tröôøng", "trường"],
      ["ngöôøi", "người"],
      ["Tröôûng", "Trưởng"],
      ["TRÖÔØNG", "TRƯỜNG"],
      ["Nguyeãn", "Nguyễn"],
      ["Quyeát ñònh", "Quyết định"],
      ["Ñaø Naüng", "Đà Nẵng"],
      ["Thuûy", "Thủy"],
      ["khuyeán", "khuyến"],
      ["Hoaø", "Hoà"],
      ["Vöøa", "Vừa"],
      ["Ñöùc", "Đức"],
      ["Hôïp", "Hợp"],
      ["Kyû nieäm", "Kỷ niệm"],
      ["Mî", "Mỵ"],
      ["Tænh", "Tỉnh"],
    ];
    for (const [vni, unicode] of cases) expect(decodeVni(vni)).toBe(unicode);
  });

  it("round-trips every letter in both cases", () => {
    for (const letter of LOWER_LETTERS) {
      expect(decodeVni(encodeVni(letter))).toBe(letter);
      expect(decodeVni(encodeVni(letter.toUpperCase()))).toBe(letter.toUpperCase());
    }
  });

  it("leaves a mark with no base before it as it is", () => {
    expect(decodeVni("ù ø ä")).toBe("ù ø ä");
  });
});

describe("round trips of seed sentences", () => {
  it.each(SEED_001_SENTENCES)("encodes to VNI, is detected as VNI and comes back: %s", (sentence) => {
    const legacy = encodeVni(sentence);
    expect(detectLegacyEncoding(legacy)).toBe("vni");
    expect(convertLegacyText(legacy)).toEqual({ text: sentence, encoding: "vni", changed: true });
  });

  it.each(SEED_001_SENTENCES)("encodes to TCVN3 (lower case), is detected and comes back: %s", (sentence) => {
    const lower = sentence.toLowerCase();
    const legacy = encodeTcvn3(lower);
    expect(detectLegacyEncoding(legacy)).toBe("tcvn3");
    expect(convertLegacyText(legacy)).toEqual({ text: lower, encoding: "tcvn3", changed: true });
    expect(convertLegacyText(legacy, { font: ".VnArialH" }).text).toBe(sentence.toUpperCase());
  });
});

describe("encodingFromFont", () => {
  it.each([
    [".VnTime", "tcvn3", false],
    [".VnArial", "tcvn3", false],
    [".VnArial Narrow", "tcvn3", false],
    [".VnCentury Schoolbook", "tcvn3", false],
    [".VnTimeH", "tcvn3", true],
    [".VnArialH", "tcvn3", true],
    [".VnArial NarrowH", "tcvn3", true],
    [" .VnTimeH ", "tcvn3", true],
    [".vntime", "tcvn3", false],
    ["VNI-Times", "vni", false],
    ["VNI-Helve", "vni", false],
    ["VNI-Helve-Condense", "vni", false],
    ["VNI-Aptima", "vni", false],
    ["vni-times", "vni", false],
  ] as const)("reads %p as %s (capitals: %p)", (font, encoding, capitals) => {
    expect(encodingFromFont(font)).toEqual({ encoding, capitals });
  });

  it.each([null, undefined, "", "Times New Roman", "Arial", "Calibri", ".Vn", "VnTime", "VNI", "Vni"])(
    "finds no legacy encoding in %p",
    (font) => {
      expect(encodingFromFont(font)).toBeNull();
    },
  );

  it("names a Unicode font for converted cells that is not itself a legacy font", () => {
    expect(encodingFromFont(UNICODE_FONT)).toBeNull();
  });
});

describe("convertLegacyText", () => {
  it("converts seed 001's heading line without a font, seeing capitals typed for a .Vn…H font", () => {
    expect(convertLegacyText(SEED_001_LINE_1)).toEqual({
      text: " HƯỚNG DẪN",
      encoding: "tcvn3",
      changed: true,
    });
  });

  it("converts seed 001's heading line in its .VnTimeH font", () => {
    expect(convertLegacyText(SEED_001_LINE_1, { font: ".VnTimeH" }).text).toBe(" HƯỚNG DẪN");
  });

  it("trusts a plain .Vn font over the capitals guess", () => {
    expect(convertLegacyText(SEED_001_LINE_1, { font: ".VnTime" }).text).toBe(" HƯớNG DẫN");
  });

  it("leaves seed 001's mixed lines alone without a font, since they hold Unicode Vietnamese", () => {
    for (const line of [SEED_001_LINE_2, SEED_001_LINE_3]) {
      expect(convertLegacyText(line)).toEqual({ text: line, encoding: null, changed: false });
    }
  });

  it("converts the legacy half of a mixed line in a .Vn font and keeps letters outside Latin-1", () => {
    expect(convertLegacyText(SEED_001_LINE_2, { font: ".VnTime" }).text).toBe(
      " Tổ chức giao ước thi đua Cụm, khối LĐLĐ huyện, thành phố;",
    );
    // A Unicode "ô" in a .Vn font cell is drawn as TCVN3's ụ: the font wins, as it did on screen.
    expect(convertLegacyText(SEED_001_LINE_3, { font: ".VnTime" }).text).toBe(
      "Công đoàn ngành; Cụng đoàn cơ sở trực thuộc và CĐCS thuộc ngành TW",
    );
  });

  it("converts the legacy fragments of seed 001 on their own", () => {
    expect(convertLegacyText("C«ng ®oµn").text).toBe("Công đoàn");
    expect(convertLegacyText("thµnh phè").text).toBe("thành phố");
    expect(convertLegacyText("L§L§ huyÖn, thµnh phè").text).toBe("LĐLĐ huyện, thành phố");
  });

  it("converts VNI by detection and by a VNI font", () => {
    expect(convertLegacyText("Coâng ñoaøn cô sôû")).toEqual({
      text: "Công đoàn cơ sở",
      encoding: "vni",
      changed: true,
    });
    expect(convertLegacyText("Cô sôû", { font: "VNI-Times" }).text).toBe("Cơ sở");
  });

  it("lets a forced encoding win over the font and over detection", () => {
    expect(convertLegacyText("C«ng", { encoding: "tcvn3", font: "VNI-Times" })).toEqual({
      text: "Công",
      encoding: "tcvn3",
      changed: true,
    });
    expect(convertLegacyText("Coâng ñoaøn", { encoding: "tcvn3" }).encoding).toBe("tcvn3");
    // Forced on Unicode text, it does what it is told: TCVN3's ô is ụ.
    expect(convertLegacyText("Công", { encoding: "tcvn3" }).text).toBe("Cụng");
    expect(convertLegacyText("Coâng", { encoding: "vni" }).text).toBe("Công");
  });

  it("lets the font win over detection", () => {
    expect(convertLegacyText("Coâng ñoaøn", { font: ".VnTime" }).encoding).toBe("tcvn3");
    expect(convertLegacyText("C«ng ®oµn", { font: "Times New Roman" }).encoding).toBe("tcvn3");
  });

  it("returns NFC even when the legacy text carries decomposed marks", () => {
    const result = convertLegacyText("Coâng ñoa\u0300n", { font: "VNI-Times" });
    expect(result.text).toBe("Công đoàn");
    expect(result.text).toBe(result.text.normalize("NFC"));
  });

  it("reports no change when the font's table leaves the text as it was", () => {
    expect(convertLegacyText("THCS 12", { font: ".VnTime" })).toEqual({
      text: "THCS 12",
      encoding: "tcvn3",
      changed: false,
    });
  });

  it("returns text it cannot tell exactly as given, even in NFD", () => {
    const nfd = "Công đoàn".normalize("NFD");
    expect(convertLegacyText(nfd)).toEqual({ text: nfd, encoding: null, changed: false });
    expect(convertLegacyText("")).toEqual({ text: "", encoding: null, changed: false });
  });
});
