/**
 * Why a file could not be opened or written as an .xlsx package: each refusal is a code with typed
 * parameters (adapters/xlsx), rendered here in Vietnamese and English. The Vietnamese sentences keep
 * the words users and the existing tests know ("quá lớn để mở an toàn", "nội dung bên trong bị hỏng").
 */
import { formatCount } from "./workbook";

/** Spreadsheet formats that are not .xlsx but can be saved as one. */
export type OtherFormat = "xls" | "ods" | "csv" | "numbers" | "xlsb";

/** What the reader walks and bounds (docs/limits.md). */
export type CountedThing = "sheets" | "cells" | "rows" | "merges" | "validations" | "strings" | "entries";

export type PackageFault =
  | { readonly kind: "empty" }
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "other-format"; readonly format: OtherFormat }
  | { readonly kind: "encrypted" }
  | { readonly kind: "not-a-workbook" }
  | { readonly kind: "truncated" }
  /** The file, or what it declares it inflates to, is past a limit in MB. */
  | { readonly kind: "too-large"; readonly limitMb?: number }
  | { readonly kind: "too-many"; readonly what: CountedThing; readonly limit: number }
  /** A part that is not what it says: bad XML, a size that lies, a deflate stream that breaks. */
  | { readonly kind: "corrupt"; readonly part?: string }
  /** XML with a document type declaration (DTD, entities): refused before anything is expanded. */
  | { readonly kind: "doctype"; readonly part: string };

export type Language = "vi" | "en";

const FORMAT_NAME: Readonly<Record<OtherFormat, { vi: string; en: string }>> = {
  xls: { vi: "Excel cũ (.xls)", en: "old Excel (.xls)" },
  ods: { vi: "OpenDocument (.ods)", en: "OpenDocument (.ods)" },
  csv: { vi: "văn bản CSV (.csv)", en: "CSV text (.csv)" },
  numbers: { vi: "Apple Numbers (.numbers)", en: "Apple Numbers (.numbers)" },
  xlsb: { vi: "Excel nhị phân (.xlsb)", en: "Excel binary (.xlsb)" },
};

const THING: Readonly<Record<CountedThing, { vi: string; en: string }>> = {
  sheets: { vi: "trang", en: "sheets" },
  cells: { vi: "ô", en: "cells" },
  rows: { vi: "hàng", en: "rows" },
  merges: { vi: "vùng gộp ô", en: "merged ranges" },
  validations: { vi: "quy tắc kiểm tra dữ liệu", en: "data-validation rules" },
  strings: { vi: "chuỗi dùng chung", en: "shared strings" },
  entries: { vi: "phần trong tệp nén", en: "parts in the zip" },
};

const countEn = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");

function vi(fault: PackageFault): string {
  switch (fault.kind) {
    case "empty":
      return "Tệp rỗng, không có dữ liệu.";
    case "not-xlsx":
      return "Tệp không phải là bảng tính Excel (.xlsx).";
    case "other-format":
      if (fault.format === "xls")
        return "Tệp ở định dạng Excel cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu thành Sổ làm việc Excel (.xlsx).";
      return `Tệp ở định dạng ${FORMAT_NAME[fault.format].vi}, không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx.`;
    case "encrypted":
      return "Tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.";
    case "not-a-workbook":
      return "Tệp nén này không phải là sổ làm việc Excel.";
    case "truncated":
      return "Tệp bị hỏng hoặc chưa tải xuống hết (thiếu phần cuối của tệp).";
    case "too-large":
      return fault.limitMb === undefined
        ? "Tệp quá lớn để mở an toàn."
        : `Tệp quá lớn để mở an toàn (giới hạn ${fault.limitMb} MB khi giải nén).`;
    case "too-many": {
      const what = THING[fault.what].vi;
      const advice =
        fault.what === "sheets"
          ? "Hãy chuyển bớt các trang không dùng cho thi đua sang sổ khác."
          : fault.what === "rows"
            ? "Hãy xóa các hàng thừa hoặc chuyển bớt trang sang sổ khác."
            : "Hãy xóa các hàng, cột thừa hoặc chuyển bớt trang sang sổ khác.";
      return `Sổ làm việc có quá nhiều ${what} để mở an toàn (giới hạn ${formatCount(fault.limit)} ${what}). ${advice}`;
    }
    case "corrupt":
      return fault.part === undefined
        ? "Không đọc được tệp Excel: nội dung bên trong bị hỏng."
        : `Không đọc được tệp Excel: nội dung bên trong bị hỏng (phần ${fault.part}).`;
    case "doctype":
      return `Không đọc được tệp Excel: nội dung bên trong bị hỏng (phần ${fault.part} khai báo DTD, điều sổ làm việc Excel không có).`;
  }
}

function en(fault: PackageFault): string {
  switch (fault.kind) {
    case "empty":
      return "The file is empty.";
    case "not-xlsx":
      return "The file is not an Excel workbook (.xlsx).";
    case "other-format":
      return `The file is in ${FORMAT_NAME[fault.format].en} format, not .xlsx. Open it in Excel or LibreOffice and save it as .xlsx.`;
    case "encrypted":
      return "The file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook) and try again.";
    case "not-a-workbook":
      return "This zip file is not an Excel workbook.";
    case "truncated":
      return "The file is damaged or was not downloaded completely (its end is missing).";
    case "too-large":
      return fault.limitMb === undefined
        ? "The file is too large to open safely."
        : `The file is too large to open safely (limit ${fault.limitMb} MB uncompressed).`;
    case "too-many":
      return `The workbook has too many ${THING[fault.what].en} to open safely (limit ${countEn(fault.limit)}).`;
    case "corrupt":
      return fault.part === undefined
        ? "The Excel file cannot be read: its contents are damaged."
        : `The Excel file cannot be read: its contents are damaged (part ${fault.part}).`;
    case "doctype":
      return `The Excel file cannot be read: part ${fault.part} declares a DTD, which no Excel workbook has.`;
  }
}

/** The refusal in the user's language. */
export function packageFaultMessage(fault: PackageFault, language: Language = "vi"): string {
  return language === "vi" ? vi(fault) : en(fault);
}

/** "Not a cluster workbook": a readable workbook without the cluster's sheets. */
export function notClusterWorkbookMessage(language: Language = "vi"): string {
  return language === "vi"
    ? "Tệp không phải sổ làm việc của cụm thi đua — tạo sổ bằng lệnh «thidua mau» hoặc nút tạo sổ mẫu trong ngăn Thi Đua, hoặc chọn đúng tệp."
    : "This is not a cluster workbook — create one with «thidua mau» or the template button in the Thi Đua pane, or choose the right file.";
}
