/**
 * Formulas are built in Excel's display form ("=RANK.EQ(J5,J$5:J$9)"), which Office.js writes as is.
 * In the .xlsx file format, functions newer than Excel 2007 carry a prefix ("_xlfn.RANK.EQ"); without
 * it Excel and LibreOffice show #NAME?. The exceljs adapter converts with these two helpers.
 */

/** Functions the product writes that need the "_xlfn." prefix in a file. */
const FUTURE_FUNCTIONS = ["RANK.EQ", "RANK.AVG", "MAXIFS", "MINIFS", "IFS", "CONCAT", "TEXTJOIN", "XLOOKUP"];

const FUTURE_PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "gi",
);

/** "=RANK.EQ(A1,A:A)" → "_xlfn.RANK.EQ(A1,A:A)": the text stored in a cell's <f> element. */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return replaceOutsideStrings(body, (part) => part.replace(FUTURE_PATTERN, "_xlfn.$1("));
}

/** "_xlfn.RANK.EQ(A1,A:A)" → "=RANK.EQ(A1,A:A)". */
export function displayFormula(stored: string): string {
  const body = replaceOutsideStrings(stored, (part) => part.replace(/_xlfn\.(?:_xlws\.)?/gi, ""));
  return body.startsWith("=") ? body : `=${body}`;
}

/** Applies `change` to the formula text outside string literals and quoted sheet names. */
function replaceOutsideStrings(formula: string, change: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

/** A string literal inside a formula: "Chấm điểm" → "\"Chấm điểm\"". */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
