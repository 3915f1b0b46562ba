/** The product's two languages, and how a language tag picks one. */

export type Language = "vi" | "en";

/**
 * The product's language for a language tag ("vi-VN", "en-US", "en_GB.UTF-8"): English for English,
 * Vietnamese for everything else (the officers' Office is Vietnamese or English).
 *
 * @example languageOf("en-GB") === "en"; languageOf("C.UTF-8") === "vi"; languageOf(null) === "vi"
 */
export function languageOf(tag: string | null | undefined): Language {
  return tag !== null && tag !== undefined && /^en(?![a-z])/i.test(tag) ? "en" : "vi";
}
