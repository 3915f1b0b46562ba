/**
 * The words of the sheets `thidua nam-moi` and `thidua tong-hop-khoi` write (Vietnamese only: they
 * are the cluster's and the federation's records).
 */
export const historyText = {
  title: "Lịch sử kết quả thi đua các năm",
  note: "Mỗi năm «Năm mới» thêm kết quả năm vừa qua của từng đơn vị. «Mã đơn vị» là mã hiện nay (đơn vị đổi tên, sáp nhập giữ lịch sử qua bảng đổi mã); «Mã khi đó» là mã năm ấy.",
  excluded: "Không xét",
} as const;

export const codeMappingText = {
  title: "Đổi mã đơn vị (đơn vị đổi tên, sáp nhập)",
  note: "Mỗi dòng: mã cũ của đơn vị năm trước → mã mới năm sau. Hai đơn vị sáp nhập: hai dòng cùng một mã mới. «Tên mới» nếu đơn vị đổi tên.",
} as const;

export const rollupText = {
  blockSheet: "Tổng hợp khối",
  proposalSheet: "Danh sách đề nghị",
  blockTitle: (period: string): string => `TỔNG HỢP KẾT QUẢ THI ĐUA CÁC CỤM, KHỐI ${period.toUpperCase()}`,
  blockNote:
    "Kết quả của từng cụm lấy từ bảng tổng hợp của cụm; các cụm có bảng điểm riêng nên chỉ so sánh trong cùng cụm.",
  proposalTitle: (period: string): string => `DANH SÁCH ĐƠN VỊ ĐỀ NGHỊ KHEN THƯỞNG ${period.toUpperCase()}`,
  proposalNote: "Mỗi cụm đề nghị trong số lượng khen thưởng của cụm. Suất chờ bỏ phiếu để trống và ghi rõ.",
  blockLine: (name: string): string => `Khối: ${name}`,
  clusterLine: (name: string, file: string, leading: number, excellent: number): string =>
    `${name} — tệp ${file} (khen thưởng: ${leading} dẫn đầu, ${excellent} xuất sắc)`,
  awaitingVote: (places: number, units: readonly string[]): string =>
    `Chờ bỏ phiếu: ${places} suất giữa ${units.join(", ")}`,
  unitHeaders: [
    "STT",
    "Mã đơn vị",
    "Tên đơn vị",
    "Tổng điểm",
    "Xếp hạng",
    "Xếp loại",
    "Xét thi đua",
    "Đề nghị khen thưởng",
  ],
  proposalHeaders: ["STT", "Khối", "Cụm", "Mã đơn vị", "Tên đơn vị", "Tổng điểm", "Xếp loại", "Hình thức"],
  award: { leading: "Bằng khen đơn vị dẫn đầu", excellent: "Bằng khen đơn vị xuất sắc" } as const,
} as const;

/**
 * The words of the roll-up's tờ trình and list (Nghị định 30/2020/NĐ-CP, the cluster's formats): the
 * federation's department (Ban Chính sách – Pháp luật, seed 001 §IV.4) submits the clusters' proposals
 * to the federation's standing committee (Thường trực), whose Ban Thường vụ grants the awards (§IV.5).
 */
export const rollupDocumentText = {
  issuingBody: "Ban Chính sách - Pháp luật",
  issuerCode: "CSPL",
  filing: "Ban CSPL",
  addressee: (parentBody: string): string => `Thường trực ${parentBody || "Liên đoàn Lao động tỉnh"}`,
  grantor: (parentBody: string): string => `Ban Thường vụ ${parentBody || "Liên đoàn Lao động tỉnh"}`,
  signerPosition: "TRƯỞNG BAN",
  subject: {
    TTr: (period: string): string =>
      `Về việc đề nghị khen thưởng các đơn vị dẫn đầu, xuất sắc trong phong trào thi đua các cụm, khối ${period.toLowerCase()}`,
    DS: (period: string): string =>
      `Các đơn vị đề nghị khen thưởng trong phong trào thi đua các cụm, khối ${period.toLowerCase()}`,
  },
  /** `inBlocks`: how many of the `clusters` are in one of the `blocks` (the others stand alone). */
  basis: (period: string, clusters: number, blocks: number, inBlocks: number): string =>
    `Căn cứ hướng dẫn tổ chức giao ước thi đua các cụm, khối và kết quả bình xét, suy tôn ${period.toLowerCase()} của ${clusters} cụm thi đua${
      blocks === 0
        ? ""
        : inBlocks === clusters
          ? ` thuộc ${blocks} khối`
          : ` (${inBlocks} cụm thuộc ${blocks} khối)`
    },`,
  ask: (issuer: string, addressee: string, grantor: string, count: number): string =>
    `${issuer} kính trình ${addressee} xem xét, đề nghị ${grantor} tặng Bằng khen cho ${String(count).padStart(2, "0")} đơn vị có thành tích xuất sắc (danh sách kèm theo), cụ thể như sau:`,
  end: (addressee: string): string => `Kính trình ${addressee} xem xét, quyết định./.`,
  noneProposed: "Chưa có cụm nào đề nghị đơn vị khen thưởng.",
  awaitingVote: (cluster: string, places: number, award: string, units: readonly string[]): string =>
    `${cluster}: còn ${places} suất ${award} chờ bỏ phiếu giữa các đơn vị bằng điểm: ${units.join(", ")}.`,
  blockRow: (name: string): string => name,
  proposalHeaders: ["STT", "Tên đơn vị", "Cụm thi đua", "Tổng điểm", "Hình thức đề nghị"] as const,
  listHeaders: ["STT", "Tên đơn vị", "Cụm thi đua", "Tổng điểm", "Xếp loại", "Hình thức đề nghị"] as const,
  fileNames: { TTr: "to-trinh-tong-hop-khoi", DS: "danh-sach-tong-hop-khoi" } as const,
} as const;
