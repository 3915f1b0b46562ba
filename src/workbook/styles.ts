/**
 * How every sheet the product writes looks: one font, the fills that tell a user where to type, the
 * title, note, header and body styles, the number and date formats, the printed page's margins. The
 * template's sheets, the unit files and the generated sheets all take their looks from here.
 */
import { UNICODE_FONT } from "../core/text/legacy";
import type { CellStyle, PageSetup } from "./port";

/** The font of every written cell: the Unicode font legacy text is converted to. */
export const FONT = UNICODE_FONT;

export const DATE_FORMAT = "dd/mm/yyyy";
/** Points as the summary and the recommendation show them. */
export const POINTS_FORMAT = "0.00";
export const SHARE_FORMAT = "0%";

/** Pale yellow: the cells a user types in. */
export const INPUT_FILL = "FFF2CC";
/** Pale blue: table headers. */
export const HEADER_FILL = "D9E1F2";
/** Grey: the summary's cluster and block rows. */
export const GROUP_FILL = "EDEDED";
/** The grey of notes and stamps. */
export const NOTE_COLOR = "595959";

/** A sheet's title (first row). */
export const TITLE: CellStyle = { bold: true, fontSize: 14, fontName: FONT };
/** A bold line under the title, and the titles of the configuration's small tables. */
export const LINE: CellStyle = { bold: true, fontSize: 12, fontName: FONT };
/** A deadline, in red. */
export const DEADLINE: CellStyle = { ...LINE, color: "C00000" };
/** An explanation in small grey italics. */
export const NOTE: CellStyle = { italic: true, fontSize: 10, fontName: FONT, color: NOTE_COLOR };
export const HEADER: CellStyle = {
  bold: true,
  fontName: FONT,
  fill: HEADER_FILL,
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "middle",
};
/** A table's cell the user reads. */
export const BODY: CellStyle = { fontName: FONT, border: true, vertical: "top", wrap: true };
/** A section's row (a criterion with sub-criteria). */
export const SECTION: CellStyle = { ...BODY, bold: true };
/** A table's cell the user types in. */
export const INPUT: CellStyle = { ...BODY, fill: INPUT_FILL };
export const INPUT_DATE: CellStyle = { ...INPUT, numberFormat: DATE_FORMAT, horizontal: "center" };

/** The generated sheets' text, 11 points. */
export const TEXT: CellStyle = { fontName: FONT, fontSize: 11 };
/** A generated table's cell. */
export const BORDERED: CellStyle = { ...TEXT, border: true, vertical: "middle" };

/** Margins of Vietnamese administrative documents (NĐ 30/2020, Phụ lục I), in millimetres. */
export const DOCUMENT_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** An A4 portrait page fitted to its width, with the document margins; `printTitleRows` repeats the header. */
export function portraitPage(printTitleRows: string): PageSetup {
  return {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: true,
    margins: DOCUMENT_MARGINS,
    printTitleRows,
  };
}

/**
 * Row height in points for wrapped text: the tallest of (text, column width) pairs. Neither Excel
 * nor LibreOffice fits a row to wrapped text when opening a file, so the writer sets it. A column
 * width unit holds about one 11-point character; Times runs a little narrower.
 */
export function textHeight(cells: readonly (readonly [string, number])[], fontSize: number): number {
  let lines = 1;
  for (const [text, width] of cells) {
    const perLine = Math.max(1, width * (11 / fontSize) * 1.1);
    const count = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return Math.ceil(lines * fontSize * 1.3 + 2);
}
