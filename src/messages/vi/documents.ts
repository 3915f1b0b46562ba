/**
 * The words of the documents the product writes: the cluster workbook's template, the self-scoring
 * file sent to each unit, the summary and the award recommendation. They are administrative
 * documents in Vietnamese whatever the user's language, so there is no English counterpart.
 */
import type { CalendarDate, Voting } from "../../core/model";
import { dateText } from "./diagnostics";

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The votes a unit chosen needs, as the documents say it, from the core's Voting: "cần ít nhất 4/6
 * phiếu", "cần ít nhất 5/5 phiếu hợp lệ", or that it is not known while the valid votes are not entered.
 */
export function votesNeededWords(voting: Voting): string {
  if (voting.needed === null || voting.base === null)
    return "số phiếu cần chưa tính được vì chưa ghi số phiếu hợp lệ ở trang «Họp bình xét»";
  return voting.basis === "validVotes"
    ? `cần ít nhất ${voting.needed}/${voting.base} phiếu hợp lệ`
    : `cần ít nhất ${voting.needed}/${voting.base} phiếu`;
}

/** Words the adapters write into every workbook: a validation's error title, a table column's fallback name. */
export const sheetWords = {
  validationTitle: "Giá trị không hợp lệ",
  columnName: (n: number): string => `Cột ${n}`,
} as const;

/** Titles, notes and data-validation messages written into the template. */
export const templateText = {
  configTitle: "CẤU HÌNH CỤM THI ĐUA",
  configNote:
    "Thi Đua đọc các dòng theo tên ở cột A và các bảng theo tiêu đề cột. Ô màu vàng là dữ liệu của cụm, sửa trực tiếp tại đây.",
  configHeaders: ["Mục", "Giá trị", "Ghi chú"] as const,
  criteriaTitle: "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA",
  criteriaNote:
    "Mã theo cấp: I, I.1, I.1.a … Điểm tối đa của một mục bằng tổng điểm các tiêu chí con. Loại: Chấm điểm, Điểm thưởng hoặc Điểm trừ.",
  unitsTitle: "DANH SÁCH ĐƠN VỊ THÀNH VIÊN",
  unitsNote:
    "Mỗi đơn vị có một trang chấm điểm mang tên mã đơn vị. Hạng mục nào của đơn vị đã có dòng ở trang «Đăng ký và nộp» (có ngày, giữ lịch sử) thì đọc ở trang đó, không đọc cột tương ứng ở đây. Ngày gửi báo cáo để trống nghĩa là chưa gửi.",
  departmentsTitle: "PHÂN BỔ ĐIỂM CỦA CÁC BAN LĐLĐ",
  departmentsNote:
    "Điểm tối đa mỗi ban được chấm cho đơn vị, theo loại đơn vị (trực tiếp / phối hợp). Dòng «Là điểm thưởng» = Có được cộng như điểm thưởng.",
  departmentPointsTitle: "ĐIỂM CÁC BAN CHẤM CHO ĐƠN VỊ",
  departmentPointsNote: "Mỗi cột là một ban; điểm không vượt mức phân bổ ở trang «Phân bổ điểm ban».",
  scoreTitle: (period: string): string => `BẢNG TỰ CHẤM ĐIỂM THI ĐUA ${period.toUpperCase()}`,
  scoreUnitLine: (name: string, code: string): string => `Đơn vị: ${name} (mã ${code})`,
  votesTitle: "SỐ PHIẾU BÌNH XÉT KHI BẰNG ĐIỂM",
  votesNote: "Ghi số phiếu của mỗi đơn vị trong nhóm bằng điểm ở ranh giới số lượng khen thưởng.",
  notes: {
    blockName: "Tên in trên văn bản",
    periodKind: "Năm hoặc Năm học",
    selfScoreMax: "Tổng điểm tối đa của bảng tiêu chí chấm điểm",
    departmentsMax: "0 nếu các ban không chấm điểm",
    tieBreak: "Theo thứ tự, cách nhau bởi dấu ;",
    passShare: "Đơn vị được chọn phải có hơn tỷ lệ này (ví dụ 50%, 80%, 90%)",
    voteBasis: "Tổng số thành viên (mặc định) hoặc Số phiếu hợp lệ tại cuộc họp (ghi ở trang «Họp bình xét»)",
    awardMinBand:
      "Ghi đúng tên một xếp loại trong bảng xếp loại. Để trống: xếp loại cao nhất (mặc định — kiểm tra lại theo hướng dẫn của LĐLĐ)",
    draftDays: "Số ngày làm việc trước ngày họp",
    resultsToFederation:
      "Hạn gửi kết quả của cụm về LĐLĐ. Trang «Kế hoạch» có việc loại «Kết quả về cấp trên» thì dùng ngày trong kế hoạch",
    documentNumber: "Số của tờ trình (chỉ ghi số, ví dụ 7); để trống nếu văn thư ghi số khi ký",
    listNumber: "Số của danh sách kèm tờ trình (chỉ ghi số); để trống nếu văn thư ghi số khi ký",
    reportNumber: "Số của báo cáo tổng kết (chỉ ghi số); để trống nếu văn thư ghi số khi ký",
    addressee: "Cơ quan xét tặng khen thưởng, in sau «Kính gửi:»",
  },
  defaultRecipients: [
    "Thường trực LĐLĐ tỉnh",
    "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
    "Các đơn vị thành viên cụm",
  ] as const,
  defaultDocumentNumber: "",
  defaultAward: "Bằng khen",
  defaultOnBehalf: "TM. CỤM THI ĐUA",
  defaultSignerTitle: "CỤM TRƯỞNG",
  defaultFilingCode: "Cụm",
  validation: {
    score: "Điểm phải là số từ 0 đến điểm tối đa của tiêu chí (ghi đến 0,01).",
    max: "Điểm tối đa phải là số không âm (ghi đến 0,01).",
    kind: "Chọn một loại: Chấm điểm, Điểm thưởng hoặc Điểm trừ.",
    unitType: "Chọn Trực tiếp hoặc Phối hợp.",
    yesNo: "Chọn Có hoặc Không.",
    date: "Ghi ngày dạng ngày/tháng/năm, ví dụ 20/10/2022.",
    discipline: "Chọn mức kỷ luật trong danh sách (chọn Không nếu không bị kỷ luật).",
    cluster: "Chọn một cụm đã khai báo ở trang «Cấu hình».",
    votes: "Số phiếu là số nguyên không âm.",
    votesUpTo: (voters: number): string =>
      `Số phiếu là số nguyên từ 0 đến ${voters} (số đơn vị thành viên của cụm, mỗi đơn vị một phiếu).`,
    quota: "Số lượng là số nguyên không âm.",
    departmentPoints: "Điểm của ban phải là số không âm, không vượt mức phân bổ.",
    share: "Tỉ lệ là số từ 0 đến 1 (ví dụ 50%).",
    voteBasis: "Chọn «Tổng số thành viên» hoặc «Số phiếu hợp lệ».",
  },
} as const;

/** Names for sample units (`thidua mau --units N`): plausible, clearly invented. */
export const sampleUnitNames = [
  "Công đoàn Sở Giáo dục và Đào tạo",
  "Công đoàn Sở Y tế",
  "Công đoàn Sở Tài chính",
  "Công đoàn Sở Xây dựng",
  "Công đoàn Sở Nông nghiệp và Phát triển nông thôn",
  "Công đoàn Sở Công Thương",
  "Công đoàn Sở Tư pháp",
  "Công đoàn Sở Văn hóa, Thể thao và Du lịch",
  "Công đoàn Sở Giao thông vận tải",
  "Công đoàn Sở Tài nguyên và Môi trường",
  "Công đoàn Bệnh viện Đa khoa tỉnh",
  "Công đoàn Trường Cao đẳng Cộng đồng",
  "Công đoàn Công ty Điện lực",
  "Công đoàn Ngân hàng Nông nghiệp chi nhánh tỉnh",
  "Công đoàn Ngân hàng Công thương chi nhánh tỉnh",
  "Công đoàn Kho bạc Nhà nước tỉnh",
  "Công đoàn Cục Thuế tỉnh",
  "Công đoàn Bảo hiểm xã hội tỉnh",
] as const;

export const sampleUnitName = (i: number): string => {
  const base = sampleUnitNames[i % sampleUnitNames.length] ?? sampleUnitNames[0];
  const round = Math.floor(i / sampleUnitNames.length);
  return round === 0 ? base : `${base} (${round + 1})`;
};

export const placeholderUnitName = (i: number): string => `Đơn vị ${i + 1}`;

/** The self-scoring file's own words. */
export const unitFileText = {
  unitLine: (name: string, code: string, cluster: string): string =>
    cluster === "" ? `Đơn vị: ${name} (mã ${code})` : `Đơn vị: ${name} (mã ${code}) — ${cluster}`,
  deadline: (date: CalendarDate): string => `Hạn gửi về cụm trưởng: ${dateText(date)}`,
  noDeadline: "Hạn gửi về cụm trưởng: theo thông báo của cụm trưởng.",
  /** The label of the date the unit scored; the merge finds the date right of it. */
  filledLabel: "Ngày chấm điểm:",
  filledHint: "← ghi ngày đơn vị chấm xong (ngày/tháng/năm): cụm trưởng lấy làm ngày nhận điểm.",
  instructions:
    "Ghi ngày chấm điểm ở ô trên, rồi chỉ nhập vào cột «Tự chấm» và «Ghi chú» (ô nền vàng). Không thêm, xóa, đổi thứ tự dòng hay sửa điểm tối đa: tệp có bảng tiêu chí bị sửa sẽ không được nhận. Lưu rồi gửi lại chính tệp này (đổi tên tệp cũng được).",
  total: "Tổng điểm tự chấm (phần chấm điểm)",
  infoTitle: "THÔNG TIN TỆP TỰ CHẤM ĐIỂM",
  infoNote: "Thi Đua dùng các dòng dưới đây để nhận đúng tệp về đúng đơn vị. Xin đừng sửa trang này.",
  infoHeaders: ["Mục", "Giá trị"] as const,
  howTo: [
    "Cách làm:",
    "1. Mở trang mang mã đơn vị, chấm điểm từng tiêu chí ở cột «Tự chấm» (số từ 0 đến điểm tối đa, ghi đến 0,01).",
    "2. Ghi giải trình, minh chứng (nếu có) ở cột «Ghi chú».",
    "3. Ghi ngày chấm xong ở ô «Ngày chấm điểm» đầu trang: đó là ngày nhận điểm của đơn vị.",
    "4. Lưu tệp (.xlsx) và gửi lại cho cụm trưởng trước hạn.",
  ] as const,
} as const;

/** Words written into the generated summary and recommendation sheets. */
export const summaryText = {
  title: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
  subtitle: (block: string, period: string): string => (block ? `${block} — ${period}` : period),
  stamp: (date: { day: number; month: number; year: number }): string =>
    `Bảng do phần mềm Thi Đua lập ngày ${pad2(date.day)}/${pad2(date.month)}/${date.year}. Nếu số liệu đầu vào thay đổi sau ngày này, hãy lập lại bảng.`,
  fingerprintLabel: "Mã dữ liệu:",
  headers: [
    "STT",
    "Mã",
    "Tên đơn vị",
    "Tự chấm",
    "Thẩm định",
    "Chênh lệch",
    "Điểm các ban",
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
    "Xếp hạng",
    "Xếp loại",
    "Xét thi đua",
    "Lý do",
    "Đề nghị khen thưởng",
  ] as const,
  clusterRow: (name: string, leading: number, excellent: number, provisional = false): string =>
    `${name} (khen thưởng: ${leading} dẫn đầu, ${excellent} xuất sắc)` +
    (provisional ? " — xếp hạng tạm tính: còn thiếu điểm" : ""),
  blockRow: (units: number): string => `Bình quân toàn khối (${units} đơn vị)`,
  awardCounts: (leading: number, excellent: number): string => `Dẫn đầu: ${leading}; xuất sắc: ${excellent}`,
  yes: "Có",
  no: "Không",
  award: { leading: "Dẫn đầu", excellent: "Xuất sắc" } as const,
  awaitingVote: "Chờ bỏ phiếu",
  noScores: "Chưa có điểm (chưa gửi bảng tự chấm)",
  missingDepartments: (names: readonly string[]): string => `Thiếu điểm của ${names.join(", ")}`,
  incomplete: (codes: readonly string[]): string =>
    codes.length <= 5
      ? `Chưa chấm đủ điểm (${codes.join(", ")})`
      : `Chưa chấm đủ điểm (${codes.slice(0, 5).join(", ")} và ${codes.length - 5} tiêu chí khác)`,
  tiesTitle: "Các nhóm bằng điểm ở ranh giới số lượng khen thưởng, chờ bỏ phiếu:",
  tieLine: (
    cluster: string,
    units: readonly string[],
    total: string,
    places: number,
    award: string,
    needed: string,
  ): string =>
    `${cluster}: ${units.join(", ")} cùng ${total} điểm — ${places} suất ${award}; đơn vị được chọn ${needed}. Ghi số phiếu ở trang «Bỏ phiếu» rồi lập lại.`,
  awardWord: { leading: "dẫn đầu", excellent: "xuất sắc" } as const,
  tieBreaksTitle:
    "Các nhóm bằng điểm ở ranh giới số lượng khen thưởng, đã phân định theo thứ tự xét khi bằng điểm:",
  /**
   * "Cụm số 1: A (DV02), B (DV04) cùng 89,25 điểm, tranh suất xuất sắc; DV02 được xếp trên DV04 theo
   * điểm thẩm định (DV02: 81; DV04: 77,75)."
   */
  tieBreakLine: (p: {
    cluster: string;
    units: readonly string[];
    total: string;
    award: string;
    ahead: readonly string[];
    behind: readonly string[];
    rule: string;
    values: readonly string[];
  }): string =>
    `${p.cluster}: ${p.units.join(", ")} cùng ${p.total} điểm, tranh suất ${p.award}; ` +
    `${p.ahead.join(", ")} được xếp trên ${p.behind.join(", ")} ${p.rule} (${p.values.join("; ")}).`,
  /** The summary's reason column: why not considered, then the tie-break note; "; " unless a sentence ended. */
  reasons: (parts: readonly string[]): string =>
    parts.reduce((all, part) => (all === "" ? part : `${all}${/[.!?]$/.test(all) ? " " : "; "}${part}`), ""),
} as const;

/** The award recommendation in the Vietnamese administrative format. */
export const recommendationText = {
  kind: "TỜ TRÌNH",
  subject: (period: string): string =>
    `Đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua ${period.toLowerCase()}`,
  /** Where «Kính gửi» is left empty: the standing committee of the parent body. */
  defaultAddressee: (parentBody: string): string => `Ban Thường vụ ${parentBody}`,
  addresseeLine: (addressee: string): string => `Kính gửi: ${addressee}`,
  intro: (block: string, period: string, addressee: string): string =>
    `Căn cứ kết quả chấm điểm và bình xét thi đua ${period.toLowerCase()} của ${block}, Cụm thi đua kính đề nghị ${addressee} xét tặng khen thưởng cho các đơn vị sau:`,
  headers: ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Hình thức đề nghị", "Ghi chú"] as const,
  defaultAward: "Bằng khen",
  /** An open place's row: no unit is named in it while the place awaits a vote. */
  openPlace: "(Suất còn để trống)",
  awaitingVote: "Chờ bỏ phiếu",
  /**
   * Under the table, for each tie awaiting a vote: "Chờ bỏ phiếu: 01 suất dẫn đầu giữa Công đoàn A,
   * Công đoàn B, Công đoàn C (cùng 90 điểm); suất này để trống cho đến khi cụm bỏ phiếu."
   */
  openPlaceNote: (p: {
    cluster: string | null;
    places: number;
    award: string;
    units: readonly string[];
    total: string;
    /** votesNeededWords of the cluster's vote. */
    needed: string;
  }): string =>
    `Chờ bỏ phiếu${p.cluster === null ? "" : ` (${p.cluster})`}: ${pad2(p.places)} suất ${p.award} giữa ` +
    `${p.units.join(", ")} (cùng ${p.total} điểm; đơn vị được chọn ${p.needed}); ${p.places > 1 ? "các suất này" : "suất này"} để trống cho đến khi cụm bỏ phiếu.`,
  none: "Chưa có đơn vị đủ điều kiện đề nghị khen thưởng.",
  /**
   * Under the table, where the cluster's tie-break chain decided between equal totals: "Ghi chú: Công
   * đoàn A, Công đoàn B cùng 89,25 điểm; Công đoàn A được xếp trên theo điểm thẩm định (81 so với 77,75)."
   */
  tieBreakNote: (p: {
    cluster: string | null;
    units: readonly string[];
    total: string;
    ahead: readonly string[];
    rule: string;
    aheadValues: readonly string[];
    behindValues: readonly string[];
  }): string =>
    `Ghi chú${p.cluster === null ? "" : ` (${p.cluster})`}: ${p.units.join(", ")} cùng ${p.total} điểm; ` +
    `${p.ahead.join(", ")} được xếp trên ${p.rule} (${p.aheadValues.join("; ")} so với ${p.behindValues.join("; ")}).`,
  closing: (addressee: string): string => `Kính đề nghị ${addressee} xem xét, quyết định./.`,
  recipientsTitle: "Nơi nhận:",
} as const;
