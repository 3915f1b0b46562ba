/** The custom functions' messages in Vietnamese, and the values they return into cells. */
import type { Exclusion } from "../../core/model";
import type { FunctionText, NotANumberReason } from "../functions";
import { vi as diagnostics } from "./diagnostics";

const capitalise = (sentence: string): string => sentence.charAt(0).toUpperCase() + sentence.slice(1);

/** The labels the cluster workbook writes in its "Loại" column; the core also reads short forms. */
const KIND_LABELS = ["Chấm điểm", "Điểm thưởng", "Điểm trừ"];

export const vi: FunctionText = {
  diagnostics,
  position: (p) => {
    if (p.columns === 1) return `Dòng ${p.index + 1}`;
    if (p.rows === 1) return `Cột ${p.index + 1}`;
    return `Dòng ${Math.floor(p.index / p.columns) + 1}, cột ${(p.index % p.columns) + 1}`;
  },
  at: (place, sentence) => (place === null ? capitalise(sentence) : `${place}: ${sentence}`),
  located: (place, sentence) => (place === null ? sentence : `${place}: ${sentence}`),
  notANumber: (p: { shown: string; reason: NotANumberReason; what?: string }) => {
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
  },
  singleValueExpected: (p) =>
    `Tham số «${p.parameter}» cần một ô, nhưng nhận một vùng ${p.rows} × ${p.columns} ô`,
  sizesDiffer: (p) =>
    `Vùng «${p.first}» có ${p.firstCount} ô còn vùng «${p.second}» có ${p.secondCount} ô: hai vùng phải dài bằng nhau`,
  tableEmpty: (p) => `Vùng «${p.parameter}» chưa có dòng nào có dữ liệu`,
  columnsExpected: (p) => `Vùng «${p.parameter}» cần các cột ${p.columns}, nhưng chỉ có ${p.found} cột`,
  kindInvalid: (p) =>
    `loại «${p.shown}» không hợp lệ: để trống (tiêu chí chấm điểm) hoặc ghi ${KIND_LABELS.map((l) => `«${l}»`).join(", ")}`,
  unitTypeInvalid: (p) => `Loại đơn vị «${p.shown}» không hợp lệ: ghi «trực tiếp» hoặc «phối hợp»`,
  unitTypeMissing: () => "Chưa ghi loại đơn vị: ghi «trực tiếp» hoặc «phối hợp»",
  departmentUnknown: (p) =>
    `Không có ban «${p.department}» trong bảng phân bổ điểm (ghi mã như TC, TGNC, CSPL hoặc tên ban)`,
  yesNoInvalid: (p) => `${p.what} «${p.shown}» không hợp lệ: ghi «Có» hoặc «Không»`,
  disciplineInvalid: (p) =>
    `Mức kỷ luật «${p.shown}» không hợp lệ: để trống hoặc ghi «Không», «Khiển trách», «Cảnh cáo», «Cách chức»…`,
  reportInvalid: (p) =>
    `Ô ${p.report} «${p.shown}» không hợp lệ: ghi ngày gửi (ví dụ 20/10/2024), «Có» nếu đã gửi mà không rõ ngày, hoặc để trống hay ghi «Không» nếu chưa gửi`,
  reportsMissing: () => "Cần ít nhất một ô báo cáo (ngày gửi báo cáo sơ kết, tổng kết)",
  totalNotInList: (p) => `Tổng điểm ${p.total} không có trong danh sách tổng điểm nên không xếp hạng được`,
  tieBreakColumn: (p) => `tiêu chí phụ ${p.index}`,
  unexpected: (p) => `Lỗi ngoài dự kiến khi tính (${p.detail}). Hãy báo cho người quản trị bảng tính`,
  scoreAboveMax: (p) =>
    p.deduction
      ? `trừ ${p.value} điểm, vượt mức trừ tối đa ${p.max}`
      : `điểm ${p.value} vượt điểm tối đa ${p.max}`,
  scoreNegative: (p) => `điểm ${p.value} là số âm: điểm không được âm`,
  maxMissing: () => "có điểm nhưng chưa ghi điểm tối đa",
  maxNegative: (p) => `điểm tối đa ${p.value} là số âm`,
  rowsDepartmentMissing: () => "có điểm nhưng chưa ghi tên hoặc mã ban",
  tooManyReports: (p) => `Nhận ${p.count} ô báo cáo, nhưng chỉ có hai loại báo cáo: sơ kết và tổng kết`,
  registrationCells: (p) =>
    `Ô «đăng ký» cần một ô (đăng ký và ký giao ước) hoặc hai ô (đăng ký; ký giao ước), nhưng nhận ${p.count} ô`,
};

/** What the functions return into cells: workbook content, in Vietnamese whatever Office's language. */
export const functionValues = {
  /** DENGHI's label for a unit whose tie straddles the quota: the cluster votes. */
  voteNeeded: "Bỏ phiếu",
  eligible: "Đủ điều kiện",
  /** DENGHI's labels for the awards. */
  awards: diagnostics.awards,
  /** DUDIEUKIEN's reasons, each a sentence of its own. */
  reasons: (exclusions: readonly Exclusion[]): string =>
    exclusions.map((e) => diagnostics.exclusion(e)).join(" "),
} as const;
