/**
 * Vietnamese messages of the custom functions THIDUA.*: Excel shows them under the error flag of a
 * #VALUE! or #N/A cell (it shows no message for #NUM!). Descriptions and parameter help live in the
 * functions' JSDoc, because Excel reads them from the generated functions.json, not from here.
 */

export type NotANumberReason = "text" | "error" | "date" | "boolean" | "precision";

/** Where a value sits in the range the user passed: "Dòng 3" for a column, "Cột 2" for a row. */
export function position(p: { index: number; rows: number; columns: number }): string {
  if (p.columns === 1) return `Dòng ${p.index + 1}`;
  if (p.rows === 1) return `Cột ${p.index + 1}`;
  const row = Math.floor(p.index / p.columns);
  return `Dòng ${row + 1}, cột ${(p.index % p.columns) + 1}`;
}

/** "Dòng 3: …" where the value came from a range, the bare sentence for a single value. */
export function at(place: string | null, sentence: string): string {
  return place === null ? capitalise(sentence) : `${place}: ${sentence}`;
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Why a value is not a number (lower case, to follow "Dòng 3: "). */
export function notANumber(p: { shown: string; reason: NotANumberReason; what?: string }): string {
  const what = p.what ?? "giá trị";
  switch (p.reason) {
    case "text":
      return `${what} «${p.shown}» không phải là số (ví dụ đúng: 8,5)`;
    case "error":
      return `${what} đang báo lỗi ${p.shown}: sửa công thức hoặc ô tham chiếu trước`;
    case "date":
      return `${what} là ngày tháng (${p.shown}), không phải là số: kiểm tra định dạng ô`;
    case "boolean":
      return `${what} là giá trị đúng/sai (${p.shown}), không phải là số`;
    case "precision":
      return `${what} «${p.shown}» có quá 2 chữ số thập phân (điểm chỉ ghi đến 0,01)`;
  }
}

export const singleValueExpected = (p: { parameter: string; rows: number; columns: number }): string =>
  `Tham số «${p.parameter}» cần một ô, nhưng nhận một vùng ${p.rows} × ${p.columns} ô`;

export const sizesDiffer = (p: {
  first: string;
  firstCount: number;
  second: string;
  secondCount: number;
}): string =>
  `Vùng «${p.first}» có ${p.firstCount} ô còn vùng «${p.second}» có ${p.secondCount} ô: hai vùng phải dài bằng nhau`;

export const tableEmpty = (p: { parameter: string }): string =>
  `Vùng «${p.parameter}» chưa có dòng nào có dữ liệu`;

export const columnsExpected = (p: { parameter: string; columns: string; found: number }): string =>
  `Vùng «${p.parameter}» cần các cột ${p.columns}, nhưng chỉ có ${p.found} cột`;

/** The labels the cluster workbook writes in its "Loại" column; the core also reads short forms. */
const KIND_LABELS = ["Chấm điểm", "Điểm thưởng", "Điểm trừ"];

export const kindInvalid = (p: { shown: string }): string =>
  `loại «${p.shown}» không hợp lệ: để trống (tiêu chí chấm điểm) hoặc ghi ${KIND_LABELS.map((l) => `«${l}»`).join(", ")}`;

export const unitTypeInvalid = (p: { shown: string }): string =>
  `Loại đơn vị «${p.shown}» không hợp lệ: ghi «trực tiếp» hoặc «phối hợp»`;

export const unitTypeMissing = (): string => "Chưa ghi loại đơn vị: ghi «trực tiếp» hoặc «phối hợp»";

export const departmentUnknown = (p: { department: string }): string =>
  `Không có ban «${p.department}» trong bảng phân bổ điểm (ghi mã như TC, TGNC, CSPL hoặc tên ban)`;

export const yesNoInvalid = (p: { shown: string; what: string }): string =>
  `${p.what} «${p.shown}» không hợp lệ: ghi «Có» hoặc «Không»`;

export const disciplineInvalid = (p: { shown: string }): string =>
  `Mức kỷ luật «${p.shown}» không hợp lệ: để trống hoặc ghi «Không», «Khiển trách», «Cảnh cáo», «Cách chức»…`;

export const reportInvalid = (p: { shown: string; report: string }): string =>
  `Ô ${p.report} «${p.shown}» không hợp lệ: ghi ngày gửi (ví dụ 20/10/2024), «Có» nếu đã gửi mà không rõ ngày, hoặc để trống hay ghi «Không» nếu chưa gửi`;

export const reportsMissing = (): string => "Cần ít nhất một ô báo cáo (ngày gửi báo cáo sơ kết, tổng kết)";

export const totalNotInList = (p: { total: string }): string =>
  `Tổng điểm ${p.total} không có trong danh sách tổng điểm nên không xếp hạng được`;

/** DENGHI's name for its k-th tie-break column, in messages: "tiêu chí phụ 1". */
export const tieBreakColumn = (p: { index: number }): string => `tiêu chí phụ ${p.index}`;

/** DENGHI's label for a unit whose tie straddles the quota: the cluster votes (the awards' names are in awards.ts). */
export const voteNeeded = (): string => "Bỏ phiếu";

export const eligible = (): string => "Đủ điều kiện";

/** Several reasons, each a sentence of its own. */
export const reasons = (list: readonly string[]): string => list.join(" ");

export const unexpected = (p: { detail: string }): string =>
  `Lỗi ngoài dự kiến khi tính (${p.detail}). Hãy báo cho người quản trị bảng tính`;

/** A core problem found at a place of a range: "Dòng 3: …". */
export const located = (place: string | null, sentence: string): string =>
  place === null ? sentence : `${place}: ${sentence}`;

export const scoreAboveMax = (p: { value: string; max: string; deduction: boolean }): string =>
  p.deduction
    ? `trừ ${p.value} điểm, vượt mức trừ tối đa ${p.max}`
    : `điểm ${p.value} vượt điểm tối đa ${p.max}`;

export const scoreNegative = (p: { value: string }): string => `điểm ${p.value} là số âm: điểm không được âm`;

export const maxMissing = (): string => "có điểm nhưng chưa ghi điểm tối đa";

export const maxNegative = (p: { value: string }): string => `điểm tối đa ${p.value} là số âm`;

export const rowsDepartmentMissing = (): string => "có điểm nhưng chưa ghi tên hoặc mã ban";

export const tooManyReports = (p: { count: number }): string =>
  `Nhận ${p.count} ô báo cáo, nhưng chỉ có hai loại báo cáo: sơ kết và tổng kết`;

export const registrationCells = (p: { count: number }): string =>
  `Ô «đăng ký» cần một ô (đăng ký và ký giao ước) hoặc hai ô (đăng ký; ký giao ước), nhưng nhận ${p.count} ô`;
