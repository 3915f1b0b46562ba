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
