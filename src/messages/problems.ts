/**
 * Vietnamese messages for the problems the core finds in a cluster's workbook, written for the union
 * officer who fills it in: what is wrong, where, and what to do. Each is a function of already
 * formatted parameters (points as "8,5", units as «name» (code)); src/core/problems.ts builds the
 * Problem objects around them.
 */

export type ScoreColumn = "self" | "appraised";
export type KindName = "scored" | "bonus" | "deduction";
export type UnitTypeName = "direct" | "coordinating";
export type NotANumberReason = "text" | "error" | "date" | "boolean" | "precision";
export type RowSource = "scores" | "departments" | "votes";

const COLUMN: Record<ScoreColumn, string> = { self: "điểm tự chấm", appraised: "điểm thẩm định" };
const KIND: Record<KindName, string> = {
  scored: "tiêu chí chấm điểm",
  bonus: "điểm thưởng",
  deduction: "điểm trừ",
};
const UNIT_TYPE: Record<UnitTypeName, string> = { direct: "trực tiếp", coordinating: "phối hợp" };
const SOURCE: Record<RowSource, string> = {
  scores: "bảng điểm",
  departments: "bảng điểm các ban LĐLĐ tỉnh",
  votes: "bảng số phiếu",
};
const AWARD: Record<"leading" | "excellent", string> = {
  leading: "đơn vị dẫn đầu",
  excellent: "đơn vị xuất sắc",
};
const REPORT: Record<"mid" | "end", string> = { mid: "báo cáo sơ kết", end: "báo cáo tổng kết" };

/** Where a value is: "ô E12, trang «Tự chấm»". */
export function cellPlace(sheet: string, address: string): string {
  return `ô ${address}, trang «${sheet}»`;
}

/** Why a cell is not a number, and what to type instead. */
function notANumber(shown: string, reason: NotANumberReason): string {
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

// ── Criteria table ──────────────────────────────────────────────────────────

export const criteriaEmpty = (): string => "Bảng tiêu chí chưa có dòng nào nên chưa thể chấm điểm.";

export const criterionCodeMissing = (p: { text: string }): string =>
  p.text === ""
    ? "Có một dòng trong bảng tiêu chí chưa ghi mã số. Mỗi tiêu chí cần một mã như I, I.1, I.1.a."
    : `Tiêu chí «${p.text}» chưa ghi mã số. Mỗi tiêu chí cần một mã như I, I.1, I.1.a.`;

export const criterionCodeInvalid = (p: { code: string }): string =>
  `Mã tiêu chí «${p.code}» không đúng dạng: các phần cách nhau bằng một dấu chấm, như I, I.1, I.1.a.`;

export const criterionDuplicate = (p: { code: string }): string =>
  `Mã tiêu chí ${p.code} xuất hiện hai lần trong bảng tiêu chí. Mỗi tiêu chí chỉ ghi một lần.`;

export const criterionParentMissing = (p: { code: string; parent: string }): string =>
  `Tiêu chí ${p.code} thuộc mục ${p.parent}, nhưng bảng tiêu chí không có mục ${p.parent}.`;

export const criterionMaxMissing = (p: { code: string }): string =>
  `Tiêu chí ${p.code} chưa ghi điểm tối đa.`;

export const criterionMaxInvalid = (p: {
  code: string;
  shown: string;
  reason: NotANumberReason | "negative";
}): string =>
  p.reason === "negative"
    ? `Điểm tối đa của tiêu chí ${p.code} là ${p.shown}: điểm tối đa không được âm.`
    : `Điểm tối đa của tiêu chí ${p.code} ${notANumber(p.shown, p.reason)}.`;

export const criterionParentMaxMismatch = (p: { code: string; typed: string; sum: string }): string =>
  `Mục ${p.code} ghi điểm tối đa ${p.typed}, nhưng điểm tối đa các tiêu chí con cộng lại là ${p.sum}. Sửa một trong hai cho khớp.`;

export const criterionKindMixed = (p: {
  code: string;
  kind: KindName;
  parent: string;
  parentKind: KindName;
}): string =>
  `Tiêu chí ${p.code} là ${KIND[p.kind]} nhưng nằm trong mục ${p.parent} là ${KIND[p.parentKind]}. Hãy để điểm thưởng, điểm trừ thành mục riêng.`;

export const scoredMaxMismatch = (p: {
  total: string;
  expected: string;
  sections: readonly { code: string; max: string }[];
}): string => {
  const parts = p.sections.map((s) => `mục ${s.code}: ${s.max}`).join("; ");
  return `Điểm tối đa của bảng tự chấm cộng lại là ${p.total}, phải bằng ${p.expected} điểm (${parts}). Kiểm tra lại điểm tối đa của các mục.`;
};

// ── Department allocation ───────────────────────────────────────────────────

export const departmentCodeMissing = (p: { name: string }): string =>
  p.name === ""
    ? "Có một dòng trong bảng phân bổ điểm các ban chưa ghi mã ban."
    : `Ban «${p.name}» trong bảng phân bổ điểm chưa ghi mã ban.`;

export const departmentDuplicate = (p: { department: string }): string =>
  `Ban ${p.department} xuất hiện hai lần trong bảng phân bổ điểm các ban.`;

export const allocationInvalid = (p: {
  department: string;
  unitType: UnitTypeName;
  shown: string;
  reason: NotANumberReason | "negative" | "missing";
}): string => {
  const what = `Điểm phân bổ của ${p.department} cho đơn vị ${UNIT_TYPE[p.unitType]}`;
  if (p.reason === "missing") return `${what} chưa ghi (ban không chấm thì ghi 0).`;
  if (p.reason === "negative") return `${what} là ${p.shown}: không được âm.`;
  return `${what} ${notANumber(p.shown, p.reason)}.`;
};

export const allocationTotalMismatch = (p: {
  unitType: UnitTypeName;
  total: string;
  expected: string;
}): string =>
  `Bảng phân bổ điểm các ban cho đơn vị ${UNIT_TYPE[p.unitType]} cộng lại là ${p.total}, phải bằng ${p.expected} điểm do LĐLĐ tỉnh chấm.`;

// ── Classification bands ────────────────────────────────────────────────────

export const bandLabelMissing = (p: { min: string }): string =>
  `Mức xếp loại từ ${p.min} điểm chưa có tên (ví dụ «Hoàn thành tốt nhiệm vụ»).`;

export const bandMinInvalid = (p: { label: string; shown: string }): string =>
  p.shown === ""
    ? `Mức xếp loại «${p.label}» chưa ghi số điểm tối thiểu.`
    : `Điểm tối thiểu của mức xếp loại «${p.label}» («${p.shown}») không phải là số điểm hợp lệ.`;

export const bandShareInvalid = (p: { label: string; shown: string }): string =>
  `Điều kiện tỷ lệ của mức xếp loại «${p.label}» («${p.shown}») phải là tỷ lệ từ 0 đến 1 hoặc phần trăm, ví dụ 0,5 hay 50%.`;

export const bandDuplicate = (p: { label: string; other: string; min: string }): string =>
  p.label === p.other
    ? `Mức xếp loại «${p.label}» được ghi hai lần.`
    : `Hai mức xếp loại «${p.other}» và «${p.label}» cùng bắt đầu từ ${p.min} điểm.`;

export const bandsNoFloor = (p: { lowest: string }): string =>
  `Mức xếp loại thấp nhất bắt đầu từ ${p.lowest} điểm: đơn vị dưới mức đó sẽ không được xếp loại. Hãy thêm một mức từ 0 điểm (ví dụ «Không hoàn thành nhiệm vụ»).`;

/** Shown beside the default bands: no national point bands could be confirmed. */
export const defaultBandsNote = (): string => "theo hướng dẫn của LĐLĐ — kiểm tra lại";

// ── Clusters ────────────────────────────────────────────────────────────────

export const clustersEmpty = (): string => "Chưa khai báo cụm thi đua nào nên chưa thể xếp hạng, bình xét.";

export const clusterDuplicate = (p: { cluster: string }): string =>
  `Cụm thi đua «${p.cluster}» được khai báo hai lần.`;

export const clusterEmpty = (p: { cluster: string }): string =>
  `Cụm thi đua «${p.cluster}» chưa có đơn vị thành viên nào.`;

// ── Units ───────────────────────────────────────────────────────────────────

export const unitCodeMissing = (p: { name: string }): string =>
  p.name === ""
    ? "Có một dòng trong danh sách đơn vị chưa ghi mã đơn vị."
    : `Đơn vị «${p.name}» chưa ghi mã đơn vị.`;

export const unitDuplicate = (p: { unit: string }): string =>
  `Đơn vị ${p.unit} có hai dòng trong danh sách đơn vị (so mã không phân biệt hoa thường, khoảng trắng). Chỉ dòng đầu được tính.`;

export const unitClusterMissing = (p: { unit: string }): string =>
  `Đơn vị ${p.unit} chưa ghi thuộc cụm thi đua nào.`;

export const unitClusterUnknown = (p: { unit: string; cluster: string }): string =>
  `Đơn vị ${p.unit} ghi thuộc cụm «${p.cluster}», nhưng không có cụm nào tên hoặc mã như vậy.`;

export const unitTypeInvalid = (p: { unit: string; shown: string }): string =>
  `Loại đơn vị của ${p.unit} ghi «${p.shown}»: hãy ghi «trực tiếp» hoặc «phối hợp».`;

export const unitTypeMissing = (p: { unit: string }): string =>
  `Đơn vị ${p.unit} chưa ghi loại đơn vị (trực tiếp hay phối hợp); tạm tính là đơn vị trực tiếp khi đối chiếu điểm các ban.`;

const FACT: Record<"registered" | "pactSigned", string> = {
  registered: "đăng ký thi đua",
  pactSigned: "ký giao ước thi đua",
};

export const unitYesNoInvalid = (p: {
  unit: string;
  fact: "registered" | "pactSigned";
  shown: string;
}): string => `Ô «${FACT[p.fact]}» của ${p.unit} ghi «${p.shown}»: hãy ghi «Có» hoặc «Không».`;

export const unitFactMissing = (p: { unit: string; fact: "registered" | "pactSigned" }): string =>
  `Chưa ghi ${p.unit} đã ${FACT[p.fact]} hay chưa. Đơn vị không đăng ký và ký giao ước thì không được xét thi đua, khen thưởng.`;

export const unitDateInvalid = (p: { unit: string; report: "mid" | "end"; shown: string }): string =>
  `Ngày gửi ${REPORT[p.report]} của ${p.unit} ghi «${p.shown}», không phải ngày hợp lệ. Hãy ghi ngày gửi theo dạng ngày/tháng/năm, ví dụ 20/10/2022; ghi «Có» nếu đã gửi mà không rõ ngày, «Không» nếu chưa gửi.`;

export const unitDisciplineInvalid = (p: { unit: string; shown: string }): string =>
  `Hình thức kỷ luật của lãnh đạo chủ chốt ${p.unit} ghi «${p.shown}»: hãy ghi «Không», «Khiển trách», «Cảnh cáo», «Hạ bậc lương», «Giáng chức», «Cách chức» hoặc «Khai trừ».`;

/** Lists the first few missing criteria; the rest as a count so the message stays readable. */
export const unitIncomplete = (p: { unit: string; missing: readonly string[] }): string => {
  const shown = p.missing.slice(0, 10).join(", ");
  const more = p.missing.length > 10 ? ` và ${p.missing.length - 10} tiêu chí khác` : "";
  return `${p.unit} chưa chấm ${p.missing.length} tiêu chí: ${shown}${more}. Đơn vị chưa đủ điểm nên chưa được đề nghị khen thưởng.`;
};

export const reportLate = (p: {
  unit: string;
  report: "mid" | "end";
  days: number;
  deadline: string;
}): string => `${p.unit} gửi ${REPORT[p.report]} chậm ${p.days} ngày so với hạn ${p.deadline}.`;

export const reportNotDue = (p: { unit: string; report: "mid" | "end"; deadline: string }): string =>
  `${p.unit} chưa gửi ${REPORT[p.report]}, nhưng chưa đến hạn gửi báo cáo (hạn ${p.deadline}) nên vẫn được xét. Quá hạn mà chưa gửi thì đơn vị không được xét thi đua, khen thưởng.`;

// ── Rows of scores, department points and votes ─────────────────────────────

export const rowUnitMissing = (p: { source: RowSource; rows: number }): string =>
  `${p.rows > 1 ? `${p.rows} dòng` : "Một dòng"} trong ${SOURCE[p.source]} chưa ghi mã đơn vị.`;

export const unitUnknown = (p: { unit: string; source: RowSource; rows: number }): string =>
  `Mã đơn vị «${p.unit}» có trong ${SOURCE[p.source]}${p.rows > 1 ? ` (${p.rows} dòng)` : ""} nhưng không có trong danh sách đơn vị. Kiểm tra lại mã, hoặc thêm đơn vị vào danh sách.`;

export const scoreCriterionMissing = (p: { unit: string }): string =>
  `Một dòng điểm của ${p.unit} chưa ghi mã tiêu chí.`;

/** "dòng của «X» (X1)" or "12 dòng, của «X» (X1), «Y» (Y1), «Z» (Z1) và 9 đơn vị khác". */
function rowsOf(units: readonly string[], rows: number): string {
  if (rows <= 1) return `dòng của ${units[0] ?? "một đơn vị"}`;
  const more = units.length > 3 ? ` và ${units.length - 3} đơn vị khác` : "";
  return `${rows} dòng, của ${units.slice(0, 3).join(", ")}${more}`;
}

export const criterionUnknown = (p: { criterion: string; units: readonly string[]; rows: number }): string =>
  `Bảng điểm ghi tiêu chí «${p.criterion}» (${rowsOf(p.units, p.rows)}), nhưng bảng tiêu chí không có mã này. Kiểm tra lại mã tiêu chí.`;

export const scoreOnParent = (p: { criterion: string; units: readonly string[]; rows: number }): string =>
  `Bảng điểm ghi điểm ở mục ${p.criterion} (${rowsOf(p.units, p.rows)}), là mục có tiêu chí con: điểm chỉ chấm ở tiêu chí chi tiết, điểm của mục tự cộng. Các dòng này không được tính.`;

export const scoreDuplicate = (p: { unit: string; criterion: string }): string =>
  `${p.unit} có hai dòng điểm cho tiêu chí ${p.criterion}. Chỉ dòng đầu được tính; hãy xóa dòng thừa.`;

/** "Điểm tự chấm của «X» (X1), tiêu chí I.1.a" — or without the unit when it is not known. */
function scoreSubject(column: ScoreColumn, unit: string | undefined, criterion: string): string {
  return `${capitalize(COLUMN[column])}${unit === undefined ? "" : ` của ${unit}`}, tiêu chí ${criterion},`;
}

export const scoreNotANumber = (p: {
  unit?: string;
  criterion: string;
  column: ScoreColumn;
  shown: string;
  reason: NotANumberReason;
}): string => `${scoreSubject(p.column, p.unit, p.criterion)} ${notANumber(p.shown, p.reason)}.`;

export const scoreNegative = (p: {
  unit?: string;
  criterion: string;
  column: ScoreColumn;
  value: string;
}): string => `${scoreSubject(p.column, p.unit, p.criterion)} là ${p.value}: điểm không được âm.`;

export const scoreAboveMax = (p: {
  unit?: string;
  criterion: string;
  column: ScoreColumn;
  value: string;
  max: string;
  kind: KindName;
}): string =>
  p.kind === "deduction"
    ? `${scoreSubject(p.column, p.unit, p.criterion)} trừ ${p.value} điểm, nhiều hơn mức trừ tối đa ${p.max}.`
    : `${scoreSubject(p.column, p.unit, p.criterion)} là ${p.value}, cao hơn điểm tối đa ${p.max}.`;

// ── Departments' points ─────────────────────────────────────────────────────

/** "cho «X» (X1)" — or nothing when the unit is not known. */
const forUnit = (unit: string | undefined): string => (unit === undefined ? "" : ` cho ${unit}`);

export const departmentUnknown = (p: { unit?: string; department: string }): string =>
  `Điểm${forUnit(p.unit)} ghi cho ban «${p.department}», nhưng bảng phân bổ điểm không có ban này.`;

export const departmentPointsNotANumber = (p: {
  unit?: string;
  department: string;
  shown: string;
  reason: NotANumberReason;
}): string => `Điểm ${p.department} chấm${forUnit(p.unit)} ${notANumber(p.shown, p.reason)}.`;

export const departmentPointsNegative = (p: { unit?: string; department: string; value: string }): string =>
  `Điểm ${p.department} chấm${forUnit(p.unit)} là ${p.value}: điểm không được âm.`;

export const departmentAboveAllocation = (p: {
  unit?: string;
  department: string;
  value: string;
  allocation: string;
  unitType: UnitTypeName;
}): string =>
  `Điểm ${p.department} chấm${forUnit(p.unit)} là ${p.value}, cao hơn mức phân bổ ${p.allocation} cho đơn vị ${UNIT_TYPE[p.unitType]}.`;

export const departmentPointsDuplicate = (p: { unit?: string; department: string }): string =>
  `Có hai dòng điểm của ${p.department}${forUnit(p.unit)}. Chỉ dòng đầu được tính; hãy xóa dòng thừa.`;

// ── Votes and ties ──────────────────────────────────────────────────────────

export const voteInvalid = (p: { unit: string; shown: string }): string =>
  `Số phiếu của ${p.unit} ghi «${p.shown}»: số phiếu phải là số nguyên không âm.`;

export const voteDuplicate = (p: { unit: string }): string =>
  `${p.unit} có hai dòng số phiếu. Chỉ dòng đầu được tính.`;

export const tieNeedsVote = (p: {
  cluster: string;
  award: "leading" | "excellent";
  units: readonly string[];
  total: string;
  places: number;
  votesGiven: boolean;
}): string => {
  const who = p.units.join(", ");
  const ask = p.votesGiven
    ? "Số phiếu đã ghi chưa đủ để quyết định (cần quá tỷ lệ quy định và nhiều phiếu hơn đơn vị liền sau)."
    : "Cụm cần bỏ phiếu và ghi số phiếu để quyết định.";
  return `Cụm «${p.cluster}»: ${who} bằng điểm (${p.total}) cho ${p.places} suất ${AWARD[p.award]}. ${ask}`;
};

/**
 * Equal totals at a quota boundary that the cluster's tie-break chain decided: no vote was asked,
 * so the message says who was placed above whom, by which rule and with which figures.
 */
export const tieBrokenByRule = (p: {
  cluster: string;
  award: "leading" | "excellent";
  /** Every tied unit, named in full, in the order the chain put them. */
  units: readonly string[];
  total: string;
  /** Codes of the units placed inside the award's places, then of those below. */
  ahead: readonly string[];
  behind: readonly string[];
  /** "theo điểm thẩm định" (messages/awards.ts tieBreakRuleText). */
  rule: string;
  /** "DV03: 85" for each unit, in the order of `units`. */
  values: readonly string[];
}): string =>
  `Cụm «${p.cluster}»: ${p.units.join(", ")} cùng ${p.total} điểm, tranh suất ${AWARD[p.award]}. ` +
  `Theo thứ tự xét khi bằng điểm của cụm, ${p.ahead.join(", ")} được xếp trên ${p.behind.join(", ")} ` +
  `${p.rule} (${p.values.join("; ")}).`;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
