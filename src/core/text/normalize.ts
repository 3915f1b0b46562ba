/**
 * Keys for comparing codes and names typed by different people on different machines:
 * NFC (Mac and some web forms send NFD), trimmed, inner white space (incl. non-breaking) collapsed,
 * case-folded.
 *
 * @example normalizeKey("  Cong\u0300  ty\u00a0A ") === normalizeKey("công ty a") // true
 */
export function normalizeKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

/** NFC and tidy white space, keeping case: for text shown back to users. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/gu, " ")
    .trim();
}
