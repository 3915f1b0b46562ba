/**
 * Vietnamese wording of the diagnostics, written for the union officer who fills in the workbook:
 * what is wrong, where, and what to do.
 *
 * Over 500 lines on purpose: one complete table per closed code union (problems, refusals,
 * operation faults, document problems), each a Record the compiler checks for every code; the
 * sentences sit side by side so a reviewer reads them all in one place, as en/diagnostics.ts mirrors.
 */
import type { InvalidReason } from "../../core/numbers";
import { formatPoints, ZERO } from "../../core/decimal";
import type { UnitRef } from "../../core/diagnostics";
import type {
  CalendarDate,
  CellRef,
  CriterionKind,
  DisciplineLevel,
  Points,
  UnitType,
} from "../../core/model";
import type { LegacyEncoding } from "../../core/text/legacy";
import type { VoteCountReason } from "../../core/votes";
import type { Voting } from "../../core/model";
import type { PlanCellField, PlanDateField } from "../../core/plan-problems";
import type { DeadlineKey } from "../../core/deadlines";
import type {
  ConfigExpectation,
  ReportKind,
  RowSource,
  ScoreColumn,
  SubmissionField,
  UnitFact,
} from "../../core/diagnostics";
import type { SubmissionLateItem } from "../../core/submissions";
import { cellAddress, rangeAddress } from "../../workbook/grid/address";
import { documentProblemText, faultText, problemText, type DiagnosticText } from "../diagnostics";

const OTHER_FORMAT: Record<"xls" | "ods" | "csv" | "numbers" | "xlsb", string> = {
  xls: "Excel cũ (.xls)",
  ods: "OpenDocument (.ods)",
  csv: "văn bản CSV (.csv)",
  numbers: "Apple Numbers (.numbers)",
  xlsb: "Excel nhị phân (.xlsb)",
};
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** dd/mm/yyyy, as dates are written in Vietnamese documents. */
export const dateText = (d: CalendarDate): string => `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;

/** 12345 → "12.345", as Vietnamese writes counts. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ".");

const fp = (p: Points): string => formatPoints(p);

/** Where a value is: "ô E12, trang «Tự chấm»". */
export const place = (sheet: string, address: string): string => `ô ${address}, trang «${sheet}»`;

const placeOf = (at: CellRef): string => place(at.sheet, cellAddress(at.row, at.col));

/** A unit as messages name it: «name» (code), or the code alone. */
export const unitText = (unit: UnitRef): string =>
  unit.name !== undefined && unit.name !== "" && unit.name !== unit.code
    ? `«${unit.name}» (${unit.code})`
    : String(unit.code);

const COLUMN: Record<ScoreColumn, string> = { self: "điểm tự chấm", appraised: "điểm thẩm định" };
const KIND: Record<CriterionKind, string> = {
  scored: "tiêu chí chấm điểm",
  bonus: "điểm thưởng",
  deduction: "điểm trừ",
};
const UNIT_TYPE: Record<UnitType, string> = { direct: "trực tiếp", coordinating: "phối hợp" };
const SOURCE: Record<RowSource, string> = {
  scores: "bảng điểm",
  departments: "bảng điểm các ban LĐLĐ tỉnh",
  votes: "bảng số phiếu",
  submissions: "trang «Đăng ký và nộp»",
};
const SUBMISSION_ITEM: Record<SubmissionLateItem, string> = {
  registration: "bản đăng ký thi đua",
  pact: "giao ước thi đua đã ký",
  "self-score": "bảng tự chấm điểm",
};
const SUBMISSION_FIELD: Record<SubmissionField, string> = {
  unit: "Mã đơn vị",
  item: "Hạng mục",
  date: "Ngày",
  outcome: "Kết quả",
};
const AWARD: Record<"leading" | "excellent", string> = {
  leading: "đơn vị dẫn đầu",
  excellent: "đơn vị xuất sắc",
};
const REPORT: Record<ReportKind, string> = { mid: "báo cáo sơ kết", end: "báo cáo tổng kết" };
const FACT: Record<UnitFact, string> = { registered: "đăng ký thi đua", pactSigned: "ký giao ước thi đua" };
/** Forms of discipline as the regulations name them. */
const DISCIPLINE: Record<Exclude<DisciplineLevel, "none">, string> = {
  reprimand: "khiển trách",
  warning: "cảnh cáo",
  demotion: "hạ bậc lương hoặc giáng chức",
  dismissal: "cách chức",
  expulsion: "khai trừ",
};
const EXPECTED: Record<ConfigExpectation, string> = {
  number: "một số",
  date: "một ngày (ngày/tháng/năm)",
  share: "một tỷ lệ lớn hơn 0 và nhỏ hơn 1 (100%), ví dụ 50%",
  periodKind: "«Năm» hoặc «Năm học»",
  tieBreak: "các mục «Tổng điểm thẩm định», «Điểm mục chính», «Ít điểm trừ hơn», cách nhau bởi dấu ;",
  wholeNumber: "một số nguyên không âm",
  voteBasis: "«Tổng số thành viên» hoặc «Số phiếu hợp lệ»",
};
/** How users know the legacy encodings: by the typing program's table names. */
export const LEGACY_ENCODING_LABEL: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI-Windows",
};

/** A long text cut for a message. */
/** A score as the sheet holds it: its points in this language's way, else its text as typed. */
const scoreShown = (score: Points | string): string => (typeof score === "number" ? fp(score) : score);

const clip = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Why a cell is not a number, and what to type instead. */
function notANumber(shown: string, reason: InvalidReason): string {
  switch (reason) {
    case "text":
      return `ghi «${shown}», không phải là số. Hãy ghi số, ví dụ 8,5`;
    case "error":
      return `đang báo lỗi ${shown} (công thức hoặc ô tham chiếu bị hỏng). Hãy sửa lại hoặc ghi số`;
    case "date":
      return `là ngày tháng (${shown}), không phải là điểm. Kiểm tra định dạng ô: Excel có thể tự đổi 8.5 thành ngày`;
    case "boolean":
      return `là giá trị đúng/sai (${shown}), không phải là điểm`;
    case "precision":
      return `là «${shown}», có quá 2 chữ số thập phân. Điểm chỉ ghi đến 0,01`;
  }
}

/** "dòng của «X» (X1)" or "12 dòng, của «X» (X1), «Y» (Y1), «Z» (Z1) và 9 đơn vị khác". */
function rowsOf(units: readonly UnitRef[], rows: number): string {
  if (rows <= 1) return `dòng của ${units[0] === undefined ? "một đơn vị" : unitText(units[0])}`;
  const more = units.length > 3 ? ` và ${units.length - 3} đơn vị khác` : "";
  return `${rows} dòng, của ${units.slice(0, 3).map(unitText).join(", ")}${more}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Điểm tự chấm của «X» (X1), tiêu chí I.1.a" — or without the unit when it is not known. */
function scoreSubject(column: ScoreColumn, unit: UnitRef | undefined, criterion: string): string {
  return `${capitalize(COLUMN[column])}${unit === undefined ? "" : ` của ${unitText(unit)}`}, tiêu chí ${criterion},`;
}

/** "cho «X» (X1)" — or nothing when the unit is not known. */
const forUnit = (unit: UnitRef | undefined): string => (unit === undefined ? "" : ` cho ${unitText(unit)}`);

const PLAN_FIELD: Record<PlanDateField, string> = {
  start: "ngày bắt đầu",
  end: "ngày kết thúc",
  dataAsOf: "ngày chốt số liệu",
};

const DEADLINE: Record<DeadlineKey, string> = {
  registration: "hạn đăng ký thi đua",
  pact: "hạn ký giao ước",
  midReport: "hạn gửi báo cáo sơ kết",
  endReport: "hạn gửi báo cáo tổng kết",
  selfScore: "hạn gửi bảng tự chấm điểm",
  summaryMeeting: "ngày họp tổng kết",
  resultsToFederation: "hạn gửi kết quả về cấp trên",
};
const PLAN_CELL: Record<PlanCellField, string> = {
  ...PLAN_FIELD,
  doneOn: "ngày hoàn thành",
  kind: "loại việc",
  status: "trạng thái",
  rule: "thời hạn theo quy tắc",
};

/** A plan's day as written: "31/4/2025", or the last day of a month. */
const planDay = (p: { day: number | "last"; month: number; year: number }): string =>
  p.day === "last" ? `ngày cuối tháng ${p.month}/${p.year}` : `${p.day}/${p.month}/${p.year}`;

const departmentName = (d: { code: string; name: string }): string => (d.name === "" ? d.code : d.name);

const clusterName = (c: { code: string; name: string }): string => (c.name === "" ? c.code : c.name);

const DOCUMENT_NAME: Record<"TTr" | "DS" | "BB" | "BC" | "KH", string> = {
  TTr: "Tờ trình",
  DS: "Danh sách",
  BB: "Biên bản họp bình xét",
  BC: "Báo cáo tổng kết",
  KH: "Kế hoạch",
};

export const vi: DiagnosticText = {
  language: "vi",
  decimalSeparator: ",",
  points: fp,
  date: dateText,
  count: formatCount,
  unit: unitText,
  place: placeOf,
  problems: {
    // ── the year's plan ──
    PLAN_YEAR_INVALID: (p) => `Năm ${p.year} không hợp lệ cho kế hoạch: ghi năm từ 1900 đến 9999.`,
    PLAN_TASK_DUPLICATE: (p) =>
      `Kế hoạch có hai nhiệm vụ cùng số «${p.task}». Nhiệm vụ sau không được tính; hãy đánh số lại.`,
    PLAN_OWNER_MISSING: (p) => `Nhiệm vụ «${p.task}» chưa ghi đơn vị thực hiện.`,
    PLAN_DATE_INVALID: (p) =>
      `${capitalize(PLAN_FIELD[p.field])} của nhiệm vụ «${p.task}» là ${planDay(p)}, không phải ngày có thật.`,
    PLAN_OFFSET_INVALID: (p) =>
      `${capitalize(PLAN_FIELD[p.field])} của nhiệm vụ «${p.task}» tính lệch ${p.count} ngày: số ngày phải là số nguyên không âm, không quá giới hạn của kế hoạch.`,
    PLAN_REFERENCE_MISSING: (p) =>
      `${capitalize(PLAN_FIELD[p.field])} của nhiệm vụ «${p.task}» tính theo nhiệm vụ «${p.reference}», nhưng kế hoạch không có nhiệm vụ này.`,
    PLAN_REFERENCE_CYCLE: (p) =>
      `Các nhiệm vụ ${p.tasks.map((t) => `«${t}»`).join(" → ")} lấy ngày của nhau thành vòng tròn, nên không tính được ngày nào.`,
    PLAN_REFERENCE_UNRESOLVED: (p) =>
      `${capitalize(PLAN_FIELD[p.field])} của nhiệm vụ «${p.task}» tính theo nhiệm vụ «${p.reference}», là nhiệm vụ chưa tính được ngày.`,
    PLAN_END_BEFORE_START: (p) =>
      `Nhiệm vụ «${p.task}» kết thúc ngày ${dateText(p.end)}, trước ngày bắt đầu ${dateText(p.start)}.`,
    PLAN_CELL_INVALID: (p) =>
      p.field === "rule"
        ? `Thời hạn theo quy tắc của nhiệm vụ «${p.task}» ghi «${p.shown}», không đọc được; ghi như «10 ngày làm việc trước ngày họp tổng kết» hoặc «5 ngày sau việc 3» (số ngày, «ngày» hoặc «ngày làm việc», «trước» hoặc «sau», rồi ngày họp tổng kết, ngày họp sơ kết hoặc «việc» và mã việc). Nhiệm vụ này chưa được tính.`
        : p.field === "kind" || p.field === "status"
          ? `${capitalize(PLAN_CELL[p.field])} của nhiệm vụ «${p.task}» ghi «${p.shown}», không có trong danh sách của sheet; chọn từ danh sách. Nhiệm vụ này chưa được tính.`
          : `${capitalize(PLAN_CELL[p.field])} của nhiệm vụ «${p.task}» ghi «${p.shown}», không đọc được là một ngày; ghi dạng ngày/tháng/năm, ví dụ 20/10/2025. Nhiệm vụ này chưa được tính.`,
    PLAN_DEADLINE_MISSING: (p) =>
      `Nhiệm vụ «${p.task}» chưa có ngày kết thúc (thời hạn), nên chưa được tính; ghi ngày vào cột «Đến ngày».`,
    PLAN_DELIVERY_TASK_UNKNOWN: (p) =>
      `Đơn vị ${p.unit} ghi đã nộp cho nhiệm vụ «${p.task}», nhưng kế hoạch không có nhiệm vụ này.`,
    PLAN_DEADLINE_DIFFERS: (p) => {
      const cell = (sheet: string, at: CellRef | undefined): string =>
        at ? `«${at.sheet}» ${cellAddress(at.row, at.col)}` : `«${sheet}»`;
      return `${capitalize(DEADLINE[p.deadline])}: ${cell("Kế hoạch", p.planAt)} ghi ${dateText(p.plan)}, ${cell("Cấu hình", p.configAt)} ghi ${dateText(p.config)}: Thi Đua dùng ngày trong kế hoạch (nhiệm vụ «${p.task}»). Sửa cho hai nơi ghi cùng một ngày, hoặc xóa ngày ở «Cấu hình».`;
    },
    PLAN_DELIVERY_NOT_OWED: (p) =>
      `Đơn vị ${p.unit} ghi đã nộp cho nhiệm vụ «${p.task}», nhưng đơn vị không phải thực hiện nhiệm vụ này; bỏ qua.`,
    // ── criteria table ──
    CRITERIA_EMPTY: () => "Bảng tiêu chí chưa có dòng nào nên chưa thể chấm điểm.",
    CRITERION_CODE_MISSING: (p) =>
      p.text === ""
        ? "Có một dòng trong bảng tiêu chí chưa ghi mã số. Mỗi tiêu chí cần một mã như I, I.1, I.1.a."
        : `Tiêu chí «${p.text}» chưa ghi mã số. Mỗi tiêu chí cần một mã như I, I.1, I.1.a.`,
    CRITERION_CODE_INVALID: (p) =>
      `Mã tiêu chí «${p.criterion}» không đúng dạng: các phần cách nhau bằng một dấu chấm, như I, I.1, I.1.a.`,
    CRITERION_DUPLICATE: (p) =>
      `Mã tiêu chí ${p.criterion} xuất hiện hai lần trong bảng tiêu chí. Mỗi tiêu chí chỉ ghi một lần.`,
    CRITERION_PARENT_MISSING: (p) =>
      `Tiêu chí ${p.criterion} thuộc mục ${p.parent}, nhưng bảng tiêu chí không có mục ${p.parent}.`,
    CRITERION_MAX_MISSING: (p) => `Tiêu chí ${p.criterion} chưa ghi điểm tối đa.`,
    CRITERION_MAX_INVALID: (p) =>
      p.reason === "negative"
        ? `Điểm tối đa của tiêu chí ${p.criterion} là ${p.shown}: điểm tối đa không được âm.`
        : `Điểm tối đa của tiêu chí ${p.criterion} ${notANumber(p.shown, p.reason)}.`,
    CRITERION_PARENT_MAX_MISMATCH: (p) =>
      p.outside > 0
        ? `Mục ${p.criterion} ghi điểm tối đa ${fp(p.typed)}, nhưng điểm tối đa các tiêu chí chấm điểm của mục cộng lại là ${fp(p.sum)} (điểm thưởng, điểm trừ trong mục — ${fp(p.outside)} — không tính vào điểm tối đa của mục). Sửa một trong hai cho khớp.`
        : `Mục ${p.criterion} ghi điểm tối đa ${fp(p.typed)}, nhưng điểm tối đa các tiêu chí con cộng lại là ${fp(p.sum)}. Sửa một trong hai cho khớp.`,
    CRITERION_KIND_MIXED: (p) =>
      `Tiêu chí ${p.criterion} là ${KIND[p.kind]} nhưng nằm trong mục ${p.parent} là ${KIND[p.parentKind]}. Chỉ mục chấm điểm mới chứa được điểm thưởng, điểm trừ; hãy chuyển tiêu chí này sang mục chấm điểm hoặc mục riêng.`,
    SCORED_MAX_MISMATCH: (p) => {
      const parts = p.sections.map((s) => `mục ${s.code}: ${fp(s.max)}`).join("; ");
      return `Điểm tối đa của bảng tự chấm cộng lại là ${fp(p.total)}, phải bằng ${fp(p.expected)} điểm (${parts}). Kiểm tra lại điểm tối đa của các mục.`;
    },
    // ── department allocation ──
    DEPARTMENT_CODE_MISSING: (p) =>
      p.name === ""
        ? "Có một dòng trong bảng phân bổ điểm các ban chưa ghi mã ban."
        : `Ban «${p.name}» trong bảng phân bổ điểm chưa ghi mã ban.`,
    DEPARTMENT_DUPLICATE: (p) =>
      `Ban ${p.department.code} xuất hiện hai lần trong bảng phân bổ điểm các ban.`,
    ALLOCATION_INVALID: (p) => {
      const what = `Điểm phân bổ của ${departmentName(p.department)} cho đơn vị ${UNIT_TYPE[p.unitType]}`;
      if (p.reason === "missing") return `${what} chưa ghi (ban không chấm thì ghi 0).`;
      if (p.reason === "negative") return `${what} là ${p.shown}: không được âm.`;
      return `${what} ${notANumber(p.shown, p.reason)}.`;
    },
    ALLOCATION_TOTAL_MISMATCH: (p) =>
      `Bảng phân bổ điểm các ban cho đơn vị ${UNIT_TYPE[p.unitType]} cộng lại là ${fp(p.total)}, phải bằng ${fp(p.expected)} điểm do LĐLĐ tỉnh chấm.`,
    // ── classification bands ──
    BAND_LABEL_MISSING: (p) =>
      `Mức xếp loại từ ${fp(p.min)} điểm chưa có tên (ví dụ «Hoàn thành tốt nhiệm vụ»).`,
    BAND_MIN_INVALID: (p) =>
      p.shown === ""
        ? `Mức xếp loại «${p.label}» chưa ghi số điểm tối thiểu.`
        : `Điểm tối thiểu của mức xếp loại «${p.label}» («${p.shown}») không phải là số điểm hợp lệ.`,
    BAND_SHARE_INVALID: (p) =>
      `Điều kiện tỷ lệ của mức xếp loại «${p.label}» («${p.shown}») phải là tỷ lệ từ 0 đến 1 hoặc phần trăm, ví dụ 0,5 hay 50%.`,
    BAND_DUPLICATE: (p) =>
      p.label === p.other
        ? `Mức xếp loại «${p.label}» được ghi hai lần.`
        : `Hai mức xếp loại «${p.other}» và «${p.label}» cùng bắt đầu từ ${fp(p.min)} điểm.`,
    BANDS_NO_FLOOR: (p) =>
      `Mức xếp loại thấp nhất bắt đầu từ ${fp(p.lowest)} điểm: đơn vị dưới mức đó sẽ không được xếp loại. Hãy thêm một mức từ 0 điểm (ví dụ «Không hoàn thành nhiệm vụ»).`,
    // ── clusters ──
    CLUSTERS_EMPTY: () => "Chưa khai báo cụm thi đua nào nên chưa thể xếp hạng, bình xét.",
    CLUSTER_DUPLICATE: (p) => `Cụm thi đua «${p.cluster}» được khai báo hai lần.`,
    CLUSTER_EMPTY: (p) => `Cụm thi đua «${p.cluster}» chưa có đơn vị thành viên nào.`,
    // ── units ──
    UNIT_CODE_MISSING: (p) =>
      p.name === ""
        ? "Có một dòng trong danh sách đơn vị chưa ghi mã đơn vị."
        : `Đơn vị «${p.name}» chưa ghi mã đơn vị.`,
    UNIT_DUPLICATE: (p) =>
      `Đơn vị ${unitText(p.unit)} có hai dòng trong danh sách đơn vị (so mã không phân biệt hoa thường, khoảng trắng). Chỉ dòng đầu được tính.`,
    UNIT_CLUSTER_MISSING: (p) => `Đơn vị ${unitText(p.unit)} chưa ghi thuộc cụm thi đua nào.`,
    UNIT_CLUSTER_UNKNOWN: (p) =>
      `Đơn vị ${unitText(p.unit)} ghi thuộc cụm «${p.cluster}», nhưng không có cụm nào tên hoặc mã như vậy.`,
    UNIT_TYPE_INVALID: (p) =>
      `Loại đơn vị của ${unitText(p.unit)} ghi «${p.shown}»: hãy ghi «trực tiếp» hoặc «phối hợp».`,
    UNIT_TYPE_MISSING: (p) =>
      `Đơn vị ${unitText(p.unit)} chưa ghi loại đơn vị (trực tiếp hay phối hợp); tạm tính là đơn vị trực tiếp khi đối chiếu điểm các ban.`,
    UNIT_YES_NO_INVALID: (p) =>
      `Ô «${FACT[p.fact]}» của ${unitText(p.unit)} ghi «${p.shown}»: hãy ghi «Có» hoặc «Không».`,
    UNIT_FACT_MISSING: (p) =>
      `Chưa ghi ${unitText(p.unit)} đã ${FACT[p.fact]} hay chưa. Đơn vị không đăng ký và ký giao ước thì không được xét thi đua, khen thưởng.`,
    UNIT_DATE_INVALID: (p) =>
      `Ngày gửi ${REPORT[p.report]} của ${unitText(p.unit)} ghi «${p.shown}», không phải ngày hợp lệ. Hãy ghi ngày gửi theo dạng ngày/tháng/năm, ví dụ 20/10/2022; ghi «Có» nếu đã gửi mà không rõ ngày, «Không» nếu chưa gửi.`,
    UNIT_DISCIPLINE_INVALID: (p) =>
      `Hình thức kỷ luật của lãnh đạo chủ chốt ${unitText(p.unit)} ghi «${p.shown}»: hãy ghi «Không», «Khiển trách», «Cảnh cáo», «Hạ bậc lương», «Giáng chức», «Cách chức» hoặc «Khai trừ».`,
    UNIT_INCOMPLETE: (p) => {
      // The first few missing criteria; the rest as a count, so the message stays readable.
      const shown = p.missing.slice(0, 10).join(", ");
      const more = p.missing.length > 10 ? ` và ${p.missing.length - 10} tiêu chí khác` : "";
      return `${unitText(p.unit)} chưa chấm ${p.missing.length} tiêu chí: ${shown}${more}. Đơn vị chưa đủ điểm nên chưa được đề nghị khen thưởng.`;
    },
    REPORT_LATE: (p) =>
      `${unitText(p.unit)} gửi ${REPORT[p.report]} chậm ${p.days} ngày so với hạn ${dateText(p.deadline)}.`,
    REPORT_NOT_DUE: (p) =>
      `${unitText(p.unit)} chưa gửi ${REPORT[p.report]}, nhưng chưa đến hạn gửi báo cáo (hạn ${dateText(p.deadline)}) nên vẫn được xét. Quá hạn mà chưa gửi thì đơn vị không được xét thi đua, khen thưởng.`,
    SUBMISSION_LATE: (p) =>
      `${unitText(p.unit)} nộp ${SUBMISSION_ITEM[p.item]} ngày ${dateText(p.on)}, chậm ${p.days} ngày so với hạn ${dateText(p.deadline)}.`,
    // ── rows of scores, department points, votes ──
    ROW_UNIT_MISSING: (p) =>
      `${p.rows > 1 ? `${p.rows} dòng` : "Một dòng"} trong ${SOURCE[p.source]} chưa ghi mã đơn vị.`,
    UNIT_UNKNOWN: (p) =>
      `Mã đơn vị «${p.unit.code}» có trong ${SOURCE[p.source]}${p.rows > 1 ? ` (${p.rows} dòng)` : ""} nhưng không có trong danh sách đơn vị. Kiểm tra lại mã, hoặc thêm đơn vị vào danh sách.`,
    SCORE_CRITERION_MISSING: (p) => `Một dòng điểm của ${unitText(p.unit)} chưa ghi mã tiêu chí.`,
    CRITERION_UNKNOWN: (p) =>
      `Bảng điểm ghi tiêu chí «${p.criterion}» (${rowsOf(p.units, p.rows)}), nhưng bảng tiêu chí không có mã này. Kiểm tra lại mã tiêu chí.`,
    SCORE_ON_PARENT: (p) =>
      `Bảng điểm ghi điểm ở mục ${p.criterion} (${rowsOf(p.units, p.rows)}), là mục có tiêu chí con: điểm chỉ chấm ở tiêu chí chi tiết, điểm của mục tự cộng. Các dòng này không được tính.`,
    SCORE_DUPLICATE: (p) =>
      `${unitText(p.unit)} có hai dòng điểm cho tiêu chí ${p.criterion}. Chỉ dòng đầu được tính; hãy xóa dòng thừa.`,
    SCORE_NOT_A_NUMBER: (p) =>
      `${scoreSubject(p.column, p.unit, p.criterion)} ${notANumber(p.shown, p.reason)}.`,
    SCORE_NEGATIVE: (p) =>
      `${scoreSubject(p.column, p.unit, p.criterion)} là ${fp(p.value)}: điểm không được âm.`,
    SCORE_ABOVE_MAX: (p) =>
      p.kind === "deduction"
        ? `${scoreSubject(p.column, p.unit, p.criterion)} trừ ${fp(p.value)} điểm, nhiều hơn mức trừ tối đa ${fp(p.max)}.`
        : `${scoreSubject(p.column, p.unit, p.criterion)} là ${fp(p.value)}, cao hơn điểm tối đa ${fp(p.max)}.`,
    // ── departments' points ──
    DEPARTMENT_UNKNOWN: (p) =>
      `Điểm${forUnit(p.unit)} ghi cho ban «${p.department}», nhưng bảng phân bổ điểm không có ban này.`,
    DEPARTMENT_POINTS_NOT_A_NUMBER: (p) =>
      `Điểm ${departmentName(p.department)} chấm${forUnit(p.unit)} ${notANumber(p.shown, p.reason)}.`,
    DEPARTMENT_POINTS_NEGATIVE: (p) =>
      `Điểm ${departmentName(p.department)} chấm${forUnit(p.unit)} là ${fp(p.value)}: điểm không được âm.`,
    DEPARTMENT_ABOVE_ALLOCATION: (p) =>
      `Điểm ${departmentName(p.department)} chấm${forUnit(p.unit)} là ${fp(p.value)}, cao hơn mức phân bổ ${fp(p.allocation)} cho đơn vị ${UNIT_TYPE[p.unitType]}.`,
    DEPARTMENT_POINTS_DUPLICATE: (p) =>
      `Có hai dòng điểm của ${departmentName(p.department)}${forUnit(p.unit)}. Chỉ dòng đầu được tính; hãy xóa dòng thừa.`,
    // ── missing data ──
    DEPARTMENT_POINTS_MISSING: (p) =>
      `${p.departments.map(departmentName).join(", ")} chưa chấm điểm cho ${unitText(p.unit)}: điểm còn thiếu, không tính là 0. Thứ hạng của cụm là tạm tính và đơn vị chưa được đề nghị khen thưởng cho đến khi có đủ điểm.`,
    UNIT_NO_SCORES: (p) =>
      `${unitText(p.unit)} chưa có điểm nào (chưa gửi bảng tự chấm hoặc chưa nhập): không tính là 0 điểm. Thứ hạng của cụm là tạm tính và đơn vị chưa được đề nghị khen thưởng.`,
    CLUSTER_NO_SCORES: (p) =>
      `Cụm «${clusterName(p.cluster)}» chưa có đơn vị nào có điểm: chưa thể xếp hạng hay đề nghị khen thưởng. Hãy nhập hoặc gộp điểm tự chấm của các đơn vị trước.`,
    // ── awards and classification ──
    AWARD_BAND_UNKNOWN: (p) =>
      `Xếp loại tối thiểu để đề nghị ${AWARD[p.award]} ghi «${p.label}», không trùng với xếp loại nào trong bảng xếp loại; Thi Đua tạm dùng «${p.fallback}».`,
    AWARD_CLASSIFICATION_BELOW: (p) =>
      `Cụm «${clusterName(p.cluster)}»: ${unitText(p.unit)} đủ điểm để được đề nghị ${AWARD[p.award]} nhưng xếp loại «${p.classification}», thấp hơn «${p.required}» cần có, nên không được đề nghị; ` +
      (p.takenBy.length > 0
        ? `suất này dành cho ${p.takenBy.map(unitText).join(", ")}.`
        : "suất này để trống vì không còn đơn vị nào đủ xếp loại.") +
      (p.unconfirmed ? ` ${CHECK_BAND}` : ""),
    // ── votes and ties ──
    VOTE_INVALID: (p) =>
      `Số phiếu của ${unitText(p.unit)} ghi «${p.shown}»: ${voteCountReason(p.reason, p.voters, p.ofValidVotes === true)}`,
    VOTE_DUPLICATE: (p) => `${unitText(p.unit)} có hai dòng số phiếu. Chỉ dòng đầu được tính.`,
    TIE_NEEDS_VOTE: (p) => {
      const ask =
        p.voting.needed === null
          ? `Ngưỡng thông qua là hơn ${percentText(p.voting.passShare)} số phiếu hợp lệ, nhưng số phiếu hợp lệ chưa ghi ở trang «Họp bình xét», nên chưa tính được mỗi đơn vị cần bao nhiêu phiếu.`
          : p.votesGiven
            ? `Số phiếu đã ghi chưa đủ để quyết định (mỗi đơn vị được chọn cần ${votesNeeded(p.voting)} và nhiều phiếu hơn đơn vị liền sau).`
            : `Cụm cần bỏ phiếu và ghi số phiếu để quyết định (mỗi đơn vị được chọn cần ${votesNeeded(p.voting)}).`;
      return `Cụm «${clusterName(p.cluster)}»: ${p.units.map(unitText).join(", ")} bằng điểm (${fp(p.total)}) cho ${p.places} suất ${AWARD[p.award]}. ${ask}`;
    },
    TIE_BROKEN_BY_RULE: (p) => {
      // Names in the sentence, not codes: the codes stand beside the names at its start.
      const names = p.units.map((u) => (u.name === undefined || u.name === "" ? String(u.code) : u.name));
      const figures = names.map((_, i) => fp(p.values[i] ?? ZERO));
      const values = `${figures.slice(0, p.ahead).join("; ")} so với ${figures.slice(p.ahead).join("; ")}`;
      return (
        `Cụm «${clusterName(p.cluster)}»: ${p.units.map(unitText).join(", ")} cùng ${fp(p.total)} điểm, tranh suất ${AWARD[p.award]}. ` +
        `Theo thứ tự xét khi bằng điểm của cụm, ${names.slice(0, p.ahead).join(", ")} được xếp trên ${names.slice(p.ahead).join(", ")} ` +
        `${tieBreakRule(p.rule, p.section)} (${values}).`
      );
    },
    // ── reading the workbook ──
    WB_NOT_CLUSTER_WORKBOOK: () =>
      "Tệp không phải sổ làm việc của cụm thi đua — tạo sổ bằng lệnh «thidua mau» hoặc nút tạo sổ mẫu trong ngăn Thi Đua, hoặc chọn đúng tệp.",
    WB_SHEET_MISSING: (p) =>
      `Không tìm thấy trang «${p.sheet}». Có thể trang đã bị đổi tên hoặc xóa; hãy đặt lại đúng tên «${p.sheet}».`,
    WB_UNIT_SHEET_MISSING: (p) =>
      `Không tìm thấy trang chấm điểm của đơn vị «${p.unit.name ?? p.unit.code}» (${p.unit.code}): trang phải mang tên mã đơn vị «${p.unit.code}».`,
    WB_HEADER_ROW_MISSING: (p) =>
      `Trang «${p.sheet}» không có hàng tiêu đề của bảng (cần các cột ${p.expected.map((h) => `«${h}»`).join(", ")}).`,
    WB_HEADER_MISSING: (p) =>
      `Trang «${p.sheet}» thiếu cột «${p.header}» ở hàng tiêu đề ${p.row + 1}. Có thể tiêu đề cột đã bị đổi tên; hãy đặt lại đúng tên «${p.header}».`,
    WB_CONFIG_MISSING: (p) =>
      `Trang «Cấu hình» thiếu dòng «${p.label}» hoặc dòng này chưa có giá trị ở cột B.`,
    WB_CONFIG_INVALID: (p) =>
      `Giá trị «${p.shown}» của «${p.label}» không hợp lệ: cần ${EXPECTED[p.expected]}.`,
    WB_KIND_INVALID: (p) =>
      `Loại «${p.shown}» của tiêu chí ${p.criterion} không hợp lệ: chọn Chấm điểm, Điểm thưởng hoặc Điểm trừ.`,
    WB_MERGED_SCORE_CELLS: (p) =>
      `Vùng ${rangeAddress(p.top, p.left, p.bottom, p.right)} đang gộp ô trong phần điểm. Hãy bỏ gộp ô (Merge & Center › Unmerge Cells) để mỗi tiêu chí có ô điểm riêng.`,
    WB_FORMULA_ERROR: (p) =>
      `Ô đang báo lỗi ${p.shown} (công thức hoặc ô tham chiếu bị hỏng). Hãy sửa công thức hoặc ghi giá trị.`,
    WB_NUMBER_AS_TEXT: (p) =>
      `Điểm «${p.shown}» được lưu dạng chữ: Thi Đua đọc được, nhưng các công thức của Excel (như dòng tổng cộng) bỏ qua ô chữ. Hãy gõ lại thành số.`,
    WB_UNIT_SHEET_MAX_MISMATCH: (p) =>
      `Điểm tối đa của tiêu chí ${p.criterion} trên trang này (${fp(p.sheetMax)}) khác với trang «Tiêu chí» (${fp(p.criteriaMax)}); Thi Đua dùng điểm ở trang «Tiêu chí».`,
    WB_LEGACY_FONT: (p) =>
      `Trang «${p.sheet}» có ${formatCount(p.cells)} ô gõ bằng bảng mã ${LEGACY_ENCODING_LABEL[p.encoding]} (phông ${p.font}): Thi Đua đọc đúng như chữ hiện trên màn hình, nhưng máy không có phông này sẽ thấy chữ lỗi. Nên dùng «Chuyển mã» (hoặc lệnh thidua chuyen-ma) để chuyển sang Unicode.`,
    WB_LEGACY_TEXT: (p) =>
      `Trang «${p.sheet}» có ${formatCount(p.cells)} ô trông như chữ gõ bằng bảng mã ${LEGACY_ENCODING_LABEL[p.encoding]} nhưng không dùng phông của bảng mã đó (ví dụ «${clip(p.before)}», có lẽ là «${clip(p.after)}»): Thi Đua đọc nguyên văn. Hãy dùng «Chuyển mã» (hoặc lệnh thidua chuyen-ma) để chuyển sang Unicode.`,
    WB_TOO_MANY_ROWS: (p) =>
      `Trang «${p.sheet}» dùng đến hàng ${formatCount(p.rows)}, quá giới hạn ${formatCount(p.limit)} hàng Thi Đua đọc. Hãy xóa các hàng thừa ở cuối trang (kể cả ô chỉ có khoảng trắng) hoặc chuyển chúng sang trang khác.`,
    WB_TOO_MANY_UNITS: (p) =>
      `Trang «Đơn vị» có hơn ${formatCount(p.limit)} đơn vị, quá giới hạn Thi Đua xử lý. Hãy tách thành nhiều sổ làm việc (mỗi khối hoặc cụm một sổ).`,
    WB_TOO_MANY_CRITERIA: (p) =>
      `Trang «Tiêu chí» có hơn ${formatCount(p.limit)} tiêu chí, quá giới hạn Thi Đua xử lý. Hãy kiểm tra các hàng thừa trong bảng tiêu chí.`,
    WB_SUBMISSION_CELL_INVALID: (p) =>
      p.shown === ""
        ? `Một dòng của trang «Đăng ký và nộp» chưa ghi «${SUBMISSION_FIELD[p.field]}»: dòng này chưa được tính.`
        : `Ô «${SUBMISSION_FIELD[p.field]}» của trang «Đăng ký và nộp» ghi «${p.shown}», không đọc được (${p.field === "date" ? "ghi ngày theo dạng ngày/tháng/năm" : p.field === "item" ? "chọn hạng mục trong danh sách" : p.field === "outcome" ? "ghi «Đã nhận» hoặc «Trả lại»" : "ghi mã đơn vị"}): dòng này chưa được tính.`,
    WB_TEXT_TOO_LONG: (p) =>
      `Ô có ${formatCount(p.length)} ký tự, quá giới hạn ${formatCount(p.limit)} ký tự một ô của Excel. Hãy rút ngắn nội dung ô này.`,
    // ── before collecting ──
    COLLECT_SHEET_MISSING: (p) => `Thiếu trang «${p.sheet}».`,
    COLLECT_PERIOD_MISSING: () => "Chưa ghi «Kỳ thi đua» ở trang «Cấu hình».",
    COLLECT_UNIT_LIST_UNREADABLE: () =>
      "Không tìm thấy dòng tiêu đề cột (Mã, Tên đơn vị) của trang «Đơn vị».",
  },
  exclusion: (e) => {
    switch (e.rule) {
      case "discipline":
        return `Lãnh đạo chủ chốt bị kỷ luật hình thức ${DISCIPLINE[e.level]} (từ khiển trách trở lên thì không xét thi đua, khen thưởng).`;
      case "not-registered": {
        // An empty cell counts as not done and is said so, so the officer can fill it in.
        const parts: string[] = [];
        if (e.registered === false) parts.push("không đăng ký thi đua");
        if (e.registered === null)
          parts.push("chưa ghi việc đăng ký thi đua (ô để trống, coi như chưa đăng ký)");
        if (e.pactSigned === false) parts.push("không ký giao ước thi đua");
        if (e.pactSigned === null)
          parts.push("chưa ghi việc ký giao ước thi đua (ô để trống, coi như chưa ký)");
        return `Không tham gia đăng ký và ký giao ước thi đua: ${parts.join("; ")}.`;
      }
      case "no-report": {
        const reports = [...(e.mid ? [REPORT.mid] : []), ...(e.end ? [REPORT.end] : [])];
        return `Không gửi ${reports.join(" và ")} phong trào thi đua (chưa có ngày gửi).`;
      }
    }
  },
  exclusionShort: (e) => {
    switch (e.rule) {
      case "discipline":
        return `lãnh đạo chủ chốt bị kỷ luật hình thức ${DISCIPLINE[e.level]}`;
      case "not-registered":
        return "không tham gia đăng ký và ký giao ước thi đua";
      case "no-report": {
        const reports = [...(e.mid ? [REPORT.mid] : []), ...(e.end ? [REPORT.end] : [])];
        return `không gửi ${reports.join(" và ")} phong trào thi đua`;
      }
    }
  },
  awards: { leading: "Dẫn đầu", excellent: "Xuất sắc" },
  tieBreakRule: (rule, section) => tieBreakRule(rule, section),
  voteCountReason,
  votesNeeded,
  passedOverNote: (n) =>
    `Không đề nghị ${AWARD[n.award]}: xếp loại «${n.classification}», cần «${n.required}»` +
    (n.takenBy.length > 0 ? `; suất này dành cho ${n.takenBy.join(", ")}` : "; suất này để trống") +
    (n.unconfirmed ? ` (${CHECK_BAND_SHORT})` : "") +
    ".",
  tieBreakNote: (n) => {
    const placed = n.ahead ? "được xếp trên" : "xếp dưới";
    const award = n.award === "leading" ? "dẫn đầu" : "xuất sắc";
    return (
      `Suất ${award}: cùng ${fp(n.total)} điểm với ${n.others.join(", ")}, ` +
      `${placed} ${tieBreakRule(n.rule, n.section)} (${fp(n.value)} so với ${n.otherValues.map(fp).join("; ")}).`
    );
  },
  workbookErrors: {
    PRESET_UNKNOWN: (p) => `Không có bộ cấu hình mẫu «${p.id}». Các bộ có sẵn: ${p.known.join(", ")}.`,
    YEAR_INVALID: (p) => `Năm ${p.year} không hợp lệ.`,
    UNIT_CODE_MISSING: (p) => `Đơn vị thứ ${p.index + 1} chưa có mã.`,
    UNIT_CODE_NOT_SHEET_NAME: (p) =>
      `Mã đơn vị «${p.code}» không dùng làm tên trang được: tối đa 31 ký tự, không chứa [ ] : * ? / \\ và không bắt đầu hay kết thúc bằng dấu nháy.`,
    UNIT_CODE_RESERVED: (p) => `Mã đơn vị «${p.code}» trùng tên một trang của sổ làm việc; hãy chọn mã khác.`,
    UNIT_CODE_DUPLICATE: (p) => `Mã đơn vị «${p.code}» bị trùng.`,
    TEMPLATE_SHEETS_TAKEN: (p) =>
      `Sổ làm việc đã có trang ${p.names.map((n) => `«${n}»`).join(", ")}. Hãy tạo cụm thi đua trong một sổ làm việc mới hoặc đổi tên các trang đó.`,
    WORKBOOK_TOO_MANY_SHEETS: (p) =>
      `Sổ làm việc có ${formatCount(p.sheets)} trang, quá giới hạn ${formatCount(p.limit)} trang. Hãy chuyển bớt các trang không dùng cho thi đua sang sổ khác.`,
    WORKBOOK_TOO_LARGE: () =>
      "Chưa lập được: sổ làm việc vượt giới hạn Thi Đua xử lý (xem các lỗi bên dưới).",
    NOT_CLUSTER_WORKBOOK: () =>
      "Tệp không phải sổ làm việc của cụm thi đua — tạo sổ bằng lệnh «thidua mau» hoặc nút tạo sổ mẫu trong ngăn Thi Đua, hoặc chọn đúng tệp.",
    WORKBOOK_UNREADABLE: () =>
      "Không đọc được sổ làm việc: thiếu trang «Cấu hình», «Tiêu chí» hoặc «Đơn vị».",
    DOSSIER_INCOMPLETE: (p) =>
      `Chưa lập được hồ sơ khen thưởng: còn ${p.gaps.length} điều chưa xong (${p.gaps.map((g) => vi.dossierGap(g)).join(" ")}). Hãy bổ sung, hoặc chọn lập bản «DỰ THẢO».`,
    SUMMARY_BLOCKED: (p) => `Chưa lập được: sổ làm việc còn ${p.errors} lỗi. Hãy sửa các lỗi rồi thử lại.`,
    ABORTED: () => "Đã hủy.",
    VOTES_INVALID: (p) => `Số phiếu của đơn vị «${p.unit}» phải là số nguyên không âm.`,
    APPRAISAL_UNIT_MISSING: (p) =>
      `Không tìm thấy trang chấm điểm của đơn vị «${p.unit}»: trang phải mang tên mã đơn vị.`,
    APPRAISAL_CRITERION_UNKNOWN: (p) =>
      `Trang «${p.unit}» không có tiêu chí «${p.criterion}» của bảng tiêu chí: có thể trang vừa bị sửa. Hãy mở lại đơn vị.`,
    APPRAISAL_REFUSED: (p) => {
      const r = p.refusal;
      const why =
        r.kind === "reason-missing"
          ? "điểm thẩm định khác điểm tự chấm nên cần ghi lý do"
          : r.kind === "above-max"
            ? `điểm thẩm định ${fp(r.value)} vượt điểm tối đa ${fp(r.max)}`
            : r.kind === "negative"
              ? `điểm thẩm định ${fp(r.value)} không được âm`
              : `«${r.shown}» không phải số điểm (ví dụ 7,5)`;
      return `Trang «${p.sheet}», ô ${p.cell} (tiêu chí ${p.criterion}): ${why}. Chưa ghi gì.`;
    },
    APPRAISAL_LOCKED: (p) =>
      `Kết quả thẩm định đã khóa: trang «${p.sheet}» được bảo vệ nên không sửa được điểm. Muốn sửa, hãy mở khóa (cần ghi lý do) rồi lưu lại. Chưa ghi gì.`,
    APPRAISAL_UNLOCK_REASON: () => "Mở khóa kết quả thẩm định cần ghi lý do. Chưa mở khóa.",
    ENTRY_UNIT_MISSING: (p) =>
      `Không tìm thấy đơn vị «${p.unit}» ở trang «Đơn vị»: có thể trang vừa bị sửa. Hãy chọn lại đơn vị.`,
    ENTRY_DEPARTMENT_UNKNOWN: (p) =>
      `Không có ban «${p.department}» ở trang «Phân bổ điểm ban»: có thể trang vừa bị sửa. Hãy chọn lại đơn vị.`,
    ENTRY_REFUSED: (p) => `${problemText(vi, p.problem)} Chưa ghi gì.`,
    ENTRY_SUBMISSION_LATER: (p) =>
      `Trang «${p.sheet}» có dòng ${p.row} ghi sau ngày ${p.day} cho hạng mục này, nên ngày ${p.day} không đổi được kết quả. Hãy sửa ở trang đó. Chưa ghi gì.`,
    SELECTION_UNREADABLE: (p) =>
      `Không đọc được vùng đang chọn («${p.address}»). Hãy chọn lại một vùng ô trên một trang.`,
    ENCODING_NEEDS_SELECTION: () =>
      "Chỉ chọn bảng mã nguồn khi chuyển một vùng ô: ép một bảng mã cho cả sổ làm việc sẽ làm hỏng chữ Unicode có sẵn.",
    SHEET_MISSING: (p) =>
      `Không tìm thấy trang «${p.sheet}» để chuyển mã: có thể trang vừa bị đổi tên hoặc xóa.`,
    COLLECT_BLOCKED: (p) =>
      `Sổ làm việc của cụm còn ${p.errors} lỗi ở cấu hình, bảng tiêu chí hoặc danh sách đơn vị, nên chưa tách hay gộp được tệp của đơn vị.`,
    COLLECT_UNITS_UNKNOWN: (p) =>
      `Không có đơn vị mang mã ${p.codes.map((c) => `«${c}»`).join(", ")} trong danh sách đơn vị.`,
    COLLECT_NO_UNITS: () => "Danh sách đơn vị trống: chưa có đơn vị nào để tách tệp.",
    XLSX_EMPTY: () => "Tệp rỗng, không có dữ liệu.",
    XLSX_NOT_XLSX: () => "Tệp không phải là bảng tính Excel (.xlsx).",
    XLSX_LEGACY_XLS: () =>
      "Tệp ở định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    XLSX_ENCRYPTED: () =>
      "Tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.",
    XLSX_NOT_WORKBOOK: () => "Tệp nén này không phải là sổ làm việc Excel.",
    XLSX_TRUNCATED: () => "Tệp bị hỏng hoặc chưa tải xuống hết (thiếu phần cuối của tệp).",
    XLSX_TOO_LARGE: (p) =>
      p.limit === undefined
        ? "Tệp quá lớn để mở an toàn."
        : `Tệp quá lớn để mở an toàn (giới hạn ${p.limit} MB khi giải nén).`,
    XLSX_TOO_MANY_SHEETS: (p) =>
      `Sổ làm việc có quá nhiều trang${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} trang)`}. Hãy chuyển bớt các trang không dùng cho thi đua sang sổ khác.`,
    XLSX_TOO_MANY_CELLS: (p) =>
      `Sổ làm việc có quá nhiều ô để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} ô)`}. Hãy xóa các hàng, cột thừa hoặc chuyển bớt trang sang sổ khác.`,
    XLSX_TOO_MANY_ROWS: (p) =>
      `Sổ làm việc có quá nhiều hàng để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} hàng)`}. Hãy xóa các hàng thừa hoặc chuyển bớt trang sang sổ khác.`,
    XLSX_OTHER_FORMAT: (p) =>
      `Tệp ở định dạng ${OTHER_FORMAT[p.format ?? "csv"]}, không phải .xlsx. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx.`,
    XLSX_TOO_MANY_MERGES: (p) =>
      `Sổ làm việc có quá nhiều vùng gộp ô để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} vùng)`}. Hãy bỏ gộp các ô thừa hoặc chuyển bớt trang sang sổ khác.`,
    XLSX_TOO_MANY_VALIDATIONS: (p) =>
      `Sổ làm việc có quá nhiều quy tắc kiểm tra dữ liệu để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} quy tắc)`}.`,
    XLSX_TOO_MANY_STRINGS: (p) =>
      `Sổ làm việc có quá nhiều chuỗi dùng chung để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} chuỗi)`}.`,
    XLSX_TOO_MANY_ENTRIES: (p) =>
      `Tệp có quá nhiều phần bên trong để mở an toàn${p.limit === undefined ? "" : ` (giới hạn ${formatCount(p.limit)} phần)`}.`,
    XLSX_UNREADABLE: (p) =>
      p.doctype === true
        ? `Không đọc được tệp Excel: nội dung bên trong bị hỏng (phần ${p.part ?? "?"} khai báo DTD, điều sổ làm việc Excel không có).`
        : p.part === undefined
          ? "Không đọc được tệp Excel: nội dung bên trong bị hỏng."
          : `Không đọc được tệp Excel: nội dung bên trong bị hỏng (phần ${p.part}).`,
    WRITE_SHEET_MISSING: (p) =>
      `Không tìm thấy trang "${p.sheet}" để ghi: có thể trang vừa bị đổi tên hoặc xóa. Hãy thử lại.`,
    WRITE_BAD_RANGE: (p) => `Vùng ô không hợp lệ: "${p.range}".`,
    WRITE_SHEET_PASSWORD: (p) =>
      `Trang «${p.sheet}» được bảo vệ bằng mật khẩu: hãy bỏ bảo vệ trang này trong Excel (thẻ Xem lại) rồi làm lại. Chưa bỏ bảo vệ trang nào.`,
    WRITE_CELL_LOCKED: (p) =>
      `Trang «${p.sheet}» được bảo vệ: ô ${p.cell} bị khóa nên không ghi được. Nếu là kết quả thẩm định đã khóa, hãy mở khóa ở bước «4. Thẩm định» (ghi lý do) rồi làm lại. Chưa ghi gì.`,
    WRITE_SHEET_TAKEN: (p) =>
      `Trang "${p.sheet}" không do Thi Đua tạo ra nên không được ghi đè. Hãy đổi tên trang đó rồi thử lại.`,
  },
  refusals: {
    COLLECT_UNREADABLE: (p) => `Không mở được tệp: ${faultText(vi, p.cause)}`,
    COLLECT_NOT_UNIT_FILE: (p) =>
      p.missingSheet === undefined
        ? "Không phải tệp tự chấm điểm do Thi Đua tạo (không có trang «Thông tin tệp» hợp lệ)."
        : `Tệp không còn trang chấm điểm «${p.missingSheet}».`,
    COLLECT_FORMAT_TOO_NEW: (p) =>
      `Tệp được tạo bởi phiên bản Thi Đua mới hơn (định dạng ${p.version}). Hãy cập nhật Thi Đua rồi gộp lại.`,
    COLLECT_IDENTITY_EDITED: () =>
      "Thông tin nhận dạng ở trang «Thông tin tệp» đã bị sửa, nên không biết chắc đây là tệp của đơn vị nào.",
    COLLECT_OTHER_CLUSTER: (p) => `Tệp của «${p.file}», không phải của «${p.ours}».`,
    COLLECT_OTHER_PERIOD: (p) => `Tệp của kỳ thi đua «${p.file}», còn sổ làm việc này là kỳ «${p.ours}».`,
    COLLECT_UNIT_UNKNOWN: (p) => `Tệp mang mã đơn vị «${p.code}», không có trong danh sách đơn vị của cụm.`,
    COLLECT_LAYOUT_BROKEN: (p) =>
      `Trang «${p.sheet}» của tệp không còn dòng tiêu đề cột (Mã, Điểm tối đa, Tự chấm).`,
    COLLECT_CRITERIA_OUTDATED: (p) =>
      `Tệp được tách từ một bảng tiêu chí khác: bảng tiêu chí của cụm đã thay đổi sau khi gửi tệp (mã bảng trong tệp ${p.found}, của cụm ${p.ours}). Hãy tách và gửi lại tệp mới cho đơn vị.`,
    COLLECT_CRITERIA_EDITED: () => "Bảng tiêu chí trong tệp đã bị sửa so với bảng của cụm:",
    COLLECT_SCORES_INVALID: (p) =>
      `Có ${p.count} ô điểm không hợp lệ, nên chưa nhận điểm nào từ tệp này (sửa rồi gửi lại cả tệp):`,
    COLLECT_APPRAISED: (p) =>
      `Tệp sửa điểm tự chấm của ${p.count} tiêu chí đã được thẩm định. Điểm thẩm định không bao giờ bị ghi đè, nên chưa nhận điểm nào từ tệp này; muốn nhận, hãy xóa điểm thẩm định của các tiêu chí đó trước:`,
    COLLECT_DUPLICATE: (p) => {
      const unit = `${p.unit.code} (${p.unit.name})`;
      return "file" in p.earlier
        ? `${unit} gửi hai lần: đã nhận tệp «${p.earlier.file}», tệp này có điểm khác. Hãy chọn ghi đè nếu muốn lấy tệp gửi sau.`
        : `${unit} đã gửi điểm ngày ${dateText(p.earlier.received)}; tệp này có điểm khác. Hãy chọn ghi đè nếu muốn lấy tệp này.`;
    },
    COLLECT_CLUSTER_SHEET_MISSING: (p) =>
      "unit" in p
        ? `Sổ làm việc của cụm không có trang chấm điểm «${p.unit}» để ghi điểm vào.`
        : `Trang «${p.sheet}» của sổ làm việc cụm thiếu dòng tiêu chí ${p.rows.join(", ")}, nên không ghi điểm vào được.`,
  },
  dossierGap: (g) => {
    switch (g.kind) {
      case "tie-open":
        return `${g.cluster}: còn ${g.places} suất ${AWARD[g.award]} chờ bỏ phiếu giữa ${g.units.join(", ")}.`;
      case "scores-missing":
        return `${g.unit} còn thiếu điểm ${g.criteria} tiêu chí.`;
      case "meeting-missing":
        return `Trang «Họp bình xét» chưa ghi «${g.field}».`;
      case "summary-missing":
        return "Chưa lập «Bảng tổng hợp»: hãy lập bảng tổng hợp trước để hồ sơ khớp với nó.";
      case "summary-stale":
        return "«Bảng tổng hợp» đã cũ so với dữ liệu: hãy lập lại bảng tổng hợp để hồ sơ khớp với nó.";
      case "document":
        return `${DOCUMENT_NAME[g.document]}: ${documentProblemText(vi, g.problem)}`;
    }
  },
  documentProblems: {
    DOC_ISSUING_BODY_MISSING: () => "Văn bản chưa có tên cơ quan ban hành.",
    DOC_PLACE_MISSING: () => "Văn bản chưa có địa danh ở dòng ngày tháng.",
    DOC_DATE_INVALID: (p) =>
      `Ngày của văn bản (${"day" in p.date ? dateText(p.date) : p.date.year}) không phải ngày hợp lệ.`,
    DOC_NUMBER_INVALID: (p) => `Số văn bản ${p.number} không hợp lệ: số văn bản là số nguyên từ 1.`,
    DOC_SUBJECT_MISSING: () => "Văn bản chưa có trích yếu nội dung.",
    DOC_ADDRESSEE_MISSING: () => "Văn bản chưa có nơi gửi (Kính gửi).",
    DOC_RECIPIENTS_MISSING: () => "Văn bản chưa có đủ nơi nhận (ngoài «Lưu: VT»).",
    DOC_SIGNER_MISSING: (p) => `Chưa có tên người ký ở chức danh «${p.position}».`,
    DOC_TABLE_TOO_NARROW: (p) =>
      `Bảng ở phần ${p.section + 1} có chữ «${p.word}» (dòng ${p.row + 1}, cột ${p.column + 1}) dài hơn độ rộng cột: hãy viết tắt hoặc chia nhỏ.`,
  },
  refusalDetail: (d) => {
    switch (d.kind) {
      case "rowAdded":
        return `thêm dòng «${d.code}» (hàng ${d.row + 1})`;
      case "rowRemoved":
        return `thiếu dòng «${d.code}»`;
      case "rowMoved":
        return `dòng «${d.code}» (hàng ${d.row + 1}) bị đổi thứ tự: đúng ra ở đó là dòng «${d.expected}»`;
      case "maxEdited":
        return `điểm tối đa của «${d.code}» (hàng ${d.row + 1}) là ${scoreShown(d.found) || "—"}, bảng của cụm là ${fp(d.expected)}`;
      case "kindEdited":
        return `loại điểm của «${d.code}» (hàng ${d.row + 1}) là «${d.found}», bảng của cụm là «${KIND_LABEL[d.expected]}»`;
      case "notANumber":
        return `«${d.code}»: «${d.shown}» không phải là số (${placeOf(d.at)})`;
      case "tooPrecise":
        return `«${d.code}»: điểm «${d.shown}» ghi quá hai chữ số thập phân (${placeOf(d.at)})`;
      case "negative":
        return `«${d.code}»: điểm ${fp(d.value)} là số âm (${placeOf(d.at)})`;
      case "aboveMax":
        return `«${d.code}»: điểm ${fp(d.value)} vượt điểm tối đa ${fp(d.max)} (${placeOf(d.at)})`;
      case "onSection":
        return `«${d.code}» là mục lớn, không chấm điểm trực tiếp (${placeOf(d.at)})`;
      case "appraised":
        return `«${d.code}»: tự chấm ${scoreShown(d.before) || "—"} → ${d.after === null ? "—" : fp(d.after)}, đã thẩm định ${scoreShown(d.appraised)}`;
      case "more":
        return `… và ${d.count} chỗ khác`;
    }
  },
  remark: (r) => {
    switch (r.kind) {
      case "sameAsEarlier":
        return `Gửi lại giống hệt tệp «${r.file}»: không có gì mới.`;
      case "nothingNew":
        return `Đơn vị đã gửi điểm ngày ${dateText(r.received)}; tệp này không có gì mới.`;
      case "superseded":
        return `Được thay bằng tệp gửi sau «${r.later}».`;
    }
  },
  receivedFrom: (from) =>
    from === "file"
      ? "ngày đơn vị ghi ở ô «Ngày chấm điểm» trong tệp"
      : "ngày gộp, vì tệp không ghi «Ngày chấm điểm»",
  dateNotice: (n) => {
    switch (n.kind) {
      case "outsidePeriod":
        return `Ngày nhận ${dateText(n.date)} nằm ngoài kỳ thi đua (${dateText(n.start)} – ${dateText(n.end)}): kiểm tra lại ô «Ngày chấm điểm» trong tệp, hoặc sửa ngày nhận điểm ở trang Đơn vị sau khi gộp.`;
      case "unreadableDate":
        return `Ô «Ngày chấm điểm» ghi «${n.shown}», không phải ngày hợp lệ (${placeOf(n.at)}): đã lấy ngày gộp làm ngày nhận.`;
    }
  },
};

/** The «Loại» labels of the criteria table (the workbook's own words, also in English text). */
const KIND_LABEL: Record<CriterionKind | "section", string> = {
  scored: "Chấm điểm",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
  section: "Mục",
};

/**
 * The tie-break rule that decided, as a phrase: "theo điểm thẩm định", "theo điểm mục I" (the main
 * section's code where known), "theo số điểm trừ ít hơn".
 */
/** Where the band an award needs is a default or unconfirmed: the federation's guidance decides. */
const CHECK_BAND = "Mức xếp loại cần có là mặc định — kiểm tra lại theo hướng dẫn của LĐLĐ.";
const CHECK_BAND_SHORT = "mức mặc định, kiểm tra lại";

const VOTE_COUNT_REASON: Record<VoteCountReason, (voters: number, ofValidVotes: boolean) => string> = {
  notANumber: () => "số phiếu phải là một số nguyên.",
  negative: () => "số phiếu không được âm.",
  fraction: () => "số phiếu phải là số nguyên, không có phần lẻ.",
  aboveVoters: (voters, ofValidVotes) =>
    ofValidVotes
      ? `số phiếu không thể nhiều hơn số phiếu hợp lệ của cuộc họp (${voters} phiếu).`
      : `số phiếu không thể nhiều hơn số người bỏ phiếu (${voters} đơn vị thành viên của cụm).`,
};

function voteCountReason(reason: VoteCountReason, voters: number, ofValidVotes = false): string {
  return VOTE_COUNT_REASON[reason](voters, ofValidVotes);
}

/** A share as a percentage: 0.8 → "80 %", 2/3 → "66,67 %". */
function percentText(share: number): string {
  return `${String(Math.round(share * 10000) / 100).replace(".", ",")} %`;
}

function votesNeeded(voting: Voting): string {
  if (voting.needed === null)
    return "một số phiếu chưa tính được vì chưa ghi số phiếu hợp lệ ở trang «Họp bình xét»";
  if (voting.basis === "validVotes")
    return `ít nhất ${voting.needed}/${voting.base ?? voting.voters} phiếu hợp lệ`;
  return `ít nhất ${voting.needed}/${voting.voters} phiếu`;
}

function tieBreakRule(rule: "appraisedTotal" | "mainSection" | "fewerDeductions", section?: string): string {
  switch (rule) {
    case "appraisedTotal":
      return "theo điểm thẩm định";
    case "mainSection":
      return section === undefined || section === "" ? "theo điểm mục chính" : `theo điểm mục ${section}`;
    case "fewerDeductions":
      return "theo số điểm trừ ít hơn";
  }
}
