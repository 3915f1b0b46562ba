/** Vietnamese text: normalisation, legacy encodings (TCVN3, VNI-Windows), collation. */
export { normalizeKey, normalizeText } from "./normalize";
export {
  UNICODE_FONT,
  convertLegacyText,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodingFromFont,
  hasUnicodeVietnamese,
} from "./legacy";
export type { LegacyConversion, LegacyEncoding } from "./legacy";
export { isVietnameseSyllable } from "./syllable";
export { sortByVietnamese, vietnameseCompare } from "./collation";
