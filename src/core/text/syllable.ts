/**
 * Does a word look like one written Vietnamese syllable? Used by legacy-encoding detection to
 * check that a decoding makes sense: Vietnamese words are single syllables with a fixed shape
 * (initial consonant, vowel nucleus, final consonant, at most one tone), so a French or German
 * word decoded as TCVN3 or VNI almost never passes.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const CHECKED_TONES = /^[\u0301\u0323]$/u;

/** Longest first, so "ngh" wins over "ng" and "n". */
const INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];
const FINALS = ["ch", "nh", "ng", "c", "k", "m", "n", "p", "t"];
/** Finals after which only sắc or nặng may stand. */
const CHECKED_FINALS = new Set(["c", "ch", "k", "p", "t"]);

/** Vowel groups that may end a syllable. */
const OPEN_NUCLEI = new Set(
  (
    "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uy ưa ưi ưu uơ " +
    "iêu yêu oai oay oeo uây uôi ươi ươu uya uyu"
  ).split(" "),
);
/** Vowel groups that may take a final consonant. */
const CLOSED_NUCLEI = new Set("a ă â e ê i o ô ơ u ư oa oă oe uâ uê uy iê yê uô ươ uyê".split(" "));

/**
 * Spelling: gh, ngh only before e ê i y; c, ng never before them; g never before e ê (gh, gi).
 * k is left free and a final k allowed for Central Highlands names (Kon Tum, Đắk Lắk).
 */
const FRONT_ONLY = new Set(["gh", "ngh"]);
const FRONT_VOWEL = /^[eêiy]/u;
const NOT_BEFORE: Readonly<Record<string, RegExp>> = { c: FRONT_VOWEL, ng: FRONT_VOWEL, g: /^[eê]/u };

/**
 * True when `word` (any case, NFC or NFD) is spelled like one Vietnamese syllable.
 *
 * @example isVietnameseSyllable("Trường") // true
 * @example isVietnameseSyllable("Cafộ") // false
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  const tone = tones[0] ?? null;
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    if (rhymeFits(initial, bare.slice(initial.length), tone)) return true;
    // "gì", "gìn": the i of "gi" is also the vowel.
    if (initial === "gi" && rhymeFits("g", bare.slice(1), tone)) return true;
  }
  return false;
}

function rhymeFits(initial: string, rhyme: string, tone: string | null): boolean {
  if (rhyme === "") return false;
  if (FRONT_ONLY.has(initial) && !FRONT_VOWEL.test(rhyme)) return false;
  if (NOT_BEFORE[initial]?.test(rhyme) === true) return false;
  if (OPEN_NUCLEI.has(rhyme)) return true;
  for (const final of FINALS) {
    if (!rhyme.endsWith(final) || !CLOSED_NUCLEI.has(rhyme.slice(0, -final.length))) continue;
    if (CHECKED_FINALS.has(final) && (tone === null || !CHECKED_TONES.test(tone))) continue;
    return true;
  }
  return false;
}
