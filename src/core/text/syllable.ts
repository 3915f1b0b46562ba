/**
 * Does a word look like one written Vietnamese syllable? Used by legacy-encoding detection to
 * check that a decoding makes sense: Vietnamese words are single syllables with a fixed shape
 * (initial consonant, vowel nucleus, final consonant, at most one tone), so a French or German
 * word decoded as TCVN3 or VNI almost never passes.
 */
import { TONES, VOWELS, toned } from "./legacy-tables";
import type { Tone } from "./legacy-tables";

/** Toned lower-case letter → its vowel and tone ("ố" → ["ô", "acute"]). */
const TONED = new Map<string, readonly [string, Tone]>(
  VOWELS.flatMap((vowel) => TONES.map((tone) => [toned(vowel, tone), [vowel, tone] as const] as const)),
);
const COMBINING = /[\u0300-\u036f]/u;

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
  // The longest syllables ("nghiêng", "nghiệp") are 7 letters, 9 code points in NFD.
  if (word.length === 0 || word.length > 10) return false;
  const lower = (COMBINING.test(word) ? word.normalize("NFC") : word).toLowerCase();
  let bare = "";
  let tone: Tone | null = null;
  let tonedAt = -1;
  for (const ch of lower) {
    const split = TONED.get(ch);
    if (split === undefined) {
      bare += ch;
      continue;
    }
    if (tone !== null) return false; // two tones
    tonedAt = bare.length;
    bare += split[0];
    tone = split[1];
  }
  // The tone sits on the rhyme, never on the initial's letters (the u of qu, the i of gi).
  const fits = (initial: string): boolean =>
    (tone === null || tonedAt >= initial.length) && rhymeFits(initial, bare.slice(initial.length), tone);
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    if (fits(initial)) return true;
    // "gì", "gìn": the i of "gi" is also the vowel.
    if (initial === "gi" && fits("g")) return true;
  }
  return false;
}

function rhymeFits(initial: string, rhyme: string, tone: Tone | null): boolean {
  if (rhyme === "") return false;
  if (FRONT_ONLY.has(initial) && !FRONT_VOWEL.test(rhyme)) return false;
  if (NOT_BEFORE[initial]?.test(rhyme) === true) return false;
  if (OPEN_NUCLEI.has(rhyme)) return true;
  for (const final of FINALS) {
    if (!rhyme.endsWith(final) || !CLOSED_NUCLEI.has(rhyme.slice(0, -final.length))) continue;
    if (CHECKED_FINALS.has(final) && tone !== "acute" && tone !== "dot") continue;
    return true;
  }
  return false;
}
