import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { convertLegacyText, detectLegacyEncoding, hasUnicodeVietnamese } from "../../../src/core/text";
import { TONES, VOWELS, toned } from "../../../src/core/text/legacy-tables";

/**
 * Real Unicode Vietnamese: units, places and people. Together (with their capitals) they hold
 * every toned letter; several hold only Latin-1 letters ("Hòa Bình", "Toàn"), the risky ones.
 */
const VIETNAMESE = [
  "Liên đoàn Lao động tỉnh Kon Tum",
  "Công đoàn cơ sở",
  "Công đoàn ngành Giáo dục",
  "Công đoàn Viên chức tỉnh",
  "Ban Tuyên giáo – Nữ công",
  "Ban Chính sách – Pháp luật",
  "Ủy ban Kiểm tra",
  "Văn phòng",
  "Thường trực LĐLĐ tỉnh",
  "Cụm các Ngân hàng",
  "Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa",
  "Công ty Bình Minh",
  "Hội Người cao tuổi",
  "Doanh nghiệp nhỏ và vừa",
  "Hợp tác xã Tân Phú",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "Tuổi trẻ",
  "Mẹ Việt Nam anh hùng",
  "Trường Mầm non Bé Ngoan",
  "Hướng dẫn",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Vững mạnh",
  "Bằng khen",
  "Cờ thi đua",
  "Giao ước thi đua",
  "Cử tri",
  "Kỷ niệm",
  "Nét vẽ",
  "Bằng phẳng",
  "Ngỡ ngàng",
  "Hà Nam",
  "Hà Giang",
  "Cà Mau",
  "Kon Tum",
  "Gia Lai",
  "Lai Châu",
  "Sơn La",
  "Hòa Bình",
  "Hoà Bình",
  "Thừa Thiên Huế",
  "Đà Nẵng",
  "Bắc Ninh",
  "Cẩm Phả",
  "Bãi Cháy",
  "Móng Cái",
  "Mỹ Tho",
  "Kỳ Anh",
  "Phong Điền",
  "Đắk Lắk",
  "Tp. Thủ Đức",
  "Bà Rịa – Vũng Tàu",
  "Quảng Ngãi",
  "Cao Bằng",
  "Lào Cai",
  "Tây Ninh",
  "Bến Tre",
  "Khánh Hòa",
  "Mèo Vạc",
  "Nguyễn Văn Đạt",
  "Trần Thị Thủy",
  "Lê Văn Hùng",
  "Võ Nguyên Giáp",
  "Hồ Ngọc Lập",
  "Đặng Thị Hằng",
  "Nguyễn Thị Mỵ",
  "Phạm Tấn Lực",
  "Bùi Văn Sĩ",
  "Đỗ Quý Toàn",
  "Lê Thị Hải Yến",
  "Hoàng Văn Toàn",
  "Toàn",
  "Thái Hòa",
  "Khoá học",
  "Ý kiến",
  "Ổn định",
  "Ưu tiên",
  "Ơn nghĩa",
  "Đường Thống Nhất",
];

/** English, ASCII and other Latin-1 text that detection must leave alone. */
const FOREIGN = [
  "Total score",
  "Unit A",
  "N/A",
  "#REF!",
  "=SUM(A1:A3)",
  "Cong doan co so",
  "The quick brown fox jumps over the lazy dog",
  "café au lait",
  "Crème brûlée",
  "Société Générale",
  "naïve",
  "Noël",
  "Loïc",
  "Loïc Dupont",
  "Raphaël",
  "Haïti",
  "août",
  "coût",
  "où",
  "Ça va?",
  "Müller GmbH",
  "Björk",
  "Straße",
  "Zoë",
  "São Paulo",
  "señor",
  "piñata",
  "España",
  "Microsoft® Excel®",
  "© 2024 Acme Corp.",
  "«Bonjour»",
  "10µm",
  "5 µg",
  "£100",
  "Section §12",
  "5½ hours",
  "Øresund",
  "Ærø",
  "Île-de-France",
  "Citroën",
  "Hôtel de Ville",
  "Bien sûr",
  "Garçon",
  "Größe für alle",
  "1ª edição",
  "20 °C",
  // Trade marks, units and signs beside short foreign words: a decoding turns ® into "đ" and © into
  // "â", so "n®" would read as an acronym "nđ" (seen in a Polish workbook from another project's tests).
  "n®",
  "sp. z o.o. n®",
  "dr® med.",
  "nr® 5",
  "Str® 5",
  "GmbH®",
  "R&D®",
  "Tm® i ©",
  "Ng®",
  "Xb® ©",
  "Cena ± 10 zł",
  "Wodór H±",
  "Pb±",
  "mkr µ",
  "µs",
  "© Łódź 2021",
  "¿Qué? ¡Hola!",
];

/** The 67 lower-case letters Vietnamese adds to ASCII. */
const LETTERS = [...VOWELS.flatMap((v) => [toned(v, null), ...TONES.map((t) => toned(v, t))]), "đ"].filter(
  (letter) => letter > "\u007f",
);

describe("detectLegacyEncoding", () => {
  it("is tested on a list that holds every Vietnamese letter in both cases", () => {
    const held = new Set([...VIETNAMESE.join(""), ...VIETNAMESE.join("").toUpperCase()]);
    const missing = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())].filter((l) => !held.has(l));
    expect(missing).toEqual([]);
    expect(VIETNAMESE.length).toBeGreaterThanOrEqual(60);
    expect(FOREIGN.length).toBeGreaterThanOrEqual(30);
  });

  it.each(VIETNAMESE)("leaves Unicode Vietnamese alone in NFC, NFD and capitals: %s", (name) => {
    for (const form of [name, name.toUpperCase()]) {
      for (const text of [form.normalize("NFC"), form.normalize("NFD")]) {
        expect(detectLegacyEncoding(text)).toBeNull();
        expect(convertLegacyText(text)).toEqual({ text, encoding: null, changed: false });
      }
    }
  });

  it("still reads capital acronyms written in TCVN3 without a font", () => {
    expect(convertLegacyText("C§CS").text).toBe("CĐCS");
    expect(convertLegacyText("L§L§ tØnh").text).toBe("LĐLĐ tỉnh");
  });

  it.each(FOREIGN)("leaves English, ASCII and European text alone: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(convertLegacyText(text)).toEqual({ text, encoding: null, changed: false });
  });

  it("leaves alone every localised TypeScript message holding Latin-1 letters, and each of its words", () => {
    // TypeScript ships its messages in 13 languages (Czech, German, Spanish, French, Italian, Polish,
    // Portuguese, Turkish …): a large real corpus of accented text that is not Vietnamese.
    const lib = join(dirname(require.resolve("typescript/package.json")), "lib");
    const texts = new Set<string>();
    for (const language of readdirSync(lib, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const file = join(lib, language.name, "diagnosticMessages.generated.json");
      for (const message of Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)) {
        for (const text of [message, ...message.split(/\s+/u)])
          if (/[\u00a1-\u00ff]/u.test(text)) texts.add(text);
      }
    }
    expect(texts.size).toBeGreaterThan(5000);
    expect([...texts].filter((text) => detectLegacyEncoding(text) !== null)).toEqual([]);
  });

  it("tells TCVN3 from legacy-only symbols and capitals after lower case", () => {
    expect(detectLegacyEncoding("C«ng ®oµn")).toBe("tcvn3");
    expect(detectLegacyEncoding("Kh¸")).toBe("tcvn3");
    expect(detectLegacyEncoding("Tr\u00adêng THCS NguyÔn Tr·i")).toBe("tcvn3");
    expect(detectLegacyEncoding("quy chÕ phèi hîp")).toBe("tcvn3");
  });

  it("tells VNI from base-and-mark pairs that Unicode never writes", () => {
    expect(detectLegacyEncoding("Coâng ñoaøn cô sôû")).toBe("vni");
    expect(detectLegacyEncoding("Noäi dung")).toBe("vni");
    expect(detectLegacyEncoding("CHÖÔNG I")).toBe("vni");
    expect(detectLegacyEncoding("TT. LÑLÑ Tp. Thuû Ñöùc")).toBe("vni");
  });

  it("misses rather than guesses when a text has too little to go on", () => {
    // TCVN3 "côm phã" (cụm phó) uses only letters Unicode Vietnamese uses too.
    expect(detectLegacyEncoding("côm phã")).toBeNull();
    // One French-looking pair is not enough for VNI.
    expect(detectLegacyEncoding("Loïc")).toBeNull();
  });

  it("refuses a line mixing legacy and Unicode Vietnamese", () => {
    expect(detectLegacyEncoding("C«ng ®oµn ngµnh; Công đoàn cơ sở")).toBeNull();
    expect(hasUnicodeVietnamese("C«ng ®oµn ngµnh; Công đoàn cơ sở")).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: random Unicode Vietnamese, spelled as Vietnamese is (tone on the right vowel), in any
// case style and normal form, mixed with English words and punctuation, is never converted.
// ---------------------------------------------------------------------------------------------

const INITIALS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gi",
  "h",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "nh",
  "ph",
  "qu",
  "r",
];
const MORE_INITIALS = ["s", "t", "th", "tr", "v", "x"];
/** Open rhymes with the index of the vowel that carries the tone (both old and new placement for oa, oe, uy). */
const OPEN: ReadonlyArray<readonly [string, number]> = [
  ["a", 0],
  ["e", 0],
  ["ê", 0],
  ["i", 0],
  ["o", 0],
  ["ô", 0],
  ["ơ", 0],
  ["u", 0],
  ["ư", 0],
  ["y", 0],
  ["ai", 0],
  ["ao", 0],
  ["au", 0],
  ["ay", 0],
  ["âu", 0],
  ["ây", 0],
  ["eo", 0],
  ["êu", 0],
  ["ia", 0],
  ["iu", 0],
  ["oa", 0],
  ["oa", 1],
  ["oe", 0],
  ["oe", 1],
  ["oi", 0],
  ["ôi", 0],
  ["ơi", 0],
  ["ua", 0],
  ["uê", 1],
  ["ui", 0],
  ["uy", 0],
  ["uy", 1],
  ["ưa", 0],
  ["ưi", 0],
  ["ưu", 0],
  ["iêu", 1],
  ["yêu", 1],
  ["oai", 1],
  ["oay", 1],
  ["uôi", 1],
  ["ươi", 1],
  ["ươu", 1],
];
/** Closed rhymes' vowels, tone index, for a final consonant. */
const CLOSED: ReadonlyArray<readonly [string, number]> = [
  ["a", 0],
  ["ă", 0],
  ["â", 0],
  ["e", 0],
  ["ê", 0],
  ["i", 0],
  ["o", 0],
  ["ô", 0],
  ["ơ", 0],
  ["u", 0],
  ["ư", 0],
  ["oa", 1],
  ["oă", 1],
  ["uâ", 1],
  ["uy", 1],
  ["iê", 1],
  ["uô", 1],
  ["ươ", 1],
  ["uyê", 2],
];
const FINALS = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];
const ENGLISH = ["Total", "score", "Unit", "report", "2024", "A1", "OK", "email", "Excel"];

function withToneAt(vowels: string, index: number, tone: (typeof TONES)[number] | null): string {
  return [...vowels].map((v, i) => (i === index ? toned(v, tone) : v)).join("");
}

/** Vietnamese spells qu only before a ă â e ê i y ơ, and gi not before i. */
function spellable(initial: string, vowels: string): boolean {
  if (initial === "qu") return /^[aăâeêiyơ]/u.test(vowels);
  if (initial === "gi") return !vowels.startsWith("i");
  return true;
}

const toneArb = fc.constantFrom(null, ...TONES);
const initialArb = fc.constantFrom(...INITIALS, ...MORE_INITIALS);
const openSyllable = fc
  .tuple(initialArb, fc.constantFrom(...OPEN), toneArb)
  .filter(([initial, [vowels]]) => spellable(initial, vowels))
  .map(([initial, [vowels, at], tone]) => initial + withToneAt(vowels, at, tone));
const closedSyllable = fc
  .tuple(initialArb, fc.constantFrom(...CLOSED), fc.constantFrom(...FINALS), toneArb)
  .filter(([initial, [vowels]]) => spellable(initial, vowels))
  .map(([initial, [vowels, at], final, tone]) => {
    // Checked finals take only sắc or nặng.
    const checked = ["c", "ch", "p", "t"].includes(final);
    const t = checked ? (tone === "dot" ? "dot" : "acute") : tone;
    return initial + withToneAt(vowels, at, t) + final;
  });
const styled = fc
  .tuple(fc.oneof(openSyllable, closedSyllable), fc.constantFrom("lower", "title", "upper"))
  .map(([syllable, style]) =>
    style === "upper"
      ? syllable.toUpperCase()
      : style === "title"
        ? syllable.charAt(0).toUpperCase() + syllable.slice(1)
        : syllable,
  );
const separator = fc.constantFrom(" ", " ", " ", ", ", "; ", " – ", ". ", "\u00a0");

function textOf(syllable: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const word = fc.oneof(
    { arbitrary: syllable, weight: 5 },
    { arbitrary: fc.constantFrom(...ENGLISH), weight: 1 },
  );
  return fc
    .tuple(
      fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 }),
      fc.constantFrom("NFC", "NFD"),
    )
    .map(([parts, form]) =>
      parts
        .map(([w, s]) => w + s)
        .join("")
        .trim()
        .normalize(form),
    );
}

const vietnameseText = textOf(styled);
/** The risky kind: syllables whose letters are all in Latin-1 ("Hòa", "Toàn", "Công"), in NFC. */
const latin1VietnameseText = textOf(styled.filter((s) => !hasUnicodeVietnamese(s))).map((t) =>
  t.normalize("NFC"),
);

describe("convertLegacyText without a font (property)", () => {
  it("never changes random Unicode Vietnamese text", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const result = convertLegacyText(text);
        return result.text === text && result.encoding === null && !result.changed;
      }),
      { numRuns: 2000 },
    );
  });

  it("never changes random Vietnamese written only in letters Latin-1 shares with legacy text", () => {
    fc.assert(
      fc.property(latin1VietnameseText, (text) => {
        const result = convertLegacyText(text);
        return result.text === text && result.encoding === null && !result.changed;
      }),
      { numRuns: 2000 },
    );
  });
});
