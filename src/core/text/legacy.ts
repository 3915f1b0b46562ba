/**
 * Legacy Vietnamese text (TCVN3 / VNI-Windows typed in old fonts, read back as Latin-1) → Unicode
 * NFC. The cell's font tells the encoding best; without one, detection converts only what is
 * clearly legacy and leaves everything else alone.
 */
import { TCVN3_TO_UNICODE, VNI_LETTERS } from "./legacy-tables";
import { isVietnameseSyllable } from "./syllable";

export type LegacyEncoding = "tcvn3" | "vni";

/** The font converted cells get. */
export const UNICODE_FONT = "Times New Roman";

/**
 * The legacy encoding a font name implies: `.Vn…` fonts are TCVN3, `.Vn…H` fonts draw the
 * lower-case codes as capitals (so convert, then upper-case), `VNI-…` fonts are VNI-Windows.
 *
 * @example encodingFromFont(".VnTimeH") // { encoding: "tcvn3", capitals: true }
 * @example encodingFromFont("Arial") // null
 */
export function encodingFromFont(
  fontName: string | null | undefined,
): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (fontName === null || fontName === undefined) return null;
  const name = fontName.trim();
  if (/^\.vn\S/iu.test(name)) return { encoding: "tcvn3", capitals: name.length > 4 && name.endsWith("H") };
  if (/^vni[-_ ]\S/iu.test(name)) return { encoding: "vni", capitals: false };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/**
 * TCVN3 text read as Latin-1 → Unicode NFC. Characters outside the table pass through.
 *
 * @example decodeTcvn3("C«ng ®oµn") // "Công đoàn"
 */
export function decodeTcvn3(text: string): string {
  return scanTcvn3(text).text;
}

/**
 * VNI-Windows text read as Latin-1 → Unicode NFC. A base letter and the mark after it are read
 * together (longest match first); the base's case decides the letter's case.
 *
 * @example decodeVni("Coâng ñoaøn cô sôû") // "Công đoàn cơ sở"
 */
export function decodeVni(text: string): string {
  return scanVni(text).text;
}

interface Scan {
  readonly text: string;
  /**
   * How strongly the characters say "this encoding": 2 for what only legacy text writes, 1 for
   * what other languages write too but Vietnamese Unicode never does, 0 for what Unicode
   * Vietnamese writes as well (TCVN3 "ô" is "ụ", and Unicode "Công" has one).
   */
  readonly weight: number;
  /** Non-ASCII characters the encoding cannot have produced (a TCVN3 gap, a VNI mark without its base). */
  readonly strays: number;
}

/** Latin-1 letters that Unicode Vietnamese uses too: they tell nothing. */
const SHARED_LETTERS = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

function tcvn3Weight(ch: string, previous: string): number {
  const code = ch.charCodeAt(0);
  // Bytes 0xA1–0xBE and × ÷: symbols in Latin-1, letters only in TCVN3.
  if (code < 0xc0 || ch === "×" || ch === "÷") return 2;
  // "NguyÔn", "kiÓm": TCVN3 puts lower-case letters on Latin-1 capitals, so they follow lower case.
  if (code <= 0xde && previous >= "a" && previous <= "z") return 2;
  return SHARED_LETTERS.has(ch) ? 0 : 1;
}

function scanTcvn3(text: string): Scan {
  let out = "";
  let weight = 0;
  let strays = 0;
  let previous = "";
  for (const ch of text) {
    const letter = TCVN3_TO_UNICODE.get(ch);
    if (letter !== undefined) {
      out += letter;
      weight += tcvn3Weight(ch, previous);
    } else {
      out += ch;
      if (ch > "\u007f") strays += 1;
    }
    previous = ch;
  }
  return { text: out.normalize("NFC"), weight, strays };
}

const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLES = new Map<string, string>();
for (const [unicode, vni] of VNI_LETTERS) {
  const [base = "", mark = ""] = [...vni];
  if (mark === "") {
    VNI_SINGLES.set(base, unicode);
    VNI_SINGLES.set(base.toUpperCase(), unicode.toUpperCase());
    continue;
  }
  for (const b of [base, base.toUpperCase()]) {
    for (const m of [mark, mark.toUpperCase()]) {
      VNI_PAIRS.set(b + m, b === base ? unicode : unicode.toUpperCase());
    }
  }
}
const VNI_MARKS = new Set([...VNI_PAIRS.keys()].map((pair) => pair.charAt(1)));

/**
 * o + à/á/ã is also how Unicode writes "hoà", "khoá", "toàn"; marks ï û ù ú ë é after a plain
 * vowel occur in French and Spanish ("Loïc", "goût", "où", "aún", "Gaël", "aéroport"). Any other
 * vowel + mark pair (aø, oâ, eá, ôù, öø …) is written by VNI alone.
 */
function vniPairWeight(pair: string): number {
  if (/^o[àáã]$/iu.test(pair)) return 0;
  return /^[aeouy][ïûùúëé]$/iu.test(pair) ? 1 : 2;
}

/**
 * ñ ö æ î are VNI's đ ư ỉ ỵ but also Spanish, German, Danish, French letters; a word starting
 * with ñ and ö before a vowel (ưa, ưi, ưu, ươ) are VNI's alone. ô ó ò (ơ ĩ ị) are Unicode letters.
 */
function vniSingleWeight(ch: string, previous: string, next: string): number {
  if (/^[ñÑ]$/u.test(ch)) return previous === "" ? 2 : 1;
  if (/^[öÖ]$/u.test(ch)) return /^[aiuô]$/iu.test(next) ? 2 : 1;
  return /^[æî]$/iu.test(ch) ? 1 : 0;
}

function scanVni(text: string): Scan {
  let out = "";
  let weight = 0;
  let strays = 0;
  for (let i = 0; i < text.length; i += 1) {
    const pair = text.slice(i, i + 2);
    const fromPair = pair.length === 2 ? VNI_PAIRS.get(pair) : undefined;
    if (fromPair !== undefined) {
      out += fromPair;
      weight += vniPairWeight(pair);
      i += 1;
      continue;
    }
    const ch = text.charAt(i);
    const single = VNI_SINGLES.get(ch);
    if (single !== undefined) {
      out += single;
      weight += vniSingleWeight(ch, text.charAt(i - 1), text.charAt(i + 1));
      continue;
    }
    out += ch;
    if (VNI_MARKS.has(ch)) strays += 1;
  }
  return { text: out.normalize("NFC"), weight, strays };
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

/**
 * Letters no Latin-1 reading of legacy bytes can produce: Vietnamese-only letters (ă đ ĩ ũ ơ ư
 * and the U+1EA0–1EF9 block) and the combining marks of NFD text.
 */
const VIETNAMESE_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
const VIETNAMESE_MARK = /\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031b|\u0323/u;

/** True when the text holds Vietnamese that is already Unicode (NFC or NFD). */
export function hasUnicodeVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(text) || VIETNAMESE_MARK.test(text);
}

/** Words as each encoding writes them: ASCII letters plus the characters it uses. */
const TCVN3_WORD = /[A-Za-z\u00a1-\u00ae\u00b5-\u00ff]+/gu;
const VNI_WORD = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+/gu;
const PLAIN_WORD = /^[A-Za-z]+$/u;
const LATIN1_UPPER_HALF = /[\u00a1-\u00ff]/u;
/** Micro sign starting a unit (µm, µg, µs): a unit, not TCVN3 "à". */
const MICRO_UNIT = /^µ[A-Za-z]{0,3}$/u;
/**
 * Acronyms a decoding may give: toneless capitals (LĐLĐ, CĐCS, GƯTĐ). Only capitals: "n®" or "GmbH®"
 * would otherwise read as "nđ", "GmbHđ" — a trade mark beside a foreign word is not Vietnamese.
 */
const CAPITALS_ACRONYM = /^[A-ZĐĂÂÊÔƠƯ]{2,8}$/u;
const ROMAN_NUMERAL = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/iu;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

interface Evidence {
  /** Sum of the words' weights (see `Scan.weight`), counting only words that decode to Vietnamese. */
  weight: number;
  /** Words that decode to Vietnamese. */
  fitting: number;
  /** Words that cannot be Vietnamese in this encoding. */
  misfits: number;
}

/** Plain ASCII words that tell nothing: acronyms (THCS), Roman numerals, abbreviations ("Tp.", "Đ/c"). */
function isNeutralPlainWord(text: string, word: string, end: number): boolean {
  return (
    word.length === 1 ||
    word === word.toUpperCase() ||
    ROMAN_NUMERAL.test(word) ||
    (word.length <= 3 && /[./]/u.test(text.charAt(end)))
  );
}

function evidenceFor(text: string, encoding: LegacyEncoding): Evidence {
  const evidence: Evidence = { weight: 0, fitting: 0, misfits: 0 };
  const pattern = encoding === "tcvn3" ? TCVN3_WORD : VNI_WORD;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    // "10µm", "£5", "5½": symbols beside figures are units and currencies.
    if (isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(end))) continue;
    if (PLAIN_WORD.test(word)) {
      // Legacy Vietnamese writes toneless syllables in plain letters; other plain words are foreign.
      if (isNeutralPlainWord(text, word, end)) continue;
      if (isVietnameseSyllable(word)) evidence.fitting += 1;
      else evidence.misfits += 1;
      continue;
    }
    if (encoding === "tcvn3" && (word.length === 1 || MICRO_UNIT.test(word))) continue;
    const scan = encoding === "tcvn3" ? scanTcvn3(word) : scanVni(word);
    const fits = scan.strays === 0 && (isVietnameseSyllable(scan.text) || CAPITALS_ACRONYM.test(scan.text));
    if (fits) {
      evidence.fitting += 1;
      evidence.weight += scan.weight;
    } else evidence.misfits += 1;
  }
  return evidence;
}

/**
 * How detection decides, for each encoding separately:
 * - every word is decoded; a word "fits" when the result is one Vietnamese syllable or an
 *   acronym (LĐLĐ, GƯTĐ), and is a "misfit" otherwise (plain foreign words included; plain
 *   acronyms, Roman numerals and short abbreviations count for nothing);
 * - fitting words add up their weight: 2 for characters only legacy text writes (TCVN3's « ® µ ¦
 *   § ¸ inside words, "NguyÔn"-style capitals after lower case, VNI pairs like aø oâ ôù), 1 for
 *   letters that Spanish, French, German or Nordic words also hold (ñ ö æ, "oï"), 0 for letters
 *   Unicode Vietnamese holds too;
 * - the text is convincing with a weight of 2 or more and at most one misfit per four fitting
 *   words. So one telling word is enough, one French name ("Loïc" reads "Lọc") is not, and a
 *   foreign sentence with a stray symbol is refused by its misfits.
 */
function convincing(evidence: Evidence): boolean {
  return evidence.weight >= 2 && evidence.misfits * 4 <= evidence.fitting;
}

/**
 * The legacy encoding a text was typed in, when it can be told without a font; otherwise `null`.
 * Never flags text holding Unicode Vietnamese (a TCVN3 reading of "Công" gives "Cụng"), nor
 * English or other Latin-1 text: a miss leaves a cell for the user, a false hit corrupts it.
 *
 * @example detectLegacyEncoding("C«ng ®oµn") // "tcvn3"
 * @example detectLegacyEncoding("Công đoàn") // null
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Both encodings live in Latin-1's upper half: without a character there, nothing to convert.
  if (!LATIN1_UPPER_HALF.test(text) || hasUnicodeVietnamese(text)) return null;
  const tcvn3 = evidenceFor(text, "tcvn3");
  const vni = evidenceFor(text, "vni");
  const isTcvn3 = convincing(tcvn3);
  const isVni = convincing(vni);
  if (isTcvn3 && isVni) {
    if (tcvn3.weight === vni.weight) return null;
    return tcvn3.weight > vni.weight ? "tcvn3" : "vni";
  }
  if (isTcvn3) return "tcvn3";
  return isVni ? "vni" : null;
}

// ---------------------------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------------------------

/**
 * A TCVN3 text with no font whose plain letters are all capitals was almost surely typed in a
 * ….H font: plain .Vn fonts have no toned capitals, so nobody types capitals in them.
 */
function typedInCapitalsFont(text: string): boolean {
  const letters = text.match(/[A-Za-z]/gu) ?? [];
  return letters.length >= 2 && letters.every((letter) => letter <= "Z");
}

export interface LegacyConversion {
  readonly text: string;
  /** The encoding the text was read in; `null` when it was left alone. */
  readonly encoding: LegacyEncoding | null;
  readonly changed: boolean;
}

/**
 * Converts legacy text to Unicode NFC. A forced encoding wins, then the cell's font, then
 * detection; text that cannot be told is returned unchanged. With a legacy font, every Latin-1
 * character is read through the font's table, as the font itself displays it, while letters
 * outside Latin-1 stay as they are.
 *
 * @example convertLegacyText("thµnh phè").text // "thành phố"
 * @example convertLegacyText("H¦íNG DÉN", { font: ".VnTimeH" }).text // "HƯỚNG DẪN"
 */
export function convertLegacyText(
  text: string,
  options: { encoding?: LegacyEncoding; font?: string | null } = {},
): LegacyConversion {
  const font = encodingFromFont(options.font);
  const encoding = options.encoding ?? font?.encoding ?? detectLegacyEncoding(text);
  if (encoding === null) return { text, encoding: null, changed: false };
  let converted = encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
  const capitals =
    font !== null && font.encoding === encoding
      ? font.capitals
      : encoding === "tcvn3" && typedInCapitalsFont(text);
  if (capitals) converted = converted.toUpperCase();
  return { text: converted, encoding, changed: converted !== text };
}
