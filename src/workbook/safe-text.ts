/**
 * Text from the workbook (unit names, criteria, reasons) is written back as text, never as a formula.
 * Both adapters apply this one helper:
 * - Office.js turns a string written to `values` into a formula when it starts with "=", and into a
 *   number or date when it looks like one; a leading apostrophe makes Excel keep it as text (the
 *   apostrophe is not part of the value).
 * - exceljs writes a string as a shared string, never a formula; the Text number format ("@") keeps
 *   a later edit of the cell as text too.
 */

/** Characters that make a spreadsheet read the rest of the cell as a formula (OWASP's list, plus CR/tab). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);

/** The text number format: what is typed in such a cell stays text. */
export const TEXT_NUMBER_FORMAT = "@";

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  const first = text.charAt(0);
  return FORMULA_TRIGGERS.has(first) || FORMULA_TRIGGERS.has(text.trimStart().charAt(0));
}

/**
 * True when Excel would not keep this text as typed if entered in a General cell: a formula, a
 * number, a percentage, a date or time, a boolean, or text that already begins with an apostrophe.
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  if (isFormulaLike(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return true;
  // Digits with the separators Excel's parser accepts in some locale: 8,5 · 1.000 · 20/10/2022 · 8:30 · 50% · (5)
  return (
    /^[(]?[$€£¥₫]?\s*[\d][\d.,\s/:-]*%?[)]?$/.test(t) ||
    /^#(REF|N\/A|VALUE|DIV\/0|NAME|NUM|NULL)[!?]?/i.test(t)
  );
}

/** The string to put in Office.js `values` so Excel stores exactly `text`. */
export function officeTextValue(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** How the exceljs adapter writes `text`: the value as a plain string, and the Text format where risky. */
export function xlsxTextCell(text: string): { readonly value: string; readonly numberFormat?: string } {
  return needsTextGuard(text) ? { value: text, numberFormat: TEXT_NUMBER_FORMAT } : { value: text };
}
