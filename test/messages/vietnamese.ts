/** What counts as Vietnamese in a text a user reads in English. */

/** A letter only Vietnamese writes (with its tone or vowel marks, or đ). */
export const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * The text without what stays Vietnamese on purpose in English: the workbook's own words quoted in
 * «…» (sheet names, headers, values to type) and the product's name.
 */
export function outsideQuotes(text: string): string {
  return text.replace(/«[^»]*»/gu, "«»").replace(/Thi Đua/gu, "");
}

/** The Vietnamese letters left in an English text, outside «…» and the product's name ("" when none). */
export function vietnameseIn(text: string): string {
  const stripped = outsideQuotes(text);
  const found = [...stripped].filter((c) => VIETNAMESE_LETTER.test(c));
  return found.length === 0 ? "" : `${found.join("")} in: ${stripped}`;
}
