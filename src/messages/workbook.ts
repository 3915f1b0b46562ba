/**
 * Vietnamese text of the cluster workbook: file refusals, structural problems found while reading,
 * and the words written into generated sheets.
 */

import type { LegacyEncoding } from "../core/text/legacy";
import { LEGACY_ENCODING_LABEL } from "./text";

/** A long text cut for a message. */
const clip = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** 12345 → "12.345", as Vietnamese writes counts. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ".");

/** Why a file could not be opened as a workbook. */
export const fileMessages = {
  empty: (): string => "Tệp rỗng, không có dữ liệu.",
  notXlsx: (): string => "Tệp không phải là bảng tính Excel (.xlsx).",
  legacyXls: (): string =>
    "Tệp ở định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
  encrypted: (): string =>
    "Tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.",
  notWorkbook: (): string => "Tệp nén này không phải là sổ làm việc Excel.",
  truncated: (): string => "Tệp bị hỏng hoặc chưa tải xuống hết (thiếu phần cuối của tệp).",
  tooLarge: (limitMb?: number): string =>
    limitMb === undefined
      ? "Tệp quá lớn để mở an toàn."
      : `Tệp quá lớn để mở an toàn (giới hạn ${limitMb} MB khi giải nén).`,
  tooManySheets: (limit?: number): string =>
    `Sổ làm việc có quá nhiều trang${limit === undefined ? "" : ` (giới hạn ${formatCount(limit)} trang)`}. Hãy chuyển bớt các trang không dùng cho thi đua sang sổ khác.`,
  tooManyCells: (limit?: number): string =>
    `Sổ làm việc có quá nhiều ô để mở an toàn${limit === undefined ? "" : ` (giới hạn ${formatCount(limit)} ô)`}. Hãy xóa các hàng, cột thừa hoặc chuyển bớt trang sang sổ khác.`,
  tooManyRows: (limit?: number): string =>
    `Sổ làm việc có quá nhiều hàng để mở an toàn${limit === undefined ? "" : ` (giới hạn ${formatCount(limit)} hàng)`}. Hãy xóa các hàng thừa hoặc chuyển bớt trang sang sổ khác.`,
  unreadable: (): string => "Không đọc được tệp Excel: nội dung bên trong bị hỏng.",
} as const;

/** Refusals while writing sheets. */
export const writeMessages = {
  sheetTaken: (name: string): string =>
    `Trang "${name}" không do Thi Đua tạo ra nên không được ghi đè. Hãy đổi tên trang đó rồi thử lại.`,
  badRange: (range: string): string => `Vùng ô không hợp lệ: "${range}".`,
  sheetMissing: (name: string): string =>
    `Không tìm thấy trang "${name}" để ghi: có thể trang vừa bị đổi tên hoặc xóa. Hãy thử lại.`,
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
    "Mỗi đơn vị có một trang chấm điểm mang tên mã đơn vị. Ngày gửi báo cáo để trống nghĩa là chưa gửi.",
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
    passShare: "Đơn vị được chọn phải có hơn tỉ lệ này trên tổng số đơn vị thành viên",
    draftDays: "Số ngày làm việc trước ngày họp",
    documentNumber: "In ở đầu văn bản đề nghị",
  },
  defaultRecipients: [
    "Thường trực LĐLĐ tỉnh",
    "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
    "Các đơn vị thành viên cụm",
  ] as const,
  defaultDocumentNumber: "…/BC-CTĐ",
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
    quota: "Số lượng là số nguyên không âm.",
    departmentPoints: "Điểm của ban phải là số không âm, không vượt mức phân bổ.",
    share: "Tỉ lệ là số từ 0 đến 1 (ví dụ 50%).",
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

/** Where a value is, as problems say it (same wording as the core's messages). */
export const place = (sheet: string, address: string): string => `ô ${address}, trang «${sheet}»`;

/** Structural problems found while reading the workbook. */
export const decodeMessages = {
  sheetMissing: (sheet: string): string =>
    `Không tìm thấy trang «${sheet}». Có thể trang đã bị đổi tên hoặc xóa; hãy đặt lại đúng tên «${sheet}».`,
  unitSheetMissing: (code: string, name: string): string =>
    `Không tìm thấy trang chấm điểm của đơn vị «${name}» (${code}): trang phải mang tên mã đơn vị «${code}».`,
  headerRowMissing: (sheet: string, expected: readonly string[]): string =>
    `Trang «${sheet}» không có hàng tiêu đề của bảng (cần các cột ${expected.map((h) => `«${h}»`).join(", ")}).`,
  headerMissing: (sheet: string, header: string, row: number): string =>
    `Trang «${sheet}» thiếu cột «${header}» ở hàng tiêu đề ${row}. Có thể tiêu đề cột đã bị đổi tên; hãy đặt lại đúng tên «${header}».`,
  configMissing: (label: string): string =>
    `Trang «Cấu hình» thiếu dòng «${label}» hoặc dòng này chưa có giá trị ở cột B.`,
  configInvalid: (label: string, shown: string, expected: string): string =>
    `Giá trị «${shown}» của «${label}» không hợp lệ: cần ${expected}.`,
  kindInvalid: (code: string, shown: string): string =>
    `Loại «${shown}» của tiêu chí ${code} không hợp lệ: chọn Chấm điểm, Điểm thưởng hoặc Điểm trừ.`,
  mergedScoreCells: (range: string): string =>
    `Vùng ${range} đang gộp ô trong phần điểm. Hãy bỏ gộp ô (Merge & Center › Unmerge Cells) để mỗi tiêu chí có ô điểm riêng.`,
  formulaError: (shown: string): string =>
    `Ô đang báo lỗi ${shown} (công thức hoặc ô tham chiếu bị hỏng). Hãy sửa công thức hoặc ghi giá trị.`,
  numberAsText: (shown: string): string =>
    `Điểm «${shown}» được lưu dạng chữ: Thi Đua đọc được, nhưng công thức Excel ở Bảng tổng hợp sẽ bỏ qua ô này. Hãy gõ lại thành số.`,
  unitSheetMaxMismatch: (code: string, sheetMax: string, criteriaMax: string): string =>
    `Điểm tối đa của tiêu chí ${code} trên trang này (${sheetMax}) khác với trang «Tiêu chí» (${criteriaMax}); Thi Đua dùng điểm ở trang «Tiêu chí».`,
  tooManyRows: (sheet: string, rows: number, limit: number): string =>
    `Trang «${sheet}» dùng đến hàng ${formatCount(rows)}, quá giới hạn ${formatCount(limit)} hàng Thi Đua đọc. Hãy xóa các hàng thừa ở cuối trang (kể cả ô chỉ có khoảng trắng) hoặc chuyển chúng sang trang khác.`,
  tooManyUnits: (limit: number): string =>
    `Trang «Đơn vị» có hơn ${formatCount(limit)} đơn vị, quá giới hạn Thi Đua xử lý. Hãy tách thành nhiều sổ làm việc (mỗi khối hoặc cụm một sổ).`,
  tooManyCriteria: (limit: number): string =>
    `Trang «Tiêu chí» có hơn ${formatCount(limit)} tiêu chí, quá giới hạn Thi Đua xử lý. Hãy kiểm tra các hàng thừa trong bảng tiêu chí.`,
  textTooLong: (length: number, limit: number): string =>
    `Ô có ${formatCount(length)} ký tự, quá giới hạn ${formatCount(limit)} ký tự một ô của Excel. Hãy rút ngắn nội dung ô này.`,
  legacyFont: (sheet: string, cells: number, encoding: LegacyEncoding, font: string): string =>
    `Trang «${sheet}» có ${formatCount(cells)} ô gõ bằng bảng mã ${LEGACY_ENCODING_LABEL[encoding]} (phông ${font}): Thi Đua đọc đúng như chữ hiện trên màn hình, nhưng máy không có phông này sẽ thấy chữ lỗi. Nên dùng «Chuyển mã» (hoặc lệnh thidua chuyen-ma) để chuyển sang Unicode.`,
  legacyText: (
    sheet: string,
    cells: number,
    encoding: LegacyEncoding,
    before: string,
    after: string,
  ): string =>
    `Trang «${sheet}» có ${formatCount(cells)} ô trông như chữ gõ bằng bảng mã ${LEGACY_ENCODING_LABEL[encoding]} nhưng không dùng phông của bảng mã đó (ví dụ «${clip(before)}», có lẽ là «${clip(after)}»): Thi Đua đọc nguyên văn. Hãy dùng «Chuyển mã» (hoặc lệnh thidua chuyen-ma) để chuyển sang Unicode.`,
  expected: {
    number: "một số",
    date: "một ngày (ngày/tháng/năm)",
    share: "một tỉ lệ từ 0 đến 1, ví dụ 50%",
    periodKind: "«Năm» hoặc «Năm học»",
    tieBreak: "các mục «Tổng điểm thẩm định», «Điểm mục chính», «Ít điểm trừ hơn», cách nhau bởi dấu ;",
    wholeNumber: "một số nguyên không âm",
  },
} as const;

/** Refusals of the use cases (creating, summarising, recording votes). */
export const useCaseMessages = {
  presetUnknown: (id: string, known: readonly string[]): string =>
    `Không có bộ cấu hình mẫu «${id}». Các bộ có sẵn: ${known.join(", ")}.`,
  unitCodeMissing: (row: number): string => `Đơn vị thứ ${row} chưa có mã.`,
  unitCodeDuplicate: (code: string): string => `Mã đơn vị «${code}» bị trùng.`,
  unitCodeNotSheetName: (code: string): string =>
    `Mã đơn vị «${code}» không dùng làm tên trang được: tối đa 31 ký tự, không chứa [ ] : * ? / \\ và không bắt đầu hay kết thúc bằng dấu nháy.`,
  unitCodeReserved: (code: string): string =>
    `Mã đơn vị «${code}» trùng tên một trang của sổ làm việc; hãy chọn mã khác.`,
  templateSheetsTaken: (names: readonly string[]): string =>
    `Sổ làm việc đã có trang ${names.map((n) => `«${n}»`).join(", ")}. Hãy tạo cụm thi đua trong một sổ làm việc mới hoặc đổi tên các trang đó.`,
  yearInvalid: (year: number): string => `Năm ${year} không hợp lệ.`,
  blocked: (errors: number): string =>
    `Chưa lập được: sổ làm việc còn ${errors} lỗi. Hãy sửa các lỗi rồi thử lại.`,
  unreadable: "Không đọc được sổ làm việc: thiếu trang «Cấu hình», «Tiêu chí» hoặc «Đơn vị».",
  convertSheetMissing: (sheet: string): string =>
    `Không tìm thấy trang «${sheet}» để chuyển mã: có thể trang vừa bị đổi tên hoặc xóa.`,
  selectionUnreadable: (address: string): string =>
    `Không đọc được vùng đang chọn («${address}»). Hãy chọn lại một vùng ô trên một trang.`,
  encodingNeedsSelection:
    "Chỉ chọn bảng mã nguồn khi chuyển một vùng ô: ép một bảng mã cho cả sổ làm việc sẽ làm hỏng chữ Unicode có sẵn.",
  pastLimits: "Chưa lập được: sổ làm việc vượt giới hạn Thi Đua xử lý (xem các lỗi bên dưới).",
  tooManySheets: (sheets: number, limit: number): string =>
    `Sổ làm việc có ${formatCount(sheets)} trang, quá giới hạn ${formatCount(limit)} trang. Hãy chuyển bớt các trang không dùng cho thi đua sang sổ khác.`,
  aborted: "Đã hủy.",
  votesInvalid: (unit: string): string => `Số phiếu của đơn vị «${unit}» phải là số nguyên không âm.`,
} as const;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Words written into the generated summary and recommendation sheets. */
export const summaryText = {
  title: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
  subtitle: (block: string, period: string): string => (block ? `${block} — ${period}` : period),
  stamp: (date: { day: number; month: number; year: number }): string =>
    `Lập ngày ${pad2(date.day)}/${pad2(date.month)}/${date.year} bằng Thi Đua. Số liệu đầu vào thay đổi sau ngày lập thì cần lập lại bảng này.`,
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
  clusterRow: (name: string, leading: number, excellent: number): string =>
    `${name} (khen thưởng: ${leading} dẫn đầu, ${excellent} xuất sắc)`,
  blockRow: (units: number): string => `Bình quân toàn khối (${units} đơn vị)`,
  awardCounts: (leading: number, excellent: number): string => `Dẫn đầu: ${leading}; xuất sắc: ${excellent}`,
  yes: "Có",
  no: "Không",
  award: { leading: "Dẫn đầu", excellent: "Xuất sắc" } as const,
  awaitingVote: "Chờ bỏ phiếu",
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
  ): string =>
    `${cluster}: ${units.join(", ")} cùng ${total} điểm — ${places} suất ${award}. Ghi số phiếu ở trang «Bỏ phiếu» rồi lập lại.`,
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
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  rule: "________________",
  shortRule: "__________",
  number: (documentNumber: string): string => `Số: ${documentNumber}`,
  placeDate: (place: string, date: { day: number; month: number; year: number }): string =>
    `${place}, ngày ${pad2(date.day)} tháng ${pad2(date.month)} năm ${date.year}`,
  kind: "TỜ TRÌNH",
  subject: (period: string): string =>
    `Đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua ${period.toLowerCase()}`,
  addressee: (parentBody: string): string => `Kính gửi: Ban Thường vụ ${parentBody}`,
  intro: (block: string, period: string, parentBody: string): string =>
    `Căn cứ kết quả chấm điểm và bình xét thi đua ${period.toLowerCase()} của ${block}, Cụm thi đua kính đề nghị Ban Thường vụ ${parentBody} xét tặng Bằng khen cho các đơn vị sau:`,
  headers: ["STT", "Tên đơn vị", "Tổng điểm", "Xếp hạng", "Hình thức đề nghị", "Ghi chú"] as const,
  leading: "Bằng khen đơn vị dẫn đầu",
  excellent: "Bằng khen đơn vị xuất sắc",
  tieNote: (places: readonly string[]): string => `Bằng điểm, chờ bỏ phiếu (${places.join("; ")})`,
  or: " hoặc ",
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
  closing: (parentBody: string): string => `Kính đề nghị Ban Thường vụ ${parentBody} xem xét, quyết định./.`,
  recipientsTitle: "Nơi nhận:",
  recipient: (text: string): string => `- ${text.replace(/[;.]+$/, "")};`,
  filing: (code: string): string => `- Lưu: VT${code ? `, ${code}` : ""}.`,
} as const;
