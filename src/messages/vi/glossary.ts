/** Thuật ngữ của ngăn tác vụ: mỗi khái niệm một từ (xem ../glossary.ts). */
import type { Glossary } from "../glossary";

export const vi: Glossary = {
  product: { term: "Thi Đua", avoid: [] },
  // Microsoft's Vietnamese Office calls an add-in "phần bổ trợ", never "bổ trợ" alone.
  addIn: { term: "phần bổ trợ", avoid: [/(?<!phần )bổ trợ/iu, /add-in/iu] },
  workbook: { term: "sổ làm việc", avoid: [/sổ tính/iu] },
  // A sheet is "trang" with its name in «…»; "trang tính" was used beside it.
  sheet: { term: "trang", avoid: [/trang tính/iu] },
  file: { term: "tệp", avoid: [/tập tin/iu] },
  unit: { term: "đơn vị", avoid: [] },
  cluster: { term: "cụm", avoid: [] },
  head: { term: "cụm trưởng", avoid: [/trưởng cụm/iu] },
  deputy: { term: "cụm phó", avoid: [/phó cụm/iu] },
  selfScore: { term: "điểm tự chấm", avoid: [] },
  appraisedScore: { term: "điểm thẩm định", avoid: [] },
  departmentsPoints: { term: "điểm các ban", avoid: [] },
  tie: { term: "bằng điểm", avoid: [/đồng điểm/iu] },
  tieBreakOrder: { term: "thứ tự xét khi bằng điểm", avoid: [] },
  vote: { term: "số phiếu", avoid: [] },
  share: { term: "tỷ lệ", avoid: [/tỉ lệ/iu] },
  quota: { term: "chỉ tiêu", avoid: [] },
  leading: { term: "dẫn đầu", avoid: [] },
  excellent: { term: "xuất sắc", avoid: [] },
  notConsidered: { term: "không xét thi đua", avoid: [] },
  summarySheet: { term: "bảng tổng hợp", avoid: [] },
  proposal: { term: "danh sách đề nghị khen thưởng", avoid: [/tính đề nghị/iu] },
  recommendation: { term: "tờ trình đề nghị khen thưởng", avoid: [] },
  legacyText: { term: "chuyển mã", avoid: [] },
  download: { term: "tải xuống", avoid: [/tải .{0,20} về\b/iu, /tải về/iu] },
  openFile: { term: "mở tệp .xlsx", avoid: [] },
  openSample: { term: "mở tệp mẫu", avoid: [] },
  browserStorage: { term: "bộ nhớ của trình duyệt", avoid: [] },
  guide: { term: "hướng dẫn sử dụng", avoid: [] },
  overwrite: { term: "ghi đè", avoid: [/--ghi-de/u] },
};

/** Wording the pane never uses, whatever the concept: colloquial or command-line. */
export const VI_NEVER: readonly RegExp[] = [
  /chưa làm được/iu,
  /\bđang mở:/iu,
  /lập ngày .* bằng thi đua/iu,
  /(^|\s)--[a-z]/u,
  // One spelling: the tone mark on the main vowel, as the rest of the text writes «xóa», «khóa».
  /(xoá|khoá|hoá)/iu,
];
