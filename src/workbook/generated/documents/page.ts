/**
 * The page of an administrative document as Nghị định 30/2020/NĐ-CP, Phụ lục I sets it (for unions,
 * QĐ 933/QĐ-TLĐ of 2024, built on it): A4, margins top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm, Times New Roman in black, and the size of each element of the format. One value is
 * chosen within each range the decree allows; every writer takes them from here.
 */

/** Portrait for text; landscape only for a section holding a table too wide for the portrait page. */
export type Orientation = "portrait" | "landscape";

/** A4 as it lies in portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * The margins of every section, in millimetres of the page as it is read. A landscape section keeps
 * the same four numbers: the decree gives no other margins for it.
 */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Where the page number line sits: this far from the top edge, inside the top margin. */
export const PAGE_NUMBER_FROM_TOP_MM = 10;

/** The one typeface of the format. */
export const FONT_FAMILY = "Times New Roman";

/**
 * Point sizes of each element (the decree's range in brackets): header and title as Phụ lục I
 * sets them, body 14 and tables 13 so nothing prints below 13, "Nơi nhận" 12 and its lines 11.
 */
export const SIZES_PT = {
  /** Tên cơ quan chủ quản (12–13), capitals. */
  parentBody: 13,
  /** Tên cơ quan ban hành (12–13), bold capitals. */
  issuingBody: 13,
  /** Số, ký hiệu (13). */
  number: 13,
  /** Quốc hiệu (12–13), bold capitals. */
  nation: 13,
  /** Tiêu ngữ (13–14), bold. */
  motto: 13,
  /** Địa danh và thời gian (13–14), italic. */
  placeDate: 14,
  /** Tên loại văn bản (13–14), bold capitals. */
  kind: 14,
  /** Trích yếu (13–14), bold. */
  subject: 14,
  /** Kính gửi (13–14). */
  addressee: 14,
  /** Nội dung (13–14). */
  body: 14,
  /** Text in a table: not below 13 as printed. */
  table: 13,
  /** "Nơi nhận:" (12), bold italic. */
  recipientsTitle: 12,
  /** The recipients' lines (11). */
  recipients: 11,
  /** Quyền hạn, chức vụ và họ tên người ký (13–14), bold. */
  signature: 14,
  /** Số trang (13–14). */
  pageNumber: 14,
  /** The "DỰ THẢO" mark of a draft. */
  draftMark: 14,
} as const;

/** Body paragraphs: first line indented 1–1.27 cm, at least 6 pt between paragraphs, line spacing single to 1.5. */
export const BODY_PARAGRAPH = { firstLineIndentMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 } as const;

/** Space between a table cell's border and its text, left and right. */
export const TABLE_CELL_PADDING_MM = 1;

/** Width of the header's right column (national title and motto): the national title fits one line. */
export const HEADER_RIGHT_COLUMN_MM = 100;
/** Blank space between the header's two columns. */
export const HEADER_GAP_MM = 3;

/**
 * The rule under the issuing body and under the subject is 1/3 to 1/2 of their line; this share is
 * the middle of that range. The rule under the motto is exactly as long as the motto.
 */
export const SHORT_RULE_SHARE = 0.4;

/** Points in a millimetre (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/**
 * Millimetres to points.
 *
 * @example mmToPt(25.4) === 72
 */
export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/**
 * The page's size in millimetres as it is read in that orientation.
 *
 * @example pageSizeMm("landscape") // { width: 297, height: 210 }
 */
export function pageSizeMm(orientation: Orientation): { width: number; height: number } {
  return orientation === "portrait"
    ? { width: A4_MM.width, height: A4_MM.height }
    : { width: A4_MM.height, height: A4_MM.width };
}

/**
 * The width text may take between the left and right margins, in points.
 *
 * @example Math.round(textAreaWidthPt("portrait")) === 468 // 165 mm
 */
export function textAreaWidthPt(orientation: Orientation): number {
  return mmToPt(pageSizeMm(orientation).width - MARGINS_MM.left - MARGINS_MM.right);
}
