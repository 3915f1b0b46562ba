/**
 * The cluster workbook's layout: sheet names, table headers and configuration labels a union officer
 * recognises. The codec finds headers and labels by name (normalised), so a column moved or a row
 * inserted above a table does not break reading; these constants are the names it looks for and the
 * names the template writes.
 */
import type { CriterionKind, DisciplineLevel, TieBreakKey, UnitType } from "../core/model";

export const SHEET = {
  config: "Cấu hình",
  criteria: "Tiêu chí",
  units: "Đơn vị",
  departments: "Phân bổ điểm ban",
  departmentPoints: "Điểm các ban",
  votes: "Bỏ phiếu",
  summary: "Bảng tổng hợp",
  recommendation: "Đề nghị khen thưởng",
} as const;

/** A column of a table: its header as written, and other spellings accepted when reading. */
export interface ColumnSpec {
  readonly header: string;
  readonly aliases?: readonly string[];
  /** Column width in characters. */
  readonly width: number;
  readonly required: boolean;
}

function column(header: string, width: number, required = true, aliases: readonly string[] = []): ColumnSpec {
  return { header, width, required, aliases };
}

export const CRITERIA_COLUMNS = {
  code: column("Mã", 9, true, ["Mã tiêu chí", "STT", "TT"]),
  text: column("Nội dung", 70, true, ["Nội dung tiêu chí", "Tiêu chí"]),
  max: column("Điểm tối đa", 12, true, ["Điểm chuẩn", "Điểm"]),
  kind: column("Loại", 14, false, ["Loại điểm"]),
} as const;

export const UNIT_COLUMNS = {
  code: column("Mã", 10, true, ["Mã đơn vị"]),
  name: column("Tên đơn vị", 40, true, ["Đơn vị"]),
  cluster: column("Cụm", 22, false, ["Cụm thi đua"]),
  type: column("Loại đơn vị", 14, false, ["Loại"]),
  registered: column("Đăng ký", 10, false, ["Đăng ký thi đua"]),
  pactSigned: column("Ký giao ước", 12, false, ["Ký giao ước thi đua"]),
  midReport: column("Ngày gửi BC sơ kết", 14, false, ["Ngày gửi báo cáo sơ kết"]),
  endReport: column("Ngày gửi BC tổng kết", 14, false, ["Ngày gửi báo cáo tổng kết"]),
  discipline: column("Kỷ luật lãnh đạo", 16, false, ["Kỷ luật"]),
  received: column("Ngày nhận điểm", 14, false),
} as const;

export const DEPARTMENT_COLUMNS = {
  code: column("Mã ban", 12, true, ["Mã"]),
  name: column("Tên ban", 40, true, ["Ban"]),
  direct: column("Đơn vị trực tiếp", 14, true, ["Trực tiếp"]),
  coordinating: column("Đơn vị phối hợp", 14, true, ["Phối hợp"]),
  isBonus: column("Là điểm thưởng", 12, false, ["Điểm thưởng"]),
} as const;

/** "Điểm các ban": one row per unit, then one column per department (headed by its name or code). */
export const DEPARTMENT_POINTS_COLUMNS = {
  unit: column("Mã đơn vị", 10, true, ["Mã"]),
  name: column("Tên đơn vị", 36, false, ["Đơn vị"]),
} as const;

/** One scoring sheet per unit, named after the unit's code. */
export const SCORE_COLUMNS = {
  code: column("Mã", 9, true, ["Mã tiêu chí", "STT", "TT"]),
  text: column("Nội dung", 60, true, ["Nội dung tiêu chí", "Tiêu chí"]),
  kind: column("Loại", 13, false, ["Loại điểm"]),
  max: column("Điểm tối đa", 11, true, ["Điểm chuẩn"]),
  self: column("Tự chấm", 10, true, ["Điểm tự chấm"]),
  appraised: column("Thẩm định", 10, true, ["Điểm thẩm định"]),
  note: column("Ghi chú", 30, false),
} as const;

export const VOTE_COLUMNS = {
  unit: column("Mã đơn vị", 10, true, ["Mã"]),
  name: column("Tên đơn vị", 36, false),
  votes: column("Số phiếu", 10, true, ["Phiếu"]),
} as const;

// ── "Cấu hình": key/value rows, then small tables, each under a title row ──────

export const CONFIG_KEYS = {
  blockName: "Tên khối / cụm thi đua",
  parentBody: "Cơ quan cấp trên",
  issuingBody: "Cơ quan ban hành văn bản",
  periodLabel: "Kỳ thi đua",
  periodKind: "Loại kỳ",
  periodStart: "Từ ngày",
  periodEnd: "Đến ngày",
  selfScoreMax: "Điểm tối đa bảng tự chấm",
  departmentsMax: "Điểm tối đa của các ban",
  tieBreak: "Thứ tự xét khi bằng điểm",
  passShare: "Tỉ lệ phiếu để thông qua (hơn)",
  registration: "Hạn đăng ký thi đua",
  pact: "Hạn ký giao ước",
  midReport: "Hạn gửi báo cáo sơ kết",
  endReport: "Hạn gửi báo cáo tổng kết",
  summaryMeeting: "Ngày họp tổng kết",
  draftDays: "Gửi dự thảo trước họp (ngày làm việc)",
  place: "Địa danh ghi trên văn bản",
  documentNumber: "Số văn bản",
  signerOnBehalf: "Thay mặt",
  signerTitle: "Chức danh người ký",
  signer: "Người ký",
  filingCode: "Lưu (ký hiệu)",
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export const PERIOD_KIND_LABELS: Readonly<Record<"calendar-year" | "school-year", string>> = {
  "calendar-year": "Năm",
  "school-year": "Năm học",
};

export const CLUSTER_TABLE = {
  title: "Các cụm thi đua và số lượng khen thưởng",
  columns: {
    code: column("Mã cụm", 12, true),
    name: column("Tên cụm", 36, true),
    leading: column("Dẫn đầu", 10, true, ["Số đơn vị dẫn đầu"]),
    excellent: column("Xuất sắc", 10, true, ["Số đơn vị xuất sắc"]),
    head: column("Cụm trưởng", 24, false),
    deputy: column("Cụm phó", 24, false),
  },
} as const;

export const BANDS_TABLE = {
  title: "Xếp loại (theo hướng dẫn của LĐLĐ — kiểm tra lại)",
  columns: {
    label: column("Xếp loại", 36, true),
    min: column("Từ điểm", 10, true, ["Điểm từ"]),
    minSectionShare: column("Mỗi mục đạt tối thiểu", 14, false),
  },
} as const;

export const HOLIDAYS_TABLE = {
  title: "Ngày nghỉ lễ, Tết (không tính là ngày làm việc)",
  columns: {
    date: column("Ngày nghỉ", 14, true, ["Ngày"]),
    name: column("Tên ngày lễ", 36, false),
  },
} as const;

export const RECIPIENTS_TABLE = {
  title: "Nơi nhận văn bản đề nghị",
  columns: {
    recipient: column("Nơi nhận", 48, true),
  },
} as const;

// ── Closed lists (data validation and reading) ──────────────────────────────

export const KIND_LABELS: Readonly<Record<CriterionKind, string>> = {
  scored: "Chấm điểm",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
};

/** Sections (rows with sub-criteria) show this in the unit sheets' "Loại" column. */
export const SECTION_LABEL = "Mục";

export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = {
  direct: "Trực tiếp",
  coordinating: "Phối hợp",
};

export const YES = "Có";
export const NO = "Không";

export const DISCIPLINE_LABELS: Readonly<Record<DisciplineLevel, string>> = {
  none: "Không",
  reprimand: "Khiển trách",
  warning: "Cảnh cáo",
  demotion: "Hạ bậc lương",
  dismissal: "Cách chức",
  expulsion: "Khai trừ",
};

export const TIE_BREAK_LABELS: Readonly<Record<TieBreakKey, string>> = {
  appraisedTotal: "Tổng điểm thẩm định",
  mainSection: "Điểm mục chính",
  fewerDeductions: "Ít điểm trừ hơn",
};

/** Rows above a table's header that the reader scans for it. */
export const HEADER_SEARCH_ROWS = 30;
