/** `thidua nam-moi` and `thidua tong-hop-khoi` in Vietnamese (see ../year.ts). */
import type { YearText } from "../year";

const award = { leading: "dẫn đầu", excellent: "xuất sắc" } as const;

export const yearVi: YearText = {
  helpNamMoi: `thidua nam-moi <năm-trước.xlsx> -o <năm-mới.xlsx> [--pho-cum MÃ] [--doi-ma tệp.xlsx] [--ghi-de]

Lập bảng tính của năm mới từ bảng tính năm trước (tệp năm trước không bị thay đổi):
cụm phó năm trước làm cụm trưởng, cụm phó mới do các đơn vị bầu; cùng các đơn vị, cùng cấu hình,
bảng tiêu chí (sửa lại cho năm mới nếu cần) và phân bổ điểm các ban; kỳ thi đua và các hạn chuyển
sang năm sau; ngày nghỉ lễ theo lịch của năm mới, ngày nghỉ tự ghi chuyển sang năm sau. Điểm, phiếu và các trang tự lập không mang sang. Trang «Lịch sử» giữ kết quả các năm
(tổng điểm, xếp hạng, xếp loại, khen thưởng) của từng đơn vị.

  -o TỆP          Tệp năm mới (bắt buộc)
  --pho-cum MÃ    Cụm phó mới (mã hoặc tên đơn vị); không có: để trống, chờ bầu
  --doi-ma TỆP    Bảng đổi mã đơn vị (đổi tên, sáp nhập): cột «Mã cũ», «Mã mới», «Tên mới»;
                  không có: dùng trang «Đổi mã đơn vị» của tệp năm trước nếu có
  --ghi-de        Ghi đè tệp năm mới nếu đã có
  --json          In kết quả dạng JSON

Mã thoát: 0 đã lập; 1 tệp năm trước còn lỗi, hoặc bảng đổi mã, cụm trưởng, cụm phó không khớp; 2 lỗi dòng lệnh hoặc tệp.
`,
  helpTongHopKhoi: (
    presets,
  ) => `thidua tong-hop-khoi <cụm1.xlsx> <cụm2.xlsx> … -o <tổng-hợp.xlsx> [--preset TÊN] [--khong-word] [--ghi-de]

Tổng hợp kết quả nhiều cụm, khối (cho Ban Chính sách – Pháp luật LĐLĐ): từng khối, từng cụm với
bảng tổng hợp và số lượng khen thưởng của cụm, và danh sách chung các đơn vị đề nghị khen thưởng.
Các cụm có bảng điểm riêng nên chỉ so sánh trong cùng cụm. Từ chối (không ghi gì) khi: khác kỳ thi
đua, một đơn vị ở hai cụm, hai tệp của cùng một cụm, cụm không thuộc khối nào, số lượng khen thưởng
khác quy định, tệp còn lỗi, chưa lập hoặc đã cũ «Bảng tổng hợp». Suất chờ bỏ phiếu được ghi rõ.

  -o TỆP          Tệp tổng hợp (bắt buộc); bên cạnh nó là tờ trình và danh sách đề nghị khen thưởng
                  (Word, theo Nghị định 30): TỆP-to-trinh.docx, TỆP-danh-sach.docx, do Ban Chính
                  sách – Pháp luật trình Thường trực LĐLĐ
  --preset TÊN    Các khối và cụm theo hướng dẫn: ${presets.join(", ")}; không có: khối lấy từ
                  «Tên khối / cụm thi đua» của từng tệp
  --khong-word    Không lập tờ trình và danh sách Word, chỉ tệp tổng hợp
  --ghi-de        Ghi đè tệp tổng hợp (và hai tệp Word) nếu đã có
  --json          In kết quả dạng JSON

Mã thoát: 0 đã ghi; 1 các tệp không khớp nhau (không ghi gì); 2 lỗi dòng lệnh hoặc tệp.
`,
  year: {
    YEAR_MAP_NOT_FOUND: (p) => `tệp đổi mã không có trang «${p.sheet}» hay bảng có cột «Mã cũ» và «Mã mới»`,
    YEAR_MAP_OLD_UNKNOWN: (p) => `mã cũ «${p.old}» không phải đơn vị nào của năm trước hay trong «Lịch sử»`,
    YEAR_MAP_INCOMPLETE: (p) =>
      p.old === "" ? `dòng đổi mã có mã mới «${p.new}» nhưng thiếu mã cũ` : `mã cũ «${p.old}» chưa có mã mới`,
    YEAR_MAP_OLD_TWICE: (p) => `mã cũ «${p.old}» được đổi hai lần: thành «${p.first}» và «${p.second}»`,
    YEAR_MAP_CHAIN: (p) =>
      `mã mới «${p.code}» lại được đổi tiếp thành «${p.next}»: hãy ghi thẳng mã cũ → «${p.next}»`,
    YEAR_MAP_MERGE_CLUSTERS: (p) =>
      `các đơn vị sáp nhập thành «${p.new}» thuộc các cụm khác nhau (${p.clusters.join(", ")})`,
    YEAR_MAP_MERGE_TYPES: (p) => `các đơn vị sáp nhập thành «${p.new}» khác loại (trực tiếp / phối hợp)`,
    YEAR_NO_DEPUTY: (p) =>
      `${p.cluster}: năm trước chưa ghi cụm phó, nên không biết cụm trưởng năm mới — ghi «Cụm phó» ở «Cấu hình»`,
    YEAR_OFFICER_UNKNOWN: (p) =>
      `${p.cluster}: cụm phó năm trước «${p.officer}» không phải đơn vị nào của cụm`,
    YEAR_DEPUTY_UNKNOWN: (p) => `cụm phó mới «${p.given}» không phải đơn vị nào của năm mới`,
    YEAR_DEPUTY_IS_HEAD: (p) =>
      `${p.cluster}: «${p.unit}» là cụm trưởng năm mới, không thể đồng thời là cụm phó`,
    YEAR_DEPUTY_TWICE: (p) =>
      `${p.cluster}: chọn hai cụm phó mới («${p.first}» và «${p.second}») — mỗi cụm một cụm phó`,
    YEAR_DEPUTY_TO_ELECT: (p) =>
      `${p.cluster}: cụm trưởng năm mới là «${p.head}»; cụm phó để trống, chờ các đơn vị bầu (--pho-cum)`,
  },
  rollup: {
    ROLLUP_NOT_CLUSTER_WORKBOOK: () =>
      "không phải sổ làm việc của cụm thi đua (không có các trang «Cấu hình», «Tiêu chí», «Đơn vị»)",
    ROLLUP_WORKBOOK_ERRORS: (p) =>
      `bảng tính còn ${p.errors} lỗi${p.first ? ", lỗi đầu tiên ở chỗ ghi trong ngoặc" : ""} — chạy «thidua kiem-tra» để xem và sửa`,
    ROLLUP_SUMMARY_MISSING: (p) => `chưa có trang «${p.sheet}» — chạy «thidua tong-hop» cho tệp này trước`,
    ROLLUP_SUMMARY_STALE: (p) =>
      `trang «${p.sheet}» đã cũ (điểm, đơn vị, cấu hình hoặc phiếu đã đổi sau khi lập) — lập lại bằng «thidua tong-hop»`,
    ROLLUP_PERIOD_MISSING: () => `không đọc được kỳ thi đua ở «Cấu hình»`,
    ROLLUP_PERIOD_DIFFERS: (p) => `kỳ thi đua «${p.period}» khác «${p.expected}» của tệp ${p.expectedFile}`,
    ROLLUP_CLUSTER_TWICE: (p) =>
      `cụm «${p.cluster}» đã có trong tệp ${p.otherFile}: hai tệp của cùng một cụm`,
    ROLLUP_UNIT_TWICE: (p) =>
      `đơn vị ${p.unit} (${p.name}) ở «${p.cluster}» đã có ở «${p.otherCluster}» (tệp ${p.otherFile})`,
    ROLLUP_UNKNOWN_BLOCK: (p) =>
      `cụm «${p.cluster}» không thuộc khối nào của hướng dẫn (các cụm: ${p.known.join("; ")})`,
    ROLLUP_QUOTA_DIFFERS: (p) =>
      `cụm «${p.cluster}» ghi ${p.found.leading} dẫn đầu + ${p.found.excellent} xuất sắc, hướng dẫn là ${p.expected.leading} + ${p.expected.excellent}`,
    ROLLUP_AWAITING_VOTE: (p) =>
      `cụm «${p.cluster}»: ${p.places} suất ${award[p.award]} chờ bỏ phiếu giữa ${p.units.join(", ")} — để trống trong danh sách`,
  },
  place: (sheet, address) => `trang «${sheet}», ô ${address}`,
  inFile: (file) => `tệp ${file}`,
  error: "Lỗi",
  warning: "Lưu ý",
  newYearWritten: (out, period, units, history) =>
    `Đã lập ${out}: ${period}, ${units} đơn vị, «Lịch sử» ${history} dòng.`,
  officersLine: (cluster, head, deputy) => `  ${cluster}: cụm trưởng ${head}; cụm phó ${deputy}`,
  toElect: "(chờ bầu)",
  newYearRefused: "Chưa lập năm mới: sửa các lỗi trên rồi chạy lại.",
  rollupWritten: (out, workbooks, clusters, proposals) =>
    `Đã ghi ${out}: ${workbooks} tệp, ${clusters} cụm, ${proposals} đơn vị đề nghị khen thưởng.`,
  documentWritten: (file) => `Đã ghi ${file}`,
  rollupRefused: (errors) => `Không ghi gì: ${errors} lỗi ở các tệp trên.`,
  proposalLine: (block, cluster, unit, a) =>
    `  ${block === null ? "" : `${block} / `}${cluster}: ${unit} — ${a}`,
  award,
  unknownPreset: (given, known) => `Không có bộ mẫu «${given}». Có: ${known.join(", ")}.`,
  missingOutput: (command) => `Thiếu tệp ra: thidua ${command} … -o <tệp.xlsx>.`,
  fileTwice: (a, b) =>
    a === b
      ? `Tệp «${a}» được nêu hai lần: mỗi tệp chỉ tổng hợp một lần.`
      : `«${a}» và «${b}» là cùng một tệp: mỗi tệp chỉ tổng hợp một lần.`,
};
