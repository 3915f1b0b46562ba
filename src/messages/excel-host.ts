/**
 * What the pane says about Excel itself, in Vietnamese and English: the limits Excel puts on a
 * request and a response, the steps Excel cannot undo, a write waiting for a cell edit, handing the
 * units' files out where Excel cannot download (Mac). Pure: the pane passes the language in.
 */
import type { PaneLanguage } from "./pane";

export interface ExcelHostText {
  /** A write that passes Excel's request limit (5 MB on the web) even in pieces. */
  readonly requestTooLarge: (sheet: string | null) => string;
  /** A read that passes Excel's response limit (5 MB on the web) even in pieces. */
  readonly responseTooLarge: (sheet: string | null) => string;
  /** Excel refused a step inside a grouped undo. */
  readonly undoRefused: (detail: string) => string;
  /** Before a step that replaces or creates sheets: Excel cannot undo it. */
  readonly cannotUndo: string;
  /** A write still waiting for Excel (a cell being edited, a busy workbook): it will land, do not retry. */
  readonly writeWaiting: string;
  /** Excel on Mac and iPad: the units' files open as new workbooks instead of downloading. */
  readonly filesOpened: (files: readonly string[]) => string;
}

const vi: ExcelHostText = {
  requestTooLarge: (sheet) =>
    `Dữ liệu cần ghi${sheet === null ? "" : ` vào trang «${sheet}»`} vượt giới hạn 5 MB mỗi lần gửi của Excel trên web, kể cả khi đã chia nhỏ. Hãy mở sổ bằng Excel trên máy tính, hoặc tách cụm thành các sổ nhỏ hơn.`,
  responseTooLarge: (sheet) =>
    `Không đọc được${sheet === null ? " sổ làm việc" : ` trang «${sheet}»`}: dữ liệu vượt giới hạn 5 MB mỗi lần đọc của Excel trên web, kể cả khi đọc từng phần. Hãy mở sổ bằng Excel trên máy tính.`,
  undoRefused: (detail) =>
    `Excel không cho gộp bước này thành một lần hoàn tác (${detail}). Sổ làm việc chưa bị ghi dở; hãy bấm «Thử lại».`,
  cannotUndo:
    "Không hoàn tác được: bước này tạo hoặc thay trang, việc mà Excel không hoàn tác (Ctrl+Z) được — lịch sử hoàn tác sẽ bị xóa. Sổ làm việc chỉ bị thay các trang do Thi Đua tạo.",
  writeWaiting:
    "Excel chưa trả lời: có thể một ô đang được sửa (nhấn Enter hoặc Esc để xong ô đó) hoặc sổ đang bận. Thi Đua vẫn chờ — việc ghi sẽ được thực hiện khi Excel rảnh; đừng làm lại.",
  filesOpened: (files) =>
    `Excel trên máy Mac không tải tệp xuống từ ngăn tác vụ được, nên ${files.length} tệp đã mở thành ${files.length} sổ làm việc mới. Hãy lưu từng sổ (⌘S) với tên: ${files.join(", ")} — rồi gửi cho các đơn vị.`,
};

const en: ExcelHostText = {
  requestTooLarge: (sheet) =>
    `The data to write${sheet === null ? "" : ` to sheet “${sheet}”`} passes Excel on the web's 5 MB limit per request, even in pieces. Open the workbook in desktop Excel, or split the cluster into smaller workbooks.`,
  responseTooLarge: (sheet) =>
    `Could not read ${sheet === null ? "the workbook" : `sheet “${sheet}”`}: the data passes Excel on the web's 5 MB limit per read, even in pieces. Open the workbook in desktop Excel.`,
  undoRefused: (detail) =>
    `Excel would not group this step into one undo (${detail}). Nothing was half-written; select “Try again”.`,
  cannotUndo:
    "Cannot be undone: this step creates or replaces sheets, which Excel cannot undo (Ctrl+Z) — the undo history will be cleared. Only sheets Thi Dua made are replaced.",
  writeWaiting:
    "Excel has not answered yet: a cell may be in edit mode (press Enter or Esc to finish it) or the workbook is busy. Thi Dua keeps waiting — the write will happen when Excel is free; do not start it again.",
  filesOpened: (files) =>
    `Excel on Mac cannot download files from a task pane, so the ${files.length} files opened as ${files.length} new workbooks. Save each (⌘S) as: ${files.join(", ")} — then send them to the units.`,
};

export function excelHostText(language: PaneLanguage): ExcelHostText {
  return language === "en" ? en : vi;
}
