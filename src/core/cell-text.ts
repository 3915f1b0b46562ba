/**
 * A cell's value as text, one way everywhere: the text a code, a name or a label is read as, and the
 * value quoted back to the user in a problem. Numbers as JavaScript writes them ("1.5", so a code
 * typed as a number keeps its dot), dates dd/mm/yyyy as Vietnamese documents write them, error
 * values as Excel shows them (#REF!), booleans as Excel shows them (TRUE, FALSE), text in NFC with
 * its white space tidied.
 */
import type { CellValue } from "./model";
import { normalizeText } from "./text/normalize";

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * @example cellText(" Công  đoàn ") === "Công đoàn"; cellText(1.5) === "1.5"
 * @example cellText({ year: 2024, month: 9, day: 1 }) === "01/09/2024"; cellText({ error: "#REF!" }) === "#REF!"
 * @example cellText(null) === ""; cellText(true) === "TRUE"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
      return normalizeText(value);
    case "number":
      return String(value);
    case "boolean":
      return value ? "TRUE" : "FALSE";
    default:
      return "error" in value ? value.error : `${pad2(value.day)}/${pad2(value.month)}/${value.year}`;
  }
}

/**
 * True for a cell with nothing in it: empty, or text of white space only.
 *
 * @example isBlankCell(null) && isBlankCell(" \u00a0") && !isBlankCell(0)
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
