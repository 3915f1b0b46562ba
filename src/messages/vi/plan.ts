/** The year's plan in Vietnamese: what is due, the command's help and the pane's tab (messages/plan.ts). */
import type { PlanText } from "../plan";
import { dateText } from "./diagnostics";

export const vi: PlanText = {
  role: {
    head: "Cụm trưởng",
    deputy: "Cụm phó",
    members: "Thành viên Cụm",
    "next-head": "Cụm trưởng năm sau",
  },
  kind: {
    plan: "Kế hoạch",
    registration: "Đăng ký thi đua",
    pact: "Ký giao ước",
    "mid-report": "Báo cáo sơ kết",
    "year-report": "Báo cáo tổng kết",
    "self-score": "Tự chấm điểm",
    appraisal: "Thẩm định",
    "mid-meeting": "Hội nghị sơ kết",
    "summary-meeting": "Hội nghị tổng kết",
    results: "Kết quả về cấp trên",
    other: "Khác",
  },
  section: { late: "Quá hạn", due: "Đến hạn", ongoing: "Đang làm" },
  heading: (asOf, within) => `Việc cần làm ngày ${dateText(asOf)} (đến hạn trong ${within} ngày tới)`,
  when: (days) => (days === 0 ? "hôm nay" : days > 0 ? `còn ${days} ngày` : `quá hạn ${-days} ngày`),
  deadline: (deadline, stated) =>
    deadline.day === stated.day && deadline.month === stated.month && deadline.year === stated.year
      ? `hạn ${dateText(deadline)}`
      : `hạn ${dateText(deadline)} (kế hoạch ghi ${dateText(stated)}, ngày nghỉ nên lùi sang ngày làm việc kế tiếp)`,
  owing: (who) => `Còn nợ: ${who}`,
  nobodyOwing: "Còn nợ: (chưa ghi đơn vị thực hiện)",
  nothing: "Không có việc nào.",
  byOwner: "Theo đơn vị thực hiện:",
  ownerLine: (owner, tasks) => `${owner}: ${tasks}`,
  noPlanSheet: "Sổ làm việc chưa có trang «Kế hoạch»: tạo sổ mới bằng «thidua mau» hoặc thêm trang theo mẫu.",
  cli: {
    helpViecCanLam: `thidua viec-can-lam <tệp.xlsx> [--ngay dd/mm/yyyy] [--trong N] [--json]

Đọc trang «Kế hoạch» và trang «Đơn vị»; liệt kê việc quá hạn, việc đến hạn trong N ngày tới (mặc định
14) và việc đang làm, kèm đơn vị còn nợ, rồi tóm tắt theo đơn vị. Đăng ký, ký giao ước và ngày gửi báo
cáo ghi ở trang «Đơn vị» được tính là đã nộp. Thời hạn rơi vào ngày nghỉ được lùi sang ngày làm việc
kế tiếp. Tệp không bị thay đổi.

  --ngay NGÀY   Ngày xem (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay
  --trong N     Số ngày tới được tính là đến hạn (mặc định 14)
  --json        In một tài liệu JSON: các việc (mã, số TT, nội dung, hạn, số ngày, đơn vị còn nợ), theo
                đơn vị, và các lỗi (mã, mức độ, trang, ô)

Mã thoát: 0 đã liệt kê (kể cả khi có việc quá hạn); 1 trang «Kế hoạch» thiếu hoặc có dòng lỗi (các dòng
lỗi không được tính); 2 sai cách dùng (ví dụ ngày không hợp lệ) hoặc không đọc được tệp.
`,
    helpKeHoach: `thidua ke-hoach <tệp.xlsx> -o <tệp-ra.docx> [--ghi-de]

Lập «Kế hoạch hoạt động» của cụm (văn bản KH theo Nghị định 30/2020/NĐ-CP) từ trang «Kế hoạch» và
trang «Cấu hình»: bảng TT, Nội dung, Đơn vị thực hiện, Thời gian. Ghi ra tệp Word để sửa và ký.

  -o TỆP      Tệp Word ghi ra (.docx)
  --ghi-de    Ghi đè khi tệp ra đã có

Mã thoát: 0 đã ghi; 1 trang «Kế hoạch» thiếu hoặc có dòng lỗi (không ghi); 2 sai cách dùng hoặc không đọc/ghi được tệp.
`,
    badDate: (option, value) =>
      `${option} «${value}» không phải một ngày có thật; ghi dạng ngày/tháng/năm, ví dụ 21/10/2024.`,
    badDays: (option, value) => `${option} «${value}» phải là số ngày nguyên, từ 0 đến 366.`,
    notDocx: (path) => `Tệp ra «${path}» phải là tệp Word .docx.`,
    documentWritten: (path, tasks) => `Đã ghi kế hoạch (${tasks} việc) vào ${path}.`,
    planHasErrors: (errors) =>
      `Trang «Kế hoạch» có ${errors} lỗi; các dòng lỗi không được tính cho đến khi sửa.`,
  },
  pane: {
    tab: "Việc cần làm",
    intro: "Việc quá hạn, việc đến hạn trong 14 ngày tới và đơn vị còn nợ, theo trang «Kế hoạch».",
    asOf: "Ngày xem",
    show: "Xem việc cần làm",
    reading: "Đang đọc kế hoạch…",
  },
};
