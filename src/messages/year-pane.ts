/**
 * The pane's «Năm mới» and «Tổng hợp khối» steps, in Vietnamese and English. Loaded with the steps
 * (their own chunk); the tab labels are in year-tabs.ts, which the pane needs from the start. The
 * problems themselves are worded by messages/year.ts, as the commands word them.
 */
import type { Language } from "./language";

export interface YearPaneText {
  readonly newYear: {
    readonly intro: string;
    readonly introExcel: string;
    readonly preview: string;
    readonly previewAgain: string;
    readonly periods: (from: string, to: string, start: string, end: string) => string;
    readonly carried: (criteria: number, departments: number, units: number) => string;
    readonly leftBehind: string;
    readonly history: (rows: number) => string;
    readonly clustersCaption: string;
    readonly head: (name: string, code: string) => string;
    readonly headMissing: string;
    readonly deputyLabel: (cluster: string) => string;
    readonly toElect: string;
    readonly mappingHeading: string;
    readonly mappingHint: string;
    readonly mappingOld: string;
    readonly mappingNew: string;
    readonly mappingName: string;
    readonly mappingChoose: string;
    readonly mappingAdd: string;
    readonly mappingRemove: (row: number) => string;
    readonly mappingRow: (row: number) => string;
    readonly problemsHeading: string;
    readonly make: string;
    readonly refused: string;
    readonly downloaded: (file: string, period: string, units: number) => string;
    readonly opened: (file: string, period: string, units: number) => string;
    readonly officers: (cluster: string, head: string, deputy: string) => string;
    readonly unchanged: string;
  };
  readonly rollup: {
    readonly intro: string;
    readonly pick: string;
    readonly pickHint: string;
    readonly picked: (names: readonly string[]) => string;
    readonly run: (files: number) => string;
    readonly problemsHeading: string;
    readonly refused: (errors: number) => string;
    readonly written: (file: string, workbooks: number, clusters: number, proposals: number) => string;
    readonly tableCaption: string;
    readonly columns: {
      readonly block: string;
      readonly cluster: string;
      readonly unit: string;
      readonly total: string;
      readonly award: string;
    };
    readonly documents: string;
    readonly documentsDone: (zip: string, files: readonly string[]) => string;
  };
}

const vi: YearPaneText = {
  newYear: {
    intro:
      "Lập bảng tính của năm sau từ bảng tính đang mở. Tệp đang mở không bị thay đổi: bảng tính năm mới được tải về.",
    introExcel:
      "Lập bảng tính của năm sau từ bảng tính đang mở. Bảng tính đang mở không bị thay đổi: bảng tính năm mới mở trong một cửa sổ Excel mới.",
    preview: "Xem những gì mang sang năm mới",
    previewAgain: "Kiểm tra lại",
    periods: (from, to, start, end) => `${from} → ${to} (từ ${start} đến ${end}).`,
    carried: (criteria, departments, units) =>
      `Mang sang: cấu hình, ${criteria} dòng tiêu chí, phân bổ điểm của ${departments} ban, ${units} đơn vị; các hạn dời sang năm sau; ngày nghỉ lễ của năm mới theo lịch, ngày nghỉ tự ghi chuyển sang năm sau.`,
    leftBehind: "Không mang sang: điểm, phiếu bầu và các trang tự lập.",
    history: (rows) => `Trang «Lịch sử» sẽ có ${rows} dòng kết quả các năm.`,
    clustersCaption: "Cụm trưởng và cụm phó năm mới",
    head: (name, code) => `Cụm trưởng: ${name} (${code}) — cụm phó năm trước.`,
    headMissing: "Chưa biết cụm trưởng: xem lỗi bên dưới.",
    deputyLabel: (cluster) => `Cụm phó mới của ${cluster}`,
    toElect: "(chưa chọn — chờ bầu)",
    mappingHeading: "Đơn vị đổi tên, sáp nhập",
    mappingHint:
      "Mỗi dòng: mã cũ của đơn vị năm trước → mã mới. Hai đơn vị sáp nhập: hai dòng cùng một mã mới. Ghi tên mới nếu đơn vị đổi tên.",
    mappingOld: "Mã cũ",
    mappingNew: "Mã mới",
    mappingName: "Tên mới",
    mappingChoose: "(chọn đơn vị)",
    mappingAdd: "Thêm dòng đổi mã",
    mappingRemove: (row) => `Xóa dòng đổi mã ${row}`,
    mappingRow: (row) => `Dòng đổi mã ${row}`,
    problemsHeading: "Cần xem",
    make: "Lập bảng tính năm mới",
    refused: "Chưa lập năm mới: sửa các lỗi trên rồi thử lại.",
    downloaded: (file, period, units) => `Đã tải về «${file}»: ${period}, ${units} đơn vị.`,
    opened: (file, period, units) =>
      `Đã mở bảng tính năm mới trong Excel: ${period}, ${units} đơn vị. Lưu lại, ví dụ với tên «${file}».`,
    officers: (cluster, head, deputy) => `${cluster}: cụm trưởng ${head}; cụm phó ${deputy}.`,
    unchanged: "Bảng tính đang mở không thay đổi.",
  },
  rollup: {
    intro:
      "Tổng hợp kết quả nhiều cụm, khối cho Ban Chính sách – Pháp luật: chọn tệp của từng cụm (đã lập «Bảng tổng hợp»). Các tệp không bị thay đổi; tệp tổng hợp được tải về.",
    pick: "Các tệp của các cụm",
    pickHint: "Chọn nhiều tệp .xlsx cùng lúc (giữ Ctrl hoặc Shift).",
    picked: (names) => `Đã chọn ${names.length} tệp: ${names.join(", ")}.`,
    run: (files) => `Tổng hợp ${files} tệp`,
    problemsHeading: "Cần xem",
    refused: (errors) => `Chưa tổng hợp: ${errors} lỗi ở các tệp trên. Không tải gì về.`,
    written: (file, workbooks, clusters, proposals) =>
      `Đã tải về «${file}»: ${workbooks} tệp, ${clusters} cụm, ${proposals} đơn vị đề nghị khen thưởng.`,
    tableCaption: "Danh sách chung các đơn vị đề nghị khen thưởng",
    columns: { block: "Khối", cluster: "Cụm", unit: "Đơn vị", total: "Tổng điểm", award: "Hình thức" },
    documents: "Tải tờ trình và danh sách (Word)",
    documentsDone: (zip, files) => `Đã tải về «${zip}»: ${files.join(", ")}.`,
  },
};

const en: YearPaneText = {
  newYear: {
    intro:
      "Makes next year's workbook from the open one. The open file is not changed: the new workbook is downloaded.",
    introExcel:
      "Makes next year's workbook from the open one. The open workbook is not changed: the new workbook opens in a new Excel window.",
    preview: "See what the new year carries",
    previewAgain: "Check again",
    periods: (from, to, start, end) => `${from} → ${to} (from ${start} to ${end}).`,
    carried: (criteria, departments, units) =>
      `Carried: the settings, ${criteria} criteria rows, the allocation of ${departments} departments, ${units} units; deadlines move a year on; the new year's public holidays from the calendar, holidays typed by hand moved a year on.`,
    leftBehind: "Left behind: scores, votes and generated sheets.",
    history: (rows) => `«Lịch sử» will hold ${rows} rows of earlier results.`,
    clustersCaption: "The new year's head and deputy",
    head: (name, code) => `Head: ${name} (${code}) — last year's deputy.`,
    headMissing: "The head is unknown: see the errors below.",
    deputyLabel: (cluster) => `New deputy of ${cluster}`,
    toElect: "(none chosen — to be elected)",
    mappingHeading: "Units renamed or merged",
    mappingHint:
      "Each row: last year's code → the new code. Two units merged: two rows with the same new code. Write the new name where a unit was renamed.",
    mappingOld: "Old code",
    mappingNew: "New code",
    mappingName: "New name",
    mappingChoose: "(choose a unit)",
    mappingAdd: "Add a mapping row",
    mappingRemove: (row) => `Remove mapping row ${row}`,
    mappingRow: (row) => `Mapping row ${row}`,
    problemsHeading: "To look at",
    make: "Make the new year's workbook",
    refused: "The new year was not made: fix the errors above and try again.",
    downloaded: (file, period, units) => `Downloaded «${file}»: ${period}, ${units} units.`,
    opened: (file, period, units) =>
      `The new year's workbook is open in Excel: ${period}, ${units} units. Save it, for example as «${file}».`,
    officers: (cluster, head, deputy) => `${cluster}: head ${head}; deputy ${deputy}.`,
    unchanged: "The open workbook is unchanged.",
  },
  rollup: {
    intro:
      "Rolls up several clusters' results for the federation's «Ban Chính sách – Pháp luật»: pick each cluster's file (with its «Bảng tổng hợp» made). The files are not changed; the roll-up is downloaded.",
    pick: "The clusters' files",
    pickHint: "Pick several .xlsx files at once (hold Ctrl or Shift).",
    picked: (names) => `${names.length} file(s) picked: ${names.join(", ")}.`,
    run: (files) => `Roll up ${files} file(s)`,
    problemsHeading: "To look at",
    refused: (errors) => `Not rolled up: ${errors} error(s) in the files above. Nothing downloaded.`,
    written: (file, workbooks, clusters, proposals) =>
      `Downloaded «${file}»: ${workbooks} file(s), ${clusters} cluster(s), ${proposals} unit(s) proposed for awards.`,
    tableCaption: "The combined list of units proposed for awards",
    columns: { block: "Block", cluster: "Cluster", unit: "Unit", total: "Total", award: "Award" },
    documents: "Download the submission and list (Word)",
    documentsDone: (zip, files) => `Downloaded «${zip}»: ${files.join(", ")}.`,
  },
};

export function yearPaneTextFor(language: Language): YearPaneText {
  return language === "en" ? en : vi;
}
