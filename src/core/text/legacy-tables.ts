/**
 * The two legacy Vietnamese encodings, as the characters Excel gives back when the bytes typed in a
 * legacy font are read as Windows-1252 / Latin-1. Both tables are derived from the layout of the
 * encodings rather than listed letter by letter, so they stay small and checkable.
 */

/** The five tones, in the order TCVN3 lays out its bytes: huyền, hỏi, ngã, sắc, nặng. */
export const TONES = ["grave", "hook", "tilde", "acute", "dot"] as const;
export type Tone = (typeof TONES)[number];

/** The twelve vowel letters, in alphabetical (and TCVN3) order. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;

const TONE_MARK: Readonly<Record<Tone, string>> = {
  grave: "\u0300",
  hook: "\u0309",
  tilde: "\u0303",
  acute: "\u0301",
  dot: "\u0323",
};

/** The precomposed (NFC) letter for a vowel and a tone; `null` for no tone. */
export function toned(vowel: string, tone: Tone | null): string {
  return (vowel + (tone === null ? "" : TONE_MARK[tone])).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, the "ABC" .Vn… fonts): one byte per letter.
// - 0xA1–0xA7: Ă Â Ê Ô Ơ Ư Đ; 0xA8–0xAE: ă â ê ô ơ ư đ (the only capitals with marks: capitals
//   otherwise come from the separate ….H fonts, which draw the lower-case codes as capitals).
// - 0xB5–0xFE, skipping the 14 bytes below, hold the 60 toned lower-case vowels: vowel by vowel in
//   VOWELS order, each in TONES order.
// The capitals the full standard puts in the control range (0x01–0x17, 0x80–0x9F) are not in the
// Windows ABC fonts and are left alone.
// ---------------------------------------------------------------------------------------------

const TCVN3_SKIPPED = new Set([
  0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0,
]);

function buildTcvn3(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  [..."ĂÂÊÔƠƯĐ"].forEach((letter, i) => table.set(String.fromCharCode(0xa1 + i), letter));
  [..."ăâêôơưđ"].forEach((letter, i) => table.set(String.fromCharCode(0xa8 + i), letter));
  let code = 0xb5;
  for (const vowel of VOWELS) {
    for (const tone of TONES) {
      while (TCVN3_SKIPPED.has(code)) code += 1;
      table.set(String.fromCharCode(code), toned(vowel, tone));
      code += 1;
    }
  }
  return table;
}

/** TCVN3 character (as read through Latin-1) → Unicode letter. 74 entries. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();

// ---------------------------------------------------------------------------------------------
// VNI-Windows: a base letter followed by one mark character. The marks are ordinary Latin-1
// letters, which is why detection must be careful. Upper-case text uses the upper-case marks.
// - after a e o u y ơ ư: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng;
// - after a e o: â circumflex, and á à å ã ä circumflex with sắc huyền hỏi ngã nặng;
// - after a: ê breve, and é è ú ü ë breve with sắc huyền hỏi ngã nặng;
// - single characters: ô ơ, ö ư, ñ đ; í ì æ ó ò are i with sắc huyền hỏi ngã nặng; î is ỵ.
// ---------------------------------------------------------------------------------------------

const VNI_TONE: Readonly<Record<Tone, string>> = { acute: "ù", grave: "ø", hook: "û", tilde: "õ", dot: "ï" };
const VNI_CIRCUMFLEX: Readonly<Record<Tone, string>> = {
  acute: "á",
  grave: "à",
  hook: "å",
  tilde: "ã",
  dot: "ä",
};
const VNI_BREVE: Readonly<Record<Tone, string>> = { acute: "é", grave: "è", hook: "ú", tilde: "ü", dot: "ë" };
const VNI_I: Readonly<Record<Tone, string>> = { acute: "í", grave: "ì", hook: "æ", tilde: "ó", dot: "ò" };

function buildVni(): ReadonlyArray<readonly [unicode: string, vni: string]> {
  const letters: Array<readonly [string, string]> = [];
  const withMarks = (
    vowel: string,
    base: string,
    bare: string,
    marks: Readonly<Record<Tone, string>>,
  ): void => {
    letters.push([vowel, bare]);
    for (const tone of TONES) letters.push([toned(vowel, tone), base + marks[tone]]);
  };
  const plain: ReadonlyArray<readonly [string, string]> = [
    ["a", "a"],
    ["e", "e"],
    ["o", "o"],
    ["u", "u"],
    ["y", "y"],
    ["ơ", "ô"],
    ["ư", "ö"],
  ];
  for (const [vowel, base] of plain) withMarks(vowel, base, base, VNI_TONE);
  for (const [vowel, base] of [
    ["â", "a"],
    ["ê", "e"],
    ["ô", "o"],
  ] as const) {
    withMarks(vowel, base, base + "â", VNI_CIRCUMFLEX);
  }
  withMarks("ă", "a", "aê", VNI_BREVE);
  withMarks("i", "", "i", VNI_I);
  letters.push(["đ", "ñ"]);
  // ỵ is the one toned y with a character of its own.
  return letters
    .map(([unicode, vni]) => [unicode, unicode === "ỵ" ? "î" : vni] as const)
    .filter(([unicode, vni]) => unicode !== vni);
}

/**
 * Every lower-case Vietnamese letter that VNI writes differently from Unicode, with its VNI
 * spelling (lower-case; upper-case text upper-cases both base and mark). 65 entries: í and ì
 * are the same in both.
 */
export const VNI_LETTERS: ReadonlyArray<readonly [unicode: string, vni: string]> = buildVni();
