/**
 * Keys for comparing codes and names typed by different people on different machines:
 * NFC (Mac and some web forms send NFD), trimmed, inner white space (incl. non-breaking) collapsed,
 * case-folded.
 *
 * @example normalizeKey("  Co\u0302ng  ty\u00a0A ") === normalizeKey("công ty a") // true
 */
export function normalizeKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Anything the white-space tidying would change: padding, a run of white space, or white space other
 * than the plain space. (`\s` covers no-break, figure, narrow no-break spaces and the BOM.)
 */
const UNTIDY = /^\s|\s$|\s\s|[^\S ]/u;

/** NFC and tidy white space, keeping case: for text shown back to users. */
export function normalizeText(text: string): string {
  // Most cells are already tidy: then NFC is all there is to do, and the engine returns an
  // already-composed string as it is, so a summary of 50,000 names builds no new strings.
  if (!UNTIDY.test(text)) return text.normalize("NFC");
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
